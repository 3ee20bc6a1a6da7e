//! The string a pattern runs over, and byte ↔ code-point conversion.
//!
//! The engine searches a `&str` and reports UTF-8 byte offsets; Python sees
//! code-point positions. ASCII text converts for free. Other text longer than
//! `INDEX_MIN` bytes gets a `CharIndex` (the byte offset of every
//! `STEP`-th code point), so a conversion costs O(log n + STEP): a tokenizer
//! calling `pattern.match(text, pos)` in a loop stays linear. A bytes subject
//! is searched as its Latin-1 decoding, so that its code-point offsets are its
//! byte offsets.
//!
//! Building an index or a decoding is O(n), so the last one made is kept per
//! thread, keyed by the subject object (held, so its identity cannot be
//! reused). Only immutable subjects (str, bytes) are kept.

use std::cell::RefCell;
use std::sync::Arc;

use crate::error::{PyErr, PyResult};
use crate::object::ObjRef;
use crate::types::bytearray::PyByteArray;
use crate::types::bytes::{bytes_like, PyBytes};
use crate::types::str::PyStr;
use crate::vm::ops::type_name;

const STEP: usize = 64;
const INDEX_MIN: usize = 512;

/// The byte offset of every `STEP`-th code point of a text.
struct CharIndex {
    starts: Vec<usize>,
}

impl CharIndex {
    fn build(text: &str) -> CharIndex {
        let starts = text.char_indices().step_by(STEP).map(|(b, _)| b).collect();
        CharIndex { starts }
    }

    fn byte_of(&self, text: &str, c: usize) -> usize {
        let Some(&b0) = self.starts.get(c / STEP) else { return text.len() };
        let rest = &text[b0..];
        rest.char_indices().nth(c % STEP).map_or(text.len(), |(i, _)| b0 + i)
    }

    fn char_of(&self, text: &str, b: usize) -> usize {
        let k = match self.starts.binary_search(&b) {
            Ok(k) => return k * STEP,
            Err(0) => return 0,
            Err(k) => k - 1,
        };
        k * STEP + text.get(self.starts[k]..b).map_or(0, |s| s.chars().count())
    }
}

/// What is derived from a subject once: its Latin-1 text (bytes) and index.
struct Prepared {
    latin1: Option<String>,
    index: Option<CharIndex>,
}

thread_local! {
    static LAST: RefCell<Option<(ObjRef, Arc<Prepared>)>> = const { RefCell::new(None) };
}

/// Drop this thread's cached subject: called before a thread leaves the
/// biased-RC registry, after which it must not change any count.
pub fn forget_thread_cache() {
    let old = LAST.with(|l| l.borrow_mut().take());
    drop(old);
}

fn prepare(obj: &ObjRef, cacheable: bool, make: impl FnOnce() -> Prepared) -> Arc<Prepared> {
    if cacheable {
        let hit = LAST.with(|l| l.borrow().as_ref().filter(|(o, _)| o.is_same(obj)).map(|(_, p)| p.clone()));
        if let Some(p) = hit {
            return p;
        }
    }
    let p = Arc::new(make());
    if cacheable {
        let old = LAST.with(|l| l.borrow_mut().replace((obj.clone(), p.clone())));
        drop(old);
    }
    p
}

/// The string a pattern runs over: a str as is, bytes as Latin-1 text.
pub struct Subject {
    pub obj: ObjRef,
    pub is_bytes: bool,
    prep: Option<Arc<Prepared>>,
    ascii: bool,
    pub char_len: usize,
}

