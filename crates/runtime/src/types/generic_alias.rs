//! `list[int]` and `int | str`: the native entry points of `types.GenericAlias`
//! and `types.UnionType`.
//!
//! Both types are written in Python (`lib/_generic_alias.py`); this file only
//! gives the builtin containers their `__class_getitem__` (CPython's list,
//! dict, tuple, set, frozenset, enumerate) and `type` its `__or__`/`__ror__`,
//! each of which forwards to that module.

use crate::error::{PyErr, PyResult};
use crate::object::ObjRef;
use crate::types::native::{add_classmethods, add_methods, Args};
use crate::vm::Vm;

fn alias_module_attr(vm: &mut Vm, name: &str) -> PyResult {
    let m = vm.import_module("_generic_alias")?;
    vm.get_attr_str(&m, name)
}

/// `types.GenericAlias(origin, args)`.
pub fn make_alias(vm: &mut Vm, origin: &ObjRef, args: &ObjRef) -> PyResult {
    let alias = alias_module_attr(vm, "GenericAlias")?;
    vm.call(&alias, &[origin.clone(), args.clone()])
}

/// `cls.__class_getitem__(item)` of the builtin containers.
fn class_getitem(vm: &mut Vm, args: Args) -> PyResult {
    if args.items.len() != 2 || !args.kwnames.is_empty() {
        return Err(PyErr::type_error(format!(
            "__class_getitem__() takes exactly one argument ({} given)",
            args.items.len().saturating_sub(1)
        )));
    }
    make_alias(vm, &args.items[0], &args.items[1])
}

/// `type.__or__(self, other)`: `int | str`, or NotImplemented.
fn type_or(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("__or__", 2)?;
    let f = alias_module_attr(vm, "_union_or")?;
    vm.call(&f, &[a[0].clone(), a[1].clone()])
}

/// `type.__ror__(self, other)`: `other | self`.
fn type_ror(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("__ror__", 2)?;
    let f = alias_module_attr(vm, "_union_or")?;
    vm.call(&f, &[a[1].clone(), a[0].clone()])
}

/// Called once at start-up, after every builtin type exists.
pub fn init() {
    for ty in [
        super::list::LIST_TYPE.get(),
        super::dict::DICT_TYPE.get(),
        super::tuple::TUPLE_TYPE.get(),
        super::set::SET_TYPE.get(),
        super::set::FROZENSET_TYPE.get(),
        super::iter::ENUMERATE_TYPE.get(),
    ] {
        add_classmethods(ty, &[("__class_getitem__", class_getitem)]);
    }
    add_methods(super::typeobj::TYPE_TYPE.get(), &[("__or__", type_or), ("__ror__", type_ror)]);
}
