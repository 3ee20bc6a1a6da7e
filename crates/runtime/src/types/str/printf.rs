//! printf-style formatting: `str % values` (and, in bytes mode, `bytes % values`).
//!
//! A conversion is `%[(key)][flags][width][.precision][length]type`; `*`
//! takes a width or precision from the arguments. Values come from a tuple
//! (one per conversion), a single non-tuple value, or a mapping for keyed
//! conversions. Numbers are formatted here directly (C printf rules), text
//! through `str`/`repr`/`ascii`.
//!
//! Bytes mode runs the same engine over the template's bytes read as
//! Latin-1: `%s`/`%b` take bytes-like values, `%r`/`%a` use `ascii()`, and
//! the result (Latin-1 by construction) is turned back into bytes.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::error::{PyErr, PyResult};
use crate::object::ObjRef;
use crate::types::float::PyFloat;
use crate::types::int::PyInt;
use crate::types::tuple::PyTuple;
use crate::vm::ops::type_name;
use crate::vm::Vm;

use super::PyStr;

#[derive(Default, Clone, Copy)]
struct Flags {
    left: bool,
    plus: bool,
    space: bool,
    alt: bool,
    zero: bool,
}

/// Where the values of unkeyed conversions come from.
struct Values<'a> {
    items: &'a [ObjRef],
    next: usize,
    mapping: Option<ObjRef>,
}

impl Values<'_> {
    fn next(&mut self) -> PyResult<ObjRef> {
        match self.items.get(self.next) {
            Some(v) => {
                self.next += 1;
                Ok(v.clone())
            }
            None => Err(PyErr::type_error("not enough arguments for format string")),
        }
    }
}

/// `template % values` for str.
pub fn format(vm: &mut Vm, template: &str, values: &ObjRef) -> PyResult<String> {
    run(vm, template, values, false)
}

/// `template % values` for bytes: the template and result are Latin-1 text.
pub fn format_bytes(vm: &mut Vm, template: &[u8], values: &ObjRef) -> PyResult<Vec<u8>> {
    let t: String = template.iter().map(|&b| b as char).collect();
    let r = run(vm, &t, values, true)?;
    Ok(r.chars().map(|c| c as u32 as u8).collect())
}

