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
        ObjRef::new(PyBuiltinFunction { name, func, self_: Some(self_), module: None })
    }
}

/// Add Rust methods to a builtin type's dict.
pub fn add_methods(ty: &ObjRef, defs: &[(&'static str, NativeFn)]) {
    let d = ty.ty_payload().dict();
    for &(name, func) in defs {
        let m = ObjRef::new(PyMethodDescr { name, func, owner: ty.clone() });
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

/// Add computed attributes to a builtin type's dict.
pub fn add_getsets(ty: &ObjRef, defs: &[(&'static str, Getter, Option<Setter>)]) {
    let d = ty.ty_payload().dict();
    for &(name, get, set) in defs {
        let g = ObjRef::new(PyGetSet { name, get, set, owner: ty.clone() });
        g.make_immortal();
        d.set_str(name, g);
    }
}

pub fn init() {
    BUILTIN_FUNCTION_TYPE.set(new_builtin_type("builtin_function_or_method", None, 0));
    METHOD_DESCR_TYPE.set(new_builtin_type("method_descriptor", None, 0));
    CLASSMETHOD_DESCR_TYPE.set(new_builtin_type("classmethod_descriptor", None, 0));
    GETSET_TYPE.set(new_builtin_type("getset_descriptor", None, 0));
}
