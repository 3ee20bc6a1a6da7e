//! Functions written in Rust and how they appear in Python: builtin functions
//! (`len`), method descriptors (`list.append`), class-method descriptors
//! (`dict.fromkeys`) and get/set descriptors (`function.__name__`).
//!
//! All take arguments vectorcall-style (`Args`): one slice of values whose last
//! `kwnames.len()` entries are keyword arguments. A method descriptor's first
//! positional argument is `self`.

use crate::error::{PyErr, PyResult};
use crate::object::{ObjRef, PyPayload};
use crate::types::str::PyStr;
use crate::types::typeobj::new_builtin_type;
use crate::types::TypeCell;
use crate::vm::Vm;

/// The signature of every function implemented in Rust.
pub type NativeFn = fn(&mut Vm, Args) -> PyResult;
/// Getter of a get/set descriptor.
pub type Getter = fn(&mut Vm, &ObjRef) -> PyResult;
/// Setter of a get/set descriptor; `None` value means `del`.
pub type Setter = fn(&mut Vm, &ObjRef, Option<ObjRef>) -> PyResult<()>;

/// Call arguments: positional values, then keyword values named by `kwnames`.
#[derive(Clone, Copy)]
pub struct Args<'a> {
    pub items: &'a [ObjRef],
    /// `PyStr` objects naming the last `kwnames.len()` items.
    pub kwnames: &'a [ObjRef],
}

impl<'a> Args<'a> {
    pub fn new(items: &'a [ObjRef], kwnames: &'a [ObjRef]) -> Args<'a> {
        Args { items, kwnames }
    }

    pub fn positional_only(items: &'a [ObjRef]) -> Args<'a> {
        Args { items, kwnames: &[] }
    }

    #[inline(always)]
    pub fn positional(&self) -> &'a [ObjRef] {
        &self.items[..self.items.len() - self.kwnames.len()]
    }

    pub fn kw_values(&self) -> &'a [ObjRef] {
        &self.items[self.items.len() - self.kwnames.len()..]
    }

    pub fn has_kwargs(&self) -> bool {
        !self.kwnames.is_empty()
    }

    /// `(name, value)` for each keyword argument.
    pub fn kwargs(&self) -> impl Iterator<Item = (&'a str, &'a ObjRef)> {
        let names = self.kwnames;
        names.iter().map(kwname_str).zip(self.kw_values().iter())
    }

    pub fn kwarg(&self, name: &str) -> Option<&'a ObjRef> {
        self.kwargs().find(|(n, _)| *n == name).map(|(_, v)| v)
    }

    /// The arguments without the first positional one (`self` of a method).
    pub fn skip_self(&self) -> Args<'a> {
        Args { items: &self.items[1..], kwnames: self.kwnames }
    }

    /// Fail unless there are no keyword arguments.
    pub fn no_kwargs(&self, fname: &str) -> PyResult<()> {
        if self.kwnames.is_empty() {
            Ok(())
        } else {
            Err(PyErr::type_error(format!("{fname}() takes no keyword arguments")))
        }
    }

    /// Exactly `n` positional arguments and no keywords.
    pub fn exact(&self, fname: &str, n: usize) -> PyResult<&'a [ObjRef]> {
        self.range(fname, n, n)
    }

    /// Between `min` and `max` positional arguments and no keywords; CPython's messages.
    pub fn range(&self, fname: &str, min: usize, max: usize) -> PyResult<&'a [ObjRef]> {
        self.no_kwargs(fname)?;
        let got = self.items.len();
        if got < min || got > max {
            return Err(arg_count_error(fname, min, max, got));
        }
        Ok(self.items)
    }

    /// Bind positional and keyword arguments to `names`; the first `required`
    /// must be present. Unknown keywords and duplicates raise TypeError.
    pub fn bind(&self, fname: &str, names: &[&str], required: usize) -> PyResult<Vec<Option<ObjRef>>> {
        let pos = self.positional();
        if pos.len() > names.len() {
            return Err(arg_count_error(fname, required, names.len(), pos.len()));
        }
        let mut out: Vec<Option<ObjRef>> = vec![None; names.len()];
        for (slot, v) in out.iter_mut().zip(pos) {
            *slot = Some(v.clone());
        }
        for (k, v) in self.kwargs() {
            let Some(i) = names.iter().position(|n| *n == k) else {
                return Err(PyErr::type_error(format!("{fname}() got an unexpected keyword argument '{k}'")));
            };
            if out[i].is_some() {
                return Err(PyErr::type_error(format!("{fname}() got multiple values for argument '{k}'")));
            }
            out[i] = Some(v.clone());
        }
        if let Some(missing) = out[..required].iter().position(|v| v.is_none()) {
            return Err(PyErr::type_error(format!(
                "{fname}() missing required argument '{}' (pos {})",
                names[missing],
                missing + 1
            )));
        }
        Ok(out)
    }
}

