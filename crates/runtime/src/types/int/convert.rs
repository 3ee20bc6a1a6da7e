//! Conversions into and out of `int`: the constructor `int(x, base)`,
//! literal parsing (underscores, prefixes, whitespace), text in any base
//! with CPython 3.11's 4300-digit limit for decimal, and `to_bytes` /
//! `from_bytes`.

use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

use num_bigint::{BigInt, Sign};
use num_traits::{FromPrimitive, Zero};

use super::PyInt;
use crate::error::{PyErr, PyResult};
use crate::object::{ObjRef, PyPayload};
use crate::types::bytes::PyBytes;
use crate::types::float::PyFloat;
use crate::types::native::Args;
use crate::types::str::PyStr;
use crate::vm::ops::type_name;
use crate::vm::Vm;

/// `sys.get_int_max_str_digits()`; 0 means unlimited.
pub static MAX_STR_DIGITS: AtomicUsize = AtomicUsize::new(4300);

fn limit_error_parse(n: usize, max: usize) -> PyErr {
    PyErr::value_error(format!(
        "Exceeds the limit ({max} digits) for integer string conversion: value has {n} digits; use sys.set_int_max_str_digits() to increase the limit"
    ))
}

fn limit_error_str(max: usize) -> PyErr {
    PyErr::value_error(format!(
        "Exceeds the limit ({max} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
    ))
}

/// The digits of `v` in `radix` (2..=36), with `0x`/`0o`/`0b` after the sign when `prefix`.
pub fn int_to_str_radix(v: &PyInt, radix: u32, prefix: bool) -> PyResult<String> {
    let max = MAX_STR_DIGITS.load(Relaxed);
    let body = match v {
        PyInt::Small(x) => {
            let m = x.unsigned_abs();
            match radix {
                16 => format!("{m:x}"),
                8 => format!("{m:o}"),
                2 => format!("{m:b}"),
                _ => m.to_string(),
            }
        }
        PyInt::Big(b) => {
            if radix == 10 && max > 0 && b.bits() > (max as f64 / std::f64::consts::LOG10_2) as u64 + 2 {
                return Err(limit_error_str(max));
            }
            let s = b.magnitude().to_str_radix(radix);
            if radix == 10 && max > 0 && s.len() > max {
                return Err(limit_error_str(max));
            }
            s
        }
    };
    let p = match (prefix, radix) {
        (true, 16) => "0x",
        (true, 8) => "0o",
        (true, 2) => "0b",
        _ => "",
    };
    let sign = if v.is_negative() { "-" } else { "" };
    Ok(format!("{sign}{p}{body}"))
}

/// Parse an int literal as `int(s, base)` does. `Err(None)` means "invalid
/// literal" (the caller names the original object in the message).
pub fn parse_int(s: &str, base: u32) -> Result<ObjRef, Option<PyErr>> {
    let s = s.trim_matches(|c: char| c.is_whitespace());
    let (neg, rest) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let lower = rest.get(..2).map(|p| p.to_ascii_lowercase());
    let prefix_base = match lower.as_deref() {
        Some("0x") => 16,
        Some("0o") => 8,
        Some("0b") => 2,
        _ => 0,
    };
    let mut base = base;
    let mut digits = rest;
    let mut after_prefix = false;
    if prefix_base != 0 && (base == 0 || base == prefix_base) {
        base = prefix_base;
        digits = &rest[2..];
        after_prefix = true;
    }
    let decimal_base0 = base == 0;
    if base == 0 {
        base = 10;
    }
    let mut clean = String::with_capacity(digits.len());
    let mut prev_underscore = !after_prefix;
    for c in digits.chars() {
        if c == '_' {
            if prev_underscore {
                return Err(None);
            }
            prev_underscore = true;
            continue;
        }
        prev_underscore = false;
        let d = c.to_digit(base).or_else(|| unicode_decimal(c).filter(|d| *d < base));
        match d {
            Some(d) => clean.push(std::char::from_digit(d, base).unwrap_or('0')),
            None => return Err(None),
        }
    }
    if clean.is_empty() || (prev_underscore && !digits.is_empty()) {
        return Err(None);
    }
    if decimal_base0 && clean.len() > 1 && clean.starts_with('0') && clean.bytes().any(|b| b != b'0') {
        return Err(None);
    }
    let max = MAX_STR_DIGITS.load(Relaxed);
    if !base.is_power_of_two() && max > 0 && clean.len() > max {
        return Err(Some(limit_error_parse(clean.len(), max)));
    }
    if clean.len() <= 12 || (base == 10 && clean.len() <= 18) {
        if let Ok(v) = i64::from_str_radix(&clean, base) {
            return Ok(PyInt::new(if neg { -v } else { v }));
        }
    }
    let v = BigInt::parse_bytes(clean.as_bytes(), base).ok_or(None)?;
    Ok(PyInt::from_bigint(if neg { -v } else { v }))
}

