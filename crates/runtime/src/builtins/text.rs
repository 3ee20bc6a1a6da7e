//! Builtins about characters: `chr` and `ord`.

use crate::error::{PyErr, PyResult};
use crate::types::bytes::bytes_like;
use crate::types::dict::PyDict;
use crate::types::int::PyInt;
use crate::types::native::Args;
use crate::types::str::iter::char_str;
use crate::types::str::slicing::to_index;
use crate::types::str::PyStr;
use crate::vm::ops::type_name;
use crate::vm::Vm;

pub fn register_all(d: &PyDict) {
    super::register(d, &[("chr", chr), ("ord", ord)]);
}

/// `chr(i)`: the one-character str of code point `i`.
fn chr(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("chr", 1)?;
    let Some(i) = to_index(vm, &a[0])? else {
        return Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", type_name(&a[0]))));
    };
    if !(0..0x110000).contains(&i) {
        if i == i64::MAX || i == i64::MIN {
            return Err(PyErr::overflow_error("Python int too large to convert to C int"));
        }
        return Err(PyErr::value_error("chr() arg not in range(0x110000)"));
    }
    // Lone surrogates cannot be stored in UTF-8 text (see types/str).
    Ok(char_str(char::from_u32(i as u32).unwrap_or('\u{FFFD}')))
}

/// `ord(c)`: the code point of a one-character str (or the value of a one-byte bytes).
fn ord(_vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("ord", 1)?;
    let o = &a[0];
    if let Some(s) = o.downcast_ref::<PyStr>() {
        let mut it = s.as_str().chars();
        return match (it.next(), s.char_len()) {
            (Some(c), 1) => Ok(PyInt::new(c as i64)),
            (_, n) => Err(PyErr::type_error(format!("ord() expected a character, but string of length {n} found"))),
        };
    }
    if let Some(b) = bytes_like(o) {
        return match b.len() {
            1 => Ok(PyInt::new(i64::from(b[0]))),
            n => Err(PyErr::type_error(format!("ord() expected a character, but string of length {n} found"))),
        };
    }
    Err(PyErr::type_error(format!("ord() expected string of length 1, but {} found", type_name(o))))
}
