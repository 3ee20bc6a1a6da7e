//! `str`: immutable Unicode text.
//!
//! Stored as UTF-8 with its length in code points (`char_len`) so `len()` is
//! O(1) and ASCII strings index in O(1). The hash is computed once, lazily
//! (SipHash-1-3 keyed per process, as CPython; -1 means "not yet").
//! Lone surrogates cannot be represented in UTF-8: the parser already maps
//! them to U+FFFD, and so does gilfree everywhere else.

use std::sync::atomic::{AtomicI64, Ordering::Relaxed};
use std::sync::OnceLock;

use crate::object::{ObjRef, PyPayload};
use crate::types::TypeCell;

pub static STR_TYPE: TypeCell = TypeCell::new();

pub struct PyStr {
    value: Box<str>,
    char_len: usize,
    hash: AtomicI64,
}

impl PyPayload for PyStr {
    fn class() -> &'static ObjRef {
        STR_TYPE.get()
    }
}

impl PyStr {
    pub fn from_string(s: impl Into<Box<str>>) -> PyStr {
        let value: Box<str> = s.into();
        let char_len = if value.is_ascii() { value.len() } else { value.chars().count() };
        PyStr { value, char_len, hash: AtomicI64::new(-1) }
    }

    /// A new str object.
    pub fn new(s: impl Into<Box<str>>) -> ObjRef {
        ObjRef::new(PyStr::from_string(s))
    }

    #[inline(always)]
    pub fn as_str(&self) -> &str {
        &self.value
    }

    /// Length in code points.
    #[inline(always)]
    pub fn char_len(&self) -> usize {
        self.char_len
    }

    #[inline(always)]
    pub fn is_ascii(&self) -> bool {
        self.char_len == self.value.len()
    }

    #[inline]
    pub fn hash(&self) -> i64 {
        let h = self.hash.load(Relaxed);
        if h != -1 {
            return h;
        }
        let h = str_hash(&self.value);
        self.hash.store(h, Relaxed);
        h
    }
}

fn hash_key() -> &'static (u64, u64) {
    static KEY: OnceLock<(u64, u64)> = OnceLock::new();
    KEY.get_or_init(|| match std::env::var("PYTHONHASHSEED").ok().and_then(|s| s.parse::<u64>().ok()) {
        Some(seed) => (seed, seed.rotate_left(32) ^ 0x5851_F42D_4C95_7F2D),
        None => {
            let t = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos() as u64);
            let addr = &t as *const u64 as u64;
            (t ^ u64::from(std::process::id()).rotate_left(17), addr.wrapping_mul(0x9E37_79B9_7F4A_7C15))
        }
    })
}

/// The hash `hash(s)` gives for a str with this text.
pub fn str_hash(s: &str) -> i64 {
    use std::hash::Hasher;
    if s.is_empty() {
        return 0;
    }
    let (k0, k1) = *hash_key();
    let mut h = siphasher::sip::SipHasher13::new_with_keys(k0, k1);
    h.write(s.as_bytes());
    let v = h.finish() as i64;
    if v == -1 {
        -2
    } else {
        v
    }
}

pub fn init() {}
