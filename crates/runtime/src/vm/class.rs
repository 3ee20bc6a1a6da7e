//! Classes: the `class` statement (`__build_class__`), `type(name, bases, ns)`,
//! C3 linearisation, instantiation (`type.__call__`: `__new__` then
//! `__init__`), `object.__new__` / `object.__init__`, and `__slots__`.

use crate::error::{PyErr, PyResult};
use crate::object::{ObjRef, PyPayload};
use crate::types::dict::PyDict;
use crate::types::function::{PyCell, PyClassMethod, PyFunction, PyStaticMethod};
use crate::types::native::{Args, PyGetSet, PyMethodDescr};
use crate::types::object::PyInstance;
use crate::types::str::PyStr;
use crate::types::tuple::PyTuple;
use crate::types::typeobj::{flags, is_subtype, PyType, OBJECT_TYPE, TYPE_TYPE};
use crate::types::singletons;
use crate::vm::ops::type_name;
use crate::vm::Vm;

/// A `__slots__` attribute: reads and writes one slot of a `PyInstance`.
pub struct PySlotMember {
    pub name: String,
    pub index: usize,
    pub owner: ObjRef,
}

pub static MEMBER_TYPE: crate::types::TypeCell = crate::types::TypeCell::new();

impl PyPayload for PySlotMember {
    fn class() -> &'static ObjRef {
        MEMBER_TYPE.get()
    }
}

impl PySlotMember {
    pub fn get(&self, obj: &ObjRef) -> PyResult {
        let v = obj.downcast_ref::<PyInstance>().and_then(|i| i.slots.get(self.index)).and_then(|s| s.lock().clone());
        v.ok_or_else(|| PyErr::attribute_error(format!("'{}' object has no attribute '{}'", type_name(obj), self.name)))
    }

    pub fn set(&self, obj: &ObjRef, v: Option<ObjRef>) -> PyResult<()> {
        let Some(slot) = obj.downcast_ref::<PyInstance>().and_then(|i| i.slots.get(self.index)) else {
            return Err(PyErr::type_error(format!("descriptor '{}' doesn't apply to this object", self.name)));
        };
        let deleting = v.is_none();
        let old = std::mem::replace(&mut *slot.lock(), v);
        if deleting && old.is_none() {
            return Err(PyErr::attribute_error(format!("'{}' object has no attribute '{}'", type_name(obj), self.name)));
        }
        drop(old);
        Ok(())
    }
}

/// Recompute the attribute-hook bits of a class (after a dunder was assigned on it).
pub fn refresh_hooks(ty: &ObjRef) {
    ty.ty_payload().recompute_hooks();
}

/// C3 linearisation of `bases` (the MRO of a new class, without the class itself).
pub fn c3_mro(bases: &[ObjRef]) -> PyResult<Vec<ObjRef>> {
    let mut seqs: Vec<Vec<ObjRef>> = bases.iter().map(|b| b.ty_payload().full_mro(b)).collect();
    seqs.push(bases.to_vec());
    let mut out: Vec<ObjRef> = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let candidate = seqs.iter().map(|s| &s[0]).find(|c| !seqs.iter().any(|s| s[1..].iter().any(|x| x.is_same(c)))).cloned();
        let Some(c) = candidate else {
            let mut names: Vec<String> = Vec::new();
            for s in &seqs {
                let n = s[0].ty_payload().name();
                if !names.contains(&n) {
                    names.push(n);
                }
            }
            return Err(PyErr::type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            )));
        };
        for s in seqs.iter_mut() {
            if s[0].is_same(&c) {
                s.remove(0);
            }
        }
        out.push(c);
    }
}

fn str_of(o: &ObjRef) -> Option<&str> {
    o.downcast_ref::<PyStr>().map(|s| s.as_str())
}

impl Vm {
    /// `cls(*args, **kwargs)`.
    pub fn call_type(&mut self, cls: &ObjRef, args: Args) -> PyResult {
        let meta = cls.class();
        if !meta.is_same(TYPE_TYPE.get()) {
            if let Some(call) = meta.ty_payload().lookup("__call__") {
                let is_type_call = call.downcast_ref::<PyMethodDescr>().is_some_and(|m| m.owner.is_same(TYPE_TYPE.get()));
                if !is_type_call {
                    let meta = meta.clone();
                    let bound = self.descr_get(&call, Some(cls), &meta)?;
                    return self.call_args(&bound, args);
                }
            }
        }
        self.type_call_default(cls, args)
    }

