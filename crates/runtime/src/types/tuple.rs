//! `tuple`: an immutable sequence. Its items never change after creation, so
//! reading them needs no lock. The empty tuple is a shared immortal object.
//!
//! Also home of the helpers every sequence shares: lexicographic comparison
//! (`seq_compare`), the item repr (`repr_items`), `index`/`count` argument
//! handling and repeat counts.

use std::sync::OnceLock;

use compiler::bytecode::CmpOp;

use crate::error::{PyErr, PyResult};
use crate::object::{ObjRef, PyPayload};
use crate::types::int::PyInt;
use crate::types::native::{add_methods, Args};
use crate::types::singletons::{not_implemented, py_bool};
use crate::types::slice::{clamp_isize, slice_indices, slice_positions, try_index, PySlice};
use crate::types::str::PyStr;
use crate::types::TypeCell;
use crate::vm::ops::type_name;
use crate::vm::Vm;

pub static TUPLE_TYPE: TypeCell = TypeCell::new();

pub struct PyTuple {
    items: Box<[ObjRef]>,
}

impl PyPayload for PyTuple {
    fn class() -> &'static ObjRef {
        TUPLE_TYPE.get()
    }
}

static EMPTY: OnceLock<ObjRef> = OnceLock::new();

impl PyTuple {
    pub fn from_vec(items: Vec<ObjRef>) -> PyTuple {
        PyTuple { items: items.into_boxed_slice() }
    }

    /// A new tuple object (the shared empty tuple when `items` is empty).
    pub fn new(items: Vec<ObjRef>) -> ObjRef {
        if items.is_empty() {
            if let Some(e) = EMPTY.get() {
                return e.clone();
            }
        }
        ObjRef::new(PyTuple::from_vec(items))
    }

    pub fn empty() -> ObjRef {
        PyTuple::new(Vec::new())
    }

    #[inline(always)]
    pub fn items(&self) -> &[ObjRef] {
        &self.items
    }

    #[inline(always)]
    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn iter(&self) -> std::slice::Iter<'_, ObjRef> {
        self.items.iter()
    }

    pub fn get(&self, i: usize) -> Option<&ObjRef> {
        self.items.get(i)
    }
}

