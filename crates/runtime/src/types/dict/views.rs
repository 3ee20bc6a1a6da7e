//! `dict_keys`, `dict_values`, `dict_items`: live views of a dict.
//!
//! A view holds its dict and reads it at each use. Keys and items views are
//! set-like: `& | - ^` build a new `set` (walking the operands in CPython's
//! order, so results print alike) and comparisons use subset order against
//! sets and other set-like views. Values views are neither set-like nor
//! comparable beyond identity.

use compiler::bytecode::CmpOp;

use super::iter::{Kind, PyDictIter};
use super::PyDict;
use crate::error::{PyErr, PyResult};
use crate::object::{ObjRef, PyPayload};
use crate::types::int::PyInt;
use crate::types::native::{add_methods, Args};
use crate::types::set::algebra;
use crate::types::set::{is_anyset, PySet};
use crate::types::singletons::{none, not_implemented, py_bool};
use crate::types::str::PyStr;
use crate::types::tuple::PyTuple;
use crate::types::typeobj::new_builtin_type;
use crate::types::TypeCell;
use crate::vm::ops::type_name;
use crate::vm::Vm;

pub static KEYS_TYPE: TypeCell = TypeCell::new();
pub static VALUES_TYPE: TypeCell = TypeCell::new();
pub static ITEMS_TYPE: TypeCell = TypeCell::new();

pub struct PyDictView {
    pub dict: ObjRef,
    pub kind: Kind,
}

impl PyPayload for PyDictView {
    fn class() -> &'static ObjRef {
        KEYS_TYPE.get()
    }
}

impl PyDictView {
    pub fn new_ref(dict: &ObjRef, kind: Kind) -> ObjRef {
        let cls = match kind {
            Kind::Keys => KEYS_TYPE.get(),
            Kind::Values => VALUES_TYPE.get(),
            Kind::Items => ITEMS_TYPE.get(),
        };
        ObjRef::new_with(PyDictView { dict: dict.clone(), kind }, cls.clone(), None)
    }

    fn dict(&self) -> PyResult<&PyDict> {
        self.dict.downcast_ref::<PyDict>().ok_or_else(|| PyErr::type_error("dict view of a non-dict"))
    }

    fn len(&self) -> usize {
        self.dict.downcast_ref::<PyDict>().map_or(0, |d| d.len())
    }

