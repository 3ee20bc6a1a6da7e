//! The methods of `float` as Python sees them. Binary dunders accept float
//! or int operands (ints converted exactly, OverflowError when too big) and
//! return NotImplemented for anything else. Division and modulo follow
//! CPython's `float_divmod`; `**` follows `float_pow` (a negative base to a
//! fractional power becomes complex).

use std::cmp::Ordering;

use num_bigint::BigInt;
use num_traits::{One, Zero};

use super::text;
use super::PyFloat;
use crate::error::{PyErr, PyResult};
use crate::object::{ObjRef, PyPayload};
use crate::types::int::PyInt;
use crate::types::native::{add_classmethods, add_getsets, add_methods, Args, NativeFn};
use crate::types::singletons::{not_implemented, py_bool};
use crate::types::str::PyStr;
use crate::types::tuple::PyTuple;
use crate::vm::ops::type_name;
use crate::vm::Vm;

fn this(args: &Args) -> PyResult<f64> {
    args.items
        .first()
        .and_then(|o| o.downcast_ref::<PyFloat>())
        .map(|f| f.0)
        .ok_or_else(|| PyErr::type_error("descriptor requires a 'float' object"))
}

/// A float or int operand as f64; None for other types.
fn operand(o: &ObjRef) -> Option<PyResult<f64>> {
    if let Some(f) = o.downcast_ref::<PyFloat>() {
        return Some(Ok(f.0));
    }
    o.downcast_ref::<PyInt>().map(|i| i.to_f64_checked())
}

/// `float(x)` semantics for arguments of math functions: float, int,
/// `__float__` or `__index__`; "must be real number, not str" otherwise.
pub fn float_of(vm: &mut Vm, o: &ObjRef) -> PyResult<f64> {
    if let Some(r) = operand(o) {
        return r;
    }
    if let Some(r) = vm.call_special(o, "__float__", &[])? {
        return match r.downcast_ref::<PyFloat>() {
            Some(f) => Ok(f.0),
            None => Err(PyErr::type_error(format!("{}.__float__ returned non-float (type {})", type_name(o), type_name(&r)))),
        };
    }
    if vm.lookup_special(o, "__index__").is_some() {
        let i = crate::types::int::as_index(vm, o)?;
        return i.downcast_ref::<PyInt>().map_or(Ok(0.0), |i| i.to_f64_checked());
    }
    Err(PyErr::type_error(format!("must be real number, not {}", type_name(o))))
}

type FloatOp = fn(f64, f64) -> PyResult<ObjRef>;

fn binary(args: Args, f: FloatOp, reflected: bool) -> PyResult {
    let a = this(&args)?;
    let Some(b) = args.items.get(1).and_then(operand) else { return Ok(not_implemented()) };
    let b = b?;
    if reflected {
        f(b, a)
    } else {
        f(a, b)
    }
}

/// Python's `divmod` for floats: (floor quotient, remainder with the divisor's sign).
pub fn float_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let q = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(x / y)
    };
    (q, m)
}

fn float_mod(x: f64, y: f64) -> f64 {
    let m = x % y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m + y
        } else {
            m
        }
    } else {
        0.0f64.copysign(y)
    }
}

fn is_odd_integer(y: f64) -> bool {
    y.fract() == 0.0 && (y / 2.0).fract() != 0.0
}

/// `x ** y` for floats with CPython's special cases and errors; a negative
/// base with a fractional exponent gives a complex result.
pub fn float_pow(x: f64, y: f64) -> PyResult<ObjRef> {
    float_pow_obj(x, y)
}

