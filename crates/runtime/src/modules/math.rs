//! The `math` module. Float functions convert their arguments like
//! `float()` (ints exactly, OverflowError when too big) and report C-library
//! failures as CPython does: a NaN from a non-NaN argument is "math domain
//! error" (ValueError), an infinity from a finite argument is "math range
//! error" (OverflowError) for functions that can overflow. Integer
//! functions (`factorial`, `gcd`, `comb`, `isqrt`, ...) work on big ints.
//! `fsum` is exact (Shewchuk's partials, rounded once at the end).

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::error::{PyErr, PyResult};
use crate::object::ObjRef;
use crate::types::float::{float_of, PyFloat};
use crate::types::int::{as_index, int_from_f64, PyInt};
use crate::types::module::PyModule;
use crate::types::native::{Args, NativeFn};
use crate::types::singletons::py_bool;
use crate::types::tuple::PyTuple;
use crate::vm::ops::type_name;
use crate::vm::Vm;
use compiler::bytecode::BinOp;

mod libm {
    extern "C" {
        pub fn erf(x: f64) -> f64;
        pub fn erfc(x: f64) -> f64;
        pub fn tgamma(x: f64) -> f64;
        pub fn lgamma(x: f64) -> f64;
        pub fn remainder(x: f64, y: f64) -> f64;
        pub fn ldexp(x: f64, e: i32) -> f64;
    }
}

fn domain() -> PyErr {
    PyErr::value_error("math domain error")
}

fn range() -> PyErr {
    PyErr::overflow_error("math range error")
}

fn arg1<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a ObjRef> {
    Ok(&args.exact(name, 1)?[0])
}

/// Check a one-argument C result the way CPython's `math_1` does.
fn checked(x: f64, r: f64, can_overflow: bool) -> PyResult<f64> {
    if r.is_nan() && !x.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range() } else { domain() });
    }
    Ok(r)
}

macro_rules! unary {
    ($($name:ident => $f:expr, $overflow:expr;)*) => {
        $(
            fn $name(vm: &mut Vm, args: Args) -> PyResult {
                let x = float_of(vm, arg1(&args, stringify!($name))?)?;
                let f: fn(f64) -> f64 = $f;
                Ok(PyFloat::new(checked(x, f(x), $overflow)?))
            }
        )*
    };
}

unary! {
    sqrt => f64::sqrt, false;
    exp => f64::exp, true;
    expm1 => f64::exp_m1, true;
    sin => f64::sin, false;
    cos => f64::cos, false;
    tan => f64::tan, false;
    asin => f64::asin, false;
    acos => f64::acos, false;
    atan => f64::atan, false;
    sinh => f64::sinh, true;
    cosh => f64::cosh, true;
    tanh => f64::tanh, false;
    asinh => f64::asinh, false;
    acosh => f64::acosh, false;
    atanh => f64::atanh, false;
    fabs => f64::abs, false;
    degrees => f64::to_degrees, true;
    radians => f64::to_radians, false;
    erf => |x| unsafe { libm::erf(x) }, false;
    erfc => |x| unsafe { libm::erfc(x) }, false;
}

fn log1p(vm: &mut Vm, args: Args) -> PyResult {
    let x = float_of(vm, arg1(&args, "log1p")?)?;
    if x <= -1.0 {
        return Err(domain());
    }
    Ok(PyFloat::new(x.ln_1p()))
}

fn gamma(vm: &mut Vm, args: Args) -> PyResult {
    let x = float_of(vm, arg1(&args, "gamma")?)?;
    if x.is_finite() && x <= 0.0 && x.fract() == 0.0 || x == f64::NEG_INFINITY {
        return Err(domain());
    }
    // SAFETY: a pure C math function.
    let r = unsafe { libm::tgamma(x) };
    Ok(PyFloat::new(checked(x, r, true)?))
}

fn lgamma(vm: &mut Vm, args: Args) -> PyResult {
    let x = float_of(vm, arg1(&args, "lgamma")?)?;
    if x.is_finite() && x <= 0.0 && x.fract() == 0.0 {
        return Err(domain());
    }
    // SAFETY: a pure C math function.
    let r = unsafe { libm::lgamma(x) };
    Ok(PyFloat::new(checked(x, r, true)?))
}

