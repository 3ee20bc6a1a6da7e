//! `PyErr` and `PyResult`: how a Python exception travels through Rust code.
//!
//! A `PyErr` owns the exception instance (a `PyBaseException` object). Every
//! fallible operation reachable from Python returns `PyResult<T>`; nothing on
//! such a path may panic. Constructors here build the common builtin
//! exceptions from a message without needing the VM.

use crate::object::ObjRef;
use crate::types::exception::{self, PyBaseException};
use crate::types::PyStr;

pub type PyResult<T = ObjRef> = Result<T, PyErr>;

/// A raised Python exception.
#[derive(Clone)]
pub struct PyErr(pub ObjRef);

impl std::fmt::Debug for PyErr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PyErr({}: {})", self.0.ty().name(), exception::message_of(&self.0))
    }
}

macro_rules! error_ctors {
    ($($fn_name:ident => $field:ident),* $(,)?) => {
        impl PyErr {
            $(
                #[cold]
                pub fn $fn_name(msg: impl Into<String>) -> PyErr {
                    PyErr::new(&exception::types().$field, msg)
                }
            )*
        }
    };
}

error_ctors! {
    type_error => type_error,
    value_error => value_error,
    attribute_error => attribute_error,
    name_error => name_error,
    unbound_local_error => unbound_local_error,
    key_error_msg => key_error,
    index_error => index_error,
    zero_division_error => zero_division_error,
    overflow_error => overflow_error,
    runtime_error => runtime_error,
    recursion_error => recursion_error,
    not_implemented_error => not_implemented_error,
    import_error => import_error,
    module_not_found_error => module_not_found_error,
    os_error => os_error,
    file_not_found_error => file_not_found_error,
    unicode_error => unicode_error,
    unicode_decode_error => unicode_decode_error,
    unicode_encode_error => unicode_encode_error,
    assertion_error => assertion_error,
    memory_error => memory_error,
    system_error => system_error,
    eof_error => eof_error,
    lookup_error => lookup_error,
}

impl PyErr {
    /// An exception of class `ty` with one string argument.
    #[cold]
    pub fn new(ty: &ObjRef, msg: impl Into<String>) -> PyErr {
        let args = vec![PyStr::new(msg.into())];
        PyErr(PyBaseException::new_instance(ty, args))
    }

    /// An exception of class `ty` with the given args.
    #[cold]
    pub fn with_args(ty: &ObjRef, args: Vec<ObjRef>) -> PyErr {
        PyErr(PyBaseException::new_instance(ty, args))
    }

    /// `KeyError(key)`: the key object itself is the argument.
    #[cold]
    pub fn key_error(key: ObjRef) -> PyErr {
        PyErr::with_args(&exception::types().key_error, vec![key])
    }

    /// `StopIteration(value)`.
    #[cold]
    pub fn stop_iteration(value: Option<ObjRef>) -> PyErr {
        PyErr::with_args(&exception::types().stop_iteration, value.into_iter().collect())
    }

    /// `NameError: name 'x' is not defined`, with the exception's `name`
    /// attribute set (tracebacks use it for "Did you mean: ...?").
    #[cold]
    pub fn name_not_defined(name: &ObjRef) -> PyErr {
        let text = name.downcast_ref::<PyStr>().map_or("?", |s| s.as_str());
        let e = PyErr::name_error(format!("name '{text}' is not defined"));
        e.set_exc_attr("name", name.clone());
        e
    }

    /// Store `value` under `attr` in the exception's instance dict (where
    /// `AttributeError.name/obj` and `NameError.name` live).
    pub fn set_exc_attr(&self, attr: &str, value: ObjRef) {
        let d = self.0.dict_or_create();
        if let Some(d) = d.downcast_ref::<crate::types::dict::PyDict>() {
            d.set_str(attr, value);
        }
    }

    /// The exception's class.
    pub fn class(&self) -> &ObjRef {
        self.0.class()
    }

    /// Is the exception an instance of `ty` (a subclass check on its class)?
    pub fn matches(&self, ty: &ObjRef) -> bool {
        crate::types::typeobj::is_subtype(self.0.class(), ty)
    }

    pub fn value(&self) -> &ObjRef {
        &self.0
    }

    pub fn into_value(self) -> ObjRef {
        self.0
    }
}
