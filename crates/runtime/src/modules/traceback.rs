//! `_traceback`: the interpreter's own exception reports, for the Python
//! `traceback` and `threading` modules.

use crate::error::{PyErr, PyResult};
use crate::types::module::PyModule;
use crate::types::native::{Args, PyBuiltinFunction};
use crate::types::str::PyStr;
use crate::vm::Vm;

fn format_exception(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("format_exception", 1)?;
    Ok(PyStr::new(crate::vm::traceback::format_exception_plain(vm, &a[0])))
}

fn format_exception_only(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("format_exception_only", 1)?;
    Ok(PyStr::new(crate::vm::traceback::format_exception_only(vm, &a[0])))
}

fn format_tb(_vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("format_tb", 1)?;
    if a[0].is_none() {
        return Ok(PyStr::new(""));
    }
    if !a[0].is::<crate::vm::traceback::PyTraceback>() {
        return Err(PyErr::type_error("format_tb() expects a traceback"));
    }
    Ok(PyStr::new(crate::vm::traceback::format_tb(&a[0])))
}

pub fn make_module(_vm: &mut Vm) -> PyResult {
    let m = PyModule::new_ref("_traceback", None);
    let d = m.downcast_ref::<PyModule>().expect("module").dict();
    d.set_str("format_exception", PyBuiltinFunction::new_static("_traceback", "format_exception", format_exception));
    d.set_str(
        "format_exception_only",
        PyBuiltinFunction::new_static("_traceback", "format_exception_only", format_exception_only),
    );
    d.set_str("format_tb", PyBuiltinFunction::new_static("_traceback", "format_tb", format_tb));
    Ok(m)
}