    /// `x in view` for keys and items views.
    fn contains(&self, vm: &mut Vm, x: &ObjRef) -> PyResult<bool> {
        let d = self.dict()?;
        match self.kind {
            Kind::Keys => d.contains(vm, x),
            Kind::Items => {
                let Some(t) = x.downcast_ref::<PyTuple>() else { return Ok(false) };
                if t.len() != 2 {
                    return Ok(false);
                }
                let items = t.items();
                match d.get_item(vm, &items[0])? {
                    Some(v) => vm.eq(&v, &items[1]),
                    None => Ok(false),
                }
            }
            Kind::Values => {
                for v in d.values() {
                    if vm.eq(&v, x)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
        }
    }
}

fn view_of(o: &ObjRef) -> PyResult<&PyDictView> {
    o.downcast_ref::<PyDictView>().ok_or_else(|| PyErr::type_error("descriptor requires a dict view"))
}

/// A keys or items view (the set-like ones).
fn set_like(o: &ObjRef) -> Option<&PyDictView> {
    o.downcast_ref::<PyDictView>().filter(|v| v.kind != Kind::Values)
}

fn view_len(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(PyInt::new(view_of(&args.items[0])?.len() as i64))
}

fn view_iter(_vm: &mut Vm, args: Args) -> PyResult {
    let v = view_of(&args.items[0])?;
    Ok(PyDictIter::new_ref(&v.dict, v.kind, false))
}

fn view_reversed(_vm: &mut Vm, args: Args) -> PyResult {
    let v = view_of(&args.items[0])?;
    Ok(PyDictIter::new_ref(&v.dict, v.kind, true))
}

fn view_contains(vm: &mut Vm, args: Args) -> PyResult {
    let rest = args.skip_self().exact("__contains__", 1)?;
    Ok(py_bool(view_of(&args.items[0])?.contains(vm, &rest[0])?))
}

fn view_repr(vm: &mut Vm, args: Args) -> PyResult {
    let o = &args.items[0];
    let v = view_of(o)?;
    let name = type_name(o);
    if !vm.repr_enter(o) {
        return Ok(PyStr::new("..."));
    }
    let it = PyDictIter::new_ref(&v.dict, v.kind, false);
    let mut parts = Vec::new();
    let r = (|| -> PyResult<()> {
        while let Some(x) = vm.next(&it)? {
            parts.push(vm.repr_string(&x)?);
        }
        Ok(())
    })();
    vm.repr_leave(o);
    r?;
    Ok(PyStr::new(format!("{name}([{}])", parts.join(", "))))
}

/// The view's elements as a new set (CPython's `dictviews_to_set`).
fn to_set(vm: &mut Vm, o: &ObjRef) -> PyResult<ObjRef> {
    if let Some(v) = set_like(o) {
        if v.kind == Kind::Keys && v.dict.class().is_same(PyDict::class()) {
            return algebra::set_from(vm, &v.dict);
        }
    }
    algebra::set_from(vm, o)
}

/// `left & right` where one side is a keys/items view (CPython's `_PyDictView_Intersect`).
fn intersect(vm: &mut Vm, left: &ObjRef, right: &ObjRef) -> PyResult {
    let (mut this, mut other) = (left, right);
    if set_like(this).is_none() {
        std::mem::swap(&mut this, &mut other);
    }
    let Some(v) = set_like(this) else { return Ok(not_implemented()) };
    let len_self = v.len();
    if other.class().is_same(PySet::class()) && len_self <= vm.len(other)? {
        return algebra::intersection(vm, other, this);
    }
    if let Some(ov) = set_like(other) {
        if ov.len() > len_self {
            std::mem::swap(&mut this, &mut other);
        }
    }
    let v = set_like(this).ok_or_else(|| PyErr::type_error("dict view expected"))?;
    let result = ObjRef::new(PySet::new());
    let out = algebra::payload(&result)?;
    let it = vm.iter(other)?;
    while let Some(x) = vm.next(&it)? {
        if v.contains(vm, &x)? {
            out.add(vm, x)?;
        }
    }
    Ok(result)
}

fn operands<'a>(args: &Args<'a>) -> PyResult<(&'a ObjRef, &'a ObjRef)> {
    let rest = args.skip_self().exact("operator", 1)?;
    Ok((&args.items[0], &rest[0]))
}

fn view_and(vm: &mut Vm, args: Args) -> PyResult {
    let (a, b) = operands(&args)?;
    intersect(vm, a, b)
}

fn view_rand(vm: &mut Vm, args: Args) -> PyResult {
    let (a, b) = operands(&args)?;
    intersect(vm, b, a)
}

fn or_sets(vm: &mut Vm, left: &ObjRef, right: &ObjRef) -> PyResult {
    let r = to_set(vm, left)?;
    algebra::payload(&r)?.update_from(vm, &r, right)?;
    Ok(r)
}

fn sub_sets(vm: &mut Vm, left: &ObjRef, right: &ObjRef) -> PyResult {
    let r = to_set(vm, left)?;
    algebra::difference_update(vm, &r, right)?;
    Ok(r)
}

fn xor_sets(vm: &mut Vm, left: &ObjRef, right: &ObjRef) -> PyResult {
    let r = to_set(vm, left)?;
    algebra::symmetric_difference_update(vm, &r, right)?;
    Ok(r)
}

macro_rules! view_binop {
    ($name:ident, $rname:ident, $f:ident) => {
        fn $name(vm: &mut Vm, args: Args) -> PyResult {
            let (a, b) = operands(&args)?;
            $f(vm, a, b)
        }
        fn $rname(vm: &mut Vm, args: Args) -> PyResult {
            let (a, b) = operands(&args)?;
            $f(vm, b, a)
        }
    };
}

view_binop!(view_or, view_ror, or_sets);
view_binop!(view_sub, view_rsub, sub_sets);
view_binop!(view_xor, view_rxor, xor_sets);

/// Every element of `a` is in `b`.
fn all_contained_in(vm: &mut Vm, a: &ObjRef, b: &ObjRef) -> PyResult<bool> {
    let it = vm.iter(a)?;
    while let Some(x) = vm.next(&it)? {
        if !vm.contains(b, &x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn compare(vm: &mut Vm, args: Args, op: CmpOp) -> PyResult {
    let (a, b) = operands(&args)?;
    if !is_anyset(b) && set_like(b).is_none() {
        return Ok(not_implemented());
    }
    let (la, lb) = (vm.len(a)?, vm.len(b)?);
    let r = match op {
        CmpOp::Eq | CmpOp::Ne => {
            let eq = la == lb && all_contained_in(vm, a, b)?;
            eq == (op == CmpOp::Eq)
        }
        CmpOp::Lt => la < lb && all_contained_in(vm, a, b)?,
        CmpOp::Le => la <= lb && all_contained_in(vm, a, b)?,
        CmpOp::Gt => la > lb && all_contained_in(vm, b, a)?,
        CmpOp::Ge => la >= lb && all_contained_in(vm, b, a)?,
    };
    Ok(py_bool(r))
}

fn view_eq(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, args, CmpOp::Eq)
}
fn view_ne(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, args, CmpOp::Ne)
}
fn view_lt(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, args, CmpOp::Lt)
}
fn view_le(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, args, CmpOp::Le)
}
fn view_gt(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, args, CmpOp::Gt)
}
fn view_ge(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, args, CmpOp::Ge)
}

