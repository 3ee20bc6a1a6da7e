//! `range`: an immutable arithmetic progression, and its iterators.
//!
//! A range keeps its bounds as int objects (any size). When start, stop and
//! step all fit in i64 it also caches `small` (start, step, length), which
//! every hot operation (iteration, `len`, `r[i]`, `x in r`) uses; the BigInt
//! path is the fallback for huge bounds. Membership and `index` of ints are
//! O(1) arithmetic. Iteration over a small range is an atomic counter: no
//! lock, no allocation beyond the int objects it yields.

use std::sync::atomic::{AtomicU64, Ordering::Relaxed};

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use parking_lot::Mutex;

use crate::error::{PyErr, PyResult};
use crate::object::{ObjRef, PyPayload};
use crate::types::int::PyInt;
use crate::types::native::{add_getsets, add_methods, Args};
use crate::types::singletons::{none, not_implemented, py_bool};
use crate::types::slice::{slice_indices, try_index, PySlice};
use crate::types::str::PyStr;
use crate::types::tuple::PyTuple;
use crate::types::typeobj::new_builtin_type;
use crate::types::TypeCell;
use crate::vm::ops::type_name;
use crate::vm::Vm;

pub static RANGE_TYPE: TypeCell = TypeCell::new();
pub static RANGE_ITER_TYPE: TypeCell = TypeCell::new();
pub static LONGRANGE_ITER_TYPE: TypeCell = TypeCell::new();

#[derive(Clone, Copy)]
struct Small {
    start: i64,
    step: i64,
    len: u64,
}

pub struct PyRange {
    pub start: ObjRef,
    pub stop: ObjRef,
    pub step: ObjRef,
    small: Option<Small>,
}

impl PyPayload for PyRange {
    fn class() -> &'static ObjRef {
        RANGE_TYPE.get()
    }
}

fn big(o: &ObjRef) -> BigInt {
    o.downcast_ref::<PyInt>().map(|i| i.to_bigint()).unwrap_or_default()
}

fn small(o: &ObjRef) -> Option<i64> {
    o.downcast_ref::<PyInt>().and_then(|i| i.as_i64())
}

/// The number of items of `range(start, stop, step)` (step != 0).
fn big_len(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    let (lo, hi, st) = if step.is_positive() { (start, stop, step.clone()) } else { (stop, start, -step) };
    if lo < hi {
        (hi - lo - 1u8) / st + 1u8
    } else {
        BigInt::zero()
    }
}

impl PyRange {
    /// A range over int objects; `step` must be nonzero.
    pub fn new_ref(start: ObjRef, stop: ObjRef, step: ObjRef) -> ObjRef {
        let small = match (small(&start), small(&stop), small(&step)) {
            (Some(a), Some(b), Some(s)) => {
                let (a2, b2, s2) = (a as i128, b as i128, s as i128);
                let len = if s2 > 0 {
                    if a2 < b2 { (b2 - a2 - 1) / s2 + 1 } else { 0 }
                } else if a2 > b2 {
                    (a2 - b2 - 1) / (-s2) + 1
                } else {
                    0
                };
                Some(Small { start: a, step: s, len: len as u64 })
            }
            _ => None,
        };
        ObjRef::new(PyRange { start, stop, step, small })
    }

    pub fn len_big(&self) -> BigInt {
        match self.small {
            Some(s) => BigInt::from(s.len),
            None => big_len(&big(&self.start), &big(&self.stop), &big(&self.step)),
        }
    }