    /// `type.__call__(cls, *args, **kwargs)`: `__new__`, then `__init__` when the
    /// result is an instance of `cls`.
    pub fn type_call_default(&mut self, cls: &ObjRef, args: Args) -> PyResult {
        if cls.is_same(TYPE_TYPE.get()) && args.items.len() == 1 && !args.has_kwargs() {
            return Ok(args.items[0].class().clone());
        }
        let t = cls.ty_payload();
        let new = t.lookup("__new__").ok_or_else(|| PyErr::type_error(format!("cannot create '{}' instances", t.name())))?;
        let new = self.descr_get(&new, None, cls)?;
        let mut items = Vec::with_capacity(args.items.len() + 1);
        items.push(cls.clone());
        items.extend_from_slice(args.items);
        let obj = self.call_args(&new, Args::new(&items, args.kwnames))?;
        if !is_subtype(obj.class(), cls) {
            return Ok(obj);
        }
        if let Some(init) = obj.ty().lookup("__init__") {
            let is_object_init = init.downcast_ref::<PyMethodDescr>().is_some_and(|m| m.owner.is_same(OBJECT_TYPE.get()));
            if !is_object_init || !args.items.is_empty() {
                let bound = self.descr_get(&init, Some(&obj), obj.class())?;
                let r = self.call_args(&bound, args)?;
                if !r.is_none() {
                    return Err(PyErr::type_error(format!("__init__() should return None, not '{}'", type_name(&r))));
                }
            }
        }
        Ok(obj)
    }

