//! `bytes`: an immutable sequence of bytes.

use crate::object::{ObjRef, PyPayload};
use crate::types::typeobj::{flags, new_builtin_type};
use crate::types::TypeCell;

pub static BYTES_TYPE: TypeCell = TypeCell::new();

pub struct PyBytes {
    pub value: Box<[u8]>,
}

impl PyPayload for PyBytes {
    fn class() -> &'static ObjRef {
        BYTES_TYPE.get()
    }
}

impl PyBytes {
    pub fn new(v: Vec<u8>) -> ObjRef {
        ObjRef::new(PyBytes { value: v.into_boxed_slice() })
    }

    pub fn as_bytes(&self) -> &[u8] {
        &self.value
    }
}

pub fn init() {
    BYTES_TYPE.set(new_builtin_type("bytes", None, flags::BASETYPE));
}