    /// The length if it fits in usize.
    pub fn len(&self) -> Option<usize> {
        match self.small {
            Some(s) => usize::try_from(s.len).ok(),
            None => self.len_big().to_usize(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len_big().is_zero()
    }

    /// `start + i * step` (no bounds check).
    fn item_big(&self, i: &BigInt) -> BigInt {
        big(&self.start) + i * big(&self.step)
    }

    /// Is the int `x` one of the range's values?
    fn contains_int(&self, x: &PyInt) -> bool {
        if let (Some(s), Some(v)) = (self.small, x.as_i64()) {
            if s.len == 0 {
                return false;
            }
            let off = v as i128 - s.start as i128;
            let step = s.step as i128;
            return off % step == 0 && {
                let k = off / step;
                k >= 0 && (k as u128) < s.len as u128
            };
        }
        let (start, step) = (big(&self.start), big(&self.step));
        let off = x.to_bigint() - &start;
        if !off.mod_floor(&step).is_zero() {
            return false;
        }
        let k = off / &step;
        !k.is_negative() && k < self.len_big()
    }

    /// The iterator over the values, forward or backward.
    fn iter_ref(&self, reverse: bool) -> ObjRef {
        if let Some(s) = self.small {
            if !reverse {
                return PyRangeIter::new_ref(s.start, s.step, s.len);
            }
            if s.len == 0 {
                return PyRangeIter::new_ref(0, 1, 0);
            }
            let last = (s.start as i128 + (s.len as i128 - 1) * s.step as i128) as i64;
            if let Some(neg) = s.step.checked_neg() {
                return PyRangeIter::new_ref(last, neg, s.len);
            }
        }
        let len = self.len_big();
        let (start, step) = (big(&self.start), big(&self.step));
        if reverse {
            let last = &start + (&len - 1u8) * &step;
            PyLongRangeIter::new_ref(last, -step, len)
        } else {
            PyLongRangeIter::new_ref(start, step, len)
        }
    }
}

/// Iterator over a range whose values and length fit in 64 bits.
pub struct PyRangeIter {
    start: i64,
    step: i64,
    len: u64,
    index: AtomicU64,
}

impl PyPayload for PyRangeIter {
    fn class() -> &'static ObjRef {
        RANGE_ITER_TYPE.get()
    }
}

impl PyRangeIter {
    fn new_ref(start: i64, step: i64, len: u64) -> ObjRef {
        ObjRef::new(PyRangeIter { start, step, len, index: AtomicU64::new(0) })
    }

    #[inline]
    pub fn next(&self) -> Option<ObjRef> {
        if self.index.load(Relaxed) >= self.len {
            return None;
        }
        let i = self.index.fetch_add(1, Relaxed);
        if i >= self.len {
            return None;
        }
        // Every value lies between start and stop, so the wrapped result is exact.
        Some(PyInt::new(self.start.wrapping_add((i as i64).wrapping_mul(self.step))))
    }
}

/// Iterator over a range with values beyond 64 bits.
pub struct PyLongRangeIter {
    state: Mutex<(BigInt, BigInt)>,
    step: BigInt,
}

impl PyPayload for PyLongRangeIter {
    fn class() -> &'static ObjRef {
        LONGRANGE_ITER_TYPE.get()
    }
}

impl PyLongRangeIter {
    fn new_ref(start: BigInt, step: BigInt, len: BigInt) -> ObjRef {
        ObjRef::new(PyLongRangeIter { state: Mutex::new((start, len)), step })
    }

    pub fn next(&self) -> Option<ObjRef> {
        let mut st = self.state.lock();
        if !st.1.is_positive() {
            return None;
        }
        let v = st.0.clone();
        st.0 += &self.step;
        st.1 -= 1u8;
        drop(st);
        Some(PyInt::from_bigint(v))
    }
}

// --- methods ---

fn range_of(o: &ObjRef) -> PyResult<&PyRange> {
    o.downcast_ref::<PyRange>().ok_or_else(|| PyErr::type_error("descriptor requires a 'range' object"))
}

fn as_int(vm: &mut Vm, o: &ObjRef) -> PyResult<ObjRef> {
    match try_index(vm, o)? {
        Some(i) if i.class().is_same(PyInt::class()) => Ok(i),
        Some(i) => Ok(PyInt::from_bigint(big(&i))),
        None => Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", type_name(o)))),
    }
}

fn range_new(vm: &mut Vm, args: Args) -> PyResult {
    if args.has_kwargs() {
        return Err(PyErr::type_error("range() takes no keyword arguments"));
    }
    let a = &args.items[1..];
    let (start, stop, step) = match a.len() {
        0 => return Err(PyErr::type_error("range expected at least 1 argument, got 0")),
        1 => (PyInt::new(0), as_int(vm, &a[0])?, PyInt::new(1)),
        2 => (as_int(vm, &a[0])?, as_int(vm, &a[1])?, PyInt::new(1)),
        3 => (as_int(vm, &a[0])?, as_int(vm, &a[1])?, as_int(vm, &a[2])?),
        n => return Err(PyErr::type_error(format!("range expected at most 3 arguments, got {n}"))),
    };
    if step.downcast_ref::<PyInt>().is_some_and(|s| s.is_zero()) {
        return Err(PyErr::value_error("range() arg 3 must not be zero"));
    }
    Ok(PyRange::new_ref(start, stop, step))
}

