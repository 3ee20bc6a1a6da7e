//! The Python-visible methods and operators of `set` and `frozenset`.
//!
//! Argument handling and CPython's messages live here; the algebra itself is
//! in `algebra.rs`. Binary operators accept only sets and frozensets (else
//! NotImplemented, so the VM raises its TypeError); the named methods accept
//! any iterable.

use compiler::bytecode::CmpOp;

use super::algebra::{self, payload};
use super::iter::PySetIter;
use super::{is_anyset, is_frozen, new_of_class, PySet, FROZENSET_TYPE, SET_TYPE};
use crate::error::{PyErr, PyResult};
use crate::object::ObjRef;
use crate::types::int::PyInt;
use crate::types::native::{add_methods, Args};
use crate::types::singletons::{none, not_implemented, py_bool};
use crate::types::str::PyStr;
use crate::vm::ops::type_name;
use crate::vm::Vm;

fn owner(o: &ObjRef) -> &'static str {
    if is_frozen(o) {
        "frozenset"
    } else {
        "set"
    }
}

fn this<'a>(args: &Args<'a>) -> PyResult<(&'a ObjRef, &'a PySet)> {
    let o = &args.items[0];
    Ok((o, payload(o)?))
}

/// `self` and its one positional argument (METH_O methods).
fn one<'a>(args: &Args<'a>, name: &str) -> PyResult<(&'a ObjRef, &'a PySet, &'a ObjRef)> {
    let (o, s) = this(args)?;
    let rest = args.skip_self().exact(&format!("{}.{name}", owner(o)), 1)?;
    Ok((o, s, &rest[0]))
}

/// `self` and any number of positional arguments (n-ary methods).
fn many<'a>(args: &Args<'a>, name: &str) -> PyResult<(&'a ObjRef, &'a [ObjRef])> {
    let o = &args.items[0];
    args.no_kwargs(&format!("{}.{name}", owner(o)))?;
    payload(o)?;
    Ok((o, &args.items[1..]))
}

/// The hash of an element to look up; an unhashable `set` is looked up as
/// the equal frozenset (`{1} in {frozenset({1})}`), as CPython does.
fn lookup_key(vm: &mut Vm, key: &ObjRef) -> PyResult<(ObjRef, i64)> {
    match vm.hash(key) {
        Ok(h) => Ok((key.clone(), h)),
        Err(e) if is_anyset(key) && !is_frozen(key) && e.matches(&crate::types::exception::types().type_error) => {
            let f = new_of_class(FROZENSET_TYPE.get());
            payload(&f)?.update_from(vm, &f, key)?;
            let h = vm.hash(&f)?;
            Ok((f, h))
        }
        Err(e) => Err(e),
    }
}

// --- construction and repr ---

fn set_new(_vm: &mut Vm, args: Args) -> PyResult {
    let cls = &args.items[0];
    if cls.is_same(SET_TYPE.get()) && args.has_kwargs() {
        return Err(PyErr::type_error("set() takes no keyword arguments"));
    }
    Ok(new_of_class(cls))
}

fn set_init(vm: &mut Vm, args: Args) -> PyResult {
    args.no_kwargs("set")?;
    let (o, s) = this(&args)?;
    let rest = &args.items[1..];
    if rest.len() > 1 {
        return Err(PyErr::type_error(format!("set expected at most 1 argument, got {}", rest.len())));
    }
    if s.lock().fill > 0 {
        s.clear();
    }
    if let Some(src) = rest.first() {
        s.update_from(vm, o, src)?;
    }
    Ok(none())
}

fn frozenset_new(vm: &mut Vm, args: Args) -> PyResult {
    let cls = &args.items[0];
    let exact = cls.is_same(FROZENSET_TYPE.get());
    if exact && args.has_kwargs() {
        return Err(PyErr::type_error("frozenset() takes no keyword arguments"));
    }
    let rest = &args.positional()[1..];
    if rest.len() > 1 {
        let name = crate::types::typeobj::PyType::name(cls.ty_payload());
        return Err(PyErr::type_error(format!("{name} expected at most 1 argument, got {}", rest.len())));
    }
    if let Some(src) = rest.first() {
        if exact && src.class().is_same(FROZENSET_TYPE.get()) {
            return Ok(src.clone());
        }
    }
    let r = new_of_class(cls);
    if let Some(src) = rest.first() {
        payload(&r)?.update_from(vm, &r, src)?;
    }
    Ok(r)
}