fn view_isdisjoint(vm: &mut Vm, args: Args) -> PyResult {
    let rest = args.skip_self().exact("isdisjoint", 1)?;
    let (mut this, mut other) = (&args.items[0], &rest[0]);
    if this.is_same(other) {
        return Ok(py_bool(view_of(this)?.len() == 0));
    }
    if is_anyset(other) || set_like(other).is_some() {
        if vm.len(other)? > view_of(this)?.len() {
            std::mem::swap(&mut this, &mut other);
        }
    }
    let it = vm.iter(other)?;
    while let Some(x) = vm.next(&it)? {
        if vm.contains(this, &x)? {
            return Ok(py_bool(false));
        }
    }
    Ok(py_bool(true))
}

pub fn init() {
    KEYS_TYPE.set(new_builtin_type("dict_keys", None, 0));
    VALUES_TYPE.set(new_builtin_type("dict_values", None, 0));
    ITEMS_TYPE.set(new_builtin_type("dict_items", None, 0));
    let common: &[(&'static str, crate::types::native::NativeFn)] =
        &[("__len__", view_len), ("__iter__", view_iter), ("__reversed__", view_reversed), ("__repr__", view_repr)];
    let setlike: &[(&'static str, crate::types::native::NativeFn)] = &[
        ("__contains__", view_contains),
        ("__eq__", view_eq),
        ("__ne__", view_ne),
        ("__lt__", view_lt),
        ("__le__", view_le),
        ("__gt__", view_gt),
        ("__ge__", view_ge),
        ("__and__", view_and),
        ("__rand__", view_rand),
        ("__or__", view_or),
        ("__ror__", view_ror),
        ("__sub__", view_sub),
        ("__rsub__", view_rsub),
        ("__xor__", view_xor),
        ("__rxor__", view_rxor),
        ("isdisjoint", view_isdisjoint),
    ];
    for t in [KEYS_TYPE.get(), VALUES_TYPE.get(), ITEMS_TYPE.get()] {
        add_methods(t, common);
    }
    for t in [KEYS_TYPE.get(), ITEMS_TYPE.get()] {
        add_methods(t, setlike);
        t.ty_payload().dict().set_str("__hash__", none());
    }
}