fn run(vm: &mut Vm, template: &str, values: &ObjRef, bytes_mode: bool) -> PyResult<String> {
    let single_slot;
    let items: &[ObjRef] = match values.downcast_ref::<PyTuple>() {
        Some(t) => t.items(),
        None => {
            single_slot = [values.clone()];
            &single_slot
        }
    };
    let is_text = values.is::<PyStr>() || (bytes_mode && crate::types::bytes::bytes_like(values).is_some());
    let mapping = (!values.is::<PyTuple>() && !is_text && vm.lookup_special(values, "__getitem__").is_some()).then(|| values.clone());
    let mut vals = Values { items, next: 0, mapping };
    let chars: Vec<char> = template.chars().collect();
    let mut out = String::with_capacity(template.len() + 16);
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c != '%' {
            out.push(c);
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        let mut keyed = None;
        if chars.get(i) == Some(&'(') {
            let Some(m) = vals.mapping.clone() else { return Err(PyErr::type_error("format requires a mapping")) };
            let mut depth = 1;
            let kstart = i + 1;
            i += 1;
            while i < chars.len() {
                match chars[i] {
                    '(' => depth += 1,
                    ')' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                i += 1;
            }
            if i >= chars.len() {
                return Err(PyErr::value_error("incomplete format key"));
            }
            let key: String = chars[kstart..i].iter().collect();
            i += 1;
            let key = if bytes_mode {
                crate::types::bytes::PyBytes::new(key.chars().map(|c| c as u32 as u8).collect())
            } else {
                PyStr::new(key)
            };
            keyed = Some(vm.get_item(&m, &key)?);
            // After a keyed conversion, unkeyed ones find no values.
            vals.items = &[];
            vals.next = 0;
        }
        let mut fl = Flags::default();
        while let Some(&f) = chars.get(i) {
            match f {
                '-' => fl.left = true,
                '+' => fl.plus = true,
                ' ' => fl.space = true,
                '#' => fl.alt = true,
                '0' => fl.zero = true,
                _ => break,
            }
            i += 1;
        }
        let mut width = 0usize;
        if chars.get(i) == Some(&'*') {
            i += 1;
            let w = star_arg(&mut vals)?;
            if w < 0 {
                fl.left = true;
            }
            width = w.unsigned_abs() as usize;
        } else {
            while let Some(d) = chars.get(i).and_then(|c| c.to_digit(10)) {
                width = width.checked_mul(10).and_then(|w| w.checked_add(d as usize)).ok_or_else(|| PyErr::value_error("width too big"))?;
                i += 1;
            }
        }
        let mut prec = None;
        if chars.get(i) == Some(&'.') {
            i += 1;
            if chars.get(i) == Some(&'*') {
                i += 1;
                prec = Some(star_arg(&mut vals)?.max(0) as usize);
            } else {
                let mut p = 0usize;
                while let Some(d) = chars.get(i).and_then(|c| c.to_digit(10)) {
                    p = p.checked_mul(10).and_then(|w| w.checked_add(d as usize)).ok_or_else(|| PyErr::value_error("precision too big"))?;
                    i += 1;
                }
                prec = Some(p);
            }
        }
        while matches!(chars.get(i), Some('h' | 'l' | 'L')) {
            i += 1;
        }
        let Some(&conv) = chars.get(i) else { return Err(PyErr::value_error("incomplete format")) };
        i += 1;
        if conv == '%' {
            // "%%" is a literal; a '%' conversion with flags or a width still takes a value.
            if i != start + 2 && keyed.is_none() {
                vals.next()?;
            }
            out.push('%');
            continue;
        }
        let v = match keyed.take() {
            Some(v) => v,
            None => vals.next()?,
        };
        let piece = convert(vm, conv, &v, fl, prec, bytes_mode, start, &chars)?;
        out.push_str(&piece.pad(fl, width));
    }
    if vals.next < vals.items.len() && vals.mapping.is_none() {
        return Err(PyErr::type_error(if bytes_mode {
            "not all arguments converted during bytes formatting"
        } else {
            "not all arguments converted during string formatting"
        }));
    }
    Ok(out)
}

fn star_arg(vals: &mut Values) -> PyResult<i64> {
    let v = vals.next()?;
    match v.downcast_ref::<PyInt>() {
        Some(i) => i.as_i64().ok_or_else(|| PyErr::overflow_error("Python int too large to convert to C int")),
        None => Err(PyErr::type_error("* wants int")),
    }
}

/// One converted value before padding: a sign/prefix part and a body, so
/// that zero padding can go between them.
struct Piece {
    prefix: String,
    body: String,
    numeric: bool,
}

impl Piece {
    fn text(s: String) -> Piece {
        Piece { prefix: String::new(), body: s, numeric: false }
    }

    fn pad(self, fl: Flags, width: usize) -> String {
        let len = self.prefix.chars().count() + self.body.chars().count();
        if len >= width {
            return self.prefix + &self.body;
        }
        let fill = width - len;
        if fl.left {
            return self.prefix + &self.body + &" ".repeat(fill);
        }
        if fl.zero && self.numeric {
            return self.prefix + &"0".repeat(fill) + &self.body;
        }
        " ".repeat(fill) + &self.prefix + &self.body
    }
}

fn sign_prefix(negative: bool, fl: Flags) -> &'static str {
    if negative {
        "-"
    } else if fl.plus {
        "+"
    } else if fl.space {
        " "
    } else {
        ""
    }
}

#[allow(clippy::too_many_arguments)]
fn convert(vm: &mut Vm, conv: char, v: &ObjRef, fl: Flags, prec: Option<usize>, bytes_mode: bool, start: usize, chars: &[char]) -> PyResult<Piece> {
    let truncate = |s: String| match prec {
        Some(p) => s.chars().take(p).collect(),
        None => s,
    };
    Ok(match conv {
        's' if !bytes_mode => Piece::text(truncate(vm.str_string(v)?)),
        's' | 'b' if bytes_mode => Piece::text(truncate(bytes_arg(vm, v)?)),
        'r' if !bytes_mode => Piece::text(truncate(vm.repr_string(v)?)),
        'a' | 'r' => {
            let a = vm.ascii(v)?;
            Piece::text(truncate(a.downcast_ref::<PyStr>().map_or(String::new(), |s| s.as_str().to_string())))
        }
        'c' => Piece::text(char_arg(v, bytes_mode)?),
        'd' | 'i' | 'u' => {
            let n = int_for_d(vm, v, conv)?;
            int_piece(&n, 10, false, fl, prec)
        }
        'x' | 'X' | 'o' => {
            let n = int_for_x(vm, v, conv)?;
            int_piece(&n, if conv == 'o' { 8 } else { 16 }, conv == 'X', fl, prec)
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = float_arg(vm, v)?;
            float_piece(x, conv, fl, prec.unwrap_or(6))
        }
        _ => {
            let idx = start + chars[start..].iter().position(|&c| c == conv).unwrap_or(0);
            return Err(PyErr::value_error(format!(
                "unsupported format character '{}' (0x{:x}) at index {idx}",
                if (conv as u32) < 0x20 || conv as u32 == 0x7f { '?' } else { conv },
                conv as u32
            )));
        }
    })
}