/// CPython's tuple hash (xxHash-based, 3.8+) over the items' hashes.
pub fn hash_of_hashes(hashes: &[i64]) -> i64 {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let mut acc: u64 = P5;
    for &h in hashes {
        acc = acc.wrapping_add((h as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((hashes.len() as u64) ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    acc as i64
}

// --- helpers shared by the sequence types ---

/// Lexicographic `op(a, b)` over two item lists: the first pair that is not
/// `==` decides (by `op`), else the lengths do. Python code may run.
pub fn seq_compare(vm: &mut Vm, a: &[ObjRef], b: &[ObjRef], op: CmpOp) -> PyResult<bool> {
    if a.len() != b.len() && matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(op == CmpOp::Ne);
    }
    for (x, y) in a.iter().zip(b.iter()) {
        if !vm.eq(x, y)? {
            return match op {
                CmpOp::Eq => Ok(false),
                CmpOp::Ne => Ok(true),
                _ => vm.compare_bool(x, y, op),
            };
        }
    }
    Ok(crate::vm::ops::cmp_ord(a.len().cmp(&b.len()), op))
}

/// `repr` of each item joined by ", ".
pub fn repr_items(vm: &mut Vm, items: &[ObjRef]) -> PyResult<String> {
    let mut out = String::new();
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&vm.repr_string(x)?);
    }
    Ok(out)
}

/// The repeat count of `seq * n`: None when `n` is not an integer (NotImplemented);
/// negative counts are 0; counts beyond isize raise OverflowError.
pub fn repeat_count(vm: &mut Vm, n: &ObjRef) -> PyResult<Option<usize>> {
    let Some(i) = try_index(vm, n)? else { return Ok(None) };
    match i.downcast_ref::<PyInt>().and_then(|v| v.as_i64()) {
        Some(v) => Ok(Some(v.max(0) as usize)),
        None if i.downcast_ref::<PyInt>().is_some_and(|v| v.to_f64() < 0.0) => Ok(Some(0)),
        None => Err(PyErr::overflow_error(format!("cannot fit '{}' into an index-sized integer", type_name(n)))),
    }
}

/// `seq * other` where `other` is no integer: NotImplemented when `other`'s type
/// defines its own Python `__rmul__`, else CPython's "can't multiply sequence" TypeError.
pub fn non_int_repeat(vm: &mut Vm, other: &ObjRef) -> PyResult {
    match vm.lookup_special(other, "__rmul__") {
        Some(m) if !m.is::<crate::types::native::PyMethodDescr>() => Ok(not_implemented()),
        _ => Err(PyErr::type_error(format!("can't multiply sequence by non-int of type '{}'", type_name(other)))),
    }
}

/// Check that `len * n` items can exist.
pub fn check_repeat_size(len: usize, n: usize) -> PyResult<usize> {
    match len.checked_mul(n) {
        Some(t) if t <= (isize::MAX as usize) / 16 => Ok(t),
        _ => Err(PyErr::new(&crate::types::exception::types().memory_error, "")),
    }
}

/// The optional `start`/`stop` arguments of `index`, resolved against `len`.
pub fn index_bounds(vm: &mut Vm, rest: &[ObjRef], len: usize) -> PyResult<(usize, usize)> {
    let mut bound = |o: Option<&ObjRef>, default: usize| -> PyResult<usize> {
        let Some(o) = o else { return Ok(default) };
        let Some(i) = try_index(vm, o)? else {
            return Err(PyErr::type_error("slice indices must be integers or have an __index__ method"));
        };
        let v = i.downcast_ref::<PyInt>().map_or(0, clamp_isize);
        let len = len as isize;
        Ok(if v < 0 { (v.saturating_add(len)).max(0) as usize } else { v.min(len) as usize })
    };
    let start = bound(rest.first(), 0)?;
    let stop = bound(rest.get(1), len)?;
    Ok((start, stop))
}

/// The item for an index already known to be an int object, or IndexError `msg`.
pub fn norm_index(i: &ObjRef, len: usize, msg: &str, obj: &ObjRef) -> PyResult<usize> {
    let v = match i.downcast_ref::<PyInt>().and_then(|v| v.as_i64()) {
        Some(v) => v,
        None => return Err(PyErr::index_error(format!("cannot fit '{}' into an index-sized integer", type_name(obj)))),
    };
    let idx = if v < 0 { v + len as i64 } else { v };
    if idx < 0 || idx >= len as i64 {
        return Err(PyErr::index_error(msg.to_string()));
    }
    Ok(idx as usize)
}

// --- methods ---

fn tuple_of(o: &ObjRef) -> PyResult<&PyTuple> {
    o.downcast_ref::<PyTuple>().ok_or_else(|| PyErr::type_error("descriptor requires a 'tuple' object"))
}

fn tuple_new(vm: &mut Vm, args: Args) -> PyResult {
    if args.has_kwargs() {
        return Err(PyErr::type_error("tuple() takes no keyword arguments"));
    }
    let cls = &args.items[0];
    let rest = &args.items[1..];
    if rest.len() > 1 {
        return Err(PyErr::type_error(format!("tuple expected at most 1 argument, got {}", rest.len())));
    }
    let exact = cls.is_same(TUPLE_TYPE.get());
    let items = match rest.first() {
        None => Vec::new(),
        Some(it) if exact && it.class().is_same(TUPLE_TYPE.get()) => return Ok(it.clone()),
        Some(it) => vm.collect(it)?,
    };
    if exact {
        Ok(PyTuple::new(items))
    } else {
        Ok(ObjRef::new_with(PyTuple::from_vec(items), cls.clone(), None))
    }
}

fn tuple_repr(vm: &mut Vm, args: Args) -> PyResult {
    let this = &args.items[0];
    let t = tuple_of(this)?;
    if t.is_empty() {
        return Ok(PyStr::new("()"));
    }
    if !vm.repr_enter(this) {
        return Ok(PyStr::new("(...)"));
    }
    let r = repr_items(vm, t.items());
    vm.repr_leave(this);
    let body = r?;
    Ok(PyStr::new(if t.len() == 1 { format!("({body},)") } else { format!("({body})") }))
}

fn tuple_hash(vm: &mut Vm, args: Args) -> PyResult {
    let t = tuple_of(&args.items[0])?;
    let mut hashes = Vec::with_capacity(t.len());
    for x in t.iter() {
        hashes.push(vm.hash(x)?);
    }
    Ok(PyInt::new(hash_of_hashes(&hashes)))
}

fn tuple_len(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(PyInt::new(tuple_of(&args.items[0])?.len() as i64))
}

fn tuple_getitem(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("__getitem__", 2)?;
    let this = &a[0];
    let t = tuple_of(this)?;
    let key = &a[1];
    if let Some(s) = key.downcast_ref::<PySlice>() {
        let (start, _, step, n) = slice_indices(vm, s, t.len())?;
        if step == 1 && n == t.len() && this.class().is_same(TUPLE_TYPE.get()) {
            return Ok(this.clone());
        }
        let items = t.items();
        return Ok(PyTuple::new(slice_positions(start, step, n).map(|i| items[i].clone()).collect()));
    }
    match try_index(vm, key)? {
        Some(i) => Ok(t.items()[norm_index(&i, t.len(), "tuple index out of range", key)?].clone()),
        None => Err(PyErr::type_error(format!("tuple indices must be integers or slices, not {}", type_name(key)))),
    }
}

fn tuple_contains(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("__contains__", 2)?;
    for x in tuple_of(&a[0])?.iter() {
        if vm.eq(x, &a[1])? {
            return Ok(py_bool(true));
        }
    }
    Ok(py_bool(false))
}

fn tuple_iter(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(crate::types::iter::PyTupleIter::new_ref(args.items[0].clone()))
}

fn tuple_add(_vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("__add__", 2)?;
    let x = tuple_of(&a[0])?;
    let Some(y) = a[1].downcast_ref::<PyTuple>() else {
        return Err(PyErr::type_error(format!(
            "can only concatenate tuple (not \"{}\") to tuple",
            type_name(&a[1])
        )));
    };
    if y.is_empty() && a[0].class().is_same(TUPLE_TYPE.get()) {
        return Ok(a[0].clone());
    }
    let mut v = Vec::with_capacity(x.len() + y.len());
    v.extend_from_slice(x.items());
    v.extend_from_slice(y.items());
    Ok(PyTuple::new(v))
}

fn tuple_mul(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("__mul__", 2)?;
    let t = tuple_of(&a[0])?;
    let Some(n) = repeat_count(vm, &a[1])? else { return non_int_repeat(vm, &a[1]) };
    if n == 1 && a[0].class().is_same(TUPLE_TYPE.get()) {
        return Ok(a[0].clone());
    }
    let total = check_repeat_size(t.len(), n)?;
    let mut v = Vec::with_capacity(total);
    for _ in 0..n {
        v.extend_from_slice(t.items());
    }
    Ok(PyTuple::new(v))
}

fn tuple_cmp(vm: &mut Vm, args: Args, op: CmpOp) -> PyResult {
    let a = args.exact("comparison", 2)?;
    let x = tuple_of(&a[0])?;
    let Some(y) = a[1].downcast_ref::<PyTuple>() else { return Ok(not_implemented()) };
    Ok(py_bool(seq_compare(vm, x.items(), y.items(), op)?))
}

macro_rules! cmp_fn {
    ($name:ident, $op:ident) => {
        fn $name(vm: &mut Vm, args: Args) -> PyResult {
            tuple_cmp(vm, args, CmpOp::$op)
        }
    };
}
cmp_fn!(tuple_eq, Eq);
cmp_fn!(tuple_ne, Ne);
cmp_fn!(tuple_lt, Lt);
cmp_fn!(tuple_le, Le);
cmp_fn!(tuple_gt, Gt);
cmp_fn!(tuple_ge, Ge);

fn tuple_count(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.skip_self().exact("count", 1)?;
    let mut n = 0;
    for x in tuple_of(&args.items[0])?.iter() {
        if vm.eq(x, &a[0])? {
            n += 1;
        }
    }
    Ok(PyInt::new(n))
}

fn tuple_index(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.skip_self().range("index", 1, 3)?;
    let t = tuple_of(&args.items[0])?;
    let (start, stop) = index_bounds(vm, &a[1..], t.len())?;
    for i in start..stop.min(t.len()) {
        if vm.eq(&t.items()[i], &a[0])? {
            return Ok(PyInt::new(i as i64));
        }
    }
    Err(PyErr::value_error("tuple.index(x): x not in tuple"))
}

fn tuple_getnewargs(_vm: &mut Vm, args: Args) -> PyResult {
    let t = tuple_of(&args.items[0])?;
    Ok(PyTuple::new(vec![PyTuple::new(t.items().to_vec())]))
}

pub fn init() {
    let t = crate::types::typeobj::new_builtin_type("tuple", None, crate::types::typeobj::flags::BASETYPE);
    TUPLE_TYPE.set(t.clone());
    let _ = EMPTY.set(ObjRef::new_immortal(PyTuple::from_vec(vec![]), Some(TUPLE_TYPE.get())));
}

/// Methods are added after `native::init` (method descriptors need their type).
pub fn init_methods() {
    let t = TUPLE_TYPE.get();
    crate::types::native::add_new(t, "tuple", tuple_new);
    add_methods(
        t,
        &[
            ("__repr__", tuple_repr),
            ("__hash__", tuple_hash),
            ("__len__", tuple_len),
            ("__getitem__", tuple_getitem),
            ("__contains__", tuple_contains),
            ("__iter__", tuple_iter),
            ("__add__", tuple_add),
            ("__mul__", tuple_mul),
            ("__rmul__", tuple_mul),
            ("__eq__", tuple_eq),
            ("__ne__", tuple_ne),
            ("__lt__", tuple_lt),
            ("__le__", tuple_le),
            ("__gt__", tuple_gt),
            ("__ge__", tuple_ge),
            ("count", tuple_count),
            ("index", tuple_index),
            ("__getnewargs__", tuple_getnewargs),
        ],
    );
}
