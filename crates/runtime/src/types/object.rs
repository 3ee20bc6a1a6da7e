//! `object`: the root type. Plain instances of user classes carry a
//! `PyInstance` payload: no Rust state beyond their `__slots__` values (their
//! attributes live in the header's `__dict__`).
//!
//! `object`'s methods are the defaults every class inherits: identity
//! equality and hashing, `<mod.Qual object at 0x...>` repr, the generic
//! attribute protocol (`object.__getattribute__` and friends, so Python hooks
//! can delegate to them), `__dir__`, `__format__`, `__init_subclass__`, and the
//! assignable `__class__`. Also the `dir()` builtin, which is `__dir__` sorted.

use parking_lot::Mutex;

use crate::error::{PyErr, PyResult};
use crate::object::{ObjRef, PyPayload};
use crate::types::dict::PyDict;
use crate::types::int::PyInt;
use crate::types::list::PyList;
use crate::types::native::{add_classmethods, add_getsets, add_methods, Args, PyBuiltinFunction};
use crate::types::singletons::{none, not_implemented, py_bool};
use crate::types::str::PyStr;
use crate::types::tuple::PyTuple;
use crate::types::typeobj::{flags, OBJECT_TYPE};
use crate::vm::ops::type_name;
use crate::vm::Vm;

pub struct PyInstance {
    /// Values of `__slots__` attributes, by slot index (empty for classes without slots).
    pub slots: Box<[Mutex<Option<ObjRef>>]>,
}

impl PyPayload for PyInstance {
    fn class() -> &'static ObjRef {
        OBJECT_TYPE.get()
    }
}

impl PyInstance {
    pub fn new(nslots: usize) -> PyInstance {
        PyInstance { slots: (0..nslots).map(|_| Mutex::new(None)).collect() }
    }
}

/// The module name a type reports (`__module__` in its dict), if it is a str.
pub fn type_module(ty: &ObjRef) -> Option<String> {
    let m = ty.ty_payload().dict().get_str("__module__")?;
    m.downcast_ref::<PyStr>().map(|s| s.as_str().to_string())
}

/// `<__main__.A object at 0x7f...>`: object's default repr.
pub fn default_repr(obj: &ObjRef) -> String {
    let cls = obj.class();
    let t = cls.ty_payload();
    match type_module(cls) {
        Some(m) if m != "builtins" => format!("<{}.{} object at {:#x}>", m, t.qualname.lock(), obj.id()),
        _ => format!("<{} object at {:#x}>", t.name(), obj.id()),
    }
}

fn name_arg<'a>(o: &'a ObjRef) -> PyResult<&'a ObjRef> {
    if o.is::<PyStr>() {
        Ok(o)
    } else {
        Err(PyErr::type_error(format!("attribute name must be string, not '{}'", type_name(o))))
    }
}

fn object_repr(_vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("__repr__", 1)?;
    Ok(PyStr::new(default_repr(&a[0])))
}

fn object_str(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("__str__", 1)?;
    vm.repr(&a[0])
}

fn object_eq(_vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("__eq__", 2)?;
    Ok(if a[0].is_same(&a[1]) { py_bool(true) } else { not_implemented() })
}

fn object_ne(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("__ne__", 2)?;
    let r = match vm.call_special(&a[0], "__eq__", &[a[1].clone()])? {
        Some(r) => r,
        None => return Ok(not_implemented()),
    };
    if r.is_not_implemented() {
        return Ok(r);
    }
    Ok(py_bool(!vm.is_true(&r)?))
}

/// `object.__hash__`: derived from the object's address, like CPython.
pub fn id_hash(obj: &ObjRef) -> i64 {
    (obj.id() >> 4) as i64
}

fn object_hash(_vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("__hash__", 1)?;
    Ok(PyInt::new(id_hash(&a[0])))
}

fn object_format(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("__format__", 2)?;
    let Some(spec) = a[1].downcast_ref::<PyStr>() else {
        return Err(PyErr::type_error(format!("__format__() argument must be str, not {}", type_name(&a[1]))));
    };
    if !spec.as_str().is_empty() {
        return Err(PyErr::type_error(format!("unsupported format string passed to {}.__format__", type_name(&a[0]))));
    }
    vm.str(&a[0])
}

