//! Native (Rust) modules, imported on demand by name.

pub mod sys;
pub mod math;
pub mod structseq;
pub mod time;
pub mod os;
pub mod posixpath;
pub mod io;
pub mod thread;
pub mod traceback;
pub mod re;
pub mod struct_;
pub mod collections;

use crate::error::PyResult;
use crate::vm::Vm;

/// Every native module: its name and the function that builds it.
pub fn native_modules() -> Vec<(&'static str, fn(&mut Vm) -> PyResult)> {
    vec![("math", math::make_module), ("time", time::make_module), ("os", os::make_module), ("posixpath", posixpath::make_module), ("io", io::make_module), ("_io", io::make_private_module), ("_thread", thread::make_module), ("_traceback", traceback::make_module), ("_collections", collections::make_module), ("re", re::make_module), ("struct", struct_::make_module), ("_struct", struct_::make_private_module)]
}