/// `%s`/`%b` in bytes mode: a bytes-like value or one with `__bytes__`, as Latin-1 text.
fn bytes_arg(vm: &mut Vm, v: &ObjRef) -> PyResult<String> {
    if let Some(b) = crate::types::bytes::bytes_like(v) {
        return Ok(b.iter().map(|&c| c as char).collect());
    }
    if let Some(r) = vm.call_special(v, "__bytes__", &[])? {
        if let Some(b) = crate::types::bytes::bytes_like(&r) {
            return Ok(b.iter().map(|&c| c as char).collect());
        }
    }
    Err(PyErr::type_error(format!(
        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
        type_name(v)
    )))
}

fn char_arg(v: &ObjRef, bytes_mode: bool) -> PyResult<String> {
    if let Some(i) = v.downcast_ref::<PyInt>() {
        let limit: i64 = if bytes_mode { 256 } else { 0x110000 };
        return match i.as_i64().filter(|n| (0..limit).contains(n)).and_then(|n| char::from_u32(n as u32)) {
            Some(c) => Ok(c.to_string()),
            None if bytes_mode => Err(PyErr::overflow_error("%c arg not in range(256)")),
            None if i.as_i64().is_some_and(|n| (0xD800..0xE000).contains(&n)) => Ok('\u{FFFD}'.to_string()),
            None => Err(PyErr::overflow_error("%c arg not in range(0x110000)")),
        };
    }
    if bytes_mode {
        if let Some(b) = crate::types::bytes::bytes_like(v).filter(|b| b.len() == 1) {
            return Ok((b[0] as char).to_string());
        }
        return Err(PyErr::type_error("%c requires an integer in range(256) or a single byte"));
    }
    match v.downcast_ref::<PyStr>() {
        Some(s) if s.char_len() == 1 => Ok(s.as_str().to_string()),
        _ => Err(PyErr::type_error("%c requires int or char")),
    }
}

fn index_int(vm: &mut Vm, v: &ObjRef, method: &'static str) -> PyResult<Option<BigInt>> {
    if let Some(i) = v.downcast_ref::<PyInt>() {
        return Ok(Some(i.to_bigint()));
    }
    match vm.call_special(v, method, &[])? {
        Some(r) => match r.downcast_ref::<PyInt>() {
            Some(i) => Ok(Some(i.to_bigint())),
            None => Err(PyErr::type_error(format!("{method} returned non-int (type {})", type_name(&r)))),
        },
        None => Ok(None),
    }
}

fn int_for_d(vm: &mut Vm, v: &ObjRef, conv: char) -> PyResult<BigInt> {
    if let Some(f) = v.downcast_ref::<PyFloat>() {
        return float_to_int(f.0);
    }
    if let Some(n) = index_int(vm, v, "__index__")? {
        return Ok(n);
    }
    if let Some(n) = index_int(vm, v, "__int__")? {
        return Ok(n);
    }
    Err(PyErr::type_error(format!("%{conv} format: a real number is required, not {}", type_name(v))))
}

fn int_for_x(vm: &mut Vm, v: &ObjRef, conv: char) -> PyResult<BigInt> {
    match index_int(vm, v, "__index__")? {
        Some(n) => Ok(n),
        None => Err(PyErr::type_error(format!("%{conv} format: an integer is required, not {}", type_name(v)))),
    }
}

