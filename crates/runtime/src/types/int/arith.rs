//! Integer arithmetic on values: each operation tries the i64 path with
//! checked operations and falls back to `BigInt`; results are normalised
//! back to `Small` by `PyInt::from_bigint`. Division follows Python: the
//! quotient is floored and the remainder takes the divisor's sign.
//! Nothing here runs Python code.

use std::cmp::Ordering;

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{FromPrimitive, One, Signed, ToPrimitive, Zero};

use super::PyInt;
use crate::error::{PyErr, PyResult};
use crate::object::ObjRef;

use PyInt::Small;

pub fn add(a: &PyInt, b: &PyInt) -> ObjRef {
    if let (Small(x), Small(y)) = (a, b) {
        if let Some(r) = x.checked_add(*y) {
            return PyInt::new(r);
        }
    }
    PyInt::from_bigint(a.to_bigint() + b.to_bigint())
}

pub fn sub(a: &PyInt, b: &PyInt) -> ObjRef {
    if let (Small(x), Small(y)) = (a, b) {
        if let Some(r) = x.checked_sub(*y) {
            return PyInt::new(r);
        }
    }
    PyInt::from_bigint(a.to_bigint() - b.to_bigint())
}

pub fn mul(a: &PyInt, b: &PyInt) -> ObjRef {
    if let (Small(x), Small(y)) = (a, b) {
        if let Some(r) = x.checked_mul(*y) {
            return PyInt::new(r);
        }
    }
    PyInt::from_bigint(a.to_bigint() * b.to_bigint())
}

pub fn neg(a: &PyInt) -> ObjRef {
    match a {
        Small(x) if *x != i64::MIN => PyInt::new(-x),
        _ => PyInt::from_bigint(-a.to_bigint()),
    }
}

pub fn abs(a: &PyInt) -> ObjRef {
    if a.is_negative() {
        neg(a)
    } else {
        PyInt::from_payload(a.clone_value())
    }
}

/// Floored quotient and remainder; None when dividing by zero.
pub fn divmod(a: &PyInt, b: &PyInt) -> Option<(ObjRef, ObjRef)> {
    if b.is_zero() {
        return None;
    }
    if let (Small(x), Small(y)) = (a, b) {
        if let (Some(q), Some(r)) = (x.checked_div(*y), x.checked_rem(*y)) {
            return Some(if r != 0 && ((r < 0) != (*y < 0)) {
                (PyInt::new(q - 1), PyInt::new(r + y))
            } else {
                (PyInt::new(q), PyInt::new(r))
            });
        }
    }
    let (q, r) = a.to_bigint().div_mod_floor(&b.to_bigint());
    Some((PyInt::from_bigint(q), PyInt::from_bigint(r)))
}

pub fn floordiv(a: &PyInt, b: &PyInt) -> PyResult<ObjRef> {
    divmod(a, b).map(|(q, _)| q).ok_or_else(|| PyErr::zero_division_error("integer division or modulo by zero"))
}

pub fn modulo(a: &PyInt, b: &PyInt) -> PyResult<ObjRef> {
    divmod(a, b).map(|(_, r)| r).ok_or_else(|| PyErr::zero_division_error("integer modulo by zero"))
}

fn bits(b: &BigInt) -> u64 {
    b.bits()
}

/// Scale `m * 2**e` to a float; `m` must have at most 53 significant bits.
fn scale(m: u64, e: i64) -> f64 {
    let mut x = m as f64;
    let mut e = e;
    while e > 1000 {
        x *= 2f64.powi(1000);
        e -= 1000;
    }
    while e < -1000 {
        // Stay exact: only divide while the result keeps its bits.
        x *= 2f64.powi(-1000);
        e += 1000;
    }
    x * 2f64.powi(e as i32)
}

