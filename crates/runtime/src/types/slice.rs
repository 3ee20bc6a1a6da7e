//! `slice`: the immutable `start:stop:step` triple used by subscripts.

use crate::object::{ObjRef, PyPayload};
use crate::types::typeobj::new_builtin_type;
use crate::types::TypeCell;

pub static SLICE_TYPE: TypeCell = TypeCell::new();

pub struct PySlice {
    pub start: ObjRef,
    pub stop: ObjRef,
    pub step: ObjRef,
}

impl PyPayload for PySlice {
    fn class() -> &'static ObjRef {
        SLICE_TYPE.get()
    }
}

impl PySlice {
    pub fn new_ref(start: ObjRef, stop: ObjRef, step: ObjRef) -> ObjRef {
        ObjRef::new(PySlice { start, stop, step })
    }
}

pub fn init() {
    SLICE_TYPE.set(new_builtin_type("slice", None, 0));
}