pub fn float_pow_obj(x: f64, y: f64) -> PyResult<ObjRef> {
    if y == 0.0 {
        return Ok(PyFloat::new(1.0));
    }
    if x.is_nan() {
        return Ok(PyFloat::new(if y == 0.0 { 1.0 } else { x }));
    }
    if y.is_nan() {
        return Ok(PyFloat::new(if x == 1.0 { 1.0 } else { y }));
    }
    if y.is_infinite() {
        let ax = x.abs();
        let r = if ax == 1.0 {
            1.0
        } else if (y > 0.0) == (ax > 1.0) {
            f64::INFINITY
        } else {
            0.0
        };
        return Ok(PyFloat::new(r));
    }
    if x.is_infinite() {
        let odd = is_odd_integer(y);
        let r = if y > 0.0 {
            if odd {
                x
            } else {
                x.abs()
            }
        } else if odd {
            0.0f64.copysign(x)
        } else {
            0.0
        };
        return Ok(PyFloat::new(r));
    }
    if x == 0.0 {
        if y < 0.0 {
            return Err(PyErr::zero_division_error("0.0 cannot be raised to a negative power"));
        }
        return Ok(PyFloat::new(if is_odd_integer(y) { x } else { 0.0 }));
    }
    if x < 0.0 && y.fract() != 0.0 {
        return crate::types::complex::complex_pow((x, 0.0), (y, 0.0));
    }
    if x == 1.0 {
        return Ok(PyFloat::new(1.0));
    }
    let r = x.powf(y);
    if r.is_infinite() {
        return Err(PyErr::overflow_error("(34, 'Numerical result out of range')"));
    }
    Ok(PyFloat::new(r))
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
    add, radd => |a, b| Ok(PyFloat::new(a + b));
    sub, rsub => |a, b| Ok(PyFloat::new(a - b));
    mul, rmul => |a, b| Ok(PyFloat::new(a * b));
    truediv, rtruediv => |a, b| {
        if b == 0.0 {
            return Err(PyErr::zero_division_error("float division by zero"));
        }
        Ok(PyFloat::new(a / b))
    };
    floordiv, rfloordiv => |a, b| {
        if b == 0.0 {
            return Err(PyErr::zero_division_error("float floor division by zero"));
        }
        Ok(PyFloat::new(float_divmod(a, b).0))
    };
    modulo, rmodulo => |a, b| {
        if b == 0.0 {
            return Err(PyErr::zero_division_error("float modulo"));
        }
        Ok(PyFloat::new(float_mod(a, b)))
    };
    divmod, rdivmod => |a, b| {
        if b == 0.0 {
            return Err(PyErr::zero_division_error("float divmod()"));
        }
        let (q, r) = float_divmod(a, b);
        Ok(PyTuple::new(vec![PyFloat::new(q), PyFloat::new(r)]))
    };
}

fn pow_common(args: Args, reflected: bool) -> PyResult {
    if args.items.get(2).is_some_and(|m| !m.is_none()) {
        return Err(PyErr::type_error("pow() 3rd argument not allowed unless all arguments are integers"));
    }
    binary(args, float_pow_obj, reflected)
}
fn pow(_vm: &mut Vm, args: Args) -> PyResult {
    pow_common(args, false)
}
fn rpow(_vm: &mut Vm, args: Args) -> PyResult {
    pow_common(args, true)
}

fn compare(args: Args, test: fn(Option<Ordering>) -> bool) -> PyResult {
    let a = this(&args)?;
    let Some(other) = args.items.get(1) else { return Ok(not_implemented()) };
    let ord = if let Some(f) = other.downcast_ref::<PyFloat>() {
        a.partial_cmp(&f.0)
    } else if let Some(i) = other.downcast_ref::<PyInt>() {
        crate::types::int::cmp_int_float(i, a).map(Ordering::reverse)
    } else {
        return Ok(not_implemented());
    };
    Ok(py_bool(test(ord)))
}

