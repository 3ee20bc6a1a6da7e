//! Python-level callables and their parts: code objects (`PyCode`), functions
//! (`PyFunction`), closure cells (`PyCell`), bound methods, and the
//! `staticmethod` / `classmethod` wrappers.
//!
//! A `PyCode` is the runtime twin of the compiler's `CodeObject`: its constants
//! and names are turned into objects once, when the code is loaded, so the VM
//! never converts a constant twice.
//!
//! Their Python-visible attributes, reprs and the `staticmethod` /
//! `classmethod` constructors live in `function/attrs.rs`.

mod attrs;

use std::sync::Arc;

use compiler::bytecode::{CodeObject, Constant};
use parking_lot::Mutex;

use crate::error::PyResult;
use crate::object::{ObjRef, PyPayload};
use crate::types::float::PyFloat;
use crate::types::int::PyInt;
use crate::types::str::PyStr;
use crate::types::tuple::PyTuple;
use crate::types::typeobj::{flags, new_builtin_type};
use crate::types::{singletons, TypeCell};

pub struct PyCode {
    pub code: Arc<CodeObject>,
    pub consts: Box<[ObjRef]>,
    /// `code.names` as str objects.
    pub names: Box<[ObjRef]>,
    /// `code.varnames` as str objects (keyword argument matching).
    pub varnames: Box<[ObjRef]>,
    /// What `LoadGlobal` found for each of `names` (`vm/global_cache.rs`).
    pub global_cache: crate::vm::global_cache::GlobalCache,
}

pub struct PyFunction {
    pub code: ObjRef,
    pub globals: ObjRef,
    pub builtins: ObjRef,
    pub name: Mutex<ObjRef>,
    pub qualname: Mutex<ObjRef>,
    /// Read by every call that misses arguments, lock-free (`object/read_mostly.rs`).
    pub defaults: crate::object::read_mostly::ReadMostlySlot,
    pub kwdefaults: crate::object::read_mostly::ReadMostlySlot,
    /// Tuple of cells for the code's free variables.
    pub closure: Option<ObjRef>,
    pub doc: Mutex<ObjRef>,
    pub module: Mutex<ObjRef>,
    pub annotations: Mutex<Option<ObjRef>>,
}

pub struct PyCell {
    pub value: Mutex<Option<ObjRef>>,
}

pub struct PyBoundMethod {
    pub func: ObjRef,
    pub self_: ObjRef,
}

pub struct PyStaticMethod {
    pub func: ObjRef,
}

pub struct PyClassMethod {
    pub func: ObjRef,
}

pub static CODE_TYPE: TypeCell = TypeCell::new();
pub static FUNCTION_TYPE: TypeCell = TypeCell::new();
pub static CELL_TYPE: TypeCell = TypeCell::new();
pub static METHOD_TYPE: TypeCell = TypeCell::new();
pub static STATICMETHOD_TYPE: TypeCell = TypeCell::new();
pub static CLASSMETHOD_TYPE: TypeCell = TypeCell::new();

macro_rules! payload_class {
    ($t:ty, $cell:ident) => {
        impl PyPayload for $t {
            fn class() -> &'static ObjRef {
                $cell.get()
            }
        }
    };
}
payload_class!(PyCode, CODE_TYPE);
payload_class!(PyFunction, FUNCTION_TYPE);
payload_class!(PyCell, CELL_TYPE);
payload_class!(PyBoundMethod, METHOD_TYPE);
payload_class!(PyStaticMethod, STATICMETHOD_TYPE);
payload_class!(PyClassMethod, CLASSMETHOD_TYPE);

impl PyCode {
    /// Load a compiled code object (and, recursively, the code in its constants).
    pub fn new_ref(code: Arc<CodeObject>) -> PyResult<ObjRef> {
        let consts = code.consts.iter().map(const_to_object).collect::<PyResult<Vec<_>>>()?;
        let names = code.names.iter().map(|n| intern(n)).collect::<Vec<_>>();
        let varnames = code.varnames.iter().map(|n| intern(n)).collect::<Vec<_>>();
        Ok(ObjRef::new(PyCode {
            global_cache: crate::vm::global_cache::GlobalCache::new(names.len()),
            code,
            consts: consts.into_boxed_slice(),
            names: names.into_boxed_slice(),
            varnames: varnames.into_boxed_slice(),
        }))
    }

