//! The `builtins` module: builtin functions and the names of builtin types.
//!
//! Each group of functions lives in its own file and registers itself through
//! `register`; `make_module` assembles the module at start-up.

pub mod core;
pub mod numeric;
pub mod file;
pub mod text;
pub mod sequence;

use crate::object::ObjRef;
use crate::types::dict::PyDict;
use crate::types::module::PyModule;
use crate::types::native::NativeFn;

/// Add builtin functions to the builtins dict.
pub fn register(d: &PyDict, fns: &[(&'static str, NativeFn)]) {
    crate::types::native::add_functions(d, "builtins", fns);
}

/// Build the `builtins` module (its dict holds every builtin name).
pub fn make_module() -> ObjRef {
    let m = PyModule::new_ref("builtins", None);
    m.make_immortal();
    let dict = m.downcast_ref::<PyModule>().expect("module").dict.clone();
    dict.make_immortal();
    let d = dict.downcast_ref::<PyDict>().expect("dict");
    core::register_all(d);
    file::register_all(d);
    text::register_all(d);
    sequence::register_all(d);
    numeric::register_all(d);
    register(d, &[("dir", crate::types::object::builtin_dir)]);
    crate::types::register_builtin_types(d);
    for (name, ty) in &crate::types::exception::types().all {
        d.set_str(name, ty.clone());
    }
    d.set_str("None", crate::types::singletons::none());
    d.set_str("Ellipsis", crate::types::singletons::ellipsis());
    d.set_str("NotImplemented", crate::types::singletons::not_implemented());
    d.set_str("True", crate::types::singletons::py_bool(true));
    d.set_str("False", crate::types::singletons::py_bool(false));
    d.set_str("__debug__", crate::types::singletons::py_bool(true));
    m
}