    /// `type.__new__(meta, name, bases, ns, **kwargs)`: make a class.
    pub fn new_class(&mut self, meta: &ObjRef, name: &str, bases: Vec<ObjRef>, ns: &PyDict, kwargs: &[(ObjRef, ObjRef)]) -> PyResult {
        let bases = if bases.is_empty() { vec![OBJECT_TYPE.get().clone()] } else { bases };
        for b in &bases {
            if !b.is_type() {
                return Err(PyErr::type_error("bases must be types"));
            }
            if !b.ty_payload().has_flag(flags::BASETYPE) {
                return Err(PyErr::type_error(format!("type '{}' is not an acceptable base type", b.ty_payload().name())));
            }
        }
        let mro = c3_mro(&bases)?;
        let mut fl = flags::HEAPTYPE | flags::BASETYPE;
        for b in &mro {
            fl |= b.ty_payload().flags & flags::EXCEPTION;
        }
        // __slots__
        let mut slot_names: Vec<String> = Vec::new();
        for b in mro.iter().rev() {
            for s in &b.ty_payload().slot_names {
                if !slot_names.contains(s) {
                    slot_names.push(s.clone());
                }
            }
        }
        let inherited_slots = slot_names.len();
        let own_slots = ns.get_str("__slots__");
        let mut wants_dict = own_slots.is_none();
        if let Some(s) = &own_slots {
            let items = if s.is::<PyStr>() { vec![s.clone()] } else { self.collect(s)? };
            for it in items {
                let n = str_of(&it).ok_or_else(|| PyErr::type_error("__slots__ items must be strings"))?.to_string();
                if n == "__dict__" {
                    wants_dict = true;
                } else if !slot_names.contains(&n) {
                    slot_names.push(n);
                }
            }
        }
        // Instances of a subclass of a builtin other than `object` carry that builtin's
        // payload, which has no room for slot values: such slots live in the instance dict.
        let builtin_payload = mro.iter().any(|b| !b.ty_payload().has_flag(flags::HEAPTYPE) && !b.is_same(OBJECT_TYPE.get()));
        if wants_dict
            || builtin_payload
            || bases.iter().any(|b| b.ty_payload().has_flag(flags::HAS_DICT) && !b.is_same(OBJECT_TYPE.get()))
        {
            fl |= flags::HAS_DICT;
        }
        if builtin_payload {
            slot_names.clear();
        }
        let dict = PyDict::new();
        if ns.get_str("__module__").is_none() {
            let module = self.current_frame().and_then(|f| f.globals.downcast_ref::<PyDict>().and_then(|g| g.get_str("__name__")));
            if let Some(m) = module {
                dict.set_str("__module__", m);
            }
        }
        if ns.get_str("__doc__").is_none() {
            dict.set_str("__doc__", singletons::none());
        }
        if ns.get_str("__eq__").is_some() && ns.get_str("__hash__").is_none() {
            dict.set_str("__hash__", singletons::none());
        }
        let mut qualname = name.to_string();
        let mut classcell = None;
        for (k, v) in ns.items() {
            match str_of(&k) {
                Some("__qualname__") => {
                    qualname = str_of(&v).ok_or_else(|| PyErr::type_error("type __qualname__ must be a str"))?.to_string();
                }
                Some("__classcell__") => classcell = Some(v),
                Some("__new__") if v.is::<PyFunction>() => dict.set_native(k, PyStaticMethod::new_ref(v)),
                Some("__init_subclass__") | Some("__class_getitem__") if v.is::<PyFunction>() => {
                    dict.set_native(k, PyClassMethod::new_ref(v))
                }
                _ => dict.set_item(self, k, v)?,
            }
        }
        let ty = PyType {
            name: parking_lot::Mutex::new(name.to_string()),
            qualname: parking_lot::Mutex::new(qualname),
            bases,
            mro,
            dict: ObjRef::new(dict),
            flags: fl,
            slot_names: slot_names.clone(),
            hooks: std::sync::atomic::AtomicU32::new(0),
        };
        // A class statement's namespace names its `__qualname__`; `type(name, bases, ns)`'s rarely does.
        let defined_once = ns.get_str("__qualname__").is_some() && crate::object::deferred::is_defined_once(&ty.qualname.lock());
        let cls = ObjRef::new_with(ty, meta.clone(), None);
        if defined_once {
            // A class statement at module level runs once: defer the class and its namespace.
            crate::object::deferred::defer(&cls);
            crate::object::deferred::defer(&cls.ty_payload().dict);
            // What the class body defined (properties, static and class methods,
            // class constants) lives as long as the class: the type attribute
            // cache can then serve it.
            for v in cls.ty_payload().dict().values() {
                crate::object::deferred::defer(&v);
            }
        }
        let base_has_dict = cls.ty_payload().mro.iter().any(|b| b.ty_payload().has_flag(flags::HAS_DICT));
        if fl & flags::HAS_DICT != 0 && !base_has_dict {
            let d = cls.ty_payload().dict();
            for (n, get, set) in [
                ("__dict__", dict_get as crate::types::native::Getter, Some(dict_set as crate::types::native::Setter)),
                ("__weakref__", weakref_get, None),
            ] {
                if d.get_str(n).is_none() {
                    d.set_str(n, ObjRef::new(PyGetSet { name: n, get, set, owner: cls.clone() }));
                }
            }
        }
        for (i, s) in slot_names.iter().enumerate().skip(inherited_slots.min(slot_names.len())) {
            let m = ObjRef::new(PySlotMember { name: s.clone(), index: i, owner: cls.clone() });
            cls.ty_payload().dict().set_str(s, m);
        }
        cls.ty_payload().recompute_hooks();
        crate::types::typeobj::register_subclass(&cls);
        if let Some(cell) = classcell {
            if let Some(c) = cell.downcast_ref::<PyCell>() {
                c.set(Some(cls.clone()));
            }
        }
        // __set_name__
        for (k, v) in cls.ty_payload().dict().items() {
            if let Some(set_name) = v.ty().lookup("__set_name__") {
                self.call_unbound(&set_name, &v, &[cls.clone(), k])?;
            }
        }
        // __init_subclass__ of the nearest base that defines it.
        let parent_init = cls.ty_payload().mro.iter().find_map(|b| b.ty_payload().dict().get_str("__init_subclass__"));
        if let Some(init) = parent_init {
            let bound = self.descr_get(&init, None, &cls)?;
            let bound = match bound.downcast_ref::<PyFunction>() {
                Some(_) => crate::types::function::PyBoundMethod::new_ref(bound.clone(), cls.clone()),
                None => bound,
            };
            let names: Vec<ObjRef> = kwargs.iter().map(|(k, _)| k.clone()).collect();
            let vals: Vec<ObjRef> = kwargs.iter().map(|(_, v)| v.clone()).collect();
            self.call_kw(&bound, &vals, &names)?;
        } else if !kwargs.is_empty() {
            return Err(PyErr::type_error(format!("{name}.__init_subclass__() takes no keyword arguments")));
        }
        Ok(cls)
    }