fn kwname_str(o: &ObjRef) -> &str {
    o.downcast_ref::<PyStr>().map_or("?", |s| s.as_str())
}

#[cold]
pub fn arg_count_error(fname: &str, min: usize, max: usize, got: usize) -> PyErr {
    let msg = if min == max {
        match min {
            0 => format!("{fname}() takes no arguments ({got} given)"),
            1 => format!("{fname}() takes exactly one argument ({got} given)"),
            n => format!("{fname} expected {n} arguments, got {got}"),
        }
    } else if got < min {
        format!("{fname} expected at least {min} argument{}, got {got}", if min == 1 { "" } else { "s" })
    } else {
        format!("{fname} expected at most {max} argument{}, got {got}", if max == 1 { "" } else { "s" })
    };
    PyErr::type_error(msg)
}

/// A Rust function as a Python callable, possibly bound to `self_`.
pub struct PyBuiltinFunction {
    pub name: &'static str,
    pub func: NativeFn,
    /// The object a builtin method is bound to (prepended to the arguments).
    pub self_: Option<ObjRef>,
    /// Module name for builtin functions (`builtins`, `math`, ...).
    pub module: Option<&'static str>,
}

/// A Rust method in a type's dict; binds to instances on attribute access.
pub struct PyMethodDescr {
    pub name: &'static str,
    pub func: NativeFn,
    /// The type that defines it (for `<method 'append' of 'list' objects>` and the self check).
    pub owner: ObjRef,
}

/// A Rust class method (`dict.fromkeys`): binds to the class.
pub struct PyClassMethodDescr {
    pub name: &'static str,
    pub func: NativeFn,
    pub owner: ObjRef,
}

/// A computed attribute implemented in Rust.
pub struct PyGetSet {
    pub name: &'static str,
    pub get: Getter,
    pub set: Option<Setter>,
    pub owner: ObjRef,
}

pub static BUILTIN_FUNCTION_TYPE: TypeCell = TypeCell::new();
pub static METHOD_DESCR_TYPE: TypeCell = TypeCell::new();
pub static CLASSMETHOD_DESCR_TYPE: TypeCell = TypeCell::new();
pub static GETSET_TYPE: TypeCell = TypeCell::new();
/// The class of dunder `PyMethodDescr`s (`int.__add__`): CPython's slot wrappers.
pub static WRAPPER_DESCR_TYPE: TypeCell = TypeCell::new();
/// The class of dunder methods bound to an instance (`(1).__add__`).
pub static METHOD_WRAPPER_TYPE: TypeCell = TypeCell::new();

impl PyPayload for PyBuiltinFunction {
    fn class() -> &'static ObjRef {
        BUILTIN_FUNCTION_TYPE.get()
    }
}
impl PyPayload for PyMethodDescr {
    fn class() -> &'static ObjRef {
        METHOD_DESCR_TYPE.get()
    }
}
impl PyPayload for PyClassMethodDescr {
    fn class() -> &'static ObjRef {
        CLASSMETHOD_DESCR_TYPE.get()
    }
}
impl PyPayload for PyGetSet {
    fn class() -> &'static ObjRef {
        GETSET_TYPE.get()
    }
}