/// Natural log of a positive value; big ints beyond float range are scaled first.
fn ln_of(vm: &mut Vm, o: &ObjRef, base: fn(f64) -> f64, ln_two: f64) -> PyResult<f64> {
    if let Some(i) = o.downcast_ref::<PyInt>() {
        if i.is_negative() || i.is_zero() {
            return Err(domain());
        }
        let f = i.to_f64();
        if f.is_finite() {
            return Ok(base(f));
        }
        let b = i.to_bigint();
        let shift = b.bits() - 60;
        let top = (b >> shift).to_f64().unwrap_or(1.0);
        return Ok(base(top) + shift as f64 * ln_two);
    }
    let x = float_of(vm, o)?;
    if x.is_nan() || x == f64::INFINITY {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain());
    }
    Ok(base(x))
}

fn log(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.range("log", 1, 2)?;
    let num = ln_of(vm, &a[0], f64::ln, std::f64::consts::LN_2)?;
    match a.get(1) {
        None => Ok(PyFloat::new(num)),
        Some(b) => {
            let den = ln_of(vm, b, f64::ln, std::f64::consts::LN_2)?;
            if den == 0.0 {
                return Err(PyErr::zero_division_error("float division by zero"));
            }
            Ok(PyFloat::new(num / den))
        }
    }
}

fn log2(vm: &mut Vm, args: Args) -> PyResult {
    let x = arg1(&args, "log2")?;
    Ok(PyFloat::new(ln_of(vm, x, f64::log2, 1.0)?))
}

fn log10(vm: &mut Vm, args: Args) -> PyResult {
    let x = arg1(&args, "log10")?;
    Ok(PyFloat::new(ln_of(vm, x, f64::log10, std::f64::consts::LOG10_2)?))
}