    /// `__build_class__(func, name, *bases, metaclass=None, **kwds)`.
    pub fn build_class(&mut self, args: Args) -> PyResult {
        let pos = args.positional();
        if pos.len() < 2 {
            return Err(PyErr::type_error("__build_class__: not enough arguments"));
        }
        let func_obj = pos[0].clone();
        let func = func_obj.downcast_ref::<PyFunction>().ok_or_else(|| PyErr::type_error("__build_class__: func must be a function"))?;
        str_of(&pos[1]).ok_or_else(|| PyErr::type_error("__build_class__: name is not a string"))?;
        let bases: Vec<ObjRef> = pos[2..].to_vec();
        let mut meta: Option<ObjRef> = None;
        let mut kwargs = Vec::new();
        for (k, v) in args.kwargs() {
            if k == "metaclass" {
                meta = Some(v.clone());
            } else {
                kwargs.push((crate::vm::intern::intern(k), v.clone()));
            }
        }
        let mut meta = meta.unwrap_or_else(|| bases.first().map_or_else(|| TYPE_TYPE.get().clone(), |b| b.class().clone()));
        if meta.is_type() {
            // The most derived metaclass among the explicit one and the bases' types.
            for b in &bases {
                let bm = b.class();
                if is_subtype(bm, &meta) {
                    meta = bm.clone();
                } else if !is_subtype(&meta, bm) {
                    return Err(PyErr::type_error(
                        "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
                    ));
                }
            }
        }
        let ns_obj = match meta.is_type().then(|| meta.ty_payload().lookup("__prepare__")).flatten() {
            Some(prep) if prep.is::<PyFunction>() || prep.is::<PyClassMethod>() => {
                let prep = self.descr_get(&prep, None, &meta)?;
                let names: Vec<ObjRef> = kwargs.iter().map(|(k, _)| k.clone()).collect();
                let mut vals: Vec<ObjRef> = vec![pos[1].clone(), PyTuple::new(bases.clone())];
                vals.extend(kwargs.iter().map(|(_, v)| v.clone()));
                self.call_kw(&prep, &vals, &names)?
            }
            _ => PyDict::new_ref(),
        };
        let mut frame = self.bind_arguments(func, Args::positional_only(&[]))?;
        frame.locals = Some(ns_obj.clone());
        let cell = self.run_frame_checked(frame)?;
        let names: Vec<ObjRef> = kwargs.iter().map(|(k, _)| k.clone()).collect();
        let mut vals: Vec<ObjRef> = vec![pos[1].clone(), PyTuple::new(bases), ns_obj.clone()];
        vals.extend(kwargs.iter().map(|(_, v)| v.clone()));
        let cls = self.call_kw(&meta, &vals, &names)?;
        if let Some(c) = cell.downcast_ref::<PyCell>() {
            if c.get().is_none() {
                c.set(Some(cls.clone()));
            }
        }
        Ok(cls)
    }
}

/// `obj.__dict__` of instances of classes that add a dict.
fn dict_get(_vm: &mut Vm, obj: &ObjRef) -> PyResult {
    Ok(obj.dict_or_create())
}

fn dict_set(_vm: &mut Vm, obj: &ObjRef, v: Option<ObjRef>) -> PyResult<()> {
    match v {
        Some(v) if v.is::<PyDict>() => {
            obj.set_dict(v);
            Ok(())
        }
        Some(v) => Err(PyErr::type_error(format!("__dict__ must be set to a dictionary, not a '{}'", type_name(&v)))),
        None => Err(PyErr::type_error("cannot delete __dict__")),
    }
}

/// `obj.__weakref__`: there are no weak references yet, so always None.
fn weakref_get(_vm: &mut Vm, _obj: &ObjRef) -> PyResult {
    Ok(singletons::none())
}

/// `object.__new__(cls, *args)`.
pub fn object_new(vm: &mut Vm, args: Args) -> PyResult {
    let cls = args.items.first().ok_or_else(|| PyErr::type_error("object.__new__(): not enough arguments"))?;
    if !cls.is_type() {
        return Err(PyErr::type_error(format!("object.__new__(X): X is not a type object ({})", type_name(cls))));
    }
    let t = cls.ty_payload();
    if args.items.len() > 1 {
        let new_overridden = !t.lookup("__new__").is_some_and(|n| is_object_builtin(&n, "__new__"));
        let init_is_object = t.lookup("__init__").is_some_and(|i| is_object_builtin(&i, "__init__"));
        if new_overridden {
            return Err(PyErr::type_error("object.__new__() takes exactly one argument (the type to instantiate)"));
        }
        if init_is_object {
            return Err(PyErr::type_error(format!("{}() takes no arguments", t.name())));
        }
    }
    if t.has_flag(flags::EXCEPTION) {
        return Ok(crate::types::exception::PyBaseException::new_instance(cls, args.items[1..].to_vec()));
    }
    let _ = vm;
    Ok(ObjRef::new_with(PyInstance::new(t.slot_names.len()), cls.clone(), None))
}

