//! `tuple`: an immutable sequence. Its items never change after creation, so
//! reading them needs no lock. The empty tuple is a shared immortal object.

use std::sync::OnceLock;

use crate::object::{ObjRef, PyPayload};
use crate::types::TypeCell;

pub static TUPLE_TYPE: TypeCell = TypeCell::new();

pub struct PyTuple {
    items: Box<[ObjRef]>,
}

impl PyPayload for PyTuple {
    fn class() -> &'static ObjRef {
        TUPLE_TYPE.get()
    }
}

static EMPTY: OnceLock<ObjRef> = OnceLock::new();

impl PyTuple {
    pub fn from_vec(items: Vec<ObjRef>) -> PyTuple {
        PyTuple { items: items.into_boxed_slice() }
    }

    /// A new tuple object (the shared empty tuple when `items` is empty).
    pub fn new(items: Vec<ObjRef>) -> ObjRef {
        if items.is_empty() {
            if let Some(e) = EMPTY.get() {
                return e.clone();
            }
        }
        ObjRef::new(PyTuple::from_vec(items))
    }

    pub fn empty() -> ObjRef {
        PyTuple::new(Vec::new())
    }

    #[inline(always)]
    pub fn items(&self) -> &[ObjRef] {
        &self.items
    }

    #[inline(always)]
    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn iter(&self) -> std::slice::Iter<'_, ObjRef> {
        self.items.iter()
    }

    pub fn get(&self, i: usize) -> Option<&ObjRef> {
        self.items.get(i)
    }
}

/// CPython's tuple hash (xxHash-based, 3.8+) over the items' hashes.
pub fn hash_of_hashes(hashes: &[i64]) -> i64 {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let mut acc: u64 = P5;
    for &h in hashes {
        acc = acc.wrapping_add((h as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((hashes.len() as u64) ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    acc as i64
}

pub fn init() {
    TUPLE_TYPE.set(crate::types::typeobj::new_builtin_type("tuple", None, crate::types::typeobj::flags::BASETYPE));
    let _ = EMPTY.set(ObjRef::new_immortal(PyTuple::from_vec(vec![]), Some(TUPLE_TYPE.get())));
}
