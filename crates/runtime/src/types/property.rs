//! `property`: a data descriptor calling `fget` / `fset` / `fdel`.
//!
//! A property is immutable once made: `getter` / `setter` / `deleter` return
//! a copy (built by calling the property's own class, so subclasses survive).
//! Its name comes from `__set_name__` and appears in the AttributeError of a
//! missing accessor, as in CPython 3.11.

use parking_lot::Mutex;

use crate::error::{PyErr, PyResult};
use crate::object::{ObjRef, PyPayload};
use crate::types::native::{add_getsets, add_methods, Args};
use crate::types::singletons::none;
use crate::types::typeobj::{flags, new_builtin_type};
use crate::types::TypeCell;
use crate::vm::ops::type_name;
use crate::vm::Vm;

pub static PROPERTY_TYPE: TypeCell = TypeCell::new();

pub struct PyProperty {
    pub fget: Option<ObjRef>,
    pub fset: Option<ObjRef>,
    pub fdel: Option<ObjRef>,
    pub doc: Mutex<Option<ObjRef>>,
    /// Set by `__set_name__` (the attribute name in the owning class).
    pub name: Mutex<Option<ObjRef>>,
}

impl PyPayload for PyProperty {
    fn class() -> &'static ObjRef {
        PROPERTY_TYPE.get()
    }
}

fn this<'a>(o: &'a ObjRef) -> PyResult<&'a PyProperty> {
    o.downcast_ref::<PyProperty>().ok_or_else(|| PyErr::type_error(format!("descriptor requires a 'property' object but received a '{}'", type_name(o))))
}

fn not_none(o: Option<&ObjRef>) -> Option<ObjRef> {
    o.filter(|v| !v.is_none()).cloned()
}

/// AttributeError "property 'x' of 'A' object has no getter" (without the name when unknown).
fn missing(vm: &mut Vm, p: &PyProperty, obj: &ObjRef, what: &str) -> PyErr {
    let qual = obj.ty().qualname.lock().clone();
    let name = p.name.lock().clone();
    match name.map(|n| vm.repr_string(&n)) {
        Some(Ok(n)) => PyErr::attribute_error(format!("property {n} of '{qual}' object has no {what}")),
        _ => PyErr::attribute_error(format!("property of '{qual}' object has no {what}")),
    }
}

impl PyProperty {
    /// `prop.__get__(obj)` for an instance.
    pub fn get(&self, vm: &mut Vm, obj: &ObjRef) -> PyResult {
        match &self.fget {
            Some(f) => vm.call(f, std::slice::from_ref(obj)),
            None => Err(missing(vm, self, obj, "getter")),
        }
    }

    /// `prop.__set__(obj, v)` / `prop.__delete__(obj)` (value None).
    pub fn set(&self, vm: &mut Vm, obj: &ObjRef, value: Option<ObjRef>) -> PyResult<()> {
        match value {
            Some(v) => match &self.fset {
                Some(f) => vm.call(f, &[obj.clone(), v]).map(drop),
                None => Err(missing(vm, self, obj, "setter")),
            },
            None => match &self.fdel {
                Some(f) => vm.call(f, std::slice::from_ref(obj)).map(drop),
                None => Err(missing(vm, self, obj, "deleter")),
            },
        }
    }
}

fn property_new(vm: &mut Vm, args: Args) -> PyResult {
    let cls = args.items.first().cloned().ok_or_else(|| PyErr::type_error("property.__new__(): not enough arguments"))?;
    let a = args.skip_self().bind("property", &["fget", "fset", "fdel", "doc"], 0)?;
    let fget = not_none(a[0].as_ref());
    let mut doc = not_none(a[3].as_ref());
    if doc.is_none() {
        if let Some(g) = &fget {
            doc = vm.get_attr_opt(g, "__doc__")?.filter(|d| !d.is_none());
        }
    }
    let p = PyProperty {
        fget,
        fset: not_none(a[1].as_ref()),
        fdel: not_none(a[2].as_ref()),
        doc: Mutex::new(doc),
        name: Mutex::new(None),
    };
    Ok(ObjRef::new_with(p, cls, None))
}

