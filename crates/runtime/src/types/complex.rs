//! `complex`: a pair of doubles.
//!
//! Arithmetic follows CPython's `complexobject.c` algorithms (Smith's
//! division, repeated squaring for small integer powers) so results agree
//! bit for bit; ints and floats are accepted as operands (ints converted
//! exactly or OverflowError). Complex numbers are unordered.

use crate::error::{PyErr, PyResult};
use crate::object::{ObjRef, PyPayload};
use crate::types::float::{hash_float, text, PyFloat};
use crate::types::int::{PyInt, HASH_MODULUS};
use crate::types::native::{add_getsets, add_methods, Args, NativeFn};
use crate::types::singletons::{not_implemented, py_bool};
use crate::types::str::PyStr;
use crate::types::tuple::PyTuple;
use crate::types::typeobj::{flags, new_builtin_type};
use crate::types::TypeCell;
use crate::vm::ops::type_name;
use crate::vm::Vm;

pub static COMPLEX_TYPE: TypeCell = TypeCell::new();

pub struct PyComplex {
    pub re: f64,
    pub im: f64,
}

impl PyPayload for PyComplex {
    fn class() -> &'static ObjRef {
        COMPLEX_TYPE.get()
    }
}

impl PyComplex {
    pub fn new(re: f64, im: f64) -> ObjRef {
        ObjRef::new(PyComplex { re, im })
    }
}

type C = (f64, f64);

fn c_mul(a: C, b: C) -> C {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

fn c_quot(a: C, b: C) -> Option<C> {
    let (abs_br, abs_bi) = (b.0.abs(), b.1.abs());
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bi >= abs_br {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        Some((f64::NAN, f64::NAN))
    }
}

fn c_powu(x: C, n: i64) -> C {
    let (mut r, mut p, mut mask) = ((1.0, 0.0), x, 1i64);
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = c_mul(r, p);
        }
        mask <<= 1;
        p = c_mul(p, p);
    }
    r
}

fn c_pow(a: C, b: C) -> PyResult<C> {
    if b.0 == 0.0 && b.1 == 0.0 {
        return Ok((1.0, 0.0));
    }
    if a.0 == 0.0 && a.1 == 0.0 {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(PyErr::zero_division_error("0.0 to a negative or complex power"));
        }
        return Ok((0.0, 0.0));
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    Ok((len * phase.cos(), len * phase.sin()))
}

/// `a ** b` for complex values (also used for a negative float to a fractional power).
pub fn complex_pow(a: C, b: C) -> PyResult<ObjRef> {
    let r = if b.1 == 0.0 && b.0 == b.0.trunc() && b.0.abs() <= 100.0 {
        let n = b.0 as i64;
        if n >= 0 {
            c_powu(a, n)
        } else {
            if a.0 == 0.0 && a.1 == 0.0 {
                return Err(PyErr::zero_division_error("0.0 to a negative or complex power"));
            }
            c_quot((1.0, 0.0), c_powu(a, -n)).unwrap_or((f64::NAN, f64::NAN))
        }
    } else {
        c_pow(a, b)?
    };
    if r.0.is_infinite() || r.1.is_infinite() {
        return Err(PyErr::overflow_error("complex exponentiation"));
    }
    Ok(PyComplex::new(r.0, r.1))
}

/// A complex, float or int operand; None for other types.
fn operand(o: &ObjRef) -> Option<PyResult<C>> {
    if let Some(c) = o.downcast_ref::<PyComplex>() {
        return Some(Ok((c.re, c.im)));
    }
    if let Some(f) = o.downcast_ref::<PyFloat>() {
        return Some(Ok((f.0, 0.0)));
    }
    o.downcast_ref::<PyInt>().map(|i| i.to_f64_checked().map(|v| (v, 0.0)))
}

fn this(args: &Args) -> PyResult<C> {
    args.items
        .first()
        .and_then(|o| o.downcast_ref::<PyComplex>())
        .map(|c| (c.re, c.im))
        .ok_or_else(|| PyErr::type_error("descriptor requires a 'complex' object"))
}

fn binary(args: Args, f: fn(C, C) -> PyResult<ObjRef>, reflected: bool) -> PyResult {
    let a = this(&args)?;
    let Some(b) = args.items.get(1).and_then(operand) else { return Ok(not_implemented()) };
    let b = b?;
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
    add, radd => |a, b| Ok(PyComplex::new(a.0 + b.0, a.1 + b.1));
    sub, rsub => |a, b| Ok(PyComplex::new(a.0 - b.0, a.1 - b.1));
    mul, rmul => |a, b| { let r = c_mul(a, b); Ok(PyComplex::new(r.0, r.1)) };
    truediv, rtruediv => |a, b| {
        let r = c_quot(a, b).ok_or_else(|| PyErr::zero_division_error("complex division by zero"))?;
        Ok(PyComplex::new(r.0, r.1))
    };
}

