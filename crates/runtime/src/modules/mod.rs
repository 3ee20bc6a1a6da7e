//! Native (Rust) modules, imported on demand by name.

pub mod sys;

use crate::error::PyResult;
use crate::vm::Vm;

/// Every native module: its name and the function that builds it.
pub fn native_modules() -> Vec<(&'static str, fn(&mut Vm) -> PyResult)> {
    vec![]
}
