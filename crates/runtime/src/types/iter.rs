//! Builtin iterator objects and the native fast path of `next()`.
//!
//! `next_native` recognises the iterator payloads implemented in Rust and
//! advances them without a method lookup or a StopIteration object;
//! it returns None for iterators it does not know (Python `__next__`).

use parking_lot::Mutex;

use crate::error::PyResult;
use crate::object::{ObjRef, PyPayload};
use crate::types::typeobj::new_builtin_type;
use crate::types::TypeCell;
use crate::vm::Vm;

pub static SEQ_ITER_TYPE: TypeCell = TypeCell::new();

/// Iterator over an object with `__getitem__` (index 0, 1, ... until IndexError).
pub struct PySeqIter {
    pub seq: Mutex<Option<ObjRef>>,
    pub index: Mutex<i64>,
}

impl PyPayload for PySeqIter {
    fn class() -> &'static ObjRef {
        SEQ_ITER_TYPE.get()
    }
}

impl PySeqIter {
    pub fn new_ref(seq: ObjRef) -> ObjRef {
        ObjRef::new(PySeqIter { seq: Mutex::new(Some(seq)), index: Mutex::new(0) })
    }

    pub fn next(&self, vm: &mut Vm) -> PyResult<Option<ObjRef>> {
        let Some(seq) = self.seq.lock().clone() else { return Ok(None) };
        let i = {
            let mut idx = self.index.lock();
            let i = *idx;
            *idx += 1;
            i
        };
        let key = crate::types::int::PyInt::new(i);
        match vm.get_item(&seq, &key) {
            Ok(v) => Ok(Some(v)),
            Err(e)
                if e.matches(&crate::types::exception::types().index_error)
                    || e.matches(&crate::types::exception::types().stop_iteration) =>
            {
                *self.seq.lock() = None;
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }
}

pub static CALLABLE_ITER_TYPE: TypeCell = TypeCell::new();

/// `iter(callable, sentinel)`: call until the sentinel comes back.
pub struct PyCallableIter {
    callable: Mutex<Option<ObjRef>>,
    sentinel: ObjRef,
}

impl PyPayload for PyCallableIter {
    fn class() -> &'static ObjRef {
        CALLABLE_ITER_TYPE.get()
    }
}

impl PyCallableIter {
    pub fn new_ref(callable: ObjRef, sentinel: ObjRef) -> ObjRef {
        ObjRef::new(PyCallableIter { callable: Mutex::new(Some(callable)), sentinel })
    }

    pub fn next(&self, vm: &mut Vm) -> PyResult<Option<ObjRef>> {
        let Some(c) = self.callable.lock().clone() else { return Ok(None) };
        let v = match vm.call(&c, &[]) {
            Ok(v) => v,
            Err(e) if e.matches(&crate::types::exception::types().stop_iteration) => {
                *self.callable.lock() = None;
                return Ok(None);
            }
            Err(e) => return Err(e),
        };
        if vm.eq(&v, &self.sentinel)? {
            *self.callable.lock() = None;
            return Ok(None);
        }
        Ok(Some(v))
    }
}

/// Advance a Rust-implemented iterator; None if `it` is not one.
#[inline]
pub fn next_native(vm: &mut Vm, it: &ObjRef) -> Option<PyResult<Option<ObjRef>>> {
    if let Some(g) = it.downcast_ref::<crate::vm::generator::PyGenerator>() {
        return Some(g.next(vm, it));
    }
    if let Some(s) = it.downcast_ref::<PySeqIter>() {
        return Some(s.next(vm));
    }
    if let Some(s) = it.downcast_ref::<PyCallableIter>() {
        return Some(s.next(vm));
    }
    crate::types::iter_native_hook(vm, it)
}

pub fn init() {
    SEQ_ITER_TYPE.set(new_builtin_type("iterator", None, 0));
    CALLABLE_ITER_TYPE.set(new_builtin_type("callable_iterator", None, 0));
    for t in [SEQ_ITER_TYPE.get(), CALLABLE_ITER_TYPE.get()] {
        crate::types::native::add_methods(t, &[("__iter__", iter_self), ("__next__", iter_next)]);
    }
}

/// `__iter__` of every iterator: itself.
pub fn iter_self(_vm: &mut Vm, args: crate::types::native::Args) -> PyResult {
    args.items.first().cloned().ok_or_else(|| crate::error::PyErr::type_error("__iter__ needs self"))
}

/// `__next__` of Rust iterators: the native fast path, with StopIteration at the end.
pub fn iter_next(vm: &mut Vm, args: crate::types::native::Args) -> PyResult {
    let it = args.items.first().ok_or_else(|| crate::error::PyErr::type_error("__next__ needs self"))?;
    match next_native(vm, it) {
        Some(r) => r?.ok_or_else(|| crate::error::PyErr::stop_iteration(None)),
        None => Err(crate::error::PyErr::type_error("not a native iterator")),
    }
}
