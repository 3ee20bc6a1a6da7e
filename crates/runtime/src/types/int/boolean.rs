//! `bool`'s own methods: its constructor (truth of the argument), its repr
//! and the bitwise operators that keep bool operands bool. Everything else
//! is inherited from int.

use crate::error::{PyErr, PyResult};
use crate::object::ObjRef;
use crate::types::native::{add_methods, Args, NativeFn};
use crate::types::singletons::{bool_type, py_bool, true_ref};
use crate::types::str::PyStr;
use crate::vm::Vm;

fn is_bool(o: &ObjRef) -> bool {
    o.class().is_same(bool_type())
}

fn bool_new(vm: &mut Vm, args: Args) -> PyResult {
    args.no_kwargs("bool")?;
    let pos = &args.items[1.min(args.items.len())..];
    match pos {
        [] => Ok(py_bool(false)),
        [x] => Ok(py_bool(vm.is_true(x)?)),
        _ => Err(PyErr::type_error(format!("bool expected at most 1 argument, got {}", pos.len()))),
    }
}

fn repr(_vm: &mut Vm, args: Args) -> PyResult {
    let t = args.items.first().is_some_and(|o| o.is_same(true_ref()));
    Ok(PyStr::new(if t { "True" } else { "False" }))
}

/// The bool result of `op` when both operands are bools, else int's method.
fn bitop(vm: &mut Vm, args: Args, name: &str, op: fn(bool, bool) -> bool) -> PyResult {
    match args.items {
        [a, b] if is_bool(a) && is_bool(b) => Ok(py_bool(op(a.is_same(true_ref()), b.is_same(true_ref())))),
        [a, rest @ ..] => {
            let m = crate::types::int::INT_TYPE.get().ty_payload().lookup_text(name).ok_or_else(|| PyErr::type_error(name.to_string()))?;
            vm.call_unbound(&m, a, rest)
        }
        [] => Err(PyErr::type_error("descriptor requires a 'bool' object")),
    }
}

fn and(vm: &mut Vm, args: Args) -> PyResult {
    bitop(vm, args, "__and__", |a, b| a & b)
}
fn rand(vm: &mut Vm, args: Args) -> PyResult {
    bitop(vm, args, "__rand__", |a, b| a & b)
}
fn or(vm: &mut Vm, args: Args) -> PyResult {
    bitop(vm, args, "__or__", |a, b| a | b)
}
fn ror(vm: &mut Vm, args: Args) -> PyResult {
    bitop(vm, args, "__ror__", |a, b| a | b)
}
fn xor(vm: &mut Vm, args: Args) -> PyResult {
    bitop(vm, args, "__xor__", |a, b| a ^ b)
}
fn rxor(vm: &mut Vm, args: Args) -> PyResult {
    bitop(vm, args, "__rxor__", |a, b| a ^ b)
}

pub fn init() {
    let ty = bool_type();
    let methods: &[(&'static str, NativeFn)] = &[
        ("__repr__", repr),
        ("__and__", and),
        ("__rand__", rand),
        ("__or__", or),
        ("__ror__", ror),
        ("__xor__", xor),
        ("__rxor__", rxor),
    ];
    add_methods(ty, methods);
    crate::types::native::add_new(ty, "builtins", bool_new);
}
