//! The builtin types, one file (or folder) per Python type.
//!
//! Every builtin type object lives in a `TypeCell`, filled once by `init()`
//! during start-up before any Python code runs, and immortal afterwards. A
//! payload type's `PyPayload::class()` returns its cell's type.

pub mod typeobj;
pub mod type_cache;
pub mod dict;
pub mod str;
pub mod int;
pub mod float;
pub mod tuple;
pub mod list;
pub mod read_snapshot;
pub mod singletons;
pub mod function;
pub mod native;
pub mod exception;
pub mod module;
pub mod object;
pub mod property;
pub mod super_;
pub mod complex;
pub mod format_spec;
pub mod bytes;
pub mod bytearray;
pub mod slice;
pub mod set;
pub mod iter;
pub mod range;
pub mod deque;
pub mod generic_alias;

use std::sync::OnceLock;

use crate::object::ObjRef;

pub use dict::PyDict;
pub use float::PyFloat;
pub use int::PyInt;
pub use list::PyList;
pub use str::PyStr;
pub use tuple::PyTuple;
pub use typeobj::PyType;

/// A slot for one builtin type object, set once at start-up.
pub struct TypeCell(OnceLock<ObjRef>);

impl TypeCell {
    pub const fn new() -> TypeCell {
        TypeCell(OnceLock::new())
    }

    /// The type object. Start-up fills every cell before any object is created
    /// through `ObjRef::new`, so an empty cell is a bug in start-up order.
    #[inline(always)]
    pub fn get(&'static self) -> &'static ObjRef {
        match self.0.get() {
            Some(t) => t,
            None => uninitialized_type(),
        }
    }

    pub fn set(&'static self, ty: ObjRef) {
        ty.make_immortal();
        let _ = self.0.set(ty);
    }

    pub fn is_set(&'static self) -> bool {
        self.0.get().is_some()
    }
}

impl Default for TypeCell {
    fn default() -> Self {
        TypeCell::new()
    }
}

#[cold]
#[inline(never)]
fn uninitialized_type() -> ! {
    panic!("builtin type used before types::init()")
}

/// Create every builtin type, in dependency order. Called once, first thing.
pub fn init() {
    static DONE: OnceLock<()> = OnceLock::new();
    DONE.get_or_init(|| {
        typeobj::bootstrap();
        singletons::init();
        str::init();
        int::init();
        singletons::init_bool();
        float::init();
        tuple::init();
        list::init();
        dict::init_methods();
        native::init();
        function::init();
        module::init();
        exception::init();
        object::init();
        property::init();
        super_::init();
        complex::init();
        bytes::init();
        bytearray::init();
        slice::init();
        set::init();
        dict::init();
        iter::init();
        int::init_methods();
        float::init_methods();
        range::init();
        tuple::init_methods();
        list::init_methods();
        str::init_methods();
        deque::init();
        generic_alias::init();
    });
}

/// Further Rust iterator kinds (list, tuple, range, dict, str, ... iterators)
/// hook their fast `next` in here; None means "not a native iterator".
#[inline]
pub fn iter_native_hook(vm: &mut crate::vm::Vm, it: &ObjRef) -> Option<crate::error::PyResult<Option<ObjRef>>> {
    if let Some(r) = str::iter::next_native(vm, it) {
        return Some(r);
    }
    if let Some(r) = bytes::iter::next_native(vm, it) {
        return Some(r);
    }
    if let Some(r) = dict::iter::next_native(it) {
        return Some(r);
    }
    if let Some(r) = set::iter::next_native(it) {
        return Some(r);
    }
    if let Some(r) = deque::next_native(it) {
        return Some(r);
    }
    None
}

/// `iter(callable, sentinel)`.
pub fn iter_callable(callable: ObjRef, sentinel: ObjRef) -> ObjRef {
    iter::PyCallableIter::new_ref(callable, sentinel)
}

/// Put the names of the builtin types into the builtins dict.
pub fn register_builtin_types(d: &dict::PyDict) {
    let types: &[(&str, &ObjRef)] = &[
        ("object", typeobj::OBJECT_TYPE.get()),
        ("type", typeobj::TYPE_TYPE.get()),
        ("int", int::INT_TYPE.get()),
        ("bool", singletons::BOOL_TYPE.get()),
        ("float", float::FLOAT_TYPE.get()),
        ("complex", complex::COMPLEX_TYPE.get()),
        ("str", str::STR_TYPE.get()),
        ("bytes", bytes::BYTES_TYPE.get()),
        ("bytearray", bytearray::BYTEARRAY_TYPE.get()),
        ("tuple", tuple::TUPLE_TYPE.get()),
        ("list", list::LIST_TYPE.get()),
        ("dict", dict::DICT_TYPE.get()),
        ("set", set::SET_TYPE.get()),
        ("frozenset", set::FROZENSET_TYPE.get()),
        ("slice", slice::SLICE_TYPE.get()),
        ("staticmethod", function::STATICMETHOD_TYPE.get()),
        ("classmethod", function::CLASSMETHOD_TYPE.get()),
        ("property", property::PROPERTY_TYPE.get()),
        ("super", super_::SUPER_TYPE.get()),
    ];
    for (name, t) in types {
        d.set_str(name, (*t).clone());
    }
    extra_builtin_types(d);
}

/// Builtin types added by later files (range, enumerate, property, super, ...) register here.
fn extra_builtin_types(_d: &dict::PyDict) {}