fn object_getattribute(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("__getattribute__", 2)?;
    vm.generic_getattr(&a[0], name_arg(&a[1])?)
}

fn object_setattr(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("__setattr__", 3)?;
    vm.generic_setattr(&a[0], name_arg(&a[1])?, Some(a[2].clone()))?;
    Ok(none())
}

fn object_delattr(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("__delattr__", 2)?;
    vm.generic_setattr(&a[0], name_arg(&a[1])?, None)?;
    Ok(none())
}

fn object_init_subclass(_vm: &mut Vm, args: Args) -> PyResult {
    let cls = &args.items[0];
    if args.items.len() > 1 {
        let name = if cls.is_type() { cls.ty_payload().name() } else { type_name(cls) };
        if args.has_kwargs() {
            return Err(PyErr::type_error(format!("{name}.__init_subclass__() takes no keyword arguments")));
        }
        return Err(PyErr::type_error(format!("{name}.__init_subclass__() takes no arguments ({} given)", args.items.len() - 1)));
    }
    Ok(none())
}

fn object_subclasshook(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(not_implemented())
}

/// Append the keys of `dict` (a dict object) to `out`, skipping duplicates.
fn merge_keys(out: &mut Vec<ObjRef>, seen: &mut std::collections::HashSet<String>, dict: &ObjRef) {
    if let Some(d) = dict.downcast_ref::<PyDict>() {
        for k in d.keys() {
            if let Some(s) = k.downcast_ref::<PyStr>() {
                if seen.insert(s.as_str().to_string()) {
                    out.push(k.clone());
                }
            }
        }
    }
}

/// The attribute names of a class: its dict and its bases' dicts.
pub fn type_dir_names(cls: &ObjRef) -> Vec<ObjRef> {
    let mut out = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for t in cls.ty_payload().full_mro(cls) {
        merge_keys(&mut out, &mut seen, &t.ty_payload().dict);
    }
    out
}

fn object_dir(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("__dir__", 1)?;
    let this = &a[0];
    let mut out = Vec::new();
    let mut seen = std::collections::HashSet::new();
    if let Some(d) = vm.get_attr_opt(this, "__dict__")? {
        merge_keys(&mut out, &mut seen, &d);
    }
    let cls = match vm.get_attr_opt(this, "__class__")? {
        Some(c) if c.is_type() => c,
        _ => this.class().clone(),
    };
    for k in type_dir_names(&cls) {
        if let Some(s) = k.downcast_ref::<PyStr>() {
            if seen.insert(s.as_str().to_string()) {
                out.push(k.clone());
            }
        }
    }
    Ok(PyList::new(out))
}

fn object_sizeof(_vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("__sizeof__", 1)?;
    let slots = a[0].downcast_ref::<PyInstance>().map_or(0, |i| i.slots.len());
    Ok(PyInt::new(16 + 8 * slots as i64))
}

/// `copyreg.__newobj__(cls, *args)`: `cls.__new__(cls, *args)`.
fn newobj(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.positional();
    let cls = pos.first().ok_or_else(|| PyErr::type_error("__newobj__ expected at least 1 argument, got 0"))?;
    let new = vm.get_attr_str(cls, "__new__")?;
    vm.call(&new, pos)
}

fn object_reduce_ex(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.range("__reduce_ex__", 1, 2)?;
    let this = &a[0];
    if let Some(r) = this.ty().lookup("__reduce__") {
        if !r.downcast_ref::<crate::types::native::PyMethodDescr>().is_some_and(|m| m.owner.is_same(OBJECT_TYPE.get())) {
            return vm.call_unbound(&r, this, &[]);
        }
    }
    object_reduce(vm, Args::positional_only(&a[..1]))
}

