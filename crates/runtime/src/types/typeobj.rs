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

    /// Look the attribute `name` (a str object) up along the MRO, through the
    /// type attribute cache (`types/type_cache.rs`).
    #[inline]
    pub fn lookup_obj(&self, name: &ObjRef) -> Option<ObjRef> {
        let key = self as *const PyType as usize;
        if let Some(cached) = crate::types::type_cache::get(key, name) {
            return cached;
        }
        self.lookup_and_cache(key, name)
    }

    #[inline(never)]
    fn lookup_and_cache(&self, key: usize, name: &ObjRef) -> Option<ObjRef> {
        if !name.class().is_same(PyStr::class()) {
            return self.lookup_text(name.downcast_ref::<PyStr>().map_or("", |s| s.as_str()));
        }
        // Watch every namespace on the way before reading the epoch, so a write
        // that races with this lookup invalidates what it caches.
        self.dict().table.watch_for_types();
        for base in &self.mro {
            base.ty_payload().dict().table.watch_for_types();
        }
        let epoch = crate::types::type_cache::epoch();
        let found = std::iter::once(self.dict()).chain(self.mro.iter().map(|b| b.ty_payload().dict())).find_map(|d| d.get_native(name));
        crate::types::type_cache::put(key, name, epoch, found.as_ref());
        found
    }

    /// Look up a name written in Rust source (a dunder) through the type
    /// attribute cache.
    #[inline]
    pub fn lookup(&self, name: &'static str) -> Option<ObjRef> {
        self.lookup_obj(&crate::vm::intern::static_name(name))
    }

    /// Look `name` up along the MRO: this type's dict, then each base's
    /// (uncached; for names computed at run time).
    pub fn lookup_text(&self, name: &str) -> Option<ObjRef> {
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

/// A builtin type with several bases (`ExceptionGroup`); the MRO is their C3 merge.
pub fn new_builtin_type_bases(name: &str, bases: &[ObjRef], flags: u32) -> ObjRef {
    let mro = crate::vm::class::c3_mro(bases).unwrap_or_else(|_| bases.to_vec());
    let inherited = bases.iter().fold(0, |f, b| f | (b.ty_payload().flags & (flags::EXCEPTION | flags::HAS_DICT)));
    let dict = ObjRef::new_immortal(PyDict::default(), Some(crate::types::dict::DICT_TYPE.get()));
    let ty_obj = PyType {
        name: Mutex::new(name.to_string()),
        qualname: Mutex::new(name.to_string()),
        bases: bases.to_vec(),
        mro,
        dict,
        flags: flags | inherited,
        slot_names: vec![],
        hooks: std::sync::atomic::AtomicU32::new(0),
    };
    let obj = ObjRef::new_immortal(ty_obj, Some(TYPE_TYPE.get()));
    set_builtin_module(&obj, name);
    obj
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

// --- subclass registry ---

/// One `base.__subclasses__()` entry: addresses of the base's and the subclass's
/// `PyType` payloads and of the subclass object. Entries hold no reference; a
/// heap type removes its own entries when its payload is dropped.
struct SubclassEntry {
    base: usize,
    sub: usize,
    sub_obj: usize,
}

static SUBCLASSES: Mutex<Vec<SubclassEntry>> = Mutex::new(Vec::new());

/// Record `cls` in its bases' `__subclasses__()` lists (called once per new class).
pub fn register_subclass(cls: &ObjRef) {
    let t = cls.ty_payload();
    let mut reg = SUBCLASSES.lock();
    for b in &t.bases {
        reg.push(SubclassEntry {
            base: b.ty_payload() as *const PyType as usize,
            sub: t as *const PyType as usize,
            sub_obj: cls.as_ptr() as usize,
        });
    }
}

/// The live direct subclasses of `cls`, oldest first.
///
/// A subclass whose last reference is being dropped on another thread at this
/// moment is skipped by its zero count; a `try_incref` in `object::rc` would
/// close the remaining window between that check and the clone.
pub fn subclasses_of(cls: &ObjRef) -> Vec<ObjRef> {
    let me = cls.ty_payload() as *const PyType as usize;
    let reg = SUBCLASSES.lock();
    let mut out = Vec::new();
    for e in reg.iter().filter(|e| e.base == me) {
        // SAFETY: an entry is removed (under this lock) before its type's memory is freed.
        let p = e.sub_obj as *const crate::object::Header;
        let total = unsafe { (*p).rc.total() };
        if total > 0 {
            out.push(unsafe { ObjRef::clone_from_ptr(p) });
        }
    }
    out
}

impl Drop for PyType {
    fn drop(&mut self) {
        // Its address may be reused by a new type: forget what was cached for it.
        crate::types::type_cache::invalidate();
        if self.flags & flags::HEAPTYPE != 0 {
            let me = self as *const PyType as usize;
            SUBCLASSES.lock().retain(|e| e.sub != me);
        }
    }
}

// --- type's methods ---

use crate::error::{PyErr, PyResult};
use crate::types::native::{add_classmethods, add_methods, Args};
use crate::vm::ops::type_name;
use crate::vm::Vm;

fn type_self<'a>(args: &Args<'a>, what: &str) -> PyResult<&'a ObjRef> {
    match args.items.first() {
        Some(t) if t.is_type() => Ok(t),
        Some(o) => Err(PyErr::type_error(format!(
            "descriptor '{what}' for 'type' objects doesn't apply to a '{}' object",
            type_name(o)
        ))),
        None => Err(PyErr::type_error(format!("unbound method type.{what}() needs an argument"))),
    }
}