fn eq(_vm: &mut Vm, args: Args) -> PyResult {
    compare(args, |o| o == Some(Ordering::Equal))
}
fn ne(_vm: &mut Vm, args: Args) -> PyResult {
    compare(args, |o| o != Some(Ordering::Equal))
}
fn lt(_vm: &mut Vm, args: Args) -> PyResult {
    compare(args, |o| o == Some(Ordering::Less))
}
fn le(_vm: &mut Vm, args: Args) -> PyResult {
    compare(args, |o| matches!(o, Some(Ordering::Less | Ordering::Equal)))
}
fn gt(_vm: &mut Vm, args: Args) -> PyResult {
    compare(args, |o| o == Some(Ordering::Greater))
}
fn ge(_vm: &mut Vm, args: Args) -> PyResult {
    compare(args, |o| matches!(o, Some(Ordering::Greater | Ordering::Equal)))
}

fn neg(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(PyFloat::new(-this(&args)?))
}
fn pos(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(PyFloat::new(this(&args)?))
}
fn abs(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(PyFloat::new(this(&args)?.abs()))
}
fn bool_(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(py_bool(this(&args)? != 0.0))
}
fn to_int(_vm: &mut Vm, args: Args) -> PyResult {
    crate::types::int::int_from_f64(this(&args)?)
}
fn floor(_vm: &mut Vm, args: Args) -> PyResult {
    crate::types::int::int_from_f64(this(&args)?.floor())
}
fn ceil(_vm: &mut Vm, args: Args) -> PyResult {
    crate::types::int::int_from_f64(this(&args)?.ceil())
}
fn to_float(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(PyFloat::new(this(&args)?))
}
fn hash(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(PyInt::new(super::hash_float(this(&args)?)))
}
fn repr(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(PyStr::new(text::repr_f64(this(&args)?, true)))
}
fn is_integer(_vm: &mut Vm, args: Args) -> PyResult {
    let v = this(&args)?;
    Ok(py_bool(v.is_finite() && v.fract() == 0.0))
}
fn getnewargs(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(PyTuple::new(vec![PyFloat::new(this(&args)?)]))
}

fn format(_vm: &mut Vm, args: Args) -> PyResult {
    let v = this(&args)?;
    let spec = args.items.get(1).and_then(|s| s.downcast_ref::<PyStr>()).ok_or_else(|| {
        PyErr::type_error(format!(
            "format() argument 2 must be str, not {}",
            args.items.get(1).map_or("NoneType".to_string(), type_name)
        ))
    })?;
    Ok(PyStr::new(crate::types::format_spec::format_float(v, spec.as_str())?))
}

