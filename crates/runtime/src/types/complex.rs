//! `complex`: a pair of doubles.

use crate::object::{ObjRef, PyPayload};
use crate::types::typeobj::{flags, new_builtin_type};
use crate::types::TypeCell;

pub static COMPLEX_TYPE: TypeCell = TypeCell::new();

pub struct PyComplex {
    pub re: f64,
    pub im: f64,
}

impl PyPayload for PyComplex {
    fn class() -> &'static ObjRef {
        COMPLEX_TYPE.get()
    }
}

impl PyComplex {
    pub fn new(re: f64, im: f64) -> ObjRef {
        ObjRef::new(PyComplex { re, im })
    }
}

pub fn init() {
    COMPLEX_TYPE.set(new_builtin_type("complex", None, flags::BASETYPE));
}
