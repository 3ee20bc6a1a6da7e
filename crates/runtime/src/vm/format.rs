//! `format(value, spec)` and `ascii(value)`: the generic parts. The
//! format-spec mini-language itself lives with each type's `__format__`.

use crate::error::{PyErr, PyResult};
use crate::object::{ObjRef, PyPayload};
use crate::types::str::PyStr;
use crate::vm::ops::type_name;
use crate::vm::Vm;

impl Vm {
    /// `format(value, spec)`; `spec` None means the empty spec.
    pub fn format(&mut self, v: &ObjRef, spec: Option<&ObjRef>) -> PyResult {
        let empty = spec.is_none_or(|s| s.downcast_ref::<PyStr>().is_some_and(|s| s.as_str().is_empty()));
        if empty && v.class().is_same(PyStr::class()) {
            return Ok(v.clone());
        }
        let spec = spec.cloned().unwrap_or_else(|| PyStr::new(""));
        let r = match self.call_special(v, "__format__", &[spec])? {
            Some(r) => r,
            None => return Err(PyErr::type_error(format!("Type {} doesn't define __format__", type_name(v)))),
        };
        if !r.is::<PyStr>() {
            return Err(PyErr::type_error(format!("__format__ must return a str, not {}", type_name(&r))));
        }
        Ok(r)
    }

    /// `ascii(value)`: repr with non-ASCII characters escaped.
    pub fn ascii(&mut self, v: &ObjRef) -> PyResult {
        let r = self.repr_string(v)?;
        Ok(PyStr::new(ascii_escape(&r)))
    }
}

/// Escape non-ASCII characters as `\xhh`, `\uhhhh` or `\Uhhhhhhhh`.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}
