//! The singletons `None`, `NotImplemented`, `Ellipsis`, `True` and `False`,
//! and the `NULL` sentinel the VM pushes for `LoadMethod` (never visible to Python).
//! All are immortal; their types cannot be subclassed.

use std::sync::OnceLock;

use crate::error::{PyErr, PyResult};
use crate::object::{ObjRef, PyPayload};
use crate::types::native::{add_methods, Args, NativeFn};
use crate::vm::Vm;
use crate::types::int::PyInt;
use crate::types::typeobj::new_builtin_type;
use crate::types::TypeCell;

pub struct PyNone;
pub struct PyNotImplemented;
pub struct PyEllipsis;
pub struct PyNull;

pub static NONE_TYPE: TypeCell = TypeCell::new();
pub static NOT_IMPLEMENTED_TYPE: TypeCell = TypeCell::new();
pub static ELLIPSIS_TYPE: TypeCell = TypeCell::new();
pub static BOOL_TYPE: TypeCell = TypeCell::new();
static NULL_TYPE: TypeCell = TypeCell::new();

impl PyPayload for PyNone {
    fn class() -> &'static ObjRef {
        NONE_TYPE.get()
    }
}
impl PyPayload for PyNotImplemented {
    fn class() -> &'static ObjRef {
        NOT_IMPLEMENTED_TYPE.get()
    }
}
impl PyPayload for PyEllipsis {
    fn class() -> &'static ObjRef {
        ELLIPSIS_TYPE.get()
    }
}
impl PyPayload for PyNull {
    fn class() -> &'static ObjRef {
        NULL_TYPE.get()
    }
}

struct Singletons {
    none: ObjRef,
    not_implemented: ObjRef,
    ellipsis: ObjRef,
    true_: ObjRef,
    false_: ObjRef,
    null: ObjRef,
}

static SINGLETONS: OnceLock<Singletons> = OnceLock::new();

#[inline(always)]
fn get() -> &'static Singletons {
    match SINGLETONS.get() {
        Some(s) => s,
        None => panic!("singletons used before types::init()"),
    }
}

#[inline(always)]
pub fn none() -> ObjRef {
    get().none.clone()
}
#[inline(always)]
pub fn none_ref() -> &'static ObjRef {
    &get().none
}
#[inline(always)]
pub fn not_implemented() -> ObjRef {
    get().not_implemented.clone()
}
#[inline(always)]
pub fn ellipsis() -> ObjRef {
    get().ellipsis.clone()
}
#[inline(always)]
pub fn null() -> ObjRef {
    get().null.clone()
}
#[inline(always)]
pub fn py_bool(b: bool) -> ObjRef {
    if b {
        get().true_.clone()
    } else {
        get().false_.clone()
    }
}
#[inline(always)]
pub fn true_ref() -> &'static ObjRef {
    &get().true_
}
#[inline(always)]
pub fn false_ref() -> &'static ObjRef {
    &get().false_
}
#[inline(always)]
pub fn bool_type() -> &'static ObjRef {
    BOOL_TYPE.get()
}
#[inline(always)]
pub fn none_type() -> &'static ObjRef {
    NONE_TYPE.get()
}

impl ObjRef {
    #[inline(always)]
    pub fn is_none(&self) -> bool {
        self.is_same(&get().none)
    }
    #[inline(always)]
    pub fn is_null(&self) -> bool {
        self.is_same(&get().null)
    }
    #[inline(always)]
    pub fn is_not_implemented(&self) -> bool {
        self.is_same(&get().not_implemented)
    }
}

pub fn init() {
    NONE_TYPE.set(new_builtin_type("NoneType", None, 0));
    NOT_IMPLEMENTED_TYPE.set(new_builtin_type("NotImplementedType", None, 0));
    ELLIPSIS_TYPE.set(new_builtin_type("ellipsis", None, 0));
    NULL_TYPE.set(new_builtin_type("NULL", None, 0));
    let s = Singletons {
        none: ObjRef::new_immortal(PyNone, Some(NONE_TYPE.get())),
        not_implemented: ObjRef::new_immortal(PyNotImplemented, Some(NOT_IMPLEMENTED_TYPE.get())),
        ellipsis: ObjRef::new_immortal(PyEllipsis, Some(ELLIPSIS_TYPE.get())),
        // bool's type needs int, created after this: True/False are patched in `init_bool`.
        true_: ObjRef::new_immortal(PyInt::Small(1), None),
        false_: ObjRef::new_immortal(PyInt::Small(0), None),
        null: ObjRef::new_immortal(PyNull, Some(NULL_TYPE.get())),
    };
    let _ = SINGLETONS.set(s);
}

fn none_repr(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(crate::types::str::PyStr::new("None"))
}

fn not_implemented_repr(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(crate::types::str::PyStr::new("NotImplemented"))
}

fn ellipsis_repr(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(crate::types::str::PyStr::new("Ellipsis"))
}

fn none_bool(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(py_bool(false))
}

/// `type(None)()` and friends: the singleton itself; no arguments accepted.
fn singleton_new(args: &Args, name: &str, value: ObjRef) -> PyResult {
    if args.items.len() > 1 {
        return Err(PyErr::type_error(format!("{name} takes no arguments")));
    }
    Ok(value)
}

fn none_new(_vm: &mut Vm, args: Args) -> PyResult {
    singleton_new(&args, "NoneType", none())
}

fn not_implemented_new(_vm: &mut Vm, args: Args) -> PyResult {
    singleton_new(&args, "NotImplementedType", not_implemented())
}

fn ellipsis_new(_vm: &mut Vm, args: Args) -> PyResult {
    singleton_new(&args, "ellipsis", ellipsis())
}

/// The singletons' methods (registered once `str` and the native types exist).
pub fn init_methods() {
    for (t, new, repr) in [
        (NONE_TYPE.get(), none_new as NativeFn, none_repr as NativeFn),
        (NOT_IMPLEMENTED_TYPE.get(), not_implemented_new, not_implemented_repr),
        (ELLIPSIS_TYPE.get(), ellipsis_new, ellipsis_repr),
    ] {
        crate::types::native::add_new(t, "builtins", new);
        add_methods(t, &[("__repr__", repr)]);
    }
    add_methods(NONE_TYPE.get(), &[("__bool__", none_bool)]);
}

/// Create `bool` once `int` exists and give True/False their type.
pub fn init_bool() {
    BOOL_TYPE.set(new_builtin_type("bool", Some(crate::types::int::INT_TYPE.get()), 0));
    // SAFETY: start-up is single-threaded; True/False and bool are immortal.
    unsafe {
        get().true_.init_type(BOOL_TYPE.get());
        get().false_.init_type(BOOL_TYPE.get());
    }
}