/// `v = m * 2**e` with an integer mantissa `m` (finite `v`).
pub fn decompose(v: f64) -> (i64, i32) {
    if v == 0.0 {
        return (0, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let frac = (bits & ((1 << 52) - 1)) as i64;
    let (m, e) = if exp == 0 { (frac, -1074) } else { (frac | (1 << 52), exp - 1075) };
    (if v < 0.0 { -m } else { m }, e)
}

/// `round(x, n)`: the exact value rounded to `n` decimals (ties to even), then to the nearest float.
pub fn round_digits(x: f64, n: i64) -> PyResult<f64> {
    if !x.is_finite() || x == 0.0 || n > 323 {
        return Ok(x);
    }
    if n < -308 {
        return Ok(0.0f64.copysign(x));
    }
    let (m, e) = decompose(x.abs());
    let ten = BigInt::from(10);
    let p = num_traits::pow::Pow::pow(&ten, n.unsigned_abs() as u32);
    let (mut num, mut den) = if n >= 0 { (BigInt::from(m) * &p, BigInt::one()) } else { (BigInt::from(m), p.clone()) };
    if e >= 0 {
        num <<= e as u32;
    } else {
        den <<= (-e) as u32;
    }
    let (q, r) = num_integer::Integer::div_rem(&num, &den);
    let twice: BigInt = r << 1u32;
    let q = match twice.cmp(&den) {
        Ordering::Greater => q + 1,
        Ordering::Equal if num_integer::Integer::is_odd(&q) => q + 1,
        _ => q,
    };
    let too_big = || PyErr::overflow_error("rounded value too large to represent");
    let v = if n >= 0 {
        crate::types::int::int_truediv(&PyInt::Big(q), &PyInt::Big(p)).map_err(|_| too_big())?
    } else {
        let r = PyInt::Big(q * p).to_f64();
        if r.is_infinite() {
            return Err(too_big());
        }
        r
    };
    Ok(v.copysign(x))
}

fn round(vm: &mut Vm, args: Args) -> PyResult {
    let v = this(&args)?;
    match args.items.get(1) {
        Some(n) if !n.is_none() => {
            let n = crate::types::int::as_index(vm, n)?;
            let n = match n.downcast_ref::<PyInt>() {
                Some(PyInt::Small(n)) => *n,
                Some(b) if b.is_negative() => i64::MIN,
                _ => i64::MAX,
            };
            Ok(PyFloat::new(round_digits(v, n)?))
        }
        _ => {
            let r = v.round();
            let r = if (v - v.trunc()).abs() == 0.5 { 2.0 * (v / 2.0).round() } else { r };
            crate::types::int::int_from_f64(r)
        }
    }
}

fn as_integer_ratio(_vm: &mut Vm, args: Args) -> PyResult {
    let v = this(&args)?;
    if v.is_infinite() {
        return Err(PyErr::overflow_error("cannot convert Infinity to integer ratio"));
    }
    if v.is_nan() {
        return Err(PyErr::value_error("cannot convert NaN to integer ratio"));
    }
    let (mut m, mut e) = decompose(v);
    if m == 0 {
        return Ok(PyTuple::new(vec![PyInt::new(0), PyInt::new(1)]));
    }
    let tz = m.trailing_zeros() as i32;
    m >>= tz;
    e += tz;
    let (n, d) = if e >= 0 { (BigInt::from(m) << e as u32, BigInt::one()) } else { (BigInt::from(m), BigInt::one() << (-e) as u32) };
    Ok(PyTuple::new(vec![PyInt::from_bigint(n), PyInt::from_bigint(d)]))
}

fn hex(_vm: &mut Vm, args: Args) -> PyResult {
    let v = this(&args)?;
    if !v.is_finite() {
        return Ok(PyStr::new(text::repr_f64(v, false)));
    }
    let sign = if v.is_sign_negative() { "-" } else { "" };
    if v == 0.0 {
        return Ok(PyStr::new(format!("{sign}0x0.0p+0")));
    }
    let bits = v.abs().to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1 << 52) - 1);
    let (lead, e) = if exp == 0 { (0, -1022) } else { (1, exp - 1023) };
    let esign = if e < 0 { '-' } else { '+' };
    Ok(PyStr::new(format!("{sign}0x{lead}.{frac:013x}p{esign}{}", e.abs())))
}

fn fromhex(vm: &mut Vm, args: Args) -> PyResult {
    let cls = args.items.first().cloned().ok_or_else(|| PyErr::type_error("fromhex needs a class"))?;
    let s = args.items.get(1).and_then(|s| s.downcast_ref::<PyStr>()).map(|s| s.as_str().to_string());
    let s = s.ok_or_else(|| PyErr::type_error("fromhex() argument must be str"))?;
    let v = parse_hex(&s)?;
    let r = PyFloat::new(v);
    if cls.is_same(PyFloat::class()) {
        Ok(r)
    } else {
        vm.call(&cls, &[r])
    }
}