fn set_repr(vm: &mut Vm, args: Args) -> PyResult {
    let (o, s) = this(&args)?;
    let name = type_name(o);
    let items = s.items();
    if items.is_empty() {
        return Ok(PyStr::new(format!("{name}()")));
    }
    if !vm.repr_enter(o) {
        return Ok(PyStr::new(format!("{name}(...)")));
    }
    let mut parts = Vec::with_capacity(items.len());
    let mut failed = None;
    for x in &items {
        match vm.repr_string(x) {
            Ok(r) => parts.push(r),
            Err(e) => {
                failed = Some(e);
                break;
            }
        }
    }
    vm.repr_leave(o);
    if let Some(e) = failed {
        return Err(e);
    }
    let body = parts.join(", ");
    if o.class().is_same(SET_TYPE.get()) {
        Ok(PyStr::new(format!("{{{body}}}")))
    } else {
        Ok(PyStr::new(format!("{name}({{{body}}})")))
    }
}

// --- size, membership, iteration, hash ---

fn set_len(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(PyInt::new(this(&args)?.1.len() as i64))
}

fn set_contains(vm: &mut Vm, args: Args) -> PyResult {
    let (_, s, key) = one(&args, "__contains__")?;
    let (key, h) = lookup_key(vm, key)?;
    Ok(py_bool(s.contains_hashed(vm, &key, h)?))
}

fn set_iter(_vm: &mut Vm, args: Args) -> PyResult {
    let (o, _) = this(&args)?;
    Ok(PySetIter::new_ref(o))
}

fn frozenset_hash(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(PyInt::new(this(&args)?.1.frozen_hash()))
}

// --- mutation ---

fn set_add(vm: &mut Vm, args: Args) -> PyResult {
    let (_, s, key) = one(&args, "add")?;
    s.add(vm, key.clone())?;
    Ok(none())
}

fn set_discard(vm: &mut Vm, args: Args) -> PyResult {
    let (_, s, key) = one(&args, "discard")?;
    let (key, h) = lookup_key(vm, key)?;
    let old = s.discard_hashed(vm, &key, h)?;
    drop(old);
    Ok(none())
}

fn set_remove(vm: &mut Vm, args: Args) -> PyResult {
    let (_, s, key) = one(&args, "remove")?;
    let (k, h) = lookup_key(vm, key)?;
    match s.discard_hashed(vm, &k, h)? {
        Some(_) => Ok(none()),
        None => Err(PyErr::key_error(key.clone())),
    }
}

fn set_pop(_vm: &mut Vm, args: Args) -> PyResult {
    let (o, s) = this(&args)?;
    args.skip_self().exact(&format!("{}.pop", owner(o)), 0)?;
    s.pop().ok_or_else(|| PyErr::key_error(PyStr::new("pop from an empty set")))
}

fn set_clear(_vm: &mut Vm, args: Args) -> PyResult {
    let (o, s) = this(&args)?;
    args.skip_self().exact(&format!("{}.clear", owner(o)), 0)?;
    s.clear();
    Ok(none())
}

fn set_copy(vm: &mut Vm, args: Args) -> PyResult {
    let (o, _) = this(&args)?;
    args.skip_self().exact(&format!("{}.copy", owner(o)), 0)?;
    if o.class().is_same(FROZENSET_TYPE.get()) {
        return Ok(o.clone());
    }
    super::copy_basetype(vm, o)
}

fn set_update(vm: &mut Vm, args: Args) -> PyResult {
    let (o, others) = many(&args, "update")?;
    for x in others {
        payload(o)?.update_from(vm, o, x)?;
    }
    Ok(none())
}

