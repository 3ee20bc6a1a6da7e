//! `int` (and the payload of `bool`): arbitrary-precision integers with a
//! machine-word fast path.
//!
//! Invariant: a value that fits in i64 is always `Small`; `Big` holds only
//! values outside i64. Small ints from -5 to 256 are cached immortal objects.
//! `bool` shares this payload (True is `Small(1)`).
//!
//! Files: `arith.rs` (value arithmetic with the i64 fast path), `methods.rs`
//! (the dunders and methods Python sees), `convert.rs` (`int()` parsing,
//! str conversion, bytes), `boolean.rs` (bool's own methods).

mod arith;
mod boolean;
mod convert;
mod methods;

pub use arith::{cmp_int_float, int_truediv};
pub use convert::{bytes_text, unicode_decimal, int_from_f64, int_of_object, int_to_str_radix, parse_int, MAX_STR_DIGITS};
pub use methods::{as_index, index_i64, int_pow};

use std::sync::OnceLock;

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::object::{ObjRef, PyPayload};
use crate::types::TypeCell;

pub static INT_TYPE: TypeCell = TypeCell::new();

pub enum PyInt {
    Small(i64),
    Big(BigInt),
}

impl PyPayload for PyInt {
    fn class() -> &'static ObjRef {
        INT_TYPE.get()
    }
}

pub const SMALL_MIN: i64 = -5;
pub const SMALL_MAX: i64 = 256;

static SMALL_INTS: OnceLock<Vec<ObjRef>> = OnceLock::new();

/// Modulus of Python's numeric hash: 2**61 - 1.
pub const HASH_MODULUS: i64 = (1 << 61) - 1;

impl PyInt {
    /// An int object for `v` (cached for small values).
    #[inline]
    pub fn new(v: i64) -> ObjRef {
        if (SMALL_MIN..=SMALL_MAX).contains(&v) {
            if let Some(cache) = SMALL_INTS.get() {
                return cache[(v - SMALL_MIN) as usize].clone();
            }
        }
        ObjRef::new(PyInt::Small(v))
    }

    /// An int object for a big value (normalised to `Small` when it fits).
    pub fn from_bigint(v: BigInt) -> ObjRef {
        match v.to_i64() {
            Some(s) => PyInt::new(s),
            None => ObjRef::new(PyInt::Big(v)),
        }
    }

    pub fn from_payload(v: PyInt) -> ObjRef {
        match v {
            PyInt::Small(s) => PyInt::new(s),
            PyInt::Big(b) => PyInt::from_bigint(b),
        }
    }

    pub fn as_i64(&self) -> Option<i64> {
        match self {
            PyInt::Small(v) => Some(*v),
            PyInt::Big(_) => None,
        }
    }

    pub fn to_bigint(&self) -> BigInt {
        match self {
            PyInt::Small(v) => BigInt::from(*v),
            PyInt::Big(b) => b.clone(),
        }
    }

    pub fn to_f64(&self) -> f64 {
        match self {
            PyInt::Small(v) => *v as f64,
            PyInt::Big(b) => b.to_f64().unwrap_or(f64::INFINITY),
        }
    }

    pub fn is_zero(&self) -> bool {
        matches!(self, PyInt::Small(0))
    }

    pub fn is_negative(&self) -> bool {
        match self {
            PyInt::Small(v) => *v < 0,
            PyInt::Big(b) => b.sign() == num_bigint::Sign::Minus,
        }
    }

    /// The value as a float, or OverflowError when it is out of range.
    pub fn to_f64_checked(&self) -> crate::error::PyResult<f64> {
        let f = self.to_f64();
        if f.is_finite() {
            Ok(f)
        } else {
            Err(crate::error::PyErr::overflow_error("int too large to convert to float"))
        }
    }

    /// A copy of the value as a new payload (for subclass instances).
    pub fn clone_value(&self) -> PyInt {
        match self {
            PyInt::Small(v) => PyInt::Small(*v),
            PyInt::Big(b) => PyInt::Big(b.clone()),
        }
    }

    /// Python's `hash(int)`: the value modulo 2**61 - 1, sign kept, -1 mapped to -2.
    pub fn hash(&self) -> i64 {
        let h = match self {
            PyInt::Small(v) => {
                let m = (v.unsigned_abs() % HASH_MODULUS as u64) as i64;
                if *v < 0 {
                    -m
                } else {
                    m
                }
            }
            PyInt::Big(b) => {
                let m = BigInt::from(HASH_MODULUS);
                let r = (b.magnitude() % m.magnitude()).to_i64().unwrap_or(0);
                if b.sign() == num_bigint::Sign::Minus {
                    -r
                } else {
                    r
                }
            }
        };
        if h == -1 {
            -2
        } else {
            h
        }
    }
}

pub fn init() {
    INT_TYPE.set(crate::types::typeobj::new_builtin_type("int", None, crate::types::typeobj::flags::BASETYPE));
    let cache = (SMALL_MIN..=SMALL_MAX).map(|v| ObjRef::new_immortal(PyInt::Small(v), Some(INT_TYPE.get()))).collect();
    let _ = SMALL_INTS.set(cache);
}

/// Fill the dicts of int and bool (needs the method-descriptor types).
pub fn init_methods() {
    methods::init(INT_TYPE.get());
    boolean::init();
}
