//! `type`: type objects, their method resolution order and attribute lookup.
//!
//! A type's attributes live in its `dict` (a `PyDict` keyed by str). `mro`
//! holds the linearisation *after* the type itself (a type never stores a
//! reference to itself, so heap types form no reference cycle through it).
//! Builtin types are immortal; classes made by `class` statements are heap
//! types with the `HEAPTYPE` flag.

use parking_lot::Mutex;

use crate::object::{ObjRef, PyPayload};
use crate::types::dict::PyDict;
use crate::types::str::PyStr;
use crate::types::TypeCell;

pub mod flags {
    /// Created by a class statement or `type(name, bases, ns)`.
    pub const HEAPTYPE: u32 = 1 << 0;
    /// May be subclassed.
    pub const BASETYPE: u32 = 1 << 1;
    /// Instances carry a `__dict__`.
    pub const HAS_DICT: u32 = 1 << 2;
    /// A subclass of BaseException.
    pub const EXCEPTION: u32 = 1 << 3;
}

pub struct PyType {
    pub name: Mutex<String>,
    pub qualname: Mutex<String>,
    pub bases: Vec<ObjRef>,
    /// Linearisation after this type (`type.__mro__[1:]`).
    pub mro: Vec<ObjRef>,
    /// The attribute namespace (`PyDict`).
    pub dict: ObjRef,
    pub flags: u32,
    /// Names declared in `__slots__` (instances store them in `PyInstance::slots`).
    pub slot_names: Vec<String>,
    /// Which attribute hooks a heap type (or a base) defines in Python: `HOOK_*` bits,
    /// recomputed when the class is made and when a dunder is assigned on it.
    pub hooks: std::sync::atomic::AtomicU32,
}

pub const HOOK_GETATTRIBUTE: u32 = 1;
pub const HOOK_GETATTR: u32 = 2;
pub const HOOK_SETATTR: u32 = 4;
pub const HOOK_DELATTR: u32 = 8;

pub static TYPE_TYPE: TypeCell = TypeCell::new();
pub static OBJECT_TYPE: TypeCell = TypeCell::new();

impl PyPayload for PyType {
    fn class() -> &'static ObjRef {
        TYPE_TYPE.get()
    }
}

impl PyType {
    pub fn name(&self) -> String {
        self.name.lock().clone()
    }

    pub fn has_flag(&self, flag: u32) -> bool {
        self.flags & flag != 0
    }

    pub fn dict(&self) -> &PyDict {
        // SAFETY-free: the type dict is always a PyDict (set at construction).
        self.dict.downcast_ref::<PyDict>().expect("type dict is a dict")
    }

    /// Look `name` up along the MRO: this type's dict, then each base's.
    pub fn lookup(&self, name: &str) -> Option<ObjRef> {
        if let Some(v) = self.dict().get_str(name) {
            return Some(v);
        }
        for base in &self.mro {
            if let Some(v) = base.ty_payload().dict().get_str(name) {
                return Some(v);
            }
        }
        None
    }

    #[inline(always)]
    pub fn hooks(&self) -> u32 {
        self.hooks.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// Recompute `hooks` from the dicts along the MRO: a hook counts when some class
    /// defines it with a Python function (builtin types implement them natively).
    pub fn recompute_hooks(&self) {
        let mut h = 0;
        for (name, bit) in [
            ("__getattribute__", HOOK_GETATTRIBUTE),
            ("__getattr__", HOOK_GETATTR),
            ("__setattr__", HOOK_SETATTR),
            ("__delattr__", HOOK_DELATTR),
        ] {
            if let Some(f) = self.lookup(name) {
                if !f.is::<crate::types::native::PyMethodDescr>() {
                    h |= bit;
                }
            }
        }
        self.hooks.store(h, std::sync::atomic::Ordering::Relaxed);
    }

    /// The full MRO including `this` (the type's own object).
    pub fn full_mro(&self, this: &ObjRef) -> Vec<ObjRef> {
        let mut v = Vec::with_capacity(self.mro.len() + 1);
        v.push(this.clone());
        v.extend(self.mro.iter().cloned());
        v
    }
}

impl ObjRef {
    /// The `PyType` payload of a type object (the object must be a type).
    #[inline(always)]
    pub fn ty_payload(&self) -> &PyType {
        debug_assert!(self.is::<PyType>());
        // SAFETY: callers only use this on type objects (mro entries, classes).
        unsafe { self.payload_unchecked::<PyType>() }
    }