/// The value of a non-ASCII Unicode decimal digit (Arabic-Indic, fullwidth, ...).
pub fn unicode_decimal(c: char) -> Option<u32> {
    if c.is_ascii() {
        return None;
    }
    const ZEROS: &[u32] = &[
        0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6, 0xE50, 0xED0, 0xF20,
        0x1040, 0x1090, 0x17E0, 0x1810, 0xFF10,
    ];
    let n = c as u32;
    ZEROS.iter().find(|z| (**z..**z + 10).contains(&n)).map(|z| n - z)
}

fn invalid_literal(vm: &mut Vm, obj: &ObjRef, base: u32) -> PyErr {
    match vm.repr_string(obj) {
        Ok(r) => PyErr::value_error(format!("invalid literal for int() with base {base}: {r}")),
        Err(e) => e,
    }
}

fn parse_obj(vm: &mut Vm, obj: &ObjRef, text: &str, base: u32) -> PyResult {
    match parse_int(text, base) {
        Ok(v) => Ok(v),
        Err(Some(e)) => Err(e),
        Err(None) => Err(invalid_literal(vm, obj, base)),
    }
}

/// A float truncated to an int (OverflowError for inf, ValueError for nan).
pub fn int_from_f64(f: f64) -> PyResult<ObjRef> {
    if f.is_nan() {
        return Err(PyErr::value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(PyErr::overflow_error("cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if t.abs() < 9.0e18 {
        return Ok(PyInt::new(t as i64));
    }
    Ok(PyInt::from_bigint(BigInt::from_f64(t).unwrap_or_default()))
}

/// The text of a bytes or bytearray argument.
pub fn bytes_text(x: &ObjRef) -> Option<String> {
    if let Some(b) = x.downcast_ref::<PyBytes>() {
        return Some(String::from_utf8_lossy(b.as_bytes()).into_owned());
    }
    x.downcast_ref::<crate::types::bytearray::PyByteArray>().map(|b| String::from_utf8_lossy(&b.snapshot()).into_owned())
}

/// `int(x)` for one argument.
pub fn int_of_object(vm: &mut Vm, x: &ObjRef) -> PyResult {
    if x.is::<PyInt>() {
        return Ok(super::methods::exact(x));
    }
    if let Some(s) = x.downcast_ref::<PyStr>() {
        let text = s.as_str().to_string();
        return parse_obj(vm, x, &text, 10);
    }
    if let Some(r) = vm.call_special(x, "__int__", &[])? {
        if !r.is::<PyInt>() {
            return Err(PyErr::type_error(format!("__int__ returned non-int (type {})", type_name(&r))));
        }
        return Ok(super::methods::exact(&r));
    }
    if let Some(f) = x.downcast_ref::<PyFloat>() {
        return int_from_f64(f.0);
    }
    if let Some(r) = vm.call_special(x, "__index__", &[])? {
        if !r.is::<PyInt>() {
            return Err(PyErr::type_error(format!("__index__ returned non-int (type {})", type_name(&r))));
        }
        return Ok(super::methods::exact(&r));
    }
    if let Some(r) = vm.call_special(x, "__trunc__", &[])? {
        if r.is::<PyInt>() {
            return Ok(super::methods::exact(&r));
        }
        return match vm.call_special(&r, "__index__", &[])? {
            Some(i) if i.is::<PyInt>() => Ok(super::methods::exact(&i)),
            _ => Err(PyErr::type_error(format!("__trunc__ returned non-Integral (type {})", type_name(&r)))),
        };
    }
    if let Some(text) = bytes_text(x) {
        return parse_obj(vm, x, &text, 10);
    }
    Err(PyErr::type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        type_name(x)
    )))
}

fn int_new(vm: &mut Vm, args: Args) -> PyResult {
    let cls = args.items.first().cloned().ok_or_else(|| PyErr::type_error("int.__new__(): not enough arguments"))?;
    let rest = args.skip_self();
    let pos = rest.positional();
    if pos.len() > 2 {
        return Err(PyErr::type_error(format!("int() takes at most 2 arguments ({} given)", pos.len())));
    }
    let mut base_arg = pos.get(1).cloned();
    for (k, v) in rest.kwargs() {
        match k {
            "base" if base_arg.is_none() => base_arg = Some(v.clone()),
            "base" => return Err(PyErr::type_error("argument for int() given by name ('base') and position (2)")),
            _ => return Err(PyErr::type_error(format!("'{k}' is an invalid keyword argument for int()"))),
        }
    }
    let value = match (pos.first(), base_arg) {
        (None, None) => PyInt::new(0),
        (None, Some(_)) => return Err(PyErr::type_error("int() missing string argument")),
        (Some(x), None) => int_of_object(vm, x)?,
        (Some(x), Some(b)) => {
            let b = super::index_i64(vm, &b).unwrap_or(-1);
            if b != 0 && !(2..=36).contains(&b) {
                return Err(PyErr::value_error("int() base must be >= 2 and <= 36, or 0"));
            }
            let text = if let Some(s) = x.downcast_ref::<PyStr>() {
                s.as_str().to_string()
            } else if let Some(t) = bytes_text(x) {
                t
            } else {
                return Err(PyErr::type_error("int() can't convert non-string with explicit base"));
            };
            parse_obj(vm, x, &text, b as u32)?
        }
    };
    if cls.is_same(PyInt::class()) {
        return Ok(value);
    }
    let payload = value.downcast_ref::<PyInt>().map(PyInt::clone_value).unwrap_or(PyInt::Small(0));
    Ok(ObjRef::new_with(payload, cls, None))
}

pub fn init_new(ty: &ObjRef) {
    crate::types::native::add_new(ty, "builtins", int_new);
}

fn byteorder_is_little(vm: &mut Vm, o: Option<&ObjRef>) -> PyResult<bool> {
    let Some(o) = o else { return Ok(false) };
    match o.downcast_ref::<PyStr>().map(|s| s.as_str()) {
        Some("little") => Ok(true),
        Some("big") => Ok(false),
        Some(_) => Err(PyErr::value_error("byteorder must be either 'little' or 'big'")),
        None => {
            let _ = vm;
            Err(PyErr::type_error(format!("to_bytes() argument 'byteorder' must be str, not {}", type_name(o))))
        }
    }
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
pub fn to_bytes(vm: &mut Vm, args: Args) -> PyResult {
    let v = args.items.first().and_then(|o| o.downcast_ref::<PyInt>()).ok_or_else(|| PyErr::type_error("descriptor requires an 'int' object"))?;
    let a = args.skip_self().bind("to_bytes", &["length", "byteorder", "signed"], 0)?;
    let length = match &a[0] {
        Some(l) => super::index_i64(vm, l)?,
        None => 1,
    };
    if length < 0 {
        return Err(PyErr::value_error("length argument must be non-negative"));
    }
    let little = byteorder_is_little(vm, a[1].as_ref())?;
    let signed = match &a[2] {
        Some(s) => vm.is_true(s)?,
        None => false,
    };
    let big = v.to_bigint();
    if !signed && big.sign() == Sign::Minus {
        return Err(PyErr::overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = if big.is_zero() {
        Vec::new()
    } else if signed {
        big.to_signed_bytes_be()
    } else {
        big.to_bytes_be().1
    };
    let length = length as usize;
    if bytes.len() > length {
        return Err(PyErr::overflow_error("int too big to convert"));
    }
    let fill = if big.sign() == Sign::Minus { 0xff } else { 0 };
    let mut out = vec![fill; length - bytes.len()];
    out.append(&mut bytes);
    if little {
        out.reverse();
    }
    Ok(PyBytes::new(out))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)` (a class method).
pub fn from_bytes(vm: &mut Vm, args: Args) -> PyResult {
    let cls = args.items.first().cloned().ok_or_else(|| PyErr::type_error("from_bytes() needs a class"))?;
    let a = args.skip_self().bind("from_bytes", &["bytes", "byteorder", "signed"], 1)?;
    let src = a[0].clone().unwrap_or_else(|| PyInt::new(0));
    let little = byteorder_is_little(vm, a[1].as_ref())?;
    let signed = match &a[2] {
        Some(s) => vm.is_true(s)?,
        None => false,
    };
    let mut bytes: Vec<u8> = match src.downcast_ref::<PyBytes>() {
        Some(b) => b.as_bytes().to_vec(),
        None => {
            if src.is::<PyStr>() {
                return Err(PyErr::type_error("cannot convert 'str' object to bytes"));
            }
            let items = vm.collect(&src)?;
            let mut out = Vec::with_capacity(items.len());
            for it in &items {
                let n = super::index_i64(vm, it)?;
                out.push(u8::try_from(n).map_err(|_| PyErr::value_error("bytes must be in range(0, 256)"))?);
            }
            out
        }
    };
    if little {
        bytes.reverse();
    }
    let v = if signed { BigInt::from_signed_bytes_be(&bytes) } else { BigInt::from_bytes_be(Sign::Plus, &bytes) };
    let r = PyInt::from_bigint(v);
    if cls.is_same(PyInt::class()) {
        Ok(r)
    } else {
        vm.call(&cls, &[r])
    }
}
