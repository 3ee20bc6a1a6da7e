//! The iterator of bytes and bytearray: yields ints, reading the sequence
//! afresh at each step (a bytearray may change while it is iterated).

use parking_lot::Mutex;

use crate::error::PyResult;
use crate::object::{ObjRef, PyPayload};
use crate::types::bytearray::PyByteArray;
use crate::types::int::PyInt;
use crate::types::iter::{iter_next, iter_self};
use crate::types::native::add_methods;
use crate::types::typeobj::new_builtin_type;
use crate::types::TypeCell;
use crate::vm::Vm;

use super::PyBytes;

pub static BYTES_ITER_TYPE: TypeCell = TypeCell::new();
pub static BYTEARRAY_ITER_TYPE: TypeCell = TypeCell::new();

pub struct PyBytesIterator {
    seq: ObjRef,
    /// Index of the next byte; None once exhausted.
    pos: Mutex<Option<usize>>,
}

impl PyPayload for PyBytesIterator {
    fn class() -> &'static ObjRef {
        BYTES_ITER_TYPE.get()
    }
}

impl PyBytesIterator {
    pub fn new_ref(seq: ObjRef) -> ObjRef {
        let cls = if seq.is::<PyByteArray>() { BYTEARRAY_ITER_TYPE.get() } else { BYTES_ITER_TYPE.get() };
        ObjRef::new_with(PyBytesIterator { seq, pos: Mutex::new(Some(0)) }, cls.clone(), None)
    }

    pub fn next(&self, _vm: &mut Vm) -> PyResult<Option<ObjRef>> {
        let mut pos = self.pos.lock();
        let Some(p) = *pos else { return Ok(None) };
        let b = if let Some(b) = self.seq.downcast_ref::<PyBytes>() {
            b.as_bytes().get(p).copied()
        } else {
            self.seq.downcast_ref::<PyByteArray>().and_then(|b| b.get(p))
        };
        match b {
            Some(b) => {
                *pos = Some(p + 1);
                Ok(Some(PyInt::new(i64::from(b))))
            }
            None => {
                *pos = None;
                Ok(None)
            }
        }
    }
}

/// Native fast path of `next()` for bytes and bytearray iterators.
#[inline]
pub fn next_native(vm: &mut Vm, it: &ObjRef) -> Option<PyResult<Option<ObjRef>>> {
    it.downcast_ref::<PyBytesIterator>().map(|s| s.next(vm))
}

pub fn init() {
    BYTES_ITER_TYPE.set(new_builtin_type("bytes_iterator", None, 0));
    BYTEARRAY_ITER_TYPE.set(new_builtin_type("bytearray_iterator", None, 0));
    for t in [BYTES_ITER_TYPE.get(), BYTEARRAY_ITER_TYPE.get()] {
        add_methods(t, &[("__iter__", iter_self), ("__next__", iter_next)]);
    }
}
