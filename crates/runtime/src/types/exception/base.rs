//! `BaseException`'s methods and attributes: construction (`__new__` stores
//! `args`, `__init__` replaces them), `__str__` / `__repr__`, `args`,
//! `__traceback__`, `__cause__`, `__context__`, `__suppress_context__`,
//! `with_traceback` and `add_note` (3.11). Also the small helpers the
//! specialised classes in `kinds.rs` share.

use std::sync::atomic::Ordering;

use super::{ExceptionTypes, PyBaseException};
use crate::error::{PyErr, PyResult};
use crate::object::ObjRef;
use crate::types::dict::PyDict;
use crate::types::list::PyList;
use crate::types::native::{add_getsets, add_methods, Args};
use crate::types::singletons::{self, none};
use crate::types::str::PyStr;
use crate::types::tuple::PyTuple;
use crate::vm::ops::type_name;
use crate::vm::traceback::PyTraceback;
use crate::vm::Vm;

/// The `PyBaseException` payload of `obj`, or a TypeError naming `what`.
pub(super) fn payload<'a>(obj: &'a ObjRef, what: &str) -> PyResult<&'a PyBaseException> {
    obj.downcast_ref::<PyBaseException>()
        .ok_or_else(|| PyErr::type_error(format!("descriptor '{what}' requires a 'BaseException' object but received a '{}'", type_name(obj))))
}

/// The exception's `args` as a vector (empty when `obj` is no exception).
pub(super) fn args_of(obj: &ObjRef) -> Vec<ObjRef> {
    match obj.downcast_ref::<PyBaseException>() {
        Some(e) => e.args().downcast_ref::<PyTuple>().map_or_else(Vec::new, |t| t.items().to_vec()),
        None => Vec::new(),
    }
}

/// An attribute stored in the exception's instance dict.
pub(super) fn dict_attr(obj: &ObjRef, name: &str) -> Option<ObjRef> {
    obj.dict().and_then(|d| d.downcast_ref::<PyDict>().and_then(|d| d.get_str(name)))
}

/// Store (or, with None, remove) an attribute in the instance dict.
pub(super) fn set_dict_attr(obj: &ObjRef, name: &str, v: Option<ObjRef>) {
    let d = obj.dict_or_create();
    if let Some(d) = d.downcast_ref::<PyDict>() {
        match v {
            Some(v) => d.set_str(name, v),
            None => {
                d.del_str(name);
            }
        }
    }
}

/// Replace the exception's `args`.
pub(super) fn set_args(obj: &ObjRef, args: Vec<ObjRef>) {
    if let Some(e) = obj.downcast_ref::<PyBaseException>() {
        let old = std::mem::replace(&mut *e.args.lock(), PyTuple::new(args));
        drop(old);
    }
}

/// Check `cls` of an exception `__new__` and return it.
pub(super) fn new_cls<'a>(args: &Args<'a>) -> PyResult<&'a ObjRef> {
    let cls = args.items.first().ok_or_else(|| PyErr::type_error("BaseException.__new__(): not enough arguments"))?;
    if !cls.is_type() {
        return Err(PyErr::type_error(format!("BaseException.__new__(X): X is not a type object ({})", type_name(cls))));
    }
    if !crate::types::typeobj::is_subtype(cls, &super::types().base_exception) {
        let n = cls.ty_payload().name();
        return Err(PyErr::type_error(format!("BaseException.__new__({n}): {n} is not a subtype of BaseException")));
    }
    Ok(cls)
}

/// Register a Rust `__new__` (a static method receiving `cls` first) on `ty`.
pub(super) fn set_new(ty: &ObjRef, f: crate::types::native::NativeFn) {
    crate::types::native::add_new(ty, "builtins", f);
}

fn exc_new(_vm: &mut Vm, args: Args) -> PyResult {
    let cls = new_cls(&args)?;
    let pos = args.positional();
    Ok(PyBaseException::new_instance(cls, pos[1..].to_vec()))
}

/// `BaseException.__init__(self, *args)`: no keyword arguments.
pub(super) fn exc_init(_vm: &mut Vm, args: Args) -> PyResult {
    let this = &args.items[0];
    if args.has_kwargs() {
        return Err(PyErr::type_error(format!("{}() takes no keyword arguments", type_name(this))));
    }
    set_args(this, args.positional()[1..].to_vec());
    Ok(none())
}

/// `str(exc)` as BaseException computes it: "" / str(arg) / str(args).
pub(super) fn base_str_of(vm: &mut Vm, this: &ObjRef) -> PyResult {
    let a = args_of(this);
    match a.len() {
        0 => Ok(PyStr::new("")),
        1 => vm.str(&a[0]),
        _ => vm.str(&PyTuple::new(a)),
    }
}

fn exc_str(vm: &mut Vm, args: Args) -> PyResult {
    base_str_of(vm, &args.items[0])
}

fn exc_repr(vm: &mut Vm, args: Args) -> PyResult {
    let this = &args.items[0];
    let name = type_name(this);
    let a = args_of(this);
    let text = if a.len() == 1 {
        format!("{name}({})", vm.repr_string(&a[0])?)
    } else {
        format!("{name}{}", vm.repr_string(&PyTuple::new(a))?)
    };
    Ok(PyStr::new(text))
}

