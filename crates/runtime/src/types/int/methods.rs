//! The methods of `int` as Python sees them. Binary dunders accept any int
//! payload (int, bool, subclasses) and return NotImplemented for other
//! operands: mixed int/float arithmetic is handled by float's reflected
//! methods. Results are always exact ints, never subclass instances.

use num_bigint::BigInt;

use super::arith;
use super::PyInt;
use crate::error::{PyErr, PyResult};
use crate::object::{ObjRef, PyPayload};
use crate::types::float::PyFloat;
use crate::types::native::{add_classmethods, add_getsets, add_methods, Args, NativeFn};
use crate::types::singletons::{none, not_implemented, py_bool};
use crate::types::str::PyStr;
use crate::types::tuple::PyTuple;
use crate::vm::ops::type_name;
use crate::vm::Vm;

/// `self` of a method: the VM has checked it is an int instance.
fn this<'a>(args: &Args<'a>) -> PyResult<&'a PyInt> {
    args.items.first().and_then(|o| o.downcast_ref::<PyInt>()).ok_or_else(|| PyErr::type_error("descriptor requires an 'int' object"))
}

/// The int value of `o` as an exact int object.
pub fn exact(o: &ObjRef) -> ObjRef {
    if o.class().is_same(PyInt::class()) {
        return o.clone();
    }
    match o.downcast_ref::<PyInt>() {
        Some(i) => PyInt::from_payload(i.clone_value()),
        None => PyInt::new(0),
    }
}

type IntOp = fn(&PyInt, &PyInt) -> PyResult<ObjRef>;

/// Apply `f(self, other)` (or `f(other, self)` when `reflected`), or NotImplemented.
fn binary(args: Args, f: IntOp, reflected: bool) -> PyResult {
    let a = this(&args)?;
    let other = args.items.get(1).ok_or_else(|| PyErr::type_error("expected 1 argument, got 0"))?;
    let Some(b) = other.downcast_ref::<PyInt>() else { return Ok(not_implemented()) };
    if reflected {
        f(b, a)
    } else {
        f(a, b)
    }
}

macro_rules! binops {
    ($($name:ident, $rname:ident => $f:expr;)*) => {
        $(
            fn $name(_vm: &mut Vm, args: Args) -> PyResult {
                binary(args, $f, false)
            }
            fn $rname(_vm: &mut Vm, args: Args) -> PyResult {
                binary(args, $f, true)
            }
        )*
    };
}

binops! {
    add, radd => |a, b| Ok(arith::add(a, b));
    sub, rsub => |a, b| Ok(arith::sub(a, b));
    mul, rmul => |a, b| Ok(arith::mul(a, b));
    truediv, rtruediv => |a, b| Ok(PyFloat::new(arith::int_truediv(a, b)?));
    floordiv, rfloordiv => arith::floordiv;
    modulo, rmodulo => arith::modulo;
    divmod, rdivmod => |a, b| {
        let (q, r) = arith::divmod(a, b).ok_or_else(|| PyErr::zero_division_error("integer division or modulo by zero"))?;
        Ok(PyTuple::new(vec![q, r]))
    };
    lshift, rlshift => arith::lshift;
    rshift, rrshift => arith::rshift;
    and, rand => |a, b| Ok(arith::bitop(a, b, '&'));
    or, ror => |a, b| Ok(arith::bitop(a, b, '|'));
    xor, rxor => |a, b| Ok(arith::bitop(a, b, '^'));
}

/// `a ** b` (and `pow(a, b, m)`) for ints; a negative exponent without modulus gives a float.
pub fn int_pow(a: &PyInt, b: &PyInt, m: Option<&PyInt>) -> PyResult<ObjRef> {
    if let Some(m) = m {
        return arith::pow_mod(a, b, m);
    }
    if b.is_negative() {
        let (x, y) = (a.to_f64_checked()?, b.to_f64_checked()?);
        return crate::types::float::float_pow(x, y);
    }
    arith::pow_nonneg(a, b)
}