/// `a / b` correctly rounded to the nearest float (ties to even).
pub fn int_truediv(a: &PyInt, b: &PyInt) -> PyResult<f64> {
    if b.is_zero() {
        return Err(PyErr::zero_division_error("division by zero"));
    }
    const EXACT: i64 = 1 << 53;
    if let (Small(x), Small(y)) = (a, b) {
        if x.abs() <= EXACT && y.abs() <= EXACT {
            return Ok(*x as f64 / *y as f64);
        }
    }
    let (a, b) = (a.to_bigint(), b.to_bigint());
    let negative = (a.sign() == Sign::Minus) != (b.sign() == Sign::Minus);
    let (a, b) = (a.abs(), b.abs());
    if a.is_zero() {
        return Ok(if negative { -0.0 } else { 0.0 });
    }
    let e = bits(&a) as i64 - bits(&b) as i64;
    // Unit of the quotient: at least 53 bits of quotient, never below 2**-1074.
    let u = (e - 55).max(-1074);
    let (n, d) = if u >= 0 { (a, b << (u as u64)) } else { (a << ((-u) as u64), b) };
    let (q, r) = n.div_rem(&d);
    let qbits = bits(&q) as i64;
    let drop = (qbits - 53).max(0);
    let mut m = (&q >> (drop as u64)).to_u64().unwrap_or(0);
    let round_up = if drop > 0 {
        let lost = &q - (BigInt::from(m) << (drop as u64));
        let half = BigInt::one() << ((drop - 1) as u64);
        match lost.cmp(&half) {
            Ordering::Greater => true,
            Ordering::Equal => !r.is_zero() || m & 1 == 1,
            Ordering::Less => false,
        }
    } else {
        match (&r << 1u32).cmp(&d) {
            Ordering::Greater => true,
            Ordering::Equal => m & 1 == 1,
            Ordering::Less => false,
        }
    };
    if round_up {
        m += 1;
    }
    let exp = u + drop;
    if exp + 64 - m.leading_zeros() as i64 > 1024 {
        return Err(PyErr::overflow_error("integer division result too large for a float"));
    }
    let v = scale(m, exp);
    if v.is_infinite() {
        return Err(PyErr::overflow_error("integer division result too large for a float"));
    }
    Ok(if negative { -v } else { v })
}

/// `a ** b` for `b >= 0`.
pub fn pow_nonneg(a: &PyInt, b: &PyInt) -> PyResult<ObjRef> {
    let Some(e) = b.as_i64().and_then(|e| u32::try_from(e).ok()) else {
        return match a {
            Small(0) | Small(1) => Ok(PyInt::from_payload(a.clone_value())),
            Small(-1) => Ok(PyInt::new(if b.to_bigint().is_even() { 1 } else { -1 })),
            _ => Err(PyErr::memory_error("")),
        };
    };
    if let Small(x) = a {
        if let Some(r) = x.checked_pow(e) {
            return Ok(PyInt::new(r));
        }
    }
    let base = a.to_bigint();
    if bits(&base).saturating_mul(u64::from(e)) > (1u64 << 36) {
        return Err(PyErr::memory_error(""));
    }
    Ok(PyInt::from_bigint(num_traits::pow::Pow::pow(&base, e)))
}

/// `pow(a, b, m)` with Python's sign rules and modular inverses.
pub fn pow_mod(a: &PyInt, b: &PyInt, m: &PyInt) -> PyResult<ObjRef> {
    if m.is_zero() {
        return Err(PyErr::value_error("pow() 3rd argument cannot be 0"));
    }
    let (mut base, exp, modulus) = (a.to_bigint(), b.to_bigint(), m.to_bigint());
    let mabs = modulus.abs();
    if mabs.is_one() {
        return Ok(PyInt::new(0));
    }
    base = base.mod_floor(&mabs);
    let exp = if exp.sign() == Sign::Minus {
        base = mod_inverse(&base, &mabs).ok_or_else(|| PyErr::value_error("base is not invertible for the given modulus"))?;
        -exp
    } else {
        exp
    };
    let mut r = base.modpow(&exp, &mabs);
    if modulus.sign() == Sign::Minus && !r.is_zero() {
        r += &modulus;
    }
    Ok(PyInt::from_bigint(r))
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let g = a.extended_gcd(m);
    if !g.gcd.is_one() {
        return None;
    }
    Some(g.x.mod_floor(m))
}

