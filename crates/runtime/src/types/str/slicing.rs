//! Indices and slices over sequences of code points (and, through
//! `slice_indices`, over bytes and bytearray too).
//!
//! `slice_indices` is CPython's `PySlice_Unpack` + `PySlice_AdjustIndices`:
//! None fills the defaults, big ints clamp, negative values count from the
//! end, and the result is clipped to the sequence.

use crate::error::{PyErr, PyResult};
use crate::object::ObjRef;
use crate::types::int::PyInt;
use crate::types::slice::PySlice;
use crate::vm::ops::type_name;
use crate::vm::Vm;

use super::PyStr;

/// An integer index from an int or an object with `__index__`, with big
/// values clamped to i64; None when the object is not an integer.
pub fn to_index(vm: &mut Vm, o: &ObjRef) -> PyResult<Option<i64>> {
    if let Some(i) = o.downcast_ref::<PyInt>() {
        return Ok(Some(clamp(i)));
    }
    let Some(r) = vm.call_special(o, "__index__", &[])? else { return Ok(None) };
    match r.downcast_ref::<PyInt>() {
        Some(i) => Ok(Some(clamp(i))),
        None => Err(PyErr::type_error(format!("__index__ returned non-int (type {})", type_name(&r)))),
    }
}

fn clamp(i: &PyInt) -> i64 {
    match i {
        PyInt::Small(v) => *v,
        PyInt::Big(b) if b.sign() == num_bigint::Sign::Minus => i64::MIN,
        PyInt::Big(_) => i64::MAX,
    }
}

/// An integer argument for a count or position (`str * n`, `zfill(n)`).
pub fn int_arg(vm: &mut Vm, o: &ObjRef) -> PyResult<i64> {
    match to_index(vm, o)? {
        Some(i) => Ok(i),
        None => Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", type_name(o)))),
    }
}

/// A sequence index: `i`, counted from the end when negative; None when out of range.
pub fn wrap_index(i: i64, len: usize) -> Option<usize> {
    let len = len as i64;
    let j = if i < 0 { i.checked_add(len)? } else { i };
    (0..len).contains(&j).then_some(j as usize)
}

/// The start, step and item count of a slice over a sequence of length `len`.
pub fn slice_indices(vm: &mut Vm, sl: &PySlice, len: usize) -> PyResult<(i64, i64, usize)> {
    let bad = || PyErr::type_error("slice indices must be integers or None or have an __index__ method");
    let step = if sl.step.is_none() { 1 } else { to_index(vm, &sl.step)?.ok_or_else(bad)? };
    if step == 0 {
        return Err(PyErr::value_error("slice step cannot be zero"));
    }
    let step = step.max(-i64::MAX);
    let len = len as i64;
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let mut bound = |o: &ObjRef, default: i64| -> PyResult<i64> {
        if o.is_none() {
            return Ok(default);
        }
        let v = to_index(vm, o)?.ok_or_else(bad)?;
        Ok(if v < 0 { v.saturating_add(len).max(lower) } else { v.min(upper) })
    };
    let start = bound(&sl.start, if step < 0 { upper } else { lower })?;
    let stop = bound(&sl.stop, if step < 0 { lower } else { upper })?;
    let count = if step < 0 {
        if stop < start {
            ((start - stop - 1) / -step + 1) as usize
        } else {
            0
        }
    } else if start < stop {
        ((stop - start - 1) / step + 1) as usize
    } else {
        0
    };
    Ok((start, step, count))
}

/// The positions a slice selects, in order.
pub fn slice_positions(start: i64, step: i64, count: usize) -> impl Iterator<Item = usize> {
    (0..count as i64).map(move |k| (start + k * step) as usize)
}

/// `s[key]` for a str: one code point or a slice.
pub fn getitem(vm: &mut Vm, s: &PyStr, key: &ObjRef) -> PyResult {
    if let Some(sl) = key.downcast_ref::<PySlice>() {
        let (start, step, count) = slice_indices(vm, sl, s.char_len())?;
        return Ok(PyStr::new(slice_str(s, start, step, count)));
    }
    let Some(i) = to_index(vm, key)? else {
        return Err(PyErr::type_error(format!("string indices must be integers, not '{}'", type_name(key))));
    };
    let Some(i) = wrap_index(i, s.char_len()) else { return Err(PyErr::index_error("string index out of range")) };
    let text = s.as_str();
    let c = if s.is_ascii() { text.as_bytes()[i] as char } else { text.chars().nth(i).unwrap_or('\0') };
    Ok(super::iter::char_str(c))
}

/// The text of a str slice.
pub fn slice_str(s: &PyStr, start: i64, step: i64, count: usize) -> String {
    let text = s.as_str();
    if count == 0 {
        return String::new();
    }
    if step == 1 {
        let (a, b) = (start as usize, start as usize + count);
        if s.is_ascii() {
            return text[a..b].to_string();
        }
        let from = s.byte_at(a);
        let to = from + text[from..].char_indices().nth(b - a).map_or(text.len() - from, |(o, _)| o);
        return text[from..to].to_string();
    }
    if s.is_ascii() {
        let bytes = text.as_bytes();
        return slice_positions(start, step, count).map(|p| bytes[p] as char).collect();
    }
    let chars: Vec<char> = text.chars().collect();
    slice_positions(start, step, count).filter_map(|p| chars.get(p)).collect()
}