fn parse_hex(s: &str) -> PyResult<f64> {
    let bad = || PyErr::value_error("invalid hexadecimal floating-point string");
    let t = s.trim();
    if let Some(v) = text::parse_f64(t).filter(|v| !v.is_finite()) {
        return Ok(v);
    }
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let t = t.strip_prefix("0x").or_else(|| t.strip_prefix("0X")).unwrap_or(t);
    let (mant, exp) = match t.find(['p', 'P']) {
        Some(i) => (&t[..i], t[i + 1..].parse::<i64>().map_err(|_| bad())?),
        None => (t, 0),
    };
    let (ip, fp) = mant.split_once('.').unwrap_or((mant, ""));
    if ip.is_empty() && fp.is_empty() {
        return Err(bad());
    }
    let mut n = BigInt::zero();
    for c in ip.chars().chain(fp.chars()) {
        n = n * 16 + c.to_digit(16).ok_or_else(bad)?;
    }
    let e = exp - 4 * fp.len() as i64;
    let v = if n.is_zero() {
        0.0
    } else if e >= 0 {
        let r = PyInt::Big(n << e.min(1 << 20) as u32).to_f64();
        if r.is_infinite() {
            return Err(PyErr::overflow_error("hexadecimal value too large to represent as a float"));
        }
        r
    } else {
        let d = BigInt::one() << ((-e).min(1 << 20) as u32);
        crate::types::int::int_truediv(&PyInt::Big(n), &PyInt::Big(d))?
    };
    Ok(if neg { -v } else { v })
}

fn float_new(vm: &mut Vm, args: Args) -> PyResult {
    let cls = args.items.first().cloned().ok_or_else(|| PyErr::type_error("float.__new__(): not enough arguments"))?;
    let rest = args.skip_self();
    if rest.has_kwargs() {
        return Err(PyErr::type_error("float() takes no keyword arguments"));
    }
    let v = match rest.items {
        [] => 0.0,
        [x] => float_from_object(vm, x)?,
        _ => return Err(PyErr::type_error(format!("float expected at most 1 argument, got {}", rest.items.len()))),
    };
    if cls.is_same(PyFloat::class()) {
        Ok(PyFloat::new(v))
    } else {
        Ok(ObjRef::new_with(PyFloat(v), cls, None))
    }
}

/// `float(x)` for one argument.
pub fn float_from_object(vm: &mut Vm, x: &ObjRef) -> PyResult<f64> {
    if let Some(f) = x.downcast_ref::<PyFloat>() {
        if x.class().is_same(PyFloat::class()) {
            return Ok(f.0);
        }
    }
    let text = if let Some(s) = x.downcast_ref::<PyStr>() {
        Some(s.as_str().to_string())
    } else {
        crate::types::int::bytes_text(x)
    };
    if let Some(t) = text {
        return match text::parse_f64(&t) {
            Some(v) => Ok(v),
            None => {
                let r = vm.repr_string(x)?;
                Err(PyErr::value_error(format!("could not convert string to float: {r}")))
            }
        };
    }
    if vm.lookup_special(x, "__float__").is_some() || vm.lookup_special(x, "__index__").is_some() || x.is::<PyInt>() {
        return float_of(vm, x);
    }
    Err(PyErr::type_error(format!("float() argument must be a string or a real number, not '{}'", type_name(x))))
}

fn get_real(_vm: &mut Vm, o: &ObjRef) -> PyResult {
    Ok(PyFloat::new(o.downcast_ref::<PyFloat>().map_or(0.0, |f| f.0)))
}
fn get_imag(_vm: &mut Vm, _o: &ObjRef) -> PyResult {
    Ok(PyFloat::new(0.0))
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
        ("__eq__", eq),
        ("__ne__", ne),
        ("__lt__", lt),
        ("__le__", le),
        ("__gt__", gt),
        ("__ge__", ge),
        ("__neg__", neg),
        ("__pos__", pos),
        ("__abs__", abs),
        ("__bool__", bool_),
        ("__int__", to_int),
        ("__trunc__", to_int),
        ("__floor__", floor),
        ("__ceil__", ceil),
        ("__round__", round),
        ("__float__", to_float),
        ("__hash__", hash),
        ("__repr__", repr),
        ("__format__", format),
        ("__getnewargs__", getnewargs),
        ("is_integer", is_integer),
        ("as_integer_ratio", as_integer_ratio),
        ("conjugate", to_float),
        ("hex", hex),
    ];
    add_methods(ty, methods);
    add_classmethods(ty, &[("fromhex", fromhex)]);
    add_getsets(ty, &[("real", get_real, None), ("imag", get_imag, None)]);
    crate::types::native::add_new(ty, "builtins", float_new);
}