fn object_reduce(_vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("__reduce__", 1)?;
    let this = &a[0];
    if !this.is::<PyInstance>() {
        return Err(PyErr::type_error(format!("cannot pickle '{}' object", type_name(this))));
    }
    let state = match this.dict() {
        Some(d) if d.downcast_ref::<PyDict>().is_some_and(|d| !d.is_empty()) => d,
        _ => none(),
    };
    let f = PyBuiltinFunction::new_static("copyreg", "__newobj__", newobj);
    Ok(PyTuple::new(vec![f, PyTuple::new(vec![this.class().clone()]), state, none(), none()]))
}

fn get_class(_vm: &mut Vm, this: &ObjRef) -> PyResult {
    Ok(this.class().clone())
}

/// The nearest builtin (non-heap) type in `cls`'s MRO: what decides the instance layout.
fn solid_base(cls: &ObjRef) -> ObjRef {
    cls.ty_payload()
        .full_mro(cls)
        .into_iter()
        .find(|t| !t.ty_payload().has_flag(flags::HEAPTYPE))
        .unwrap_or_else(|| OBJECT_TYPE.get().clone())
}

fn set_class(_vm: &mut Vm, this: &ObjRef, v: Option<ObjRef>) -> PyResult<()> {
    let Some(v) = v else { return Err(PyErr::type_error("can't delete __class__ attribute")) };
    if !v.is_type() {
        return Err(PyErr::type_error(format!("__class__ must be set to a class, not '{}' object", type_name(&v))));
    }
    let old = this.class().clone();
    let heap = |t: &ObjRef| t.ty_payload().has_flag(flags::HEAPTYPE);
    if !heap(&old) || !heap(&v) {
        return Err(PyErr::type_error("__class__ assignment only supported for mutable types or ModuleType subclasses"));
    }
    let (a, b) = (old.ty_payload(), v.ty_payload());
    if !solid_base(&old).is_same(&solid_base(&v)) || a.slot_names != b.slot_names || a.has_flag(flags::HAS_DICT) != b.has_flag(flags::HAS_DICT) {
        return Err(PyErr::type_error(format!("__class__ assignment: '{}' object layout differs from '{}'", b.name(), a.name())));
    }
    this.set_class(v);
    Ok(())
}

/// `dir([obj])`: the sorted names of the local scope, or of `obj.__dir__()`.
pub fn builtin_dir(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.range("dir", 0, 1)?;
    let names = match a.first() {
        None => {
            let locals = crate::builtins::core::frame_locals(vm)?;
            match locals.downcast_ref::<PyDict>() {
                Some(d) => d.keys(),
                None => vm.collect(&locals)?,
            }
        }
        Some(obj) => {
            let r = match vm.call_special(obj, "__dir__", &[])? {
                Some(r) => r,
                None => return Err(PyErr::type_error("object does not provide __dir__")),
            };
            vm.collect(&r)?
        }
    };
    let mut keyed: Vec<(String, ObjRef)> = Vec::with_capacity(names.len());
    for n in names {
        let Some(s) = n.downcast_ref::<PyStr>().map(|s| s.as_str().to_string()) else {
            return Err(PyErr::type_error(format!("'<' not supported between instances of '{}' and 'str'", type_name(&n))));
        };
        keyed.push((s, n));
    }
    keyed.sort_by(|x, y| x.0.cmp(&y.0));
    Ok(PyList::new(keyed.into_iter().map(|(_, n)| n).collect()))
}

pub fn init() {
    let object = OBJECT_TYPE.get();
    add_methods(
        object,
        &[
            ("__repr__", object_repr),
            ("__str__", object_str),
            ("__eq__", object_eq),
            ("__ne__", object_ne),
            ("__hash__", object_hash),
            ("__format__", object_format),
            ("__getattribute__", object_getattribute),
            ("__setattr__", object_setattr),
            ("__delattr__", object_delattr),
            ("__dir__", object_dir),
            ("__sizeof__", object_sizeof),
            ("__reduce_ex__", object_reduce_ex),
            ("__reduce__", object_reduce),
        ],
    );
    add_classmethods(object, &[("__init_subclass__", object_init_subclass), ("__subclasshook__", object_subclasshook)]);
    add_getsets(object, &[("__class__", get_class, Some(set_class))]);
    crate::types::typeobj::init_methods();
    crate::types::singletons::init_methods();
}