    pub fn is_type(&self) -> bool {
        self.is::<PyType>()
    }

    /// Is the object an instance of `ty` (by its class's MRO; no `__instancecheck__`)?
    #[inline]
    pub fn is_instance_of(&self, ty: &ObjRef) -> bool {
        is_subtype(self.class(), ty)
    }
}

/// Is `a` the same type as `b` or a subclass of it?
pub fn is_subtype(a: &ObjRef, b: &ObjRef) -> bool {
    if a.is_same(b) {
        return true;
    }
    a.ty_payload().mro.iter().any(|t| t.is_same(b))
}

fn make_type(name: &str, base: Option<&ObjRef>, flags: u32, dict: ObjRef, ty: Option<&ObjRef>) -> ObjRef {
    let (bases, mro) = match base {
        Some(b) => {
            let mut mro = vec![b.clone()];
            mro.extend(b.ty_payload().mro.iter().cloned());
            (vec![b.clone()], mro)
        }
        None => (vec![], vec![]),
    };
    let inherited = base.map_or(0, |b| b.ty_payload().flags & (flags::EXCEPTION | flags::HAS_DICT));
    let ty_obj = PyType {
        name: Mutex::new(name.to_string()),
        qualname: Mutex::new(name.to_string()),
        bases,
        mro,
        dict,
        flags: flags | inherited,
        slot_names: vec![],
        hooks: std::sync::atomic::AtomicU32::new(0),
    };
    ObjRef::new_immortal(ty_obj, ty)
}

/// Build a builtin type's object (immortal); `base` defaults to `object`.
pub fn new_builtin_type(name: &str, base: Option<&ObjRef>, flags: u32) -> ObjRef {
    let base = base.unwrap_or(OBJECT_TYPE.get());
    let dict = ObjRef::new_immortal(PyDict::default(), Some(crate::types::dict::DICT_TYPE.get()));
    let obj = make_type(name, Some(base), flags, dict, Some(TYPE_TYPE.get()));
    set_builtin_module(&obj, name);
    obj
}

fn set_builtin_module(ty: &ObjRef, _name: &str) {
    let d = ty.ty_payload().dict();
    if d.get_str("__module__").is_none() {
        d.set_str("__module__", PyStr::new("builtins"));
    }
}

/// Create `object`, `type`, `dict` and `str`, which refer to each other.
pub fn bootstrap() {
    let empty_dict = || ObjRef::new_immortal(PyDict::default(), None);
    let object = make_type("object", None, flags::BASETYPE, empty_dict(), None);
    let type_ = make_type("type", Some(&object), flags::BASETYPE, empty_dict(), None);
    let dict = make_type("dict", Some(&object), flags::BASETYPE, empty_dict(), None);
    let str_ = make_type("str", Some(&object), flags::BASETYPE, empty_dict(), None);
    for t in [&object, &type_, &dict, &str_] {
        // SAFETY: start-up is single-threaded; these objects are immortal.
        unsafe {
            t.init_type(&type_);
            t.ty_payload().dict.init_type(&dict);
        }
    }
    TYPE_TYPE.set(type_.clone());
    OBJECT_TYPE.set(object.clone());
    crate::types::dict::DICT_TYPE.set(dict.clone());
    crate::types::str::STR_TYPE.set(str_.clone());
    for (t, n) in [(&object, "object"), (&type_, "type"), (&dict, "dict"), (&str_, "str")] {
        set_builtin_module(t, n);
    }
}