fn pow_common(args: Args, reflected: bool) -> PyResult {
    if args.items.get(2).is_some_and(|m| !m.is_none()) {
        return Err(PyErr::value_error("complex modulo"));
    }
    binary(args, complex_pow, reflected)
}
fn pow(_vm: &mut Vm, args: Args) -> PyResult {
    pow_common(args, false)
}
fn rpow(_vm: &mut Vm, args: Args) -> PyResult {
    pow_common(args, true)
}

fn equal(args: &Args) -> Option<bool> {
    let a = this(args).ok()?;
    let other = args.items.get(1)?;
    if let Some(i) = other.downcast_ref::<PyInt>() {
        return Some(a.1 == 0.0 && crate::types::int::cmp_int_float(i, a.0) == Some(std::cmp::Ordering::Equal));
    }
    let b = operand(other)?.ok()?;
    Some(a.0 == b.0 && a.1 == b.1)
}

fn eq(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(equal(&args).map_or_else(not_implemented, py_bool))
}
fn ne(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(equal(&args).map_or_else(not_implemented, |b| py_bool(!b)))
}

fn neg(_vm: &mut Vm, args: Args) -> PyResult {
    let a = this(&args)?;
    Ok(PyComplex::new(-a.0, -a.1))
}
fn pos(_vm: &mut Vm, args: Args) -> PyResult {
    let a = this(&args)?;
    Ok(PyComplex::new(a.0, a.1))
}
fn conjugate(_vm: &mut Vm, args: Args) -> PyResult {
    let a = this(&args)?;
    Ok(PyComplex::new(a.0, -a.1))
}
fn abs(_vm: &mut Vm, args: Args) -> PyResult {
    let a = this(&args)?;
    let r = if a.0.is_infinite() || a.1.is_infinite() { f64::INFINITY } else { a.0.hypot(a.1) };
    if r.is_infinite() && a.0.is_finite() && a.1.is_finite() {
        return Err(PyErr::overflow_error("absolute value too large"));
    }
    Ok(PyFloat::new(r))
}
fn bool_(_vm: &mut Vm, args: Args) -> PyResult {
    let a = this(&args)?;
    Ok(py_bool(a.0 != 0.0 || a.1 != 0.0))
}

pub fn hash_complex(re: f64, im: f64) -> i64 {
    let h = hash_float(re).wrapping_add(hash_float(im).wrapping_mul(1000003));
    let _ = HASH_MODULUS;
    if h == -1 {
        -2
    } else {
        h
    }
}

fn hash(_vm: &mut Vm, args: Args) -> PyResult {
    let a = this(&args)?;
    Ok(PyInt::new(hash_complex(a.0, a.1)))
}

/// `repr(complex)`: `1j`, `(1+2j)`, `(-0-1j)`.
pub fn complex_repr(re: f64, im: f64) -> String {
    let imag = |v: f64| {
        let sign = if v.is_sign_negative() && !v.is_nan() { '-' } else { '+' };
        format!("{sign}{}j", text::repr_f64(v.abs(), false))
    };
    if re == 0.0 && re.is_sign_positive() {
        let s = text::repr_f64(im, false);
        return format!("{s}j");
    }
    format!("({}{})", text::repr_f64(re, false), imag(im))
}

fn repr(_vm: &mut Vm, args: Args) -> PyResult {
    let a = this(&args)?;
    Ok(PyStr::new(complex_repr(a.0, a.1)))
}

fn format(vm: &mut Vm, args: Args) -> PyResult {
    let a = this(&args)?;
    let spec = args.items.get(1).and_then(|s| s.downcast_ref::<PyStr>()).map(|s| s.as_str().to_string());
    let spec = spec.ok_or_else(|| PyErr::type_error("format() argument 2 must be str"))?;
    if spec.is_empty() {
        return vm.str(&args.items[0]);
    }
    Ok(PyStr::new(crate::types::format_spec::format_complex(a.0, a.1, &spec)?))
}

fn getnewargs(_vm: &mut Vm, args: Args) -> PyResult {
    let a = this(&args)?;
    Ok(PyTuple::new(vec![PyFloat::new(a.0), PyFloat::new(a.1)]))
}

fn get_real(_vm: &mut Vm, o: &ObjRef) -> PyResult {
    Ok(PyFloat::new(o.downcast_ref::<PyComplex>().map_or(0.0, |c| c.re)))
}
fn get_imag(_vm: &mut Vm, o: &ObjRef) -> PyResult {
    Ok(PyFloat::new(o.downcast_ref::<PyComplex>().map_or(0.0, |c| c.im)))
}