fn set_intersection_update(vm: &mut Vm, args: Args) -> PyResult {
    let (o, others) = many(&args, "intersection_update")?;
    let tmp = algebra::intersection_multi(vm, o, others)?;
    if !tmp.is_same(o) {
        payload(o)?.swap_bodies(payload(&tmp)?);
    }
    Ok(none())
}

fn set_difference_update(vm: &mut Vm, args: Args) -> PyResult {
    let (o, others) = many(&args, "difference_update")?;
    for x in others {
        algebra::difference_update(vm, o, x)?;
    }
    Ok(none())
}

fn set_symmetric_difference_update(vm: &mut Vm, args: Args) -> PyResult {
    let (o, _, other) = one(&args, "symmetric_difference_update")?;
    algebra::symmetric_difference_update(vm, o, other)?;
    Ok(none())
}

// --- algebra methods (any iterables) ---

fn set_union(vm: &mut Vm, args: Args) -> PyResult {
    let (o, others) = many(&args, "union")?;
    algebra::union(vm, o, others)
}

fn set_intersection(vm: &mut Vm, args: Args) -> PyResult {
    let (o, others) = many(&args, "intersection")?;
    algebra::intersection_multi(vm, o, others)
}

fn set_difference(vm: &mut Vm, args: Args) -> PyResult {
    let (o, others) = many(&args, "difference")?;
    algebra::difference_multi(vm, o, others)
}

fn set_symmetric_difference(vm: &mut Vm, args: Args) -> PyResult {
    let (o, _, other) = one(&args, "symmetric_difference")?;
    algebra::symmetric_difference(vm, o, other)
}

fn set_issubset(vm: &mut Vm, args: Args) -> PyResult {
    let (o, _, other) = one(&args, "issubset")?;
    Ok(py_bool(algebra::issubset(vm, o, other)?))
}

fn set_issuperset(vm: &mut Vm, args: Args) -> PyResult {
    let (o, _, other) = one(&args, "issuperset")?;
    Ok(py_bool(algebra::issuperset(vm, o, other)?))
}

fn set_isdisjoint(vm: &mut Vm, args: Args) -> PyResult {
    let (o, _, other) = one(&args, "isdisjoint")?;
    Ok(py_bool(algebra::isdisjoint(vm, o, other)?))
}

// --- operators (sets only) ---

/// `(self, other)` when both are sets, else None (the operator answers NotImplemented).
fn operands<'a>(args: &Args<'a>) -> Option<(&'a ObjRef, &'a ObjRef)> {
    let (a, b) = (args.items.first()?, args.items.get(1)?);
    (is_anyset(a) && is_anyset(b)).then_some((a, b))
}

macro_rules! binop {
    ($name:ident, $rname:ident, $body:expr) => {
        fn $name(vm: &mut Vm, args: Args) -> PyResult {
            match operands(&args) {
                Some((a, b)) => $body(vm, a, b),
                None => Ok(not_implemented()),
            }
        }
        fn $rname(vm: &mut Vm, args: Args) -> PyResult {
            match operands(&args) {
                Some((a, b)) => $body(vm, b, a),
                None => Ok(not_implemented()),
            }
        }
    };
}

fn or_op(vm: &mut Vm, a: &ObjRef, b: &ObjRef) -> PyResult {
    algebra::union(vm, a, std::slice::from_ref(b))
}

binop!(set_or, set_ror, or_op);
binop!(set_and, set_rand, algebra::intersection);
binop!(set_sub, set_rsub, algebra::difference);
binop!(set_xor, set_rxor, algebra::symmetric_difference);

fn set_ior(vm: &mut Vm, args: Args) -> PyResult {
    let Some((a, b)) = operands(&args) else { return Ok(not_implemented()) };
    payload(a)?.update_from(vm, a, b)?;
    Ok(a.clone())
}

