//! `str`: immutable Unicode text.
//!
//! Stored as UTF-8 with its length in code points (`char_len`) so `len()` is
//! O(1) and ASCII strings index in O(1). The hash is computed once, lazily
//! (SipHash-1-3 keyed per process, as CPython; -1 means "not yet").
//! Lone surrogates cannot be represented in UTF-8: the parser already maps
//! them to U+FFFD, and so does gilfree everywhere else.
//!
//! Every index a Python caller sees is a code-point index; the helpers here
//! (`byte_at`, `char_index_of`) translate, with an O(1) path for ASCII text.
//! The methods live beside this file: `ops` (dunders), `methods` (case,
//! predicates, padding), `search` (find/split/replace/strip/join), `printf`
//! (`%`), `format` (`str.format` and `__format__`), `repr`, `slicing`,
//! `iter`, `codec` (encode/decode shared with bytes) and `unicode`
//! (character properties).

pub mod codec;
pub mod format;
pub mod iter;
pub mod methods;
pub mod ops;
pub mod printf;
pub mod repr;
pub mod search;
pub mod slicing;
pub mod unicode;

use std::sync::atomic::{AtomicI64, Ordering::Relaxed};
use std::sync::OnceLock;

use crate::error::{PyErr, PyResult};
use crate::object::{ObjRef, PyPayload};
use crate::types::native::Args;
use crate::types::TypeCell;
use crate::vm::ops::type_name;

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

    /// Byte offset of code point `ci` (clamped to the end).
    #[inline]
    pub fn byte_at(&self, ci: usize) -> usize {
        if self.is_ascii() {
            return ci.min(self.value.len());
        }
        self.value.char_indices().nth(ci).map_or(self.value.len(), |(b, _)| b)
    }

    /// Code-point index of byte offset `bi` (a char boundary).
    #[inline]
    pub fn char_index_of(&self, bi: usize) -> usize {
        if self.is_ascii() {
            return bi;
        }
        self.value.get(..bi).map_or(self.char_len, |p| p.chars().count())
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
    bytes_siphash(s.as_bytes())
}

/// SipHash-1-3 of `data` with the process key (0 for empty, never -1).
pub fn bytes_siphash(data: &[u8]) -> i64 {
    use std::hash::Hasher;
    if data.is_empty() {
        return 0;
    }
    let (k0, k1) = *hash_key();
    let mut h = siphasher::sip::SipHasher13::new_with_keys(k0, k1);
    h.write(data);
    let v = h.finish() as i64;
    if v == -1 {
        -2
    } else {
        v
    }
}

/// The `self` of a str method.
#[inline]
pub(crate) fn this<'a>(args: &Args<'a>) -> PyResult<&'a PyStr> {
    args.items.first().and_then(|o| o.downcast_ref::<PyStr>()).ok_or_else(|| PyErr::type_error("descriptor requires a 'str' object"))
}

/// Fail unless a method got no arguments besides `self`: "`name`() takes no arguments (N given)".
pub(crate) fn no_args(args: &Args, name: &str) -> PyResult<()> {
    args.no_kwargs(name)?;
    if args.items.len() > 1 {
        return Err(PyErr::type_error(format!("{name}() takes no arguments ({} given)", args.items.len() - 1)));
    }
    Ok(())
}

/// Fail unless a method got between `min` and `max` arguments besides `self`,
/// with the message of CPython's argument-clinic methods.
pub(crate) fn arg_count<'a>(args: &Args<'a>, name: &str, min: usize, max: usize) -> PyResult<&'a [ObjRef]> {
    args.no_kwargs(name)?;
    let got = args.items.len().saturating_sub(1);
    if min == max && got != min {
        let s = if min == 1 { "" } else { "s" };
        return Err(PyErr::type_error(format!("{name} expected {min} argument{s}, got {got}")));
    }
    if got < min {
        let s = if min == 1 { "" } else { "s" };
        return Err(PyErr::type_error(format!("{name} expected at least {min} argument{s}, got {got}")));
    }
    if got > max {
        let s = if max == 1 { "" } else { "s" };
        return Err(PyErr::type_error(format!("{name} expected at most {max} argument{s}, got {got}")));
    }
    Ok(&args.items[1..])
}

/// The one argument of a method taking exactly one (`qualname` like "str.join").
pub(crate) fn one_arg<'a>(args: &Args<'a>, qualname: &str) -> PyResult<&'a ObjRef> {
    args.no_kwargs(qualname)?;
    match args.items {
        [_, a] => Ok(a),
        _ => Err(PyErr::type_error(format!(
            "{qualname}() takes exactly one argument ({} given)",
            args.items.len().saturating_sub(1)
        ))),
    }
}

/// The `n` arguments of a dunder method (after `self`).
pub(crate) fn dunder_args<'a>(args: &Args<'a>, n: usize) -> PyResult<&'a [ObjRef]> {
    let got = args.items.len().saturating_sub(1);
    if got != n || args.has_kwargs() {
        let s = if n == 1 { "" } else { "s" };
        return Err(PyErr::type_error(format!("expected {n} argument{s}, got {got}")));
    }
    Ok(&args.items[1..])
}

/// Bind a method's arguments (after `self`) to `names`, with the message of
/// CPython's keyword-capable methods for too many positional arguments.
pub(crate) fn bind_kw(args: &Args, name: &str, names: &[&str], required: usize) -> PyResult<Vec<Option<ObjRef>>> {
    let a = args.skip_self();
    let got = a.positional().len();
    if got > names.len() {
        let n = names.len();
        let s = if n == 1 { "" } else { "s" };
        return Err(PyErr::type_error(format!("{name}() takes at most {n} argument{s} ({got} given)")));
    }
    a.bind(name, names, required)
}

/// A str argument, or TypeError "`what` must be str, not X".
pub(crate) fn str_arg<'a>(o: &'a ObjRef, what: &str) -> PyResult<&'a str> {
    match o.downcast_ref::<PyStr>() {
        Some(s) => Ok(s.as_str()),
        None => Err(PyErr::type_error(format!("{what} must be str, not {}", type_name(o)))),
    }
}

/// Called right after the type bootstrap: `STR_TYPE` already exists, and
/// nothing else is needed before the other types are created.
pub fn init() {}

/// Register the methods (needs the method-descriptor and staticmethod types).
pub fn init_methods() {
    ops::init();
    methods::init();
    format::init();
    search::init();
    iter::init();
}