impl PyBuiltinFunction {
    /// A module-level builtin function object (immortal: builtins live forever).
    pub fn new_static(module: &'static str, name: &'static str, func: NativeFn) -> ObjRef {
        let f = ObjRef::new(PyBuiltinFunction { name, func, self_: None, module: Some(module) });
        f.make_immortal();
        f
    }

    pub fn new_bound(name: &'static str, func: NativeFn, self_: ObjRef) -> ObjRef {
        let wrapper = is_dunder(name) && !self_.is_type() && METHOD_WRAPPER_TYPE.is_set();
        let f = PyBuiltinFunction { name, func, self_: Some(self_), module: None };
        if wrapper {
            ObjRef::new_with(f, METHOD_WRAPPER_TYPE.get().clone(), None)
        } else {
            ObjRef::new(f)
        }
    }
}

/// Add module-level Rust functions (`math.sqrt`, `len`) to a module's dict.
pub fn add_functions(d: &crate::types::dict::PyDict, module: &'static str, fns: &[(&'static str, NativeFn)]) {
    for &(name, f) in fns {
        d.set_str(name, PyBuiltinFunction::new_static(module, name, f));
    }
}

/// Add Rust methods to a builtin type's dict (dunders show as `wrapper_descriptor`, like CPython's slot wrappers).
pub fn add_methods(ty: &ObjRef, defs: &[(&'static str, NativeFn)]) {
    let d = ty.ty_payload().dict();
    for &(name, func) in defs {
        let payload = PyMethodDescr { name, func, owner: ty.clone() };
        let m = if is_dunder(name) && WRAPPER_DESCR_TYPE.is_set() {
            ObjRef::new_with(payload, WRAPPER_DESCR_TYPE.get().clone(), None)
        } else {
            ObjRef::new(payload)
        };
        m.make_immortal();
        d.set_str(name, m);
    }
}

/// Add Rust class methods to a builtin type's dict.
pub fn add_classmethods(ty: &ObjRef, defs: &[(&'static str, NativeFn)]) {
    let d = ty.ty_payload().dict();
    for &(name, func) in defs {
        let m = ObjRef::new(PyClassMethodDescr { name, func, owner: ty.clone() });
        m.make_immortal();
        d.set_str(name, m);
    }
}

/// Add Rust static methods (plain functions stored in the type's dict, e.g. `str.maketrans`).
pub fn add_staticmethods(ty: &ObjRef, defs: &[(&'static str, NativeFn)]) {
    let d = ty.ty_payload().dict();
    for &(name, func) in defs {
        let f = ObjRef::new(PyBuiltinFunction { name, func, self_: None, module: None });
        f.make_immortal();
        let sm = crate::types::function::PyStaticMethod::new_ref(f);
        sm.make_immortal();
        d.set_str(name, sm);
    }
}

/// Give a builtin type its `__new__` (a static method, as in CPython). Both objects
/// are immortal, so the type attribute cache serves them in every mode.
pub fn add_new(ty: &ObjRef, module: &'static str, func: NativeFn) {
    let f = PyBuiltinFunction::new_static(module, "__new__", func);
    let sm = crate::types::function::PyStaticMethod::new_ref(f);
    sm.make_immortal();
    ty.ty_payload().dict().set_str("__new__", sm);
}

/// Add computed attributes to a builtin type's dict.
pub fn add_getsets(ty: &ObjRef, defs: &[(&'static str, Getter, Option<Setter>)]) {
    let d = ty.ty_payload().dict();
    for &(name, get, set) in defs {
        let g = ObjRef::new(PyGetSet { name, get, set, owner: ty.clone() });
        g.make_immortal();
        d.set_str(name, g);
    }
}

fn is_dunder(name: &str) -> bool {
    name.len() > 4 && name.starts_with("__") && name.ends_with("__")
}

fn owner_name(owner: &ObjRef) -> String {
    owner.ty_payload().name()
}

/// `<built-in function len>` / `<built-in method append of list object at 0x...>`.
fn builtin_repr(_vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("__repr__", 1)?;
    let Some(b) = a[0].downcast_ref::<PyBuiltinFunction>() else { return Ok(PyStr::new("<built-in function>")) };
    Ok(PyStr::new(match &b.self_ {
        Some(s) if !s.is::<crate::types::module::PyModule>() => {
            let kind = if is_dunder(b.name) && !s.is_type() { "method-wrapper" } else { "built-in method" };
            if kind == "method-wrapper" {
                format!("<method-wrapper '{}' of {} object at {:#x}>", b.name, s.ty().name(), s.id())
            } else {
                format!("<built-in method {} of {} object at {:#x}>", b.name, s.ty().name(), s.id())
            }
        }
        _ => format!("<built-in function {}>", b.name),
    }))
}

fn builtin_name(_vm: &mut Vm, o: &ObjRef) -> PyResult {
    Ok(PyStr::new(o.downcast_ref::<PyBuiltinFunction>().map_or("?", |b| b.name)))
}

fn builtin_qualname(_vm: &mut Vm, o: &ObjRef) -> PyResult {
    let Some(b) = o.downcast_ref::<PyBuiltinFunction>() else { return Ok(PyStr::new("?")) };
    Ok(PyStr::new(match &b.self_ {
        Some(s) if s.is_type() => format!("{}.{}", s.ty_payload().name(), b.name),
        Some(s) if !s.is::<crate::types::module::PyModule>() => format!("{}.{}", s.ty().name(), b.name),
        _ => b.name.to_string(),
    }))
}

fn builtin_self(_vm: &mut Vm, o: &ObjRef) -> PyResult {
    Ok(o.downcast_ref::<PyBuiltinFunction>().and_then(|b| b.self_.clone()).unwrap_or_else(crate::types::singletons::none))
}

fn builtin_module(_vm: &mut Vm, o: &ObjRef) -> PyResult {
    match o.downcast_ref::<PyBuiltinFunction>().and_then(|b| if b.self_.is_none() { b.module } else { None }) {
        Some(m) => Ok(PyStr::new(m)),
        None => Ok(crate::types::singletons::none()),
    }
}

fn none_getter(_vm: &mut Vm, _o: &ObjRef) -> PyResult {
    Ok(crate::types::singletons::none())
}

/// `<method 'append' of 'list' objects>` / `<slot wrapper '__add__' of 'int' objects>`.
fn method_descr_repr(_vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("__repr__", 1)?;
    let text = if let Some(m) = a[0].downcast_ref::<PyMethodDescr>() {
        let kind = if is_dunder(m.name) { "slot wrapper" } else { "method" };
        format!("<{kind} '{}' of '{}' objects>", m.name, owner_name(&m.owner))
    } else if let Some(m) = a[0].downcast_ref::<PyClassMethodDescr>() {
        format!("<method '{}' of '{}' objects>", m.name, owner_name(&m.owner))
    } else if let Some(g) = a[0].downcast_ref::<PyGetSet>() {
        format!("<attribute '{}' of '{}' objects>", g.name, owner_name(&g.owner))
    } else {
        "<descriptor>".to_string()
    };
    Ok(PyStr::new(text))
}

fn descr_name(_vm: &mut Vm, o: &ObjRef) -> PyResult {
    let n = if let Some(m) = o.downcast_ref::<PyMethodDescr>() {
        m.name
    } else if let Some(m) = o.downcast_ref::<PyClassMethodDescr>() {
        m.name
    } else if let Some(g) = o.downcast_ref::<PyGetSet>() {
        g.name
    } else {
        "?"
    };
    Ok(PyStr::new(n))
}

fn descr_owner(o: &ObjRef) -> Option<ObjRef> {
    if let Some(m) = o.downcast_ref::<PyMethodDescr>() {
        return Some(m.owner.clone());
    }
    if let Some(m) = o.downcast_ref::<PyClassMethodDescr>() {
        return Some(m.owner.clone());
    }
    o.downcast_ref::<PyGetSet>().map(|g| g.owner.clone())
}

fn descr_objclass(_vm: &mut Vm, o: &ObjRef) -> PyResult {
    Ok(descr_owner(o).unwrap_or_else(crate::types::singletons::none))
}

fn descr_qualname(vm: &mut Vm, o: &ObjRef) -> PyResult {
    let name = descr_name(vm, o)?;
    let n = name.downcast_ref::<PyStr>().map_or("?", |s| s.as_str());
    Ok(PyStr::new(match descr_owner(o) {
        Some(t) => format!("{}.{}", owner_name(&t), n),
        None => n.to_string(),
    }))
}

/// `descr.__get__(obj, type=None)` for the Rust descriptors.
fn descr_get(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.range("__get__", 2, 3)?;
    let obj = if a[1].is_none() { None } else { Some(&a[1]) };
    let owner = match (a.get(2), obj) {
        (Some(t), _) if !t.is_none() => t.clone(),
        (_, Some(o)) => o.class().clone(),
        _ => descr_owner(&a[0]).unwrap_or_else(|| crate::types::typeobj::OBJECT_TYPE.get().clone()),
    };
    vm.descr_get(&a[0], obj, &owner)
}

fn getset_set(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("__set__", 3)?;
    let g = a[0].downcast_ref::<PyGetSet>().ok_or_else(|| PyErr::type_error("descriptor '__set__' requires a 'getset_descriptor'"))?;
    match g.set {
        Some(set) => set(vm, &a[1], Some(a[2].clone()))?,
        None => {
            return Err(PyErr::attribute_error(format!(
                "attribute '{}' of '{}' objects is not writable",
                g.name,
                owner_name(&g.owner)
            )))
        }
    }
    Ok(crate::types::singletons::none())
}

pub fn init() {
    BUILTIN_FUNCTION_TYPE.set(new_builtin_type("builtin_function_or_method", None, 0));
    METHOD_DESCR_TYPE.set(new_builtin_type("method_descriptor", None, 0));
    CLASSMETHOD_DESCR_TYPE.set(new_builtin_type("classmethod_descriptor", None, 0));
    GETSET_TYPE.set(new_builtin_type("getset_descriptor", None, 0));
    let bf = BUILTIN_FUNCTION_TYPE.get();
    add_methods(bf, &[("__repr__", builtin_repr)]);
    // CPython's names for dunder methods; subclasses here, so they share the methods.
    let wrapper = new_builtin_type("wrapper_descriptor", Some(METHOD_DESCR_TYPE.get()), 0);
    let method_wrapper = new_builtin_type("method-wrapper", Some(bf), 0);
    add_getsets(
        bf,
        &[
            ("__name__", builtin_name, None),
            ("__qualname__", builtin_qualname, None),
            ("__self__", builtin_self, None),
            ("__module__", builtin_module, None),
            ("__doc__", none_getter, None),
        ],
    );
    for t in [METHOD_DESCR_TYPE.get(), CLASSMETHOD_DESCR_TYPE.get(), GETSET_TYPE.get()] {
        add_methods(t, &[("__repr__", method_descr_repr), ("__get__", descr_get)]);
        add_getsets(
            t,
            &[
                ("__name__", descr_name, None),
                ("__qualname__", descr_qualname, None),
                ("__objclass__", descr_objclass, None),
                ("__doc__", none_getter, None),
            ],
        );
    }
    add_methods(GETSET_TYPE.get(), &[("__set__", getset_set)]);
    WRAPPER_DESCR_TYPE.set(wrapper);
    METHOD_WRAPPER_TYPE.set(method_wrapper);
}