/// `int(x)` for a float: truncation toward zero.
pub fn float_to_int(x: f64) -> PyResult<BigInt> {
    if x.is_nan() {
        return Err(PyErr::value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(PyErr::overflow_error("cannot convert float infinity to integer"));
    }
    Ok(<BigInt as num_traits::FromPrimitive>::from_f64(x.trunc()).unwrap_or_default())
}

fn float_arg(vm: &mut Vm, v: &ObjRef) -> PyResult<f64> {
    if let Some(f) = v.downcast_ref::<PyFloat>() {
        return Ok(f.0);
    }
    if let Some(i) = v.downcast_ref::<PyInt>() {
        let x = i.to_f64();
        if x.is_infinite() {
            return Err(PyErr::overflow_error("int too large to convert to float"));
        }
        return Ok(x);
    }
    if let Some(r) = vm.call_special(v, "__float__", &[])? {
        if let Some(f) = r.downcast_ref::<PyFloat>() {
            return Ok(f.0);
        }
    }
    if let Some(n) = index_int(vm, v, "__index__")? {
        return Ok(n.to_f64().unwrap_or(f64::INFINITY));
    }
    Err(PyErr::type_error(format!("must be real number, not {}", type_name(v))))
}

fn int_piece(n: &BigInt, radix: u32, upper: bool, fl: Flags, prec: Option<usize>) -> Piece {
    let mut digits = n.abs().to_str_radix(radix);
    if upper {
        digits.make_ascii_uppercase();
    }
    if let Some(p) = prec {
        if digits.len() < p {
            digits = "0".repeat(p - digits.len()) + &digits;
        }
    }
    let mut prefix = sign_prefix(n.is_negative() && !n.is_zero(), fl).to_string();
    if fl.alt {
        match (radix, upper) {
            (16, false) => prefix.push_str("0x"),
            (16, true) => prefix.push_str("0X"),
            (8, _) => prefix.push_str("0o"),
            _ => {}
        }
    }
    Piece { prefix, body: digits, numeric: true }
}

fn float_piece(x: f64, conv: char, fl: Flags, prec: usize) -> Piece {
    let upper = conv.is_ascii_uppercase();
    let prefix = sign_prefix(x.is_sign_negative() && !x.is_nan(), fl).to_string();
    if !x.is_finite() {
        let body = if x.is_nan() { "nan" } else { "inf" };
        let body = if upper { body.to_ascii_uppercase() } else { body.to_string() };
        return Piece { prefix, body, numeric: false };
    }
    let a = x.abs();
    let mut body = match conv.to_ascii_lowercase() {
        'e' => format_exp(a, prec, fl.alt),
        'f' => format_fixed(a, prec, fl.alt),
        _ => format_general(a, prec, fl.alt),
    };
    if upper {
        body.make_ascii_uppercase();
    }
    Piece { prefix, body, numeric: true }
}

/// C's `%.{prec}f` of a finite non-negative value.
pub fn format_fixed(a: f64, prec: usize, alt: bool) -> String {
    let mut s = format!("{a:.prec$}");
    if alt && prec == 0 {
        s.push('.');
    }
    s
}

/// C's `%.{prec}e` of a finite non-negative value (exponent at least two digits).
pub fn format_exp(a: f64, prec: usize, alt: bool) -> String {
    let s = format!("{a:.prec$e}");
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let e: i32 = exp.parse().unwrap_or(0);
    let mut m = mant.to_string();
    if alt && prec == 0 {
        m.push('.');
    }
    format!("{m}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs())
}

/// C's `%.{prec}g` of a finite non-negative value.
pub fn format_general(a: f64, prec: usize, alt: bool) -> String {
    let p = prec.max(1);
    let exp = if a == 0.0 {
        0
    } else {
        let s = format!("{a:.*e}", p - 1);
        s.split_once('e').and_then(|(_, e)| e.parse::<i32>().ok()).unwrap_or(0)
    };
    let mut s = if exp >= -4 && exp < p as i32 {
        format_fixed(a, (p as i32 - 1 - exp).max(0) as usize, alt)
    } else {
        format_exp(a, p - 1, alt)
    };
    if !alt {
        let (num, tail) = match s.find('e') {
            Some(k) => (s[..k].to_string(), s[k..].to_string()),
            None => (s.clone(), String::new()),
        };
        let num = if num.contains('.') { num.trim_end_matches('0').trim_end_matches('.').to_string() } else { num };
        s = num + &tail;
    } else if !s.contains('.') {
        match s.find('e') {
            Some(k) => s.insert(k, '.'),
            None => s.push('.'),
        }
    }
    s
}
