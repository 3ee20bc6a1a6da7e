//! `module`: a namespace object whose attributes live in its `__dict__`
//! (the module's globals). The dict is created with the module and never replaced.

use crate::error::{PyErr, PyResult};
use crate::object::{ObjRef, PyPayload};
use crate::types::native::{add_methods, Args};
use crate::vm::ops::type_name;
use crate::vm::Vm;
use crate::types::dict::PyDict;
use crate::types::str::PyStr;
use crate::types::typeobj::{flags, new_builtin_type};
use crate::types::{singletons, TypeCell};

pub static MODULE_TYPE: TypeCell = TypeCell::new();

pub struct PyModule {
    /// The module's globals (same object as its `__dict__`).
    pub dict: ObjRef,
}

impl PyPayload for PyModule {
    fn class() -> &'static ObjRef {
        MODULE_TYPE.get()
    }
}

impl PyModule {
    /// A new module named `name` with `__name__`, `__doc__`, `__package__`, `__loader__`, `__spec__` set.
    pub fn new_ref(name: &str, dict: Option<ObjRef>) -> ObjRef {
        let dict = dict.unwrap_or_else(PyDict::new_ref);
        {
            let d = dict.downcast_ref::<PyDict>().expect("module dict is a dict");
            d.set_str("__name__", PyStr::new(name));
            for k in ["__doc__", "__package__", "__loader__", "__spec__"] {
                if d.get_str(k).is_none() {
                    d.set_str(k, singletons::none());
                }
            }
        }
        // Modules and their namespaces live as long as the program (sys.modules
        // keeps them): immortal in every mode, which also lets the global-name
        // cache identify a namespace by its address.
        dict.make_immortal();
        let module = ObjRef::new_with(PyModule { dict: dict.clone() }, MODULE_TYPE.get().clone(), Some(dict));
        module.make_immortal();
        module
    }

    pub fn dict(&self) -> &PyDict {
        self.dict.downcast_ref::<PyDict>().expect("module dict is a dict")
    }

    pub fn name(&self) -> String {
        self.dict()
            .get_str("__name__")
            .and_then(|n| n.downcast_ref::<PyStr>().map(|s| s.as_str().to_string()))
            .unwrap_or_else(|| "?".into())
    }
}

fn module_of(o: &ObjRef) -> PyResult<&PyModule> {
    o.downcast_ref::<PyModule>().ok_or_else(|| PyErr::type_error(format!("descriptor requires a 'module' object but received a '{}'", type_name(o))))
}

/// `<module 'math' (built-in)>` / `<module 'x' from '/path/x.py'>`.
fn module_repr(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("__repr__", 1)?;
    let m = module_of(&a[0])?;
    let d = m.dict();
    let name = match d.get_str("__name__") {
        Some(n) => vm.repr_string(&n)?,
        None => "'?'".to_string(),
    };
    let text = match d.get_str("__file__").filter(|f| !f.is_none()) {
        Some(f) => format!("<module {name} from {}>", vm.repr_string(&f)?),
        None if is_builtin_module(vm, &m.name()) => format!("<module {name} (built-in)>"),
        None => format!("<module {name}>"),
    };
    Ok(PyStr::new(text))
}

/// Is `name` one of the modules implemented in Rust (`sys.builtin_module_names`)?
fn is_builtin_module(vm: &Vm, name: &str) -> bool {
    name == "builtins" || name == "sys" || vm.interp.native_modules.lock().iter().any(|(n, _)| *n == name)
}

fn module_dir(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("__dir__", 1)?;
    let m = module_of(&a[0])?;
    if let Some(hook) = m.dict().get_str("__dir__") {
        return vm.call(&hook, &[]);
    }
    Ok(crate::types::list::PyList::new(m.dict().keys()))
}

/// `ModuleType(name, doc=None)`.
fn module_new(_vm: &mut Vm, args: Args) -> PyResult {
    let cls = args.items.first().cloned().ok_or_else(|| PyErr::type_error("module.__new__(): not enough arguments"))?;
    let a = args.skip_self().bind("module", &["name", "doc"], 1)?;
    let name = a[0].clone().unwrap_or_else(singletons::none);
    let Some(n) = name.downcast_ref::<PyStr>() else {
        return Err(PyErr::type_error(format!("module.__init__() argument 'name' must be str, not {}", type_name(&name))));
    };
    let dict = PyDict::new_ref();
    let m = PyModule::new_ref(n.as_str(), Some(dict.clone()));
    if let Some(doc) = a[1].clone() {
        if let Some(d) = dict.downcast_ref::<PyDict>() {
            d.set_str("__doc__", doc);
        }
    }
    if !cls.is_same(MODULE_TYPE.get()) {
        m.set_class(cls);
    }
    Ok(m)
}

fn module_init(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(singletons::none())
}

pub fn init() {
    let t = new_builtin_type("module", None, flags::BASETYPE | flags::HAS_DICT);
    crate::types::native::add_new(&t, "builtins", module_new);
    add_methods(&t, &[("__repr__", module_repr), ("__dir__", module_dir), ("__init__", module_init)]);
    MODULE_TYPE.set(t);
}