fn range_repr(vm: &mut Vm, args: Args) -> PyResult {
    let r = range_of(&args.items[0])?;
    let (a, b) = (vm.repr_string(&r.start)?, vm.repr_string(&r.stop)?);
    if small(&r.step) == Some(1) {
        return Ok(PyStr::new(format!("range({a}, {b})")));
    }
    let c = vm.repr_string(&r.step)?;
    Ok(PyStr::new(format!("range({a}, {b}, {c})")))
}

fn range_len(_vm: &mut Vm, args: Args) -> PyResult {
    let r = range_of(&args.items[0])?;
    match r.len().filter(|&n| n <= isize::MAX as usize) {
        Some(n) => Ok(PyInt::new(n as i64)),
        None => Err(PyErr::overflow_error("Python int too large to convert to C ssize_t")),
    }
}

fn range_bool(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(py_bool(!range_of(&args.items[0])?.is_empty()))
}

fn range_getitem(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.skip_self().exact("__getitem__", 1)?;
    let r = range_of(&args.items[0])?;
    let key = &a[0];
    if let Some(s) = key.downcast_ref::<PySlice>() {
        let Some(len) = r.len() else {
            return Err(PyErr::overflow_error("Python int too large to convert to C ssize_t"));
        };
        let (start, stop, step, _) = slice_indices(vm, s, len)?;
        let sub_start = r.item_big(&BigInt::from(start));
        let sub_stop = r.item_big(&BigInt::from(stop));
        let sub_step = big(&r.step) * step;
        return Ok(PyRange::new_ref(
            PyInt::from_bigint(sub_start),
            PyInt::from_bigint(sub_stop),
            PyInt::from_bigint(sub_step),
        ));
    }
    let Some(i) = try_index(vm, key)? else {
        return Err(PyErr::type_error(format!("range indices must be integers or slices, not {}", type_name(key))));
    };
    if let (Some(s), Some(v)) = (r.small, small(&i)) {
        let idx = if v < 0 { v as i128 + s.len as i128 } else { v as i128 };
        if idx < 0 || idx >= s.len as i128 {
            return Err(PyErr::index_error("range object index out of range"));
        }
        return Ok(PyInt::new((s.start as i128 + idx * s.step as i128) as i64));
    }
    let len = r.len_big();
    let mut idx = big(&i);
    if idx.is_negative() {
        idx += &len;
    }
    if idx.is_negative() || idx >= len {
        return Err(PyErr::index_error("range object index out of range"));
    }
    Ok(PyInt::from_bigint(r.item_big(&idx)))
}

/// An exact int or bool: membership is arithmetic (other types compare by `==`).
fn plain_int(o: &ObjRef) -> Option<&PyInt> {
    let c = o.class();
    if c.is_same(PyInt::class()) || c.is_same(crate::types::singletons::bool_type()) {
        o.downcast_ref::<PyInt>()
    } else {
        None
    }
}

/// Positions where the range's value equals `x`, by iteration (non-int `x`).
fn scan(vm: &mut Vm, r: &PyRange, x: &ObjRef, first_only: bool) -> PyResult<(usize, Option<usize>)> {
    let it = r.iter_ref(false);
    let (mut i, mut count, mut first) = (0, 0, None);
    while let Some(v) = vm.next(&it)? {
        if vm.eq(&v, x)? {
            count += 1;
            first.get_or_insert(i);
            if first_only {
                break;
            }
        }
        i += 1;
    }
    Ok((count, first))
}

fn range_contains(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.skip_self().exact("__contains__", 1)?;
    let r = range_of(&args.items[0])?;
    if let Some(x) = plain_int(&a[0]) {
        return Ok(py_bool(r.contains_int(x)));
    }
    Ok(py_bool(scan(vm, r, &a[0], true)?.0 > 0))
}

fn range_index(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.skip_self().exact("index", 1)?;
    let r = range_of(&args.items[0])?;
    let x = &a[0];
    if let Some(v) = plain_int(x) {
        if !r.contains_int(v) {
            let s = vm.repr_string(x)?;
            return Err(PyErr::value_error(format!("{s} is not in range")));
        }
        return Ok(PyInt::from_bigint((v.to_bigint() - big(&r.start)) / big(&r.step)));
    }
    match scan(vm, r, x, true)?.1 {
        Some(i) => Ok(PyInt::new(i as i64)),
        None => Err(PyErr::value_error("sequence.index(x): x not in sequence")),
    }
}

fn range_count(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.skip_self().exact("count", 1)?;
    let r = range_of(&args.items[0])?;
    if let Some(v) = plain_int(&a[0]) {
        return Ok(PyInt::new(r.contains_int(v) as i64));
    }
    Ok(PyInt::new(scan(vm, r, &a[0], false)?.0 as i64))
}

