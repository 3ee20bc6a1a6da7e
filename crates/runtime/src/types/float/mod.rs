//! `float`: IEEE-754 doubles, with Python's numeric hash and repr.
//!
//! `text.rs` converts to and from decimal text; `methods.rs` holds the
//! methods Python sees. Mixed int/float operations convert the int exactly
//! or raise OverflowError; comparisons with ints are exact.

mod methods;
pub mod text;

pub use methods::{decompose, float_divmod, float_from_object, float_of, float_pow, float_pow_obj, round_digits};

use crate::object::{ObjRef, PyPayload};
use crate::types::int::{PyInt, HASH_MODULUS};
use crate::types::TypeCell;

pub static FLOAT_TYPE: TypeCell = TypeCell::new();

pub struct PyFloat(pub f64);

impl PyPayload for PyFloat {
    fn class() -> &'static ObjRef {
        FLOAT_TYPE.get()
    }
}

impl PyFloat {
    #[inline]
    pub fn new(v: f64) -> ObjRef {
        ObjRef::new(PyFloat(v))
    }
}

/// Python's `hash(float)`: equal to the hash of an equal int; inf/nan as CPython 3.11 (nan hashes by identity there; 0 here).
pub fn hash_float(v: f64) -> i64 {
    if v.is_infinite() {
        return if v > 0.0 { 314159 } else { -314159 };
    }
    if v.is_nan() {
        return 0;
    }
    let (mut m, mut e) = frexp(v.abs());
    let mut x: u64 = 0;
    let modulus = HASH_MODULUS as u64;
    const BITS: i32 = 61;
    while m != 0.0 {
        x = ((x << 28) & modulus) | (x >> (BITS - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= modulus {
            x -= modulus;
        }
    }
    let e = if e >= 0 { e % BITS } else { BITS - 1 - ((-1 - e) % BITS) };
    x = ((x << e) & modulus) | (x >> (BITS - e));
    let mut h = x as i64;
    if v < 0.0 {
        h = -h;
    }
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `frexp`: v = m * 2**e with 0.5 <= m < 1 (for finite nonzero v).
pub fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 || !v.is_finite() {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(v * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// `a == b` for two objects that are each an exact int, bool or float.
pub fn numeric_eq(a: &ObjRef, b: &ObjRef) -> bool {
    match (a.downcast_ref::<PyInt>(), b.downcast_ref::<PyInt>()) {
        (Some(x), Some(y)) => match (x, y) {
            (PyInt::Small(p), PyInt::Small(q)) => p == q,
            _ => x.to_bigint() == y.to_bigint(),
        },
        (Some(i), None) => b.downcast_ref::<PyFloat>().is_some_and(|f| int_float_eq(i, f.0)),
        (None, Some(i)) => a.downcast_ref::<PyFloat>().is_some_and(|f| int_float_eq(i, f.0)),
        (None, None) => match (a.downcast_ref::<PyFloat>(), b.downcast_ref::<PyFloat>()) {
            (Some(x), Some(y)) => x.0 == y.0,
            _ => false,
        },
    }
}

/// Exact comparison of an int with a float (no rounding of big ints).
pub fn int_float_eq(i: &PyInt, f: f64) -> bool {
    if !f.is_finite() || f.fract() != 0.0 {
        return false;
    }
    match i {
        PyInt::Small(v) if f.abs() < 9.0e15 => *v as f64 == f,
        _ => <num_bigint::BigInt as num_traits::FromPrimitive>::from_f64(f).is_some_and(|b| b == i.to_bigint()),
    }
}

pub fn init() {
    FLOAT_TYPE.set(crate::types::typeobj::new_builtin_type("float", None, crate::types::typeobj::flags::BASETYPE));
}

/// Fill float's dict (needs the method-descriptor types).
pub fn init_methods() {
    methods::init(FLOAT_TYPE.get());
}
