//! Attribute access: `getattr`, `setattr`, `delattr` and the descriptor protocol.
//!
//! Lookup order for instances (CPython's generic getattr): a data descriptor
//! on the type wins, then the instance `__dict__`, then a non-data descriptor
//! or plain class attribute. Types look in their metatype for data
//! descriptors first, then along their own MRO. Python-level hooks
//! (`__getattribute__`, `__getattr__`, `__setattr__`, `__delattr__`) are
//! consulted only when the type's `hooks` bits say a class defines them.

use crate::error::{PyErr, PyResult};
use crate::object::ObjRef;
use crate::types::dict::PyDict;
use crate::types::function::{PyBoundMethod, PyClassMethod, PyFunction, PyStaticMethod};
use crate::types::native::{PyBuiltinFunction, PyClassMethodDescr, PyGetSet, PyMethodDescr};
use crate::types::module::PyModule;
use crate::types::object::PyInstance;
use crate::types::property::{PyProperty, PROPERTY_TYPE};
use crate::types::str::PyStr;
use crate::types::tuple::PyTuple;
use crate::types::typeobj::{flags, is_subtype, HOOK_DELATTR, HOOK_GETATTR, HOOK_GETATTRIBUTE, HOOK_SETATTR};
use crate::types::{exception, singletons};
use crate::vm::class::PySlotMember;
use crate::vm::ops::type_name;
use crate::vm::Vm;

fn name_str(name: &ObjRef) -> &str {
    name.downcast_ref::<PyStr>().map_or("?", |s| s.as_str())
}

#[cold]
pub fn no_attribute(obj: &ObjRef, name: &str) -> PyErr {
    if obj.is_type() {
        return PyErr::attribute_error(format!("type object '{}' has no attribute '{}'", obj.ty_payload().name(), name));
    }
    if let Some(m) = obj.downcast_ref::<crate::types::module::PyModule>() {
        return PyErr::attribute_error(format!("module '{}' has no attribute '{}'", m.name(), name));
    }
    PyErr::attribute_error(format!("'{}' object has no attribute '{}'", type_name(obj), name))
}

/// CPython's `set_attribute_error_context`: an AttributeError leaving a
/// getattr records the attribute's `name` and the `obj` it was looked up on
/// (unless it already has them), for the traceback's "Did you mean" hint.
#[cold]
fn attr_error_context(e: PyErr, obj: &ObjRef, name: &ObjRef) -> PyErr {
    if !e.matches(&exception::types().attribute_error) {
        return e;
    }
    let set = |v: Option<ObjRef>| v.is_some_and(|v| !v.is_none());
    if let Some(d) = e.value().dict() {
        if let Some(d) = d.downcast_ref::<PyDict>() {
            if set(d.get_str("name")) || set(d.get_str("obj")) {
                return e;
            }
        }
    }
    e.set_exc_attr("name", name.clone());
    e.set_exc_attr("obj", obj.clone());
    e
}

impl Vm {
    pub fn get_attr_str(&mut self, obj: &ObjRef, name: &str) -> PyResult {
        let n = crate::vm::intern::intern(name);
        self.get_attr(obj, &n)
    }

    /// `getattr(obj, name)`.
    pub fn get_attr(&mut self, obj: &ObjRef, name: &ObjRef) -> PyResult {
        let hooks = obj.ty().hooks();
        if hooks == 0 {
            return self.generic_getattr(obj, name).map_err(|e| attr_error_context(e, obj, name));
        }
        let r = if hooks & HOOK_GETATTRIBUTE != 0 {
            let f = obj.ty().lookup("__getattribute__").expect("hook bit implies the method");
            self.call_unbound(&f, obj, &[name.clone()])
        } else {
            self.generic_getattr(obj, name)
        };
        let r = match r {
            Err(e) if hooks & HOOK_GETATTR != 0 && e.matches(&exception::types().attribute_error) => {
                let f = obj.ty().lookup("__getattr__").expect("hook bit implies the method");
                self.call_unbound(&f, obj, &[name.clone()])
            }
            r => r,
        };
        r.map_err(|e| attr_error_context(e, obj, name))
    }