impl Subject {
    pub fn new(obj: &ObjRef, pattern_is_bytes: bool) -> PyResult<Subject> {
        if let Some(s) = obj.downcast_ref::<PyStr>() {
            if pattern_is_bytes {
                return Err(PyErr::type_error("cannot use a bytes pattern on a string-like object"));
            }
            let ascii = s.is_ascii();
            let prep = (!ascii && s.as_str().len() >= INDEX_MIN)
                .then(|| prepare(obj, true, || Prepared { latin1: None, index: Some(CharIndex::build(s.as_str())) }));
            return Ok(Subject { obj: obj.clone(), is_bytes: false, prep, ascii, char_len: s.char_len() });
        }
        if let Some(b) = bytes_like(obj) {
            if !pattern_is_bytes {
                return Err(PyErr::type_error("cannot use a string pattern on a bytes-like object"));
            }
            let ascii = b.is_ascii();
            let len = b.len();
            let prep = prepare(obj, obj.downcast_ref::<PyBytes>().is_some(), || {
                let text: String = b.iter().map(|&c| c as char).collect();
                let index = (!ascii && text.len() >= INDEX_MIN).then(|| CharIndex::build(&text));
                Prepared { latin1: Some(text), index }
            });
            return Ok(Subject { obj: obj.clone(), is_bytes: true, prep: Some(prep), ascii, char_len: len });
        }
        Err(PyErr::type_error(format!("expected string or bytes-like object, got '{}'", type_name(obj))))
    }

    pub fn text(&self) -> &str {
        match self.prep.as_ref().and_then(|p| p.latin1.as_deref()) {
            Some(s) => s,
            None => self.obj.downcast_ref::<PyStr>().map_or("", |s| s.as_str()),
        }
    }

    pub fn offsets(&self) -> Offsets<'_> {
        Offsets { text: self.text(), ascii: self.ascii, index: self.prep.as_ref().and_then(|p| p.index.as_ref()), b: 0, c: 0 }
    }

    /// A result string of the subject's kind from engine text.
    pub fn make(&self, s: &str) -> ObjRef {
        make_text(self.is_bytes && self.obj.downcast_ref::<PyByteArray>().is_some(), self.is_bytes, s)
    }
}

/// A str, or bytes/bytearray from Latin-1 text.
pub fn make_text(bytearray: bool, is_bytes: bool, s: &str) -> ObjRef {
    if !is_bytes {
        return PyStr::new(s);
    }
    let v: Vec<u8> = s.chars().map(|c| c as u32 as u8).collect();
    if bytearray {
        PyByteArray::new_ref(v)
    } else {
        PyBytes::new(v)
    }
}

/// Byte ↔ code-point conversion over one text: O(1) for ASCII, through the
/// index when there is one, else by a cursor that is fastest used in order.
pub struct Offsets<'a> {
    text: &'a str,
    ascii: bool,
    index: Option<&'a CharIndex>,
    b: usize,
    c: usize,
}

impl Offsets<'_> {
    pub fn char_of(&mut self, b: usize) -> usize {
        if self.ascii {
            return b;
        }
        if let Some(ix) = self.index {
            return ix.char_of(self.text, b);
        }
        if b < self.b {
            self.b = 0;
            self.c = 0;
        }
        self.c += self.text.get(self.b..b).map_or(0, |s| s.chars().count());
        self.b = b;
        self.c
    }

    /// The byte offset of code point `c` (clamped to the end).
    pub fn byte_of(&mut self, c: usize) -> usize {
        if self.ascii {
            return c.min(self.text.len());
        }
        if let Some(ix) = self.index {
            return ix.byte_of(self.text, c);
        }
        if c < self.c {
            self.b = 0;
            self.c = 0;
        }
        let rest = &self.text[self.b..];
        let k = c - self.c;
        match rest.char_indices().nth(k) {
            Some((i, _)) => {
                self.b += i;
                self.c = c;
            }
            None => {
                self.c += rest.chars().count();
                self.b = self.text.len();
            }
        }
        self.b
    }

    /// Code-point spans for byte spans.
    pub fn spans(&mut self, spans: &[Option<(usize, usize)>]) -> Vec<Option<(usize, usize)>> {
        let mut ends: Vec<usize> = spans.iter().flatten().flat_map(|&(s, e)| [s, e]).collect();
        ends.sort_unstable();
        ends.dedup();
        let chars: Vec<usize> = ends.iter().map(|&b| self.char_of(b)).collect();
        let conv = |b: usize| ends.binary_search(&b).map_or(0, |i| chars[i]);
        spans.iter().map(|s| s.map(|(a, b)| (conv(a), conv(b)))).collect()
    }
}