/// `<class 'int'>` / `<class '__main__.A'>`.
pub fn type_repr_string(ty: &ObjRef) -> String {
    let t = ty.ty_payload();
    match crate::types::object::type_module(ty) {
        Some(m) if m != "builtins" => format!("<class '{}.{}'>", m, t.qualname.lock()),
        _ => format!("<class '{}'>", t.name()),
    }
}

fn type_repr(_vm: &mut Vm, args: Args) -> PyResult {
    let t = type_self(&args, "__repr__")?;
    Ok(PyStr::new(type_repr_string(t)))
}

fn type_call(vm: &mut Vm, args: Args) -> PyResult {
    let t = type_self(&args, "__call__")?.clone();
    vm.type_call_default(&t, args.skip_self())
}

fn type_mro(_vm: &mut Vm, args: Args) -> PyResult {
    let t = type_self(&args, "mro")?;
    args.exact("mro", 1)?;
    Ok(crate::types::list::PyList::new(t.ty_payload().full_mro(t)))
}

fn type_subclasses(_vm: &mut Vm, args: Args) -> PyResult {
    let t = type_self(&args, "__subclasses__")?;
    args.exact("__subclasses__", 1)?;
    Ok(crate::types::list::PyList::new(subclasses_of(t)))
}

fn type_instancecheck(vm: &mut Vm, args: Args) -> PyResult {
    let t = type_self(&args, "__instancecheck__")?;
    let a = args.exact("__instancecheck__", 2)?;
    if a[1].is_instance_of(t) {
        return Ok(crate::types::singletons::py_bool(true));
    }
    let declared = vm.get_attr_opt(&a[1], "__class__")?;
    Ok(crate::types::singletons::py_bool(declared.is_some_and(|c| c.is_type() && is_subtype(&c, t))))
}

fn type_subclasscheck(_vm: &mut Vm, args: Args) -> PyResult {
    let t = type_self(&args, "__subclasscheck__")?;
    let a = args.exact("__subclasscheck__", 2)?;
    if !a[1].is_type() {
        return Err(PyErr::type_error("issubclass() arg 1 must be a class"));
    }
    Ok(crate::types::singletons::py_bool(is_subtype(&a[1], t)))
}

fn type_prepare(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(PyDict::new_ref())
}

fn type_dir(_vm: &mut Vm, args: Args) -> PyResult {
    let t = type_self(&args, "__dir__")?;
    Ok(crate::types::list::PyList::new(crate::types::object::type_dir_names(t)))
}

fn type_sizeof(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(crate::types::int::PyInt::new(std::mem::size_of::<PyType>() as i64 + 32))
}

/// Register `type`'s methods (after `object`'s, which it inherits).
pub fn init_methods() {
    let t = TYPE_TYPE.get();
    add_methods(
        t,
        &[
            ("__repr__", type_repr),
            ("__call__", type_call),
            ("mro", type_mro),
            ("__subclasses__", type_subclasses),
            ("__instancecheck__", type_instancecheck),
            ("__subclasscheck__", type_subclasscheck),
            ("__dir__", type_dir),
            ("__sizeof__", type_sizeof),
        ],
    );
    add_classmethods(t, &[("__prepare__", type_prepare)]);
}