pub fn lshift(a: &PyInt, n: &PyInt) -> PyResult<ObjRef> {
    if n.is_negative() {
        return Err(PyErr::value_error("negative shift count"));
    }
    if a.is_zero() {
        return Ok(PyInt::new(0));
    }
    let Some(n) = n.as_i64().filter(|n| *n < (1 << 40)) else {
        return Err(PyErr::overflow_error("too many digits in integer"));
    };
    if let Small(x) = a {
        if n < 63 {
            let r = x.checked_shl(n as u32).filter(|r| r >> n == *x);
            if let Some(r) = r {
                return Ok(PyInt::new(r));
            }
        }
    }
    Ok(PyInt::from_bigint(a.to_bigint() << (n as u64)))
}

pub fn rshift(a: &PyInt, n: &PyInt) -> PyResult<ObjRef> {
    if n.is_negative() {
        return Err(PyErr::value_error("negative shift count"));
    }
    let Some(n) = n.as_i64().filter(|n| *n < (1 << 40)) else {
        return Ok(PyInt::new(if a.is_negative() { -1 } else { 0 }));
    };
    if let Small(x) = a {
        return Ok(PyInt::new(x >> n.min(63)));
    }
    // BigInt's >> on negative values rounds toward negative infinity.
    Ok(PyInt::from_bigint(a.to_bigint() >> (n as u64)))
}

pub fn bitop(a: &PyInt, b: &PyInt, op: char) -> ObjRef {
    if let (Small(x), Small(y)) = (a, b) {
        return PyInt::new(match op {
            '&' => x & y,
            '|' => x | y,
            _ => x ^ y,
        });
    }
    let (x, y) = (a.to_bigint(), b.to_bigint());
    PyInt::from_bigint(match op {
        '&' => x & y,
        '|' => x | y,
        _ => x ^ y,
    })
}

pub fn invert(a: &PyInt) -> ObjRef {
    match a {
        Small(x) => PyInt::new(!x),
        PyInt::Big(b) => PyInt::from_bigint(-(b + BigInt::one())),
    }
}

pub fn cmp(a: &PyInt, b: &PyInt) -> Ordering {
    match (a, b) {
        (Small(x), Small(y)) => x.cmp(y),
        _ => a.to_bigint().cmp(&b.to_bigint()),
    }
}

/// Exact comparison of an int with a float; None when `f` is NaN.
pub fn cmp_int_float(i: &PyInt, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { Ordering::Less } else { Ordering::Greater });
    }
    if let Small(x) = i {
        if x.abs() < (1 << 53) {
            return (*x as f64).partial_cmp(&f);
        }
    }
    let t = f.trunc();
    let ti = BigInt::from_f64(t)?;
    match i.to_bigint().cmp(&ti) {
        Ordering::Equal => 0.0f64.partial_cmp(&(f - t)),
        o => Some(o),
    }
}

/// Round to a multiple of `10**(-ndigits)` (ndigits < 0), ties to even.
pub fn round_neg_digits(a: &PyInt, ndigits: u64) -> ObjRef {
    let Some(p) = u32::try_from(ndigits).ok().filter(|p| *p < 100_000) else {
        return PyInt::new(0);
    };
    let pow = num_traits::pow::Pow::pow(&BigInt::from(10), p);
    let v = a.to_bigint();
    let (q, r) = v.div_mod_floor(&pow);
    let twice = &r << 1u32;
    let q = match twice.cmp(&pow) {
        Ordering::Greater => q + 1,
        Ordering::Equal if q.is_odd() => q + 1,
        _ => q,
    };
    PyInt::from_bigint(q * pow)
}

pub fn bit_length(a: &PyInt) -> u64 {
    match a {
        Small(x) => 64 - u64::from(x.unsigned_abs().leading_zeros()),
        PyInt::Big(b) => b.bits(),
    }
}

pub fn bit_count(a: &PyInt) -> u64 {
    match a {
        Small(x) => u64::from(x.unsigned_abs().count_ones()),
        PyInt::Big(b) => b.magnitude().iter_u64_digits().map(|d| u64::from(d.count_ones())).sum(),
    }
}