fn pow_common(args: Args, reflected: bool) -> PyResult {
    let a = this(&args)?;
    let other = args.items.get(1).ok_or_else(|| PyErr::type_error("expected at least 1 argument, got 0"))?;
    let Some(b) = other.downcast_ref::<PyInt>() else { return Ok(not_implemented()) };
    let m = match args.items.get(2) {
        None => None,
        Some(m) if m.is_none() => None,
        Some(m) => match m.downcast_ref::<PyInt>() {
            Some(m) => Some(m),
            None => return Ok(not_implemented()),
        },
    };
    if reflected {
        int_pow(b, a, m)
    } else {
        int_pow(a, b, m)
    }
}

fn pow(_vm: &mut Vm, args: Args) -> PyResult {
    pow_common(args, false)
}

fn rpow(_vm: &mut Vm, args: Args) -> PyResult {
    pow_common(args, true)
}

fn compare(args: Args, test: fn(std::cmp::Ordering) -> bool) -> PyResult {
    let a = this(&args)?;
    match args.items.get(1).and_then(|o| o.downcast_ref::<PyInt>()) {
        Some(b) => Ok(py_bool(test(arith::cmp(a, b)))),
        None => Ok(not_implemented()),
    }
}

fn eq(_vm: &mut Vm, args: Args) -> PyResult {
    compare(args, |o| o.is_eq())
}
fn ne(_vm: &mut Vm, args: Args) -> PyResult {
    compare(args, |o| o.is_ne())
}
fn lt(_vm: &mut Vm, args: Args) -> PyResult {
    compare(args, |o| o.is_lt())
}
fn le(_vm: &mut Vm, args: Args) -> PyResult {
    compare(args, |o| o.is_le())
}
fn gt(_vm: &mut Vm, args: Args) -> PyResult {
    compare(args, |o| o.is_gt())
}
fn ge(_vm: &mut Vm, args: Args) -> PyResult {
    compare(args, |o| o.is_ge())
}

fn neg(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(arith::neg(this(&args)?))
}
fn pos(_vm: &mut Vm, args: Args) -> PyResult {
    this(&args)?;
    Ok(exact(&args.items[0]))
}
fn abs(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(arith::abs(this(&args)?))
}
fn invert(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(arith::invert(this(&args)?))
}
fn bool_(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(py_bool(!this(&args)?.is_zero()))
}
fn float(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(PyFloat::new(this(&args)?.to_f64_checked()?))
}
fn hash(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(PyInt::new(this(&args)?.hash()))
}
fn repr(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(PyStr::new(super::int_to_str_radix(this(&args)?, 10, false)?))
}

fn format(vm: &mut Vm, args: Args) -> PyResult {
    let a = this(&args)?;
    let spec = args.items.get(1).and_then(|s| s.downcast_ref::<PyStr>()).ok_or_else(|| {
        PyErr::type_error(format!(
            "format() argument 2 must be str, not {}",
            args.items.get(1).map_or("NoneType".to_string(), type_name)
        ))
    })?;
    if spec.as_str().is_empty() {
        return vm.str(&args.items[0]);
    }
    Ok(PyStr::new(crate::types::format_spec::format_int(a, spec.as_str())?))
}

fn round(vm: &mut Vm, args: Args) -> PyResult {
    let a = this(&args)?;
    match args.items.get(1) {
        None => Ok(exact(&args.items[0])),
        Some(n) if n.is_none() => Ok(exact(&args.items[0])),
        Some(n) => {
            let n = as_index(vm, n)?;
            let n = n.downcast_ref::<PyInt>().map(|n| n.to_bigint()).unwrap_or_default();
            if n >= BigInt::from(0) {
                return Ok(exact(&args.items[0]));
            }
            let digits = num_traits::ToPrimitive::to_u64(&-n).unwrap_or(u64::MAX);
            Ok(arith::round_neg_digits(a, digits))
        }
    }
}

fn getnewargs(_vm: &mut Vm, args: Args) -> PyResult {
    this(&args)?;
    Ok(PyTuple::new(vec![exact(&args.items[0])]))
}

fn bit_length(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(PyInt::new(arith::bit_length(this(&args)?) as i64))
}