fn exc_with_traceback(_vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("with_traceback", 2)?;
    set_traceback(&a[0], &a[1])?;
    Ok(a[0].clone())
}

fn set_traceback(this: &ObjRef, tb: &ObjRef) -> PyResult<()> {
    let e = payload(this, "__traceback__")?;
    let v = if tb.is_none() {
        None
    } else if tb.is::<PyTraceback>() {
        Some(tb.clone())
    } else {
        return Err(PyErr::type_error("__traceback__ must be a traceback or None"));
    };
    let old = std::mem::replace(&mut *e.traceback.lock(), v);
    drop(old);
    Ok(())
}

fn exc_add_note(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("add_note", 2)?;
    let (this, note) = (&a[0], &a[1]);
    if !note.is::<PyStr>() {
        return Err(PyErr::type_error(format!("note must be a str, not '{}'", type_name(note))));
    }
    let notes = match vm.get_attr_opt(this, "__notes__")? {
        Some(n) => n,
        None => {
            let l = PyList::new(vec![]);
            vm.set_attr_str(this, "__notes__", l.clone())?;
            l
        }
    };
    match notes.downcast_ref::<PyList>() {
        Some(l) => l.push(note.clone()),
        None => return Err(PyErr::type_error("Cannot add note: __notes__ is not a list")),
    }
    Ok(none())
}

fn get_args(_vm: &mut Vm, this: &ObjRef) -> PyResult {
    Ok(payload(this, "args")?.args())
}

fn set_args_attr(vm: &mut Vm, this: &ObjRef, v: Option<ObjRef>) -> PyResult<()> {
    payload(this, "args")?;
    let v = v.ok_or_else(|| PyErr::type_error("args may not be deleted"))?;
    let items = vm.collect(&v)?;
    set_args(this, items);
    Ok(())
}

fn get_traceback(_vm: &mut Vm, this: &ObjRef) -> PyResult {
    Ok(payload(this, "__traceback__")?.traceback.lock().clone().unwrap_or_else(none))
}

fn set_traceback_attr(_vm: &mut Vm, this: &ObjRef, v: Option<ObjRef>) -> PyResult<()> {
    let v = v.ok_or_else(|| PyErr::type_error("__traceback__ may not be deleted"))?;
    set_traceback(this, &v)
}

fn exception_or_none(v: Option<ObjRef>, what: &str) -> PyResult<Option<ObjRef>> {
    match v {
        None => Err(PyErr::type_error(format!("{what} may not be deleted"))),
        Some(v) if v.is_none() => Ok(None),
        Some(v) if v.is::<PyBaseException>() => Ok(Some(v)),
        Some(_) => Err(PyErr::type_error(format!("exception {what} must be None or derive from BaseException"))),
    }
}

fn get_cause(_vm: &mut Vm, this: &ObjRef) -> PyResult {
    Ok(payload(this, "__cause__")?.cause.lock().clone().unwrap_or_else(none))
}

fn set_cause(_vm: &mut Vm, this: &ObjRef, v: Option<ObjRef>) -> PyResult<()> {
    let e = payload(this, "__cause__")?;
    let v = exception_or_none(v, "cause").map_err(|err| if super::message_of(err.value()).contains("deleted") { PyErr::type_error("__cause__ may not be deleted") } else { err })?;
    e.set_cause(v);
    Ok(())
}

fn get_context(_vm: &mut Vm, this: &ObjRef) -> PyResult {
    Ok(payload(this, "__context__")?.context.lock().clone().unwrap_or_else(none))
}

fn set_context(_vm: &mut Vm, this: &ObjRef, v: Option<ObjRef>) -> PyResult<()> {
    let e = payload(this, "__context__")?;
    let v = exception_or_none(v, "context").map_err(|err| if super::message_of(err.value()).contains("deleted") { PyErr::type_error("__context__ may not be deleted") } else { err })?;
    let old = std::mem::replace(&mut *e.context.lock(), v);
    drop(old);
    Ok(())
}

fn get_suppress(_vm: &mut Vm, this: &ObjRef) -> PyResult {
    Ok(singletons::py_bool(payload(this, "__suppress_context__")?.suppress_context.load(Ordering::Relaxed)))
}

fn set_suppress(vm: &mut Vm, this: &ObjRef, v: Option<ObjRef>) -> PyResult<()> {
    let e = payload(this, "__suppress_context__")?;
    let v = v.ok_or_else(|| PyErr::type_error("__suppress_context__ may not be deleted"))?;
    let b = vm.is_true(&v)?;
    e.suppress_context.store(b, Ordering::Relaxed);
    Ok(())
}

pub(super) fn init(t: &ExceptionTypes) {
    let base = &t.base_exception;
    set_new(base, exc_new);
    add_methods(
        base,
        &[
            ("__init__", exc_init),
            ("__str__", exc_str),
            ("__repr__", exc_repr),
            ("with_traceback", exc_with_traceback),
            ("add_note", exc_add_note),
        ],
    );
    add_getsets(
        base,
        &[
            ("args", get_args, Some(set_args_attr)),
            ("__traceback__", get_traceback, Some(set_traceback_attr)),
            ("__cause__", get_cause, Some(set_cause)),
            ("__context__", get_context, Some(set_context)),
            ("__suppress_context__", get_suppress, Some(set_suppress)),
        ],
    );
}
