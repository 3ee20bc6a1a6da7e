//! `set` and `frozenset`: one payload, two classes (a frozenset is never
//! mutated after construction). Elements live in a dict-style table whose
//! values are unused.

use parking_lot::Mutex;

use crate::error::PyResult;
use crate::object::{ObjRef, PyPayload};
use crate::types::dict::PyDict;
use crate::types::typeobj::{flags, new_builtin_type};
use crate::types::{singletons, TypeCell};
use crate::vm::Vm;

pub static SET_TYPE: TypeCell = TypeCell::new();
pub static FROZENSET_TYPE: TypeCell = TypeCell::new();

#[derive(Default)]
pub struct PySet {
    pub table: PyDict,
    _lock: Mutex<()>,
}

impl PyPayload for PySet {
    fn class() -> &'static ObjRef {
        SET_TYPE.get()
    }
}

impl PySet {
    pub fn new() -> PySet {
        PySet::default()
    }

    pub fn add(&self, vm: &mut Vm, item: ObjRef) -> PyResult<()> {
        self.table.set_item(vm, item, singletons::none())
    }

    pub fn contains(&self, vm: &mut Vm, item: &ObjRef) -> PyResult<bool> {
        self.table.contains(vm, item)
    }

    pub fn len(&self) -> usize {
        self.table.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn items(&self) -> Vec<ObjRef> {
        self.table.keys()
    }
}

pub fn init() {
    SET_TYPE.set(new_builtin_type("set", None, flags::BASETYPE));
    FROZENSET_TYPE.set(new_builtin_type("frozenset", None, flags::BASETYPE));
}