fn bit_count(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(PyInt::new(arith::bit_count(this(&args)?) as i64))
}

fn as_integer_ratio(_vm: &mut Vm, args: Args) -> PyResult {
    this(&args)?;
    Ok(PyTuple::new(vec![exact(&args.items[0]), PyInt::new(1)]))
}

fn exact_self(_vm: &mut Vm, args: Args) -> PyResult {
    this(&args)?;
    Ok(exact(&args.items[0]))
}

fn get_self(_vm: &mut Vm, o: &ObjRef) -> PyResult {
    Ok(exact(o))
}
fn get_zero(_vm: &mut Vm, _o: &ObjRef) -> PyResult {
    Ok(PyInt::new(0))
}
fn get_one(_vm: &mut Vm, _o: &ObjRef) -> PyResult {
    Ok(PyInt::new(1))
}

/// `operator.index(obj)`: the int value of an object with `__index__`.
pub fn as_index(vm: &mut Vm, obj: &ObjRef) -> PyResult<ObjRef> {
    if obj.is::<PyInt>() {
        return Ok(obj.clone());
    }
    match vm.call_special(obj, "__index__", &[])? {
        Some(r) if r.is::<PyInt>() => Ok(r),
        Some(r) => Err(PyErr::type_error(format!("__index__ returned non-int (type {})", type_name(&r)))),
        None => Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", type_name(obj)))),
    }
}

/// `as_index` narrowed to i64 (OverflowError beyond).
pub fn index_i64(vm: &mut Vm, obj: &ObjRef) -> PyResult<i64> {
    let i = as_index(vm, obj)?;
    match i.downcast_ref::<PyInt>().and_then(|i| i.as_i64()) {
        Some(v) => Ok(v),
        None => Err(PyErr::overflow_error("Python int too large to convert to C ssize_t")),
    }
}

fn noop_none(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(none())
}

pub fn init(ty: &ObjRef) {
    let methods: &[(&'static str, NativeFn)] = &[
        ("__add__", add),
        ("__radd__", radd),
        ("__sub__", sub),
        ("__rsub__", rsub),
        ("__mul__", mul),
        ("__rmul__", rmul),
        ("__truediv__", truediv),
        ("__rtruediv__", rtruediv),
        ("__floordiv__", floordiv),
        ("__rfloordiv__", rfloordiv),
        ("__mod__", modulo),
        ("__rmod__", rmodulo),
        ("__divmod__", divmod),
        ("__rdivmod__", rdivmod),
        ("__pow__", pow),
        ("__rpow__", rpow),
        ("__lshift__", lshift),
        ("__rlshift__", rlshift),
        ("__rshift__", rshift),
        ("__rrshift__", rrshift),
        ("__and__", and),
        ("__rand__", rand),
        ("__or__", or),
        ("__ror__", ror),
        ("__xor__", xor),
        ("__rxor__", rxor),
        ("__eq__", eq),
        ("__ne__", ne),
        ("__lt__", lt),
        ("__le__", le),
        ("__gt__", gt),
        ("__ge__", ge),
        ("__neg__", neg),
        ("__pos__", pos),
        ("__abs__", abs),
        ("__invert__", invert),
        ("__bool__", bool_),
        ("__int__", exact_self),
        ("__index__", exact_self),
        ("__trunc__", exact_self),
        ("__floor__", exact_self),
        ("__ceil__", exact_self),
        ("__round__", round),
        ("__float__", float),
        ("__hash__", hash),
        ("__repr__", repr),
        ("__format__", format),
        ("__getnewargs__", getnewargs),
        ("bit_length", bit_length),
        ("bit_count", bit_count),
        ("to_bytes", super::convert::to_bytes),
        ("as_integer_ratio", as_integer_ratio),
        ("conjugate", exact_self),
    ];
    add_methods(ty, methods);
    let _ = noop_none;
    add_classmethods(ty, &[("from_bytes", super::convert::from_bytes)]);
    add_getsets(ty, &[("real", get_self, None), ("imag", get_zero, None), ("numerator", get_self, None), ("denominator", get_one, None)]);
    super::convert::init_new(ty);
}