fn is_object_builtin(f: &ObjRef, name: &str) -> bool {
    if let Some(m) = f.downcast_ref::<PyMethodDescr>() {
        return m.owner.is_same(OBJECT_TYPE.get()) && m.name == name;
    }
    if let Some(sm) = f.downcast_ref::<PyStaticMethod>() {
        return sm
            .func
            .downcast_ref::<crate::types::native::PyBuiltinFunction>()
            .is_some_and(|b| b.name == name && b.module == Some("object"));
    }
    false
}

/// `object.__init__(self, *args)`.
pub fn object_init(_vm: &mut Vm, args: Args) -> PyResult {
    if args.items.len() > 1 {
        let this = &args.items[0];
        let t = this.ty();
        let init_overridden = !t.lookup("__init__").is_some_and(|i| is_object_builtin(&i, "__init__"));
        let new_is_object = t.lookup("__new__").is_some_and(|n| is_object_builtin(&n, "__new__"));
        if init_overridden {
            return Err(PyErr::type_error("object.__init__() takes exactly one argument (the instance to initialize)"));
        }
        if new_is_object {
            return Err(PyErr::type_error(format!("{}() takes no arguments", t.name())));
        }
    }
    Ok(singletons::none())
}

/// `type(x)` / `type(name, bases, ns)` as `type.__new__`.
pub fn type_new(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.positional();
    if pos.len() == 2 && pos[0].is_same(TYPE_TYPE.get()) {
        return Ok(pos[1].class().clone());
    }
    if pos.len() != 4 {
        return Err(PyErr::type_error("type() takes 1 or 3 arguments"));
    }
    let meta = &pos[0];
    let wrong = |n: usize, what: &str, o: &ObjRef| {
        PyErr::type_error(format!("type.__new__() argument {n} must be {what}, not {}", type_name(o)))
    };
    let name = str_of(&pos[1]).ok_or_else(|| wrong(1, "str", &pos[1]))?.to_string();
    let bases = pos[2].downcast_ref::<PyTuple>().ok_or_else(|| wrong(2, "tuple", &pos[2]))?.items().to_vec();
    let ns = pos[3].downcast_ref::<PyDict>().ok_or_else(|| wrong(3, "dict", &pos[3]))?;
    let kwargs: Vec<(ObjRef, ObjRef)> = args.kwnames.iter().cloned().zip(args.kw_values().iter().cloned()).collect();
    // The most derived metaclass among `meta` and the bases' types decides; a
    // winner with its own `__new__` builds the class instead.
    let mut winner = meta.clone();
    for b in bases.iter().filter(|b| b.is_type()) {
        let bm = b.class();
        if is_subtype(bm, &winner) {
            winner = bm.clone();
        } else if !is_subtype(&winner, bm) {
            return Err(PyErr::type_error(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
            ));
        }
    }
    if !winner.is_same(meta) {
        if let Some(new) = winner.ty_payload().lookup("__new__") {
            let is_type_new = new
                .downcast_ref::<PyStaticMethod>()
                .and_then(|sm| sm.func.downcast_ref::<crate::types::native::PyBuiltinFunction>().map(|b| b.func as usize == type_new as crate::types::native::NativeFn as usize))
                .unwrap_or(false);
            if !is_type_new {
                let f = vm.descr_get(&new, None, &winner)?;
                let mut items = vec![winner.clone()];
                items.extend_from_slice(&pos[1..]);
                items.extend_from_slice(args.kw_values());
                return vm.call_kw(&f, &items, args.kwnames);
            }
        }
    }
    let meta = &winner;
    vm.new_class(meta, &name, bases, ns, &kwargs)
}

pub fn init() {
    MEMBER_TYPE.set(crate::types::typeobj::new_builtin_type("member_descriptor", None, 0));
    let object = OBJECT_TYPE.get();
    crate::types::native::add_new(object, "object", object_new);
    crate::types::native::add_methods(object, &[("__init__", object_init)]);
    crate::types::native::add_new(TYPE_TYPE.get(), "type", type_new);
    crate::types::native::add_methods(TYPE_TYPE.get(), &[("__init__", type_init)]);
}

fn type_init(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(singletons::none())
}