    /// `getattr(obj, name, None)`-like: `Ok(None)` when the attribute is missing.
    pub fn get_attr_opt(&mut self, obj: &ObjRef, name: &str) -> PyResult<Option<ObjRef>> {
        match self.get_attr_str(obj, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.matches(&exception::types().attribute_error) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// `object.__getattribute__`: the lookup without Python hooks.
    pub fn generic_getattr(&mut self, obj: &ObjRef, name: &ObjRef) -> PyResult {
        let n = name_str(name);
        if obj.is_type() {
            return self.type_getattr(obj, name);
        }
        let descr = obj.ty().lookup_obj(name);
        if let Some(d) = &descr {
            if is_data_descriptor(d) {
                return self.descr_get(d, Some(obj), obj.class());
            }
        }
        let found = obj.with_dict(|dict| {
            let d = dict.downcast_ref::<PyDict>().expect("instance dict is a dict");
            d.get_name_of(dict, name)
        });
        if let Some(Some(v)) = found {
            return Ok(v);
        }
        if let Some(d) = descr {
            return self.descr_get(&d, Some(obj), obj.class());
        }
        match n {
            "__class__" => return Ok(obj.class().clone()),
            "__dict__" if obj.ty().has_flag(flags::HAS_DICT) => return Ok(obj.dict_or_create()),
            _ => {}
        }
        if let Some(m) = obj.downcast_ref::<PyModule>() {
            // PEP 562: a module-level `__getattr__(name)` supplies missing attributes.
            if let Some(hook) = m.dict().get_str("__getattr__") {
                return self.call(&hook, &[name.clone()]);
            }
        }
        Err(attr_error_context(no_attribute(obj, n), obj, name))
    }

    fn type_getattr(&mut self, ty: &ObjRef, name: &ObjRef) -> PyResult {
        let n = name_str(name);
        // `type`'s own data descriptors: they win over the class's namespace.
        match n {
            "__name__" | "__qualname__" | "__mro__" | "__bases__" | "__base__" | "__dict__" => {
                if let Some(v) = type_special_attr(ty, n) {
                    return Ok(v);
                }
            }
            "__module__" | "__doc__" => {
                let own = ty.ty_payload().dict().get_str(n);
                return Ok(match own {
                    Some(v) if !v.is::<PyGetSet>() => v,
                    _ if n == "__module__" => PyStr::new("builtins"),
                    _ => singletons::none(),
                });
            }
            _ => {}
        }
        let meta = ty.class().clone();
        let meta_attr = meta.ty_payload().lookup_obj(name);
        if let Some(d) = &meta_attr {
            if is_data_descriptor(d) {
                return self.descr_get(d, Some(ty), &meta);
            }
        }
        if let Some(a) = ty.ty_payload().lookup_obj(name) {
            return self.descr_get(&a, None, ty);
        }
        if let Some(v) = type_special_attr(ty, n) {
            return Ok(v);
        }
        if let Some(d) = meta_attr {
            return self.descr_get(&d, Some(ty), &meta);
        }
        Err(attr_error_context(no_attribute(ty, n), ty, name))
    }

    /// Apply the descriptor protocol: `descr.__get__(obj, owner)`; non-descriptors return themselves.
    pub fn descr_get(&mut self, descr: &ObjRef, obj: Option<&ObjRef>, owner: &ObjRef) -> PyResult {
        if descr.is::<PyFunction>() {
            return Ok(match obj {
                Some(o) => PyBoundMethod::new_ref(descr.clone(), o.clone()),
                None => descr.clone(),
            });
        }
        if let Some(m) = descr.downcast_ref::<PyMethodDescr>() {
            return Ok(match obj {
                Some(o) => PyBuiltinFunction::new_bound(m.name, m.func, o.clone()),
                None => descr.clone(),
            });
        }
        if let Some(g) = descr.downcast_ref::<PyGetSet>() {
            return match obj {
                Some(o) if is_subtype(o.class(), &g.owner) => (g.get)(self, o),
                _ => Ok(descr.clone()),
            };
        }
        if let Some(m) = descr.downcast_ref::<PySlotMember>() {
            return match obj {
                Some(o) if !o.is_type() => m.get(o),
                _ => Ok(descr.clone()),
            };
        }
        if let Some(p) = descr.downcast_ref::<PyProperty>() {
            if descr.class().is_same(PROPERTY_TYPE.get()) {
                return match obj {
                    Some(o) => p.get(self, o),
                    None => Ok(descr.clone()),
                };
            }
        }
        if let Some(sm) = descr.downcast_ref::<PyStaticMethod>() {
            return Ok(sm.func.clone());
        }
        if let Some(cm) = descr.downcast_ref::<PyClassMethod>() {
            return Ok(PyBoundMethod::new_ref(cm.func.clone(), owner.clone()));
        }
        if let Some(cm) = descr.downcast_ref::<PyClassMethodDescr>() {
            return Ok(PyBuiltinFunction::new_bound(cm.name, cm.func, owner.clone()));
        }
        if descr.is::<PyBuiltinFunction>() || descr.is::<PyStr>() || descr.is::<PyTuple>() || descr.is_type() {
            return Ok(descr.clone());
        }
        if let Some(get) = descr.ty().lookup("__get__") {
            let o = obj.cloned().unwrap_or_else(singletons::none);
            return self.call_unbound(&get, descr, &[o, owner.clone()]);
        }
        Ok(descr.clone())
    }

    /// `setattr(obj, name, value)`.
    pub fn set_attr(&mut self, obj: &ObjRef, name: &ObjRef, value: ObjRef) -> PyResult<()> {
        if obj.ty().hooks() & HOOK_SETATTR != 0 {
            let f = obj.ty().lookup("__setattr__").expect("hook bit implies the method");
            self.call_unbound(&f, obj, &[name.clone(), value])?;
            return Ok(());
        }
        self.generic_setattr(obj, name, Some(value))
    }

    pub fn set_attr_str(&mut self, obj: &ObjRef, name: &str, value: ObjRef) -> PyResult<()> {
        let n = crate::vm::intern::intern(name);
        self.set_attr(obj, &n, value)
    }

    /// `delattr(obj, name)`.
    pub fn del_attr(&mut self, obj: &ObjRef, name: &ObjRef) -> PyResult<()> {
        if obj.ty().hooks() & HOOK_DELATTR != 0 {
            let f = obj.ty().lookup("__delattr__").expect("hook bit implies the method");
            self.call_unbound(&f, obj, &[name.clone()])?;
            return Ok(());
        }
        self.generic_setattr(obj, name, None)
    }

    /// `object.__setattr__` / `object.__delattr__` (value None = delete).
    pub fn generic_setattr(&mut self, obj: &ObjRef, name: &ObjRef, value: Option<ObjRef>) -> PyResult<()> {
        let n = name_str(name);
        if obj.is_type() {
            return self.type_setattr(obj, name, value);
        }
        if let Some(d) = obj.ty().lookup_obj(name) {
            if let Some(g) = d.downcast_ref::<PyGetSet>() {
                return match g.set {
                    Some(set) => set(self, obj, value),
                    None => Err(PyErr::attribute_error(format!(
                        "attribute '{}' of '{}' objects is not writable",
                        n,
                        type_name(obj)
                    ))),
                };
            }
            if let Some(m) = d.downcast_ref::<PySlotMember>() {
                return m.set(obj, value);
            }
            if let Some(p) = d.downcast_ref::<PyProperty>() {
                if d.class().is_same(PROPERTY_TYPE.get()) {
                    return p.set(self, obj, value);
                }
            }
            let hook = if value.is_some() { "__set__" } else { "__delete__" };
            if let Some(set) = d.ty().lookup(hook) {
                let mut args = vec![obj.clone()];
                args.extend(value);
                self.call_unbound(&set, &d, &args)?;
                return Ok(());
            }
            if is_data_descriptor(&d) {
                return Err(PyErr::attribute_error(format!("can't set attribute '{n}'")));
            }
        }
        if obj.ty().has_flag(flags::HAS_DICT) || obj.dict().is_some() {
            if n == "__dict__" {
                return match value {
                    Some(v) if v.is::<PyDict>() => {
                        obj.set_dict(v);
                        Ok(())
                    }
                    _ => Err(PyErr::type_error("__dict__ must be set to a dictionary")),
                };
            }
            if n == "__class__" {
                if let Some(v) = value {
                    if v.is_type() {
                        obj.set_class(v);
                        return Ok(());
                    }
                }
                return Err(PyErr::type_error("__class__ must be set to a class"));
            }
            let dict = obj.dict_or_create();
            let d = dict.downcast_ref::<PyDict>().expect("instance dict is a dict");
            return match value {
                Some(v) => {
                    d.set_native(name.clone(), v);
                    Ok(())
                }
                None => match d.del_str(n) {
                    Some(_) => Ok(()),
                    None => Err(no_attribute(obj, n)),
                },
            };
        }
        if obj.is::<PyInstance>() && !obj.ty().slot_names.is_empty() {
            return Err(PyErr::attribute_error(format!("'{}' object has no attribute '{}'", type_name(obj), n)));
        }
        if obj.ty().lookup_obj(name).is_some() {
            return Err(PyErr::attribute_error(format!("'{}' object attribute '{}' is read-only", type_name(obj), n)));
        }
        Err(PyErr::attribute_error(format!("'{}' object has no attribute '{}'", type_name(obj), n)))
    }

    fn type_setattr(&mut self, ty: &ObjRef, name: &ObjRef, value: Option<ObjRef>) -> PyResult<()> {
        let n = name_str(name);
        let t = ty.ty_payload();
        if !t.has_flag(flags::HEAPTYPE) {
            return Err(PyErr::type_error(format!(
                "cannot set '{}' attribute of immutable type '{}'",
                n,
                t.name()
            )));
        }
        match n {
            "__name__" => {
                if let Some(s) = value.as_ref().and_then(|v| v.downcast_ref::<PyStr>()) {
                    *t.name.lock() = s.as_str().to_string();
                    return Ok(());
                }
                return Err(PyErr::type_error("can only assign string to __name__"));
            }
            "__qualname__" => {
                if let Some(s) = value.as_ref().and_then(|v| v.downcast_ref::<PyStr>()) {
                    *t.qualname.lock() = s.as_str().to_string();
                    return Ok(());
                }
                return Err(PyErr::type_error("can only assign string to __qualname__"));
            }
            _ => {}
        }
        match value {
            Some(v) => t.dict().set_native(name.clone(), v),
            None => {
                if t.dict().del_str(n).is_none() {
                    return Err(no_attribute(ty, n));
                }
            }
        }
        if n.starts_with("__") {
            crate::vm::class::refresh_hooks(ty);
        }
        Ok(())
    }
}

/// Does the descriptor define `__set__` or `__delete__` (so it overrides the instance dict)?
pub fn is_data_descriptor(d: &ObjRef) -> bool {
    if d.is::<PyGetSet>() || d.is::<PySlotMember>() {
        return true;
    }
    if d.is::<PyFunction>() || d.is::<PyMethodDescr>() || d.is::<PyBuiltinFunction>() || d.is::<PyStr>() {
        return false;
    }
    let t = d.ty();
    t.lookup("__set__").is_some() || t.lookup("__delete__").is_some()
}

/// Attributes every type has that are not in its dict.
fn type_special_attr(ty: &ObjRef, name: &str) -> Option<ObjRef> {
    let t = ty.ty_payload();
    Some(match name {
        "__name__" => PyStr::new(t.name()),
        "__qualname__" => PyStr::new(t.qualname.lock().clone()),
        "__mro__" => PyTuple::new(t.full_mro(ty)),
        "__bases__" => PyTuple::new(t.bases.clone()),
        "__base__" => t.bases.first().cloned().unwrap_or_else(singletons::none),
        "__dict__" => t.dict.clone(),
        "__doc__" => singletons::none(),
        "__class__" => ty.class().clone(),
        _ => return None,
    })
}
