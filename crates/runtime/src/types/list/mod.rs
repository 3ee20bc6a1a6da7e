//! `list`: a mutable sequence behind its own lock.
//!
//! Every access takes the lock for the duration of one Rust operation only;
//! code that must call Python (comparisons in `sort`, `index`, `==`) copies
//! what it needs out first, or re-reads one item at a time, so a list's lock
//! is never held across Python code.
//!
//! `methods.rs` holds the Python-visible methods, `sort.rs` the merge sort.

mod methods;
pub use methods::bool_arg;
pub mod sort;

use parking_lot::{Mutex, MutexGuard};

use crate::object::{ObjRef, PyPayload};
use crate::types::TypeCell;

pub static LIST_TYPE: TypeCell = TypeCell::new();

#[derive(Default)]
pub struct PyList {
    items: Mutex<Vec<ObjRef>>,
}

impl PyPayload for PyList {
    fn class() -> &'static ObjRef {
        LIST_TYPE.get()
    }
}

impl PyList {
    pub fn from_vec(items: Vec<ObjRef>) -> PyList {
        PyList { items: Mutex::new(items) }
    }

    pub fn new(items: Vec<ObjRef>) -> ObjRef {
        ObjRef::new(PyList::from_vec(items))
    }

    /// Lock the items. Never call Python code while holding the guard.
    #[inline(always)]
    pub fn lock(&self) -> MutexGuard<'_, Vec<ObjRef>> {
        self.items.lock()
    }

    pub fn len(&self) -> usize {
        self.items.lock().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn snapshot(&self) -> Vec<ObjRef> {
        self.items.lock().clone()
    }

    pub fn get(&self, i: usize) -> Option<ObjRef> {
        self.items.lock().get(i).cloned()
    }

    pub fn push(&self, v: ObjRef) {
        self.items.lock().push(v);
    }

    /// Replace the whole contents; the old items are dropped after the lock is released.
    pub fn replace(&self, items: Vec<ObjRef>) -> Vec<ObjRef> {
        std::mem::replace(&mut *self.items.lock(), items)
    }
}

pub fn init() {
    LIST_TYPE.set(crate::types::typeobj::new_builtin_type("list", None, crate::types::typeobj::flags::BASETYPE));
}

/// Methods are added after `native::init` (method descriptors need their type).
pub fn init_methods() {
    methods::register(LIST_TYPE.get());
}