fn set_iand(vm: &mut Vm, args: Args) -> PyResult {
    let Some((a, b)) = operands(&args) else { return Ok(not_implemented()) };
    let tmp = algebra::intersection(vm, a, b)?;
    payload(a)?.swap_bodies(payload(&tmp)?);
    Ok(a.clone())
}

fn set_isub(vm: &mut Vm, args: Args) -> PyResult {
    let Some((a, b)) = operands(&args) else { return Ok(not_implemented()) };
    algebra::difference_update(vm, a, b)?;
    Ok(a.clone())
}

fn set_ixor(vm: &mut Vm, args: Args) -> PyResult {
    let Some((a, b)) = operands(&args) else { return Ok(not_implemented()) };
    algebra::symmetric_difference_update(vm, a, b)?;
    Ok(a.clone())
}

// --- comparisons (subset order) ---

fn compare(vm: &mut Vm, args: Args, op: CmpOp) -> PyResult {
    let Some((a, b)) = operands(&args) else { return Ok(not_implemented()) };
    let (sa, sb) = (payload(a)?, payload(b)?);
    let r = match op {
        CmpOp::Eq | CmpOp::Ne => {
            let eq = sa.len() == sb.len() && !sa.hash_differs(sb) && algebra::issubset(vm, a, b)?;
            eq == (op == CmpOp::Eq)
        }
        CmpOp::Le => algebra::issubset(vm, a, b)?,
        CmpOp::Ge => algebra::issuperset(vm, a, b)?,
        CmpOp::Lt => sa.len() < sb.len() && algebra::issubset(vm, a, b)?,
        CmpOp::Gt => sa.len() > sb.len() && algebra::issuperset(vm, a, b)?,
    };
    Ok(py_bool(r))
}

fn set_eq(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, args, CmpOp::Eq)
}
fn set_ne(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, args, CmpOp::Ne)
}
fn set_lt(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, args, CmpOp::Lt)
}
fn set_le(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, args, CmpOp::Le)
}
fn set_gt(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, args, CmpOp::Gt)
}
fn set_ge(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, args, CmpOp::Ge)
}

pub fn init() {
    let (set, frozen) = (SET_TYPE.get(), FROZENSET_TYPE.get());
    let shared: &[(&'static str, crate::types::native::NativeFn)] = &[
        ("__repr__", set_repr),
        ("__len__", set_len),
        ("__contains__", set_contains),
        ("__iter__", set_iter),
        ("__eq__", set_eq),
        ("__ne__", set_ne),
        ("__lt__", set_lt),
        ("__le__", set_le),
        ("__gt__", set_gt),
        ("__ge__", set_ge),
        ("__or__", set_or),
        ("__ror__", set_ror),
        ("__and__", set_and),
        ("__rand__", set_rand),
        ("__sub__", set_sub),
        ("__rsub__", set_rsub),
        ("__xor__", set_xor),
        ("__rxor__", set_rxor),
        ("copy", set_copy),
        ("union", set_union),
        ("intersection", set_intersection),
        ("difference", set_difference),
        ("symmetric_difference", set_symmetric_difference),
        ("issubset", set_issubset),
        ("issuperset", set_issuperset),
        ("isdisjoint", set_isdisjoint),
    ];
    add_methods(set, shared);
    add_methods(frozen, shared);
    add_methods(
        set,
        &[
            ("__init__", set_init),
            ("__ior__", set_ior),
            ("__iand__", set_iand),
            ("__isub__", set_isub),
            ("__ixor__", set_ixor),
            ("add", set_add),
            ("discard", set_discard),
            ("remove", set_remove),
            ("pop", set_pop),
            ("clear", set_clear),
            ("update", set_update),
            ("intersection_update", set_intersection_update),
            ("difference_update", set_difference_update),
            ("symmetric_difference_update", set_symmetric_difference_update),
        ],
    );
    add_methods(frozen, &[("__hash__", frozenset_hash)]);
    set.ty_payload().dict().set_str("__hash__", none());
    for (ty, f) in [(set, set_new as crate::types::native::NativeFn), (frozen, frozenset_new)] {
        crate::types::native::add_new(ty, "builtins", f);
    }
}