fn two_floats(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(f64, f64)> {
    let a = args.exact(name, 2)?;
    Ok((float_of(vm, &a[0])?, float_of(vm, &a[1])?))
}

fn is_odd_integer(y: f64) -> bool {
    y.is_finite() && y.abs() % 2.0 == 1.0
}

fn pow(vm: &mut Vm, args: Args) -> PyResult {
    let (x, y) = two_floats(vm, &args, "pow")?;
    let r = if !x.is_finite() || !y.is_finite() {
        if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd = is_odd_integer(y);
            if y > 0.0 {
                if odd {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0) == (x.abs() > 1.0) {
            f64::INFINITY
        } else {
            0.0
        }
    } else {
        if x == 0.0 && y < 0.0 {
            return Err(domain());
        }
        let r = x.powf(y);
        if r.is_nan() {
            return Err(domain());
        }
        if r.is_infinite() {
            return Err(range());
        }
        r
    };
    Ok(PyFloat::new(r))
}

fn atan2(vm: &mut Vm, args: Args) -> PyResult {
    let (y, x) = two_floats(vm, &args, "atan2")?;
    Ok(PyFloat::new(y.atan2(x)))
}

fn copysign(vm: &mut Vm, args: Args) -> PyResult {
    let (x, y) = two_floats(vm, &args, "copysign")?;
    Ok(PyFloat::new(x.copysign(y)))
}

fn fmod(vm: &mut Vm, args: Args) -> PyResult {
    let (x, y) = two_floats(vm, &args, "fmod")?;
    if y.is_infinite() && x.is_finite() {
        return Ok(PyFloat::new(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain());
    }
    Ok(PyFloat::new(r))
}

fn remainder(vm: &mut Vm, args: Args) -> PyResult {
    let (x, y) = two_floats(vm, &args, "remainder")?;
    if x.is_nan() || y.is_nan() {
        return Ok(PyFloat::new(f64::NAN));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain());
    }
    // SAFETY: a pure C math function.
    Ok(PyFloat::new(unsafe { libm::remainder(x, y) }))
}

fn hypot_of(v: &[f64]) -> f64 {
    if v.iter().any(|x| x.is_infinite()) {
        return f64::INFINITY;
    }
    if v.iter().any(|x| x.is_nan()) {
        return f64::NAN;
    }
    match v {
        [] => 0.0,
        [x] => x.abs(),
        [x, y] => x.hypot(*y),
        _ => {
            let max = v.iter().fold(0.0f64, |m, x| m.max(x.abs()));
            if max == 0.0 {
                return 0.0;
            }
            let s: f64 = v.iter().map(|x| (x / max) * (x / max)).sum();
            max * s.sqrt()
        }
    }
}

fn hypot(vm: &mut Vm, args: Args) -> PyResult {
    args.no_kwargs("hypot")?;
    let mut v = Vec::with_capacity(args.items.len());
    for a in args.items {
        v.push(float_of(vm, a)?);
    }
    Ok(PyFloat::new(hypot_of(&v)))
}

fn dist(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("dist", 2)?;
    let p = vm.collect(&a[0])?;
    let q = vm.collect(&a[1])?;
    if p.len() != q.len() {
        return Err(PyErr::value_error("both points must have the same number of dimensions"));
    }
    let mut d = Vec::with_capacity(p.len());
    for (x, y) in p.iter().zip(&q) {
        d.push(float_of(vm, x)? - float_of(vm, y)?);
    }
    Ok(PyFloat::new(hypot_of(&d)))
}

fn floor(vm: &mut Vm, args: Args) -> PyResult {
    let x = arg1(&args, "floor")?;
    if let Some(f) = x.downcast_ref::<PyFloat>() {
        return int_from_f64(f.0.floor());
    }
    if let Some(r) = vm.call_special(x, "__floor__", &[])? {
        return Ok(r);
    }
    int_from_f64(float_of(vm, x)?.floor())
}

fn ceil(vm: &mut Vm, args: Args) -> PyResult {
    let x = arg1(&args, "ceil")?;
    if let Some(f) = x.downcast_ref::<PyFloat>() {
        return int_from_f64(f.0.ceil());
    }
    if let Some(r) = vm.call_special(x, "__ceil__", &[])? {
        return Ok(r);
    }
    int_from_f64(float_of(vm, x)?.ceil())
}

fn trunc(vm: &mut Vm, args: Args) -> PyResult {
    let x = arg1(&args, "trunc")?;
    match vm.call_special(x, "__trunc__", &[])? {
        Some(r) => Ok(r),
        None => Err(PyErr::type_error(format!("type {} doesn't define __trunc__ method", type_name(x)))),
    }
}

fn modf(vm: &mut Vm, args: Args) -> PyResult {
    let x = float_of(vm, arg1(&args, "modf")?)?;
    let (f, i) = if x.is_infinite() { (0.0f64.copysign(x), x) } else { (x.fract(), x.trunc()) };
    Ok(PyTuple::new(vec![PyFloat::new(f), PyFloat::new(i)]))
}

fn frexp(vm: &mut Vm, args: Args) -> PyResult {
    let x = float_of(vm, arg1(&args, "frexp")?)?;
    let (m, e) = crate::types::float::frexp(x);
    Ok(PyTuple::new(vec![PyFloat::new(m), PyInt::new(i64::from(e))]))
}

fn ldexp(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("ldexp", 2)?;
    let x = float_of(vm, &a[0])?;
    let Some(e) = a[1].downcast_ref::<PyInt>() else {
        return Err(PyErr::type_error("Expected an int as second argument to ldexp."));
    };
    let e = match e.as_i64() {
        Some(v) => v.clamp(-100_000, 100_000) as i32,
        None if e.is_negative() => -100_000,
        None => 100_000,
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(PyFloat::new(x));
    }
    // SAFETY: a pure C math function.
    let r = unsafe { libm::ldexp(x, e) };
    if r.is_infinite() {
        return Err(range());
    }
    Ok(PyFloat::new(r))
}

fn isfinite(vm: &mut Vm, args: Args) -> PyResult {
    Ok(py_bool(float_of(vm, arg1(&args, "isfinite")?)?.is_finite()))
}
fn isinf(vm: &mut Vm, args: Args) -> PyResult {
    Ok(py_bool(float_of(vm, arg1(&args, "isinf")?)?.is_infinite()))
}
fn isnan(vm: &mut Vm, args: Args) -> PyResult {
    Ok(py_bool(float_of(vm, arg1(&args, "isnan")?)?.is_nan()))
}

fn isclose(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.positional();
    if pos.len() != 2 {
        return Err(PyErr::type_error(format!("isclose() takes exactly 2 positional arguments ({} given)", pos.len())));
    }
    let (a, b) = (float_of(vm, &pos[0])?, float_of(vm, &pos[1])?);
    let (mut rel, mut abs) = (1e-9, 0.0);
    for (k, v) in args.kwargs() {
        match k {
            "rel_tol" => rel = float_of(vm, v)?,
            "abs_tol" => abs = float_of(vm, v)?,
            _ => return Err(PyErr::type_error(format!("isclose() got an unexpected keyword argument '{k}'"))),
        }
    }
    if rel < 0.0 || abs < 0.0 {
        return Err(PyErr::value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(py_bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(py_bool(false));
    }
    let diff = (b - a).abs();
    Ok(py_bool(diff <= (rel * b).abs() || diff <= (rel * a).abs() || diff <= abs))
}

fn next_toward(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let up = (y > x) == (x > 0.0);
    f64::from_bits(if up { bits + 1 } else { bits - 1 })
}

fn nextafter(vm: &mut Vm, args: Args) -> PyResult {
    let (x, y) = two_floats(vm, &args, "nextafter")?;
    Ok(PyFloat::new(next_toward(x, y)))
}

fn ulp(vm: &mut Vm, args: Args) -> PyResult {
    let x = float_of(vm, arg1(&args, "ulp")?)?;
    if x.is_nan() || x.is_infinite() {
        return Ok(PyFloat::new(x.abs()));
    }
    let x = x.abs();
    let r = if x == f64::MAX { x - next_toward(x, 0.0) } else { next_toward(x, f64::INFINITY) - x };
    Ok(PyFloat::new(r))
}

// --- integer functions ---

fn int_arg(vm: &mut Vm, o: &ObjRef) -> PyResult<BigInt> {
    let i = as_index(vm, o)?;
    Ok(i.downcast_ref::<PyInt>().map(|i| i.to_bigint()).unwrap_or_default())
}

fn product(lo: u64, hi: u64) -> BigInt {
    // Product of lo..=hi by halves (balanced multiplications).
    if lo > hi {
        return BigInt::one();
    }
    if hi - lo < 16 {
        let mut acc = BigInt::one();
        let mut small: u64 = 1;
        for k in lo..=hi {
            match small.checked_mul(k) {
                Some(s) => small = s,
                None => {
                    acc *= small;
                    small = k;
                }
            }
        }
        return acc * small;
    }
    let mid = lo + (hi - lo) / 2;
    product(lo, mid) * product(mid + 1, hi)
}

fn factorial(vm: &mut Vm, args: Args) -> PyResult {
    let x = arg1(&args, "factorial")?;
    if x.is::<PyFloat>() {
        return Err(PyErr::type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = int_arg(vm, x)?;
    if n.is_negative() {
        return Err(PyErr::value_error("factorial() not defined for negative values"));
    }
    let n = n.to_u64().filter(|n| *n < 10_000_000).ok_or_else(|| PyErr::overflow_error("factorial() argument should not exceed 9223372036854775807"))?;
    Ok(PyInt::from_bigint(product(1, n)))
}

fn gcd(vm: &mut Vm, args: Args) -> PyResult {
    args.no_kwargs("gcd")?;
    let mut g = BigInt::zero();
    for a in args.items {
        let v = int_arg(vm, a)?;
        g = g.gcd(&v);
    }
    Ok(PyInt::from_bigint(g))
}

fn lcm(vm: &mut Vm, args: Args) -> PyResult {
    args.no_kwargs("lcm")?;
    let mut l = BigInt::one();
    for a in args.items {
        let v = int_arg(vm, a)?;
        l = if l.is_zero() || v.is_zero() { BigInt::zero() } else { l.lcm(&v) };
    }
    Ok(PyInt::from_bigint(l))
}

fn isqrt(vm: &mut Vm, args: Args) -> PyResult {
    let n = int_arg(vm, arg1(&args, "isqrt")?)?;
    if n.is_negative() {
        return Err(PyErr::value_error("isqrt() argument must be nonnegative"));
    }
    Ok(PyInt::from_bigint(n.sqrt()))
}

fn nk_args(vm: &mut Vm, n: &ObjRef, k: &ObjRef) -> PyResult<(BigInt, BigInt)> {
    let (n, k) = (int_arg(vm, n)?, int_arg(vm, k)?);
    if n.is_negative() {
        return Err(PyErr::value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(PyErr::value_error("k must be a non-negative integer"));
    }
    Ok((n, k))
}

fn comb(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("comb", 2)?;
    let (n, k) = nk_args(vm, &a[0], &a[1])?;
    if k > n {
        return Ok(PyInt::new(0));
    }
    let k = k.clone().min(&n - &k);
    let kk = k.to_u64().ok_or_else(|| PyErr::overflow_error("min(n - k, k) must not exceed 9223372036854775807"))?;
    let mut r = BigInt::one();
    for i in 0..kk {
        r = r * (&n - i) / (i + 1);
    }
    Ok(PyInt::from_bigint(r))
}

fn perm(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.range("perm", 1, 2)?;
    let Some(k) = a.get(1).filter(|k| !k.is_none()) else {
        return factorial(vm, Args::positional_only(&a[..1]));
    };
    let (n, k) = nk_args(vm, &a[0], k)?;
    if k > n {
        return Ok(PyInt::new(0));
    }
    let kk = k.to_u64().ok_or_else(|| PyErr::overflow_error("k must not exceed 9223372036854775807"))?;
    let mut r = BigInt::one();
    for i in 0..kk {
        r *= &n - i;
    }
    Ok(PyInt::from_bigint(r))
}

fn prod(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.positional();
    if pos.len() != 1 {
        return Err(PyErr::type_error(format!("prod() takes exactly 1 positional argument ({} given)", pos.len())));
    }
    let mut acc = match args.kwarg("start") {
        Some(s) => s.clone(),
        None => PyInt::new(1),
    };
    let it = vm.iter(&pos[0])?;
    while let Some(x) = vm.next(&it)? {
        acc = vm.binary_op(&acc, &x, BinOp::Mul)?;
    }
    Ok(acc)
}

/// Exact sum of floats: keep non-overlapping partial sums, round once at the end.
fn fsum(vm: &mut Vm, args: Args) -> PyResult {
    let it = vm.iter(arg1(&args, "fsum")?)?;
    let mut partials: Vec<f64> = Vec::new();
    let (mut special, mut inf_sum) = (0.0f64, 0.0f64);
    while let Some(item) = vm.next(&it)? {
        let mut x = float_of(vm, &item)?;
        let original = x;
        let mut kept = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[kept] = lo;
                kept += 1;
            }
            x = hi;
        }
        partials.truncate(kept);
        if x != 0.0 {
            if !x.is_finite() {
                if original.is_finite() {
                    return Err(PyErr::overflow_error("intermediate overflow in fsum"));
                }
                if original.is_infinite() {
                    inf_sum += original;
                }
                special += original;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special != 0.0 || special.is_nan() {
        if inf_sum.is_nan() {
            return Err(PyErr::value_error("-inf + inf in fsum"));
        }
        return Ok(PyFloat::new(special));
    }
    let mut n = partials.len();
    let mut hi = 0.0f64;
    let mut lo = 0.0f64;
    if n > 0 {
        n -= 1;
        hi = partials[n];
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        // Round half to even across the remaining partials.
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            if y == x - hi {
                hi = x;
            }
        }
    }
    Ok(PyFloat::new(hi))
}

pub fn make_module(_vm: &mut Vm) -> PyResult {
    let m = PyModule::new_ref("math", None);
    let d = m.downcast_ref::<PyModule>().ok_or_else(|| PyErr::system_error("math module"))?.dict();
    let fns: &[(&'static str, NativeFn)] = &[
        ("sqrt", sqrt),
        ("exp", exp),
        ("expm1", expm1),
        ("log", log),
        ("log2", log2),
        ("log10", log10),
        ("log1p", log1p),
        ("pow", pow),
        ("sin", sin),
        ("cos", cos),
        ("tan", tan),
        ("asin", asin),
        ("acos", acos),
        ("atan", atan),
        ("atan2", atan2),
        ("sinh", sinh),
        ("cosh", cosh),
        ("tanh", tanh),
        ("asinh", asinh),
        ("acosh", acosh),
        ("atanh", atanh),
        ("hypot", hypot),
        ("dist", dist),
        ("floor", floor),
        ("ceil", ceil),
        ("trunc", trunc),
        ("fabs", fabs),
        ("fmod", fmod),
        ("remainder", remainder),
        ("modf", modf),
        ("frexp", frexp),
        ("ldexp", ldexp),
        ("copysign", copysign),
        ("isfinite", isfinite),
        ("isinf", isinf),
        ("isnan", isnan),
        ("isclose", isclose),
        ("nextafter", nextafter),
        ("ulp", ulp),
        ("factorial", factorial),
        ("gcd", gcd),
        ("lcm", lcm),
        ("comb", comb),
        ("perm", perm),
        ("isqrt", isqrt),
        ("prod", prod),
        ("fsum", fsum),
        ("degrees", degrees),
        ("radians", radians),
        ("erf", erf),
        ("erfc", erfc),
        ("gamma", gamma),
        ("lgamma", lgamma),
    ];
    crate::types::native::add_functions(d, "math", fns);
    d.set_str("pi", PyFloat::new(std::f64::consts::PI));
    d.set_str("e", PyFloat::new(std::f64::consts::E));
    d.set_str("tau", PyFloat::new(std::f64::consts::TAU));
    d.set_str("inf", PyFloat::new(f64::INFINITY));
    d.set_str("nan", PyFloat::new(f64::NAN));
    Ok(m)
}