fn property_get(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.range("__get__", 2, 3)?;
    let p = this(&a[0])?;
    if a[1].is_none() {
        return Ok(a[0].clone());
    }
    p.get(vm, &a[1])
}

fn property_set(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("__set__", 3)?;
    this(&a[0])?.set(vm, &a[1], Some(a[2].clone()))?;
    Ok(none())
}

fn property_delete(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("__delete__", 2)?;
    this(&a[0])?.set(vm, &a[1], None)?;
    Ok(none())
}

fn property_set_name(_vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("__set_name__", 3)?;
    *this(&a[0])?.name.lock() = Some(a[2].clone());
    Ok(none())
}

/// A copy of the property with one accessor replaced (0 get, 1 set, 2 delete).
fn copy_with(vm: &mut Vm, args: Args, which: usize, fname: &str) -> PyResult {
    let a = args.exact(fname, 2)?;
    let p = this(&a[0])?;
    let mut fns = [p.fget.clone(), p.fset.clone(), p.fdel.clone()];
    fns[which] = not_none(Some(&a[1]));
    let doc = p.doc.lock().clone();
    // A doc taken from the old getter follows the new getter.
    let doc_from_getter = match (&doc, &p.fget) {
        (Some(d), Some(g)) => vm.get_attr_opt(g, "__doc__")?.is_some_and(|gd| gd.is_same(d)),
        _ => doc.is_none(),
    };
    let doc_arg = if which == 0 && doc_from_getter { none() } else { doc.unwrap_or_else(none) };
    let items: Vec<ObjRef> = fns.into_iter().map(|f| f.unwrap_or_else(none)).chain([doc_arg]).collect();
    let cls = a[0].class().clone();
    let new = vm.call(&cls, &items)?;
    if let (Some(np), Some(name)) = (new.downcast_ref::<PyProperty>(), p.name.lock().clone()) {
        *np.name.lock() = Some(name);
    }
    Ok(new)
}

fn property_getter(vm: &mut Vm, args: Args) -> PyResult {
    copy_with(vm, args, 0, "getter")
}

fn property_setter(vm: &mut Vm, args: Args) -> PyResult {
    copy_with(vm, args, 1, "setter")
}

fn property_deleter(vm: &mut Vm, args: Args) -> PyResult {
    copy_with(vm, args, 2, "deleter")
}

fn get_fget(_vm: &mut Vm, o: &ObjRef) -> PyResult {
    Ok(this(o)?.fget.clone().unwrap_or_else(none))
}

fn get_fset(_vm: &mut Vm, o: &ObjRef) -> PyResult {
    Ok(this(o)?.fset.clone().unwrap_or_else(none))
}

fn get_fdel(_vm: &mut Vm, o: &ObjRef) -> PyResult {
    Ok(this(o)?.fdel.clone().unwrap_or_else(none))
}

fn get_doc(_vm: &mut Vm, o: &ObjRef) -> PyResult {
    Ok(this(o)?.doc.lock().clone().unwrap_or_else(none))
}

fn set_doc(_vm: &mut Vm, o: &ObjRef, v: Option<ObjRef>) -> PyResult<()> {
    let old = std::mem::replace(&mut *this(o)?.doc.lock(), v.filter(|d| !d.is_none()));
    drop(old);
    Ok(())
}

fn get_name(_vm: &mut Vm, o: &ObjRef) -> PyResult {
    match this(o)?.name.lock().clone() {
        Some(n) => Ok(n),
        None => Err(PyErr::attribute_error("'property' object has no attribute '__name__'")),
    }
}

pub fn init() {
    let t = new_builtin_type("property", None, flags::BASETYPE);
    crate::types::native::add_new(&t, "builtins", property_new);
    add_methods(
        &t,
        &[
            ("__get__", property_get),
            ("__set__", property_set),
            ("__delete__", property_delete),
            ("__set_name__", property_set_name),
            ("getter", property_getter),
            ("setter", property_setter),
            ("deleter", property_deleter),
        ],
    );
    add_getsets(
        &t,
        &[
            ("fget", get_fget, None),
            ("fset", get_fset, None),
            ("fdel", get_fdel, None),
            ("__doc__", get_doc, Some(set_doc)),
            ("__name__", get_name, None),
        ],
    );
    PROPERTY_TYPE.set(t);
}