    /// Defer a module's code object, its constants and all code nested in them
    /// (`object/deferred.rs`): they live as long as the module's functions.
    pub fn defer_tree(code: &ObjRef) {
        fn defer_const(c: &ObjRef) {
            // None, Ellipsis, bools and small ints are shared singletons: they are
            // immortal, or (with `no-immortal`) counted, but never deferred.
            let singleton = c.is_same(&singletons::none())
                || c.is_same(&singletons::ellipsis())
                || c.downcast_ref::<PyInt>().is_some_and(|i| matches!(i, PyInt::Small(v) if (crate::types::int::SMALL_MIN..=crate::types::int::SMALL_MAX).contains(v)));
            if singleton {
                return;
            }
            if c.is::<PyCode>() {
                PyCode::defer_tree(c);
            } else {
                if let Some(t) = c.downcast_ref::<PyTuple>() {
                    t.iter().for_each(defer_const);
                }
                crate::object::deferred::defer(c);
            }
        }
        crate::object::deferred::defer(code);
        if let Some(pc) = code.downcast_ref::<PyCode>() {
            pc.consts.iter().for_each(defer_const);
        }
    }
}

/// The str object for an identifier (interned: one object per distinct name).
pub fn intern(name: &str) -> ObjRef {
    crate::vm::intern::intern(name)
}

/// Turn a compile-time constant into an object.
pub fn const_to_object(c: &Constant) -> PyResult<ObjRef> {
    Ok(match c {
        Constant::None => singletons::none(),
        Constant::Ellipsis => singletons::ellipsis(),
        Constant::Bool(b) => singletons::py_bool(*b),
        Constant::Int(i) => PyInt::new(*i),
        Constant::BigInt(digits) => {
            let v: num_bigint::BigInt = digits
                .parse()
                .map_err(|_| crate::error::PyErr::value_error(format!("invalid integer literal {digits}")))?;
            PyInt::from_bigint(v)
        }
        Constant::Float(f) => PyFloat::new(*f),
        Constant::Complex(re, im) => crate::types::complex::PyComplex::new(*re, *im),
        Constant::Str(s) => PyStr::new(s.as_str()),
        Constant::Bytes(b) => crate::types::bytes::PyBytes::new(b.clone()),
        Constant::Tuple(items) => PyTuple::new(items.iter().map(const_to_object).collect::<PyResult<Vec<_>>>()?),
        Constant::Code(code) => PyCode::new_ref(code.clone())?,
    })
}

impl PyCell {
    pub fn new_ref(value: Option<ObjRef>) -> ObjRef {
        ObjRef::new(PyCell { value: Mutex::new(value) })
    }

    pub fn get(&self) -> Option<ObjRef> {
        self.value.lock().clone()
    }

    pub fn set(&self, v: Option<ObjRef>) {
        let old = std::mem::replace(&mut *self.value.lock(), v);
        drop(old);
    }
}

impl PyBoundMethod {
    pub fn new_ref(func: ObjRef, self_: ObjRef) -> ObjRef {
        ObjRef::new(PyBoundMethod { func, self_ })
    }
}

impl PyStaticMethod {
    pub fn new_ref(func: ObjRef) -> ObjRef {
        ObjRef::new(PyStaticMethod { func })
    }
}

impl PyClassMethod {
    pub fn new_ref(func: ObjRef) -> ObjRef {
        ObjRef::new(PyClassMethod { func })
    }
}

impl PyFunction {
    pub fn code(&self) -> &PyCode {
        self.code.downcast_ref::<PyCode>().expect("function code is a code object")
    }
}

pub fn init() {
    CODE_TYPE.set(new_builtin_type("code", None, 0));
    FUNCTION_TYPE.set(new_builtin_type("function", None, flags::HAS_DICT));
    CELL_TYPE.set(new_builtin_type("cell", None, 0));
    METHOD_TYPE.set(new_builtin_type("method", None, 0));
    STATICMETHOD_TYPE.set(new_builtin_type("staticmethod", None, flags::BASETYPE | flags::HAS_DICT));
    CLASSMETHOD_TYPE.set(new_builtin_type("classmethod", None, flags::BASETYPE | flags::HAS_DICT));
    attrs::init();
}
