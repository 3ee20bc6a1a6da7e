//! `slice`: the immutable `start:stop:step` triple used by subscripts, and the
//! index arithmetic every sequence shares.
//!
//! `slice_indices` resolves a slice against a length exactly as CPython's
//! `PySlice_GetIndicesEx` does (clamping, negative steps, huge bounds); every
//! sequence type (list, tuple, str, bytes, range) uses it rather than doing
//! its own clamping. `try_index`/`index_isize` implement `operator.index`.
//! A slice never changes after creation, so it needs no lock.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use crate::error::{PyErr, PyResult};
use crate::object::{ObjRef, PyPayload};
use crate::types::int::PyInt;
use crate::types::native::{add_getsets, add_methods, Args};
use crate::types::singletons::{none, not_implemented, py_bool};
use crate::types::str::PyStr;
use crate::types::tuple::PyTuple;
use crate::types::typeobj::new_builtin_type;
use crate::types::TypeCell;
use crate::vm::ops::type_name;
use crate::vm::Vm;

pub static SLICE_TYPE: TypeCell = TypeCell::new();

pub struct PySlice {
    pub start: ObjRef,
    pub stop: ObjRef,
    pub step: ObjRef,
}

impl PyPayload for PySlice {
    fn class() -> &'static ObjRef {
        SLICE_TYPE.get()
    }
}

impl PySlice {
    pub fn new_ref(start: ObjRef, stop: ObjRef, step: ObjRef) -> ObjRef {
        ObjRef::new(PySlice { start, stop, step })
    }
}

/// `operator.index(obj)`: the int itself (also bool and int subclasses), the
/// result of `__index__`, or None when the type has no `__index__`.
pub fn try_index(vm: &mut Vm, obj: &ObjRef) -> PyResult<Option<ObjRef>> {
    if obj.is::<PyInt>() {
        return Ok(Some(obj.clone()));
    }
    let Some(r) = vm.call_special(obj, "__index__", &[])? else { return Ok(None) };
    if !r.is::<PyInt>() {
        return Err(PyErr::type_error(format!("__index__ returned non-int (type {})", type_name(&r))));
    }
    Ok(Some(r))
}

/// An int object's value saturated to isize (CPython's `PyNumber_AsSsize_t(o, NULL)`).
pub fn clamp_isize(i: &PyInt) -> isize {
    match i {
        PyInt::Small(v) => (*v).clamp(isize::MIN as i64, isize::MAX as i64) as isize,
        PyInt::Big(b) => {
            if b.is_negative() {
                isize::MIN
            } else {
                isize::MAX
            }
        }
    }
}

/// The isize value of an index object; a value that does not fit raises
/// IndexError "cannot fit 'int' into an index-sized integer".
pub fn index_isize(vm: &mut Vm, obj: &ObjRef) -> PyResult<Option<isize>> {
    let Some(i) = try_index(vm, obj)? else { return Ok(None) };
    match i.downcast_ref::<PyInt>().and_then(|v| v.as_i64()).and_then(|v| isize::try_from(v).ok()) {
        Some(v) => Ok(Some(v)),
        None => Err(PyErr::index_error(format!("cannot fit '{}' into an index-sized integer", type_name(obj)))),
    }
}

/// The value of an object that must be an integer (`__index__`), as a BigInt;
/// TypeError "'str' object cannot be interpreted as an integer" otherwise.
pub fn index_bigint(vm: &mut Vm, obj: &ObjRef) -> PyResult<BigInt> {
    match try_index(vm, obj)? {
        Some(i) => Ok(i.downcast_ref::<PyInt>().map(|v| v.to_bigint()).unwrap_or_default()),
        None => Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", type_name(obj)))),
    }
}

fn slice_bound(vm: &mut Vm, v: &ObjRef) -> PyResult<Option<isize>> {
    if v.is_none() {
        return Ok(None);
    }
    match try_index(vm, v)? {
        Some(i) => Ok(Some(i.downcast_ref::<PyInt>().map_or(0, clamp_isize))),
        None => Err(PyErr::type_error("slice indices must be integers or None or have an __index__ method")),
    }
}

/// Resolve `s` against a sequence of length `len`: `(start, stop, step, slicelength)`,
/// with start/stop clamped as CPython does. Step zero raises ValueError.
pub fn slice_indices(vm: &mut Vm, s: &PySlice, len: usize) -> PyResult<(isize, isize, isize, usize)> {
    let step = match slice_bound(vm, &s.step)? {
        None => 1,
        Some(0) => return Err(PyErr::value_error("slice step cannot be zero")),
        Some(v) => v.max(-isize::MAX),
    };
    let start = slice_bound(vm, &s.start)?;
    let stop = slice_bound(vm, &s.stop)?;
    Ok(adjust_indices(start, stop, step, len))
}

