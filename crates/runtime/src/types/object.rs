//! `object`: the root type. Plain instances of user classes carry a
//! `PyInstance` payload: no Rust state beyond their `__slots__` values (their
//! attributes live in the header's `__dict__`).

use parking_lot::Mutex;

use crate::object::{ObjRef, PyPayload};
use crate::types::typeobj::OBJECT_TYPE;

pub struct PyInstance {
    /// Values of `__slots__` attributes, by slot index (empty for classes without slots).
    pub slots: Box<[Mutex<Option<ObjRef>>]>,
}

impl PyPayload for PyInstance {
    fn class() -> &'static ObjRef {
        OBJECT_TYPE.get()
    }
}

impl PyInstance {
    pub fn new(nslots: usize) -> PyInstance {
        PyInstance { slots: (0..nslots).map(|_| Mutex::new(None)).collect() }
    }
}

pub fn init() {}
