//! The str iterator: one code point at a time, by byte offset.

use parking_lot::Mutex;

use crate::error::PyResult;
use crate::object::{ObjRef, PyPayload};
use crate::types::iter::{iter_next, iter_self};
use crate::types::native::add_methods;
use crate::types::typeobj::new_builtin_type;
use crate::types::TypeCell;
use crate::vm::Vm;

use super::PyStr;

pub static STR_ITER_TYPE: TypeCell = TypeCell::new();

pub struct PyStrIterator {
    s: ObjRef,
    /// Byte offset of the next code point; None once exhausted.
    pos: Mutex<Option<usize>>,
}

impl PyPayload for PyStrIterator {
    fn class() -> &'static ObjRef {
        STR_ITER_TYPE.get()
    }
}

impl PyStrIterator {
    pub fn new_ref(s: ObjRef) -> ObjRef {
        ObjRef::new(PyStrIterator { s, pos: Mutex::new(Some(0)) })
    }

    pub fn next(&self, _vm: &mut Vm) -> PyResult<Option<ObjRef>> {
        let text = self.s.downcast_ref::<PyStr>().map_or("", |s| s.as_str());
        let mut pos = self.pos.lock();
        let Some(p) = *pos else { return Ok(None) };
        match text.get(p..).and_then(|t| t.chars().next()) {
            Some(c) => {
                *pos = Some(p + c.len_utf8());
                drop(pos);
                Ok(Some(char_str(c)))
            }
            None => {
                *pos = None;
                Ok(None)
            }
        }
    }
}

/// A one-character str (cached immortal objects for Latin-1).
pub fn char_str(c: char) -> ObjRef {
    use std::sync::OnceLock;
    static LATIN1: OnceLock<Vec<ObjRef>> = OnceLock::new();
    let n = c as u32;
    if n < 256 {
        let cache = LATIN1.get_or_init(|| {
            (0u32..256)
                .map(|i| {
                    let o = PyStr::new(char::from_u32(i).unwrap_or('\0').to_string());
                    o.make_immortal();
                    o
                })
                .collect()
        });
        return cache[n as usize].clone();
    }
    PyStr::new(c.to_string())
}

/// Native fast path of `next()` for str iterators.
#[inline]
pub fn next_native(vm: &mut Vm, it: &ObjRef) -> Option<PyResult<Option<ObjRef>>> {
    it.downcast_ref::<PyStrIterator>().map(|s| s.next(vm))
}

pub fn init() {
    STR_ITER_TYPE.set(new_builtin_type("str_ascii_iterator", None, 0));
    add_methods(STR_ITER_TYPE.get(), &[("__iter__", iter_self), ("__next__", iter_next)]);
}