/// The clamping half of `slice_indices`, for callers that already hold the bounds.
pub fn adjust_indices(start: Option<isize>, stop: Option<isize>, step: isize, len: usize) -> (isize, isize, isize, usize) {
    let len = len.min(isize::MAX as usize) as isize;
    let clamp = |v: Option<isize>, default_pos: isize, default_neg: isize| -> isize {
        match v {
            None => {
                if step < 0 {
                    default_neg
                } else {
                    default_pos
                }
            }
            Some(mut v) => {
                if v < 0 {
                    v = v.saturating_add(len);
                    if v < 0 {
                        v = if step < 0 { -1 } else { 0 };
                    }
                } else if v >= len {
                    v = if step < 0 { len - 1 } else { len };
                }
                v
            }
        }
    };
    let start = clamp(start, 0, len - 1);
    let stop = clamp(stop, len, -1);
    let n = if step < 0 {
        if stop < start {
            ((start - stop - 1) / (-step) + 1) as usize
        } else {
            0
        }
    } else if start < stop {
        ((stop - start - 1) / step + 1) as usize
    } else {
        0
    };
    (start, stop, step, n)
}

/// The positions a resolved slice selects, in order.
pub fn slice_positions(start: isize, step: isize, n: usize) -> impl Iterator<Item = usize> {
    (0..n).map(move |i| (start + i as isize * step) as usize)
}

fn slice_of(o: &ObjRef) -> PyResult<&PySlice> {
    o.downcast_ref::<PySlice>().ok_or_else(|| PyErr::type_error("descriptor requires a 'slice' object"))
}

fn slice_new(_vm: &mut Vm, args: Args) -> PyResult {
    args.no_kwargs("slice")?;
    let a = &args.items[1..];
    let (start, stop, step) = match a.len() {
        0 => return Err(PyErr::type_error("slice expected at least 1 argument, got 0")),
        1 => (none(), a[0].clone(), none()),
        2 => (a[0].clone(), a[1].clone(), none()),
        3 => (a[0].clone(), a[1].clone(), a[2].clone()),
        n => return Err(PyErr::type_error(format!("slice expected at most 3 arguments, got {n}"))),
    };
    Ok(PySlice::new_ref(start, stop, step))
}

fn slice_repr(vm: &mut Vm, args: Args) -> PyResult {
    let s = slice_of(&args.items[0])?;
    let (a, b, c) = (vm.repr_string(&s.start)?, vm.repr_string(&s.stop)?, vm.repr_string(&s.step)?);
    Ok(PyStr::new(format!("slice({a}, {b}, {c})")))
}

fn slice_triple(s: &PySlice) -> [ObjRef; 3] {
    [s.start.clone(), s.stop.clone(), s.step.clone()]
}

fn slice_cmp(vm: &mut Vm, args: Args, op: compiler::bytecode::CmpOp) -> PyResult {
    let a = args.exact("slice comparison", 2)?;
    let Some(other) = a[1].downcast_ref::<PySlice>() else { return Ok(not_implemented()) };
    let x = slice_triple(slice_of(&a[0])?);
    let y = slice_triple(other);
    Ok(py_bool(crate::types::tuple::seq_compare(vm, &x, &y, op)?))
}

macro_rules! slice_cmp_fn {
    ($name:ident, $op:ident) => {
        fn $name(vm: &mut Vm, args: Args) -> PyResult {
            slice_cmp(vm, args, compiler::bytecode::CmpOp::$op)
        }
    };
}
slice_cmp_fn!(slice_eq, Eq);
slice_cmp_fn!(slice_ne, Ne);
slice_cmp_fn!(slice_lt, Lt);
slice_cmp_fn!(slice_le, Le);
slice_cmp_fn!(slice_gt, Gt);
slice_cmp_fn!(slice_ge, Ge);

/// `slice.indices(length)`: the resolved `(start, stop, step)`.
fn slice_indices_method(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("indices", 2)?;
    let s = slice_of(&a[0])?;
    let len = index_bigint(vm, &a[1])?;
    if len.is_negative() {
        return Err(PyErr::value_error("length should not be negative"));
    }
    let len = len.to_usize().unwrap_or(isize::MAX as usize);
    let (start, stop, step, _) = slice_indices(vm, s, len)?;
    Ok(PyTuple::new(vec![PyInt::new(start as i64), PyInt::new(stop as i64), PyInt::new(step as i64)]))
}

fn get_start(_vm: &mut Vm, o: &ObjRef) -> PyResult {
    Ok(slice_of(o)?.start.clone())
}

fn get_stop(_vm: &mut Vm, o: &ObjRef) -> PyResult {
    Ok(slice_of(o)?.stop.clone())
}

fn get_step(_vm: &mut Vm, o: &ObjRef) -> PyResult {
    Ok(slice_of(o)?.step.clone())
}

pub fn init() {
    let t = new_builtin_type("slice", None, 0);
    SLICE_TYPE.set(t.clone());
    crate::types::native::add_new(&t, "slice", slice_new);
    t.ty_payload().dict().set_str("__hash__", none());
    add_methods(
        &t,
        &[
            ("__repr__", slice_repr),
            ("__eq__", slice_eq),
            ("__ne__", slice_ne),
            ("__lt__", slice_lt),
            ("__le__", slice_le),
            ("__gt__", slice_gt),
            ("__ge__", slice_ge),
            ("indices", slice_indices_method),
        ],
    );
    add_getsets(&t, &[("start", get_start, None), ("stop", get_stop, None), ("step", get_step, None)]);
}
