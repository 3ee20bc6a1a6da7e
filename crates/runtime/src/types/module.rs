//! `module`: a namespace object whose attributes live in its `__dict__`
//! (the module's globals). The dict is created with the module and never replaced.

use crate::object::{ObjRef, PyPayload};
use crate::types::dict::PyDict;
use crate::types::str::PyStr;
use crate::types::typeobj::{flags, new_builtin_type};
use crate::types::{singletons, TypeCell};

pub static MODULE_TYPE: TypeCell = TypeCell::new();

pub struct PyModule {
    /// The module's globals (same object as its `__dict__`).
    pub dict: ObjRef,
}

impl PyPayload for PyModule {
    fn class() -> &'static ObjRef {
        MODULE_TYPE.get()
    }
}

impl PyModule {
    /// A new module named `name` with `__name__`, `__doc__`, `__package__`, `__loader__`, `__spec__` set.
    pub fn new_ref(name: &str, dict: Option<ObjRef>) -> ObjRef {
        let dict = dict.unwrap_or_else(PyDict::new_ref);
        {
            let d = dict.downcast_ref::<PyDict>().expect("module dict is a dict");
            d.set_str("__name__", PyStr::new(name));
            for k in ["__doc__", "__package__", "__loader__", "__spec__"] {
                if d.get_str(k).is_none() {
                    d.set_str(k, singletons::none());
                }
            }
        }
        ObjRef::new_with(PyModule { dict: dict.clone() }, MODULE_TYPE.get().clone(), Some(dict))
    }

    pub fn dict(&self) -> &PyDict {
        self.dict.downcast_ref::<PyDict>().expect("module dict is a dict")
    }

    pub fn name(&self) -> String {
        self.dict()
            .get_str("__name__")
            .and_then(|n| n.downcast_ref::<PyStr>().map(|s| s.as_str().to_string()))
            .unwrap_or_else(|| "?".into())
    }
}

pub fn init() {
    MODULE_TYPE.set(new_builtin_type("module", None, flags::BASETYPE | flags::HAS_DICT));
}