fn range_iter(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(range_of(&args.items[0])?.iter_ref(false))
}

fn range_reversed(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(range_of(&args.items[0])?.iter_ref(true))
}

/// Ranges are equal when they produce the same values.
fn ranges_equal(x: &PyRange, y: &PyRange) -> bool {
    let len = x.len_big();
    if len != y.len_big() {
        return false;
    }
    if len.is_zero() {
        return true;
    }
    if big(&x.start) != big(&y.start) {
        return false;
    }
    len.is_one() || big(&x.step) == big(&y.step)
}

fn range_eq(_vm: &mut Vm, args: Args) -> PyResult {
    let a = args.skip_self().exact("__eq__", 1)?;
    let Some(y) = a[0].downcast_ref::<PyRange>() else { return Ok(not_implemented()) };
    Ok(py_bool(ranges_equal(range_of(&args.items[0])?, y)))
}

fn range_ne(_vm: &mut Vm, args: Args) -> PyResult {
    let a = args.skip_self().exact("__ne__", 1)?;
    let Some(y) = a[0].downcast_ref::<PyRange>() else { return Ok(not_implemented()) };
    Ok(py_bool(!ranges_equal(range_of(&args.items[0])?, y)))
}

fn range_hash(vm: &mut Vm, args: Args) -> PyResult {
    let r = range_of(&args.items[0])?;
    let len = r.len_big();
    let t = if len.is_zero() {
        PyTuple::new(vec![PyInt::new(0), none(), none()])
    } else if len.is_one() {
        PyTuple::new(vec![PyInt::new(1), r.start.clone(), none()])
    } else {
        PyTuple::new(vec![PyInt::from_bigint(len), r.start.clone(), r.step.clone()])
    };
    Ok(PyInt::new(vm.hash(&t)?))
}

fn range_reduce(_vm: &mut Vm, args: Args) -> PyResult {
    let r = range_of(&args.items[0])?;
    let t = PyTuple::new(vec![r.start.clone(), r.stop.clone(), r.step.clone()]);
    Ok(PyTuple::new(vec![RANGE_TYPE.get().clone(), t]))
}

fn get_start(_vm: &mut Vm, o: &ObjRef) -> PyResult {
    Ok(range_of(o)?.start.clone())
}

fn get_stop(_vm: &mut Vm, o: &ObjRef) -> PyResult {
    Ok(range_of(o)?.stop.clone())
}

fn get_step(_vm: &mut Vm, o: &ObjRef) -> PyResult {
    Ok(range_of(o)?.step.clone())
}

/// `__length_hint__` of the range iterators.
fn range_iter_length_hint(_vm: &mut Vm, args: Args) -> PyResult {
    let it = &args.items[0];
    if let Some(r) = it.downcast_ref::<PyRangeIter>() {
        return Ok(PyInt::from_bigint(BigInt::from(r.len.saturating_sub(r.index.load(Relaxed)))));
    }
    if let Some(r) = it.downcast_ref::<PyLongRangeIter>() {
        return Ok(PyInt::from_bigint(r.state.lock().1.clone()));
    }
    Ok(PyInt::new(0))
}

pub fn init() {
    let t = new_builtin_type("range", None, 0);
    RANGE_TYPE.set(t.clone());
    RANGE_ITER_TYPE.set(new_builtin_type("range_iterator", None, 0));
    LONGRANGE_ITER_TYPE.set(new_builtin_type("longrange_iterator", None, 0));
    crate::types::native::add_new(&t, "range", range_new);
    add_methods(
        &t,
        &[
            ("__repr__", range_repr),
            ("__len__", range_len),
            ("__bool__", range_bool),
            ("__getitem__", range_getitem),
            ("__contains__", range_contains),
            ("__iter__", range_iter),
            ("__reversed__", range_reversed),
            ("__eq__", range_eq),
            ("__ne__", range_ne),
            ("__hash__", range_hash),
            ("__reduce__", range_reduce),
            ("index", range_index),
            ("count", range_count),
        ],
    );
    add_getsets(&t, &[("start", get_start, None), ("stop", get_stop, None), ("step", get_step, None)]);
    for it in [RANGE_ITER_TYPE.get(), LONGRANGE_ITER_TYPE.get()] {
        add_methods(
            it,
            &[
                ("__iter__", crate::types::iter::iter_self),
                ("__next__", crate::types::iter::iter_next),
                ("__length_hint__", range_iter_length_hint),
            ],
        );
    }
}