/// Parse `complex(str)`: `1`, `1j`, `1+2j`, `(1-2.5e3j)`, `j`, `-j`.
pub fn parse_complex(s: &str) -> Option<C> {
    let mut t = s.trim();
    if let Some(inner) = t.strip_prefix('(') {
        t = inner.strip_suffix(')')?.trim();
    }
    if t.is_empty() {
        return None;
    }
    let Some(body) = t.strip_suffix(['j', 'J']) else {
        return Some((text::parse_f64(t).filter(|_| !t.contains(char::is_whitespace))?, 0.0));
    };
    // Split at the sign that starts the imaginary part (not one after an exponent).
    let bytes = body.as_bytes();
    let mut split = None;
    for i in (1..bytes.len()).rev() {
        if (bytes[i] == b'+' || bytes[i] == b'-') && !matches!(bytes[i - 1], b'e' | b'E') {
            split = Some(i);
            break;
        }
    }
    let imag = |p: &str| -> Option<f64> {
        match p {
            "" | "+" => Some(1.0),
            "-" => Some(-1.0),
            _ if p.contains(char::is_whitespace) => None,
            _ => text::parse_f64(p),
        }
    };
    match split {
        Some(i) => {
            let re = &body[..i];
            if re.contains(char::is_whitespace) {
                return None;
            }
            Some((text::parse_f64(re)?, imag(&body[i..])?))
        }
        None => Some((0.0, imag(body)?)),
    }
}

/// A number argument of `complex()`: complex, `__complex__`, or a real number.
fn complex_arg(vm: &mut Vm, o: &ObjRef, first: bool) -> PyResult<C> {
    if let Some(c) = o.downcast_ref::<PyComplex>() {
        return Ok((c.re, c.im));
    }
    if let Some(r) = vm.call_special(o, "__complex__", &[])? {
        return match r.downcast_ref::<PyComplex>() {
            Some(c) => Ok((c.re, c.im)),
            None => Err(PyErr::type_error(format!("__complex__ returned non-complex (type {})", type_name(&r)))),
        };
    }
    let is_number = o.is::<PyFloat>()
        || o.is::<PyInt>()
        || vm.lookup_special(o, "__float__").is_some()
        || vm.lookup_special(o, "__index__").is_some();
    if !is_number {
        return Err(PyErr::type_error(if first {
            format!("complex() first argument must be a string or a number, not '{}'", type_name(o))
        } else {
            format!("complex() second argument must be a number, not '{}'", type_name(o))
        }));
    }
    Ok((crate::types::float::float_of(vm, o)?, 0.0))
}

fn complex_new(vm: &mut Vm, args: Args) -> PyResult {
    let cls = args.items.first().cloned().ok_or_else(|| PyErr::type_error("complex.__new__(): not enough arguments"))?;
    let a = args.skip_self().bind("complex", &["real", "imag"], 0)?;
    let (re, im) = match (&a[0], &a[1]) {
        (None, None) => (0.0, 0.0),
        (Some(r), im) if r.is::<PyStr>() => {
            if im.is_some() {
                return Err(PyErr::type_error("complex() can't take second arg if first is a string"));
            }
            let s = r.downcast_ref::<PyStr>().map(|s| s.as_str().to_string()).unwrap_or_default();
            parse_complex(&s).ok_or_else(|| PyErr::value_error("complex() arg is a malformed string"))?
        }
        (r, i) => {
            if i.as_ref().is_some_and(|i| i.is::<PyStr>()) {
                return Err(PyErr::type_error("complex() second arg can't be a string"));
            }
            let r_is_complex = r.as_ref().is_some_and(|r| r.is::<PyComplex>() || vm.lookup_special(r, "__complex__").is_some());
            let r = match r {
                Some(r) => complex_arg(vm, r, true)?,
                None => (0.0, 0.0),
            };
            match i {
                Some(i) => {
                    let i_is_complex = i.is::<PyComplex>();
                    let i = complex_arg(vm, i, false)?;
                    let re = if i_is_complex { r.0 - i.1 } else { r.0 };
                    let im = if r_is_complex { i.0 + r.1 } else { i.0 };
                    (re, im)
                }
                None => r,
            }
        }
    };
    if cls.is_same(PyComplex::class()) {
        Ok(PyComplex::new(re, im))
    } else {
        Ok(ObjRef::new_with(PyComplex { re, im }, cls, None))
    }
}

fn to_complex(_vm: &mut Vm, args: Args) -> PyResult {
    let a = this(&args)?;
    Ok(PyComplex::new(a.0, a.1))
}

pub fn init() {
    COMPLEX_TYPE.set(new_builtin_type("complex", None, flags::BASETYPE));
    let ty = COMPLEX_TYPE.get();
    let methods: &[(&'static str, NativeFn)] = &[
        ("__add__", add),
        ("__radd__", radd),
        ("__sub__", sub),
        ("__rsub__", rsub),
        ("__mul__", mul),
        ("__rmul__", rmul),
        ("__truediv__", truediv),
        ("__rtruediv__", rtruediv),
        ("__pow__", pow),
        ("__rpow__", rpow),
        ("__eq__", eq),
        ("__ne__", ne),
        ("__neg__", neg),
        ("__pos__", pos),
        ("__abs__", abs),
        ("__bool__", bool_),
        ("__hash__", hash),
        ("__repr__", repr),
        ("__format__", format),
        ("__getnewargs__", getnewargs),
        ("__complex__", to_complex),
        ("conjugate", conjugate),
    ];
    add_methods(ty, methods);
    add_getsets(ty, &[("real", get_real, None), ("imag", get_imag, None)]);
    crate::types::native::add_new(ty, "builtins", complex_new);
}
