//! Raising and matching exceptions: `raise`, `raise ... from ...`, and the
//! class test of `except`.

use crate::error::{PyErr, PyResult};
use crate::object::ObjRef;
use crate::types::exception::{self, PyBaseException};
use crate::types::tuple::PyTuple;
use crate::types::typeobj::{flags, is_subtype};
use crate::vm::Vm;

impl Vm {
    /// Is `obj` an exception class (a subclass of BaseException)?
    pub fn is_exception_class(obj: &ObjRef) -> bool {
        obj.is_type() && obj.ty_payload().has_flag(flags::EXCEPTION)
    }

    /// Turn the operand of `raise` into an exception instance (instantiating classes).
    pub fn exception_instance(&mut self, v: ObjRef) -> PyResult<ObjRef> {
        if Vm::is_exception_class(&v) {
            let inst = self.call(&v, &[])?;
            if !inst.is::<PyBaseException>() {
                return Err(PyErr::type_error(format!(
                    "calling {} should have returned an instance of BaseException, not {}",
                    v.ty_payload().name(),
                    inst.ty().name()
                )));
            }
            return Ok(inst);
        }
        if v.is::<PyBaseException>() {
            return Ok(v);
        }
        Err(PyErr::type_error("exceptions must derive from BaseException"))
    }

    /// The error `raise [exc [from cause]]` produces.
    pub fn make_raise(&mut self, exc: Option<ObjRef>, cause: Option<ObjRef>) -> PyErr {
        let Some(exc) = exc else {
            return match &self.exc_info {
                Some(e) => {
                    self.reraising = true;
                    PyErr(e.clone())
                }
                None => PyErr::runtime_error("No active exception to reraise"),
            };
        };
        let inst = match self.exception_instance(exc) {
            Ok(i) => i,
            Err(e) => return e,
        };
        if let Some(cause) = cause {
            let cause = if cause.is_none() {
                None
            } else {
                match self.exception_instance(cause) {
                    Ok(c) => Some(c),
                    Err(_) => return PyErr::type_error("exception causes must derive from BaseException"),
                }
            };
            if let Some(e) = inst.downcast_ref::<PyBaseException>() {
                e.set_cause(cause);
            }
        }
        PyErr(inst)
    }

    /// `except ty:` — does exception `exc` match `ty` (a class or a tuple of classes)?
    pub fn exception_matches(&mut self, exc: &ObjRef, ty: &ObjRef) -> PyResult<bool> {
        if let Some(t) = ty.downcast_ref::<PyTuple>() {
            for item in t.iter() {
                if self.exception_matches(exc, item)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        if !Vm::is_exception_class(ty) {
            return Err(PyErr::type_error("catching classes that do not inherit from BaseException is not allowed"));
        }
        Ok(is_subtype(exc.class(), ty))
    }
}

/// `StopIteration.value` of an exception (None if absent).
pub fn stop_iteration_value(err: &PyErr) -> ObjRef {
    let e = err.value();
    if let Some(d) = e.dict() {
        if let Some(v) = d.downcast_ref::<crate::types::dict::PyDict>().and_then(|d| d.get_str("value")) {
            return v;
        }
    }
    match e.downcast_ref::<PyBaseException>() {
        Some(b) => {
            let args = b.args();
            args.downcast_ref::<PyTuple>()
                .and_then(|t| t.get(0).cloned())
                .unwrap_or_else(crate::types::singletons::none)
        }
        None => crate::types::singletons::none(),
    }
}

/// Is this the builtin `StopIteration`?
pub fn is_stop_iteration(err: &PyErr) -> bool {
    err.matches(&exception::types().stop_iteration)
}
