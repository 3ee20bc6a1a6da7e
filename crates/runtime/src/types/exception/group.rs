//! `BaseExceptionGroup` / `ExceptionGroup` (3.11): an exception carrying a
//! message and a non-empty tuple of exceptions, with `derive`, `split` and
//! `subgroup`. Construction picks `ExceptionGroup` when `BaseExceptionGroup`
//! is called with only `Exception`s, and refuses BaseExceptions in an
//! `ExceptionGroup`. The message and exceptions are read from `args`.

use super::base::{args_of, dict_attr, new_cls, set_dict_attr};
use super::{types, ExceptionTypes, PyBaseException};
use crate::error::{PyErr, PyResult};
use crate::object::ObjRef;
use crate::types::list::PyList;
use crate::types::native::{add_getsets, add_methods, Args};
use crate::types::singletons::none;
use crate::types::str::PyStr;
use crate::types::tuple::PyTuple;
use crate::types::typeobj::is_subtype;
use crate::vm::ops::type_name;
use crate::vm::Vm;

fn group_new(vm: &mut Vm, args: Args) -> PyResult {
    let mut cls = new_cls(&args)?.clone();
    let pos = &args.positional()[1..];
    if pos.len() != 2 {
        return Err(PyErr::type_error(format!("BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)", pos.len())));
    }
    if !pos[0].is::<PyStr>() {
        return Err(PyErr::type_error(format!("argument 1 must be str, not {}", type_name(&pos[0]))));
    }
    if vm.lookup_special(&pos[1], "__getitem__").is_none() || vm.lookup_special(&pos[1], "__len__").is_none() {
        return Err(PyErr::type_error("second argument (exceptions) must be a sequence"));
    }
    let excs = vm.collect(&pos[1])?;
    if excs.is_empty() {
        return Err(PyErr::value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let t = types();
    let mut all_exceptions = true;
    for (i, e) in excs.iter().enumerate() {
        if !e.is::<PyBaseException>() {
            return Err(PyErr::value_error(format!("Item {i} of second argument (exceptions) is not an exception")));
        }
        all_exceptions &= e.is_instance_of(&t.exception);
    }
    if cls.is_same(&t.base_exception_group) {
        if all_exceptions {
            cls = t.exception_group.clone();
        }
    } else if is_subtype(&cls, &t.exception_group) && !all_exceptions {
        return Err(PyErr::type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
    }
    Ok(PyBaseException::new_instance(&cls, pos.to_vec()))
}

fn group_init(_vm: &mut Vm, args: Args) -> PyResult {
    if args.has_kwargs() {
        return Err(PyErr::type_error(format!("{}() takes no keyword arguments", type_name(&args.items[0]))));
    }
    Ok(none())
}

fn message_of(o: &ObjRef) -> ObjRef {
    args_of(o).first().cloned().unwrap_or_else(|| PyStr::new(""))
}

fn exceptions_of(vm: &mut Vm, o: &ObjRef) -> PyResult<Vec<ObjRef>> {
    match args_of(o).get(1) {
        Some(s) => vm.collect(s),
        None => Ok(Vec::new()),
    }
}

fn get_message(_vm: &mut Vm, o: &ObjRef) -> PyResult {
    Ok(message_of(o))
}

fn get_exceptions(vm: &mut Vm, o: &ObjRef) -> PyResult {
    Ok(PyTuple::new(exceptions_of(vm, o)?))
}

fn group_str(vm: &mut Vm, args: Args) -> PyResult {
    let this = &args.items[0];
    let msg = vm.str_string(&message_of(this))?;
    let n = exceptions_of(vm, this)?.len();
    Ok(PyStr::new(format!("{msg} ({n} sub-exception{})", if n == 1 { "" } else { "s" })))
}

fn group_derive(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("derive", 2)?;
    let base = types().base_exception_group.clone();
    vm.call(&base, &[message_of(&a[0]), a[1].clone()])
}

/// A `split` / `subgroup` condition: exception type(s) or a predicate.
fn matches(vm: &mut Vm, cond: &ObjRef, exc: &ObjRef) -> PyResult<bool> {
    let is_types = Vm::is_exception_class(cond)
        || cond.downcast_ref::<PyTuple>().is_some_and(|t| t.iter().all(Vm::is_exception_class));
    if is_types {
        return vm.exception_matches(exc, cond);
    }
    if crate::builtins::core::is_callable(cond) {
        let r = vm.call(cond, std::slice::from_ref(exc))?;
        return vm.is_true(&r);
    }
    Err(PyErr::type_error("expected a function, exception type or tuple of exception types"))
}

/// `derive(excs)` of `eg` with its traceback, cause, context and notes copied.
fn derive_like(vm: &mut Vm, eg: &ObjRef, excs: Vec<ObjRef>) -> PyResult<Option<ObjRef>> {
    if excs.is_empty() {
        return Ok(None);
    }
    let new = vm.call_method(eg, "derive", &[PyList::new(excs)])?;
    if let (Some(src), Some(dst)) = (eg.downcast_ref::<PyBaseException>(), new.downcast_ref::<PyBaseException>()) {
        *dst.traceback.lock() = src.traceback.lock().clone();
        *dst.cause.lock() = src.cause.lock().clone();
        *dst.context.lock() = src.context.lock().clone();
    }
    if let Some(notes) = dict_attr(eg, "__notes__") {
        set_dict_attr(&new, "__notes__", Some(notes));
    }
    Ok(Some(new))
}

/// `(match, rest)` of splitting `exc` (a group or a leaf) by `cond`.
fn split_rec(vm: &mut Vm, exc: &ObjRef, cond: &ObjRef) -> PyResult<(Option<ObjRef>, Option<ObjRef>)> {
    if matches(vm, cond, exc)? {
        return Ok((Some(exc.clone()), None));
    }
    if !exc.is_instance_of(&types().base_exception_group) {
        return Ok((None, Some(exc.clone())));
    }
    let (mut m, mut r) = (Vec::new(), Vec::new());
    for e in exceptions_of(vm, exc)? {
        let (a, b) = split_rec(vm, &e, cond)?;
        m.extend(a);
        r.extend(b);
    }
    Ok((derive_like(vm, exc, m)?, derive_like(vm, exc, r)?))
}

fn group_split(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("split", 2)?;
    let (m, r) = split_rec(vm, &a[0], &a[1])?;
    Ok(PyTuple::new(vec![m.unwrap_or_else(none), r.unwrap_or_else(none)]))
}

fn group_subgroup(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("subgroup", 2)?;
    let (m, _) = split_rec(vm, &a[0], &a[1])?;
    Ok(m.unwrap_or_else(none))
}

fn group_class_getitem(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(args.items.first().cloned().unwrap_or_else(none))
}

pub(super) fn init(t: &ExceptionTypes) {
    let g = &t.base_exception_group;
    super::base::set_new(g, group_new);
    add_methods(
        g,
        &[
            ("__init__", group_init),
            ("__str__", group_str),
            ("derive", group_derive),
            ("split", group_split),
            ("subgroup", group_subgroup),
        ],
    );
    crate::types::native::add_classmethods(g, &[("__class_getitem__", group_class_getitem)]);
    add_getsets(g, &[("message", get_message, None), ("exceptions", get_exceptions, None)]);
}
