//! The read-only methods of bytes and bytearray, written once over byte
//! slices; results take the receiver's type (`Kind::make`).

use crate::error::{PyErr, PyResult};
use crate::object::ObjRef;
use crate::types::int::PyInt;
use crate::types::list::PyList;
use crate::types::native::{add_classmethods, add_methods, add_staticmethods, Args};
use crate::types::singletons::py_bool;
use crate::types::str::ops::opt_str_arg;
use crate::types::str::search::{adjust, opt_bound};
use crate::types::str::slicing::int_arg;
use crate::types::str::{arg_count, bind_kw, one_arg, PyStr};
use crate::types::tuple::PyTuple;
use crate::vm::ops::type_name;
use crate::vm::Vm;

use super::ops::{byte_value, find_bytes, rfind_bytes};
use super::{bytes_arg, bytes_like, self_data, Kind};

fn is_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

fn decode(_vm: &mut Vm, args: Args) -> PyResult {
    let a = bind_kw(&args, "decode", &["encoding", "errors"], 0)?;
    let enc = opt_str_arg(a[0].as_ref(), "decode", "encoding")?.unwrap_or("utf-8");
    let errors = opt_str_arg(a[1].as_ref(), "decode", "errors")?.unwrap_or("strict");
    let (data, _) = self_data(&args)?;
    Ok(PyStr::new(crate::types::str::codec::decode(&data, enc, errors)?))
}

fn hex(vm: &mut Vm, args: Args) -> PyResult {
    let a = bind_kw(&args, "hex", &["sep", "bytes_per_sep"], 0)?;
    let (data, _) = self_data(&args)?;
    let sep: Option<char> = match &a[0] {
        None => None,
        Some(s) => {
            let text: String = if let Some(t) = s.downcast_ref::<PyStr>() {
                t.as_str().to_string()
            } else if let Some(b) = bytes_like(s) {
                b.iter().map(|&c| c as char).collect()
            } else {
                return Err(PyErr::type_error(format!("sep must be str or bytes, not {}", type_name(s))));
            };
            if text.chars().count() != 1 {
                return Err(PyErr::value_error("sep must be length 1."));
            }
            if !text.is_ascii() {
                return Err(PyErr::value_error("sep must be ASCII."));
            }
            text.chars().next()
        }
    };
    let per = match &a[1] {
        Some(n) => int_arg(vm, n)?,
        None => 1,
    };
    let digits: Vec<String> = data.iter().map(|b| format!("{b:02x}")).collect();
    let Some(sep) = sep.filter(|_| per != 0 && !data.is_empty()) else { return Ok(PyStr::new(digits.concat())) };
    let n = per.unsigned_abs() as usize;
    // Positive: groups counted from the right; negative: from the left.
    let mut groups: Vec<String> = Vec::new();
    if per > 0 {
        let first = digits.len() % n;
        if first > 0 {
            groups.push(digits[..first].concat());
        }
        groups.extend(digits[first..].chunks(n).map(|c| c.concat()));
    } else {
        groups.extend(digits.chunks(n).map(|c| c.concat()));
    }
    Ok(PyStr::new(groups.join(&sep.to_string())))
}

fn fromhex_impl(args: Args, kind: Kind) -> PyResult {
    let a = args.exact("fromhex", 2)?;
    let Some(s) = a[1].downcast_ref::<PyStr>() else {
        return Err(PyErr::type_error(format!("fromhex() argument must be str, not {}", type_name(&a[1]))));
    };
    let chars: Vec<char> = s.as_str().chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let bad = |i: usize| PyErr::value_error(format!("non-hexadecimal number found in fromhex() arg at position {i}"));
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = chars[i].to_digit(16).ok_or_else(|| bad(i))?;
        let lo = chars.get(i + 1).and_then(|c| c.to_digit(16)).ok_or_else(|| bad(i + 1))?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    let cls = &a[0];
    let r = kind.make(out);
    if cls.is_same(r.class()) {
        return Ok(r);
    }
    Err(PyErr::type_error("fromhex() of a subclass is not supported"))
}

fn bytes_fromhex(_vm: &mut Vm, args: Args) -> PyResult {
    fromhex_impl(args, Kind::Bytes)
}

fn bytearray_fromhex(_vm: &mut Vm, args: Args) -> PyResult {
    fromhex_impl(args, Kind::ByteArray)
}

fn join(vm: &mut Vm, args: Args) -> PyResult {
    let (sep, kind) = self_data(&args)?;
    let iterable = one_arg(&args, &format!("{}.join", kind.name()))?;
    let items = vm.collect(iterable)?;
    let mut out = Vec::new();
    for (i, it) in items.iter().enumerate() {
        let Some(b) = bytes_like(it) else {
            return Err(PyErr::type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                type_name(it)
            )));
        };
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(&b);
    }
    Ok(kind.make(out))
}

/// The `(sep=None, maxsplit=-1)` of split/rsplit.
fn split_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(Option<Vec<u8>>, i64)> {
    let a = bind_kw(args, name, &["sep", "maxsplit"], 0)?;
    let sep = match &a[0] {
        Some(s) if !s.is_none() => {
            let b = bytes_arg(s)?.into_owned();
            if b.is_empty() {
                return Err(PyErr::value_error("empty separator"));
            }
            Some(b)
        }
        _ => None,
    };
    let maxsplit = match &a[1] {
        Some(m) => int_arg(vm, m)?,
        None => -1,
    };
    Ok((sep, maxsplit))
}

fn split_impl(vm: &mut Vm, args: Args, reverse: bool) -> PyResult {
    let (sep, maxsplit) = split_args(vm, &args, if reverse { "rsplit" } else { "split" })?;
    let (data, kind) = self_data(&args)?;
    let latin: String = data.iter().map(|&b| b as char).collect();
    let parts: Vec<String> = match &sep {
        None => {
            let ws = |c: char| (c as u32) < 0x80 && is_ws(c as u8);
            let p = if reverse {
                crate::types::str::search::rsplit_whitespace(&latin, maxsplit, ws)
            } else {
                crate::types::str::search::split_whitespace(&latin, maxsplit, ws)
            };
            p.into_iter().map(str::to_string).collect()
        }
        Some(sep) => {
            let sep: String = sep.iter().map(|&b| b as char).collect();
            let n = if maxsplit < 0 { usize::MAX } else { maxsplit.saturating_add(1) as usize };
            if reverse {
                let mut v: Vec<String> = latin.rsplitn(n, sep.as_str()).map(str::to_string).collect();
                v.reverse();
                v
            } else {
                latin.splitn(n, sep.as_str()).map(str::to_string).collect()
            }
        }
    };
    Ok(PyList::new(parts.iter().map(|p| kind.make(p.chars().map(|c| c as u32 as u8).collect())).collect()))
}

fn split(vm: &mut Vm, args: Args) -> PyResult {
    split_impl(vm, args, false)
}
fn rsplit(vm: &mut Vm, args: Args) -> PyResult {
    split_impl(vm, args, true)
}

fn splitlines(vm: &mut Vm, args: Args) -> PyResult {
    let a = bind_kw(&args, "splitlines", &["keepends"], 0)?;
    let keepends = match &a[0] {
        Some(k) => vm.is_true(k)?,
        None => false,
    };
    let (data, kind) = self_data(&args)?;
    let mut out = Vec::new();
    let (mut start, mut i) = (0, 0);
    while i < data.len() {
        let b = data[i];
        if b == b'\n' || b == b'\r' {
            let mut end = i + 1;
            if b == b'\r' && data.get(i + 1) == Some(&b'\n') {
                end += 1;
            }
            out.push(kind.make(data[start..if keepends { end } else { i }].to_vec()));
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < data.len() {
        out.push(kind.make(data[start..].to_vec()));
    }
    Ok(PyList::new(out))
}

fn strip_impl(args: Args, name: &str, left: bool, right: bool) -> PyResult {
    let a = arg_count(&args, name, 0, 1)?;
    let (data, kind) = self_data(&args)?;
    let set: Option<Vec<u8>> = match a.first() {
        Some(o) if !o.is_none() => Some(bytes_arg(o)?.into_owned()),
        _ => None,
    };
    let strip = |b: &u8| match &set {
        Some(s) => s.contains(b),
        None => is_ws(*b),
    };
    let mut lo = 0;
    let mut hi = data.len();
    if left {
        while lo < hi && strip(&data[lo]) {
            lo += 1;
        }
    }
    if right {
        while hi > lo && strip(&data[hi - 1]) {
            hi -= 1;
        }
    }
    Ok(kind.make(data[lo..hi].to_vec()))
}

fn strip(_vm: &mut Vm, args: Args) -> PyResult {
    strip_impl(args, "strip", true, true)
}
fn lstrip(_vm: &mut Vm, args: Args) -> PyResult {
    strip_impl(args, "lstrip", true, false)
}
fn rstrip(_vm: &mut Vm, args: Args) -> PyResult {
    strip_impl(args, "rstrip", false, true)
}

/// The `(sub, start, end)` of find/count/index: sub is an int byte or bytes-like.
fn sub_range(vm: &mut Vm, args: &Args, name: &str, len: usize) -> PyResult<(Vec<u8>, usize, usize)> {
    args.no_kwargs(name)?;
    let got = args.items.len().saturating_sub(1);
    if !(1..=3).contains(&got) {
        return Err(crate::types::native::arg_count_error(name, 1, 3, got));
    }
    let a = &args.items[1..];
    let sub = if let Some(b) = bytes_like(&a[0]) {
        b.into_owned()
    } else if a[0].is::<PyInt>() || vm.lookup_special(&a[0], "__index__").is_some() {
        vec![byte_value(vm, &a[0])?]
    } else {
        return Err(PyErr::type_error(format!(
            "argument should be integer or bytes-like object, not '{}'",
            type_name(&a[0])
        )));
    };
    let start = opt_bound(vm, a.get(1))?;
    let end = opt_bound(vm, a.get(2))?;
    let (s, e) = adjust(start, end, len);
    Ok((sub, s, e))
}

fn find_impl(vm: &mut Vm, args: Args, name: &str, reverse: bool, raise: bool) -> PyResult {
    let (data, _) = self_data(&args)?;
    let (sub, s, e) = sub_range(vm, &args, name, data.len())?;
    let found = if s > data.len() || s > e {
        None
    } else {
        let hay = &data[s..e];
        if reverse { rfind_bytes(hay, &sub) } else { find_bytes(hay, &sub) }.map(|p| p + s)
    };
    match found {
        Some(i) => Ok(PyInt::new(i as i64)),
        None if raise => Err(PyErr::value_error("subsection not found")),
        None => Ok(PyInt::new(-1)),
    }
}

fn find(vm: &mut Vm, args: Args) -> PyResult {
    find_impl(vm, args, "find", false, false)
}
fn rfind(vm: &mut Vm, args: Args) -> PyResult {
    find_impl(vm, args, "rfind", true, false)
}
fn index(vm: &mut Vm, args: Args) -> PyResult {
    find_impl(vm, args, "index", false, true)
}
fn rindex(vm: &mut Vm, args: Args) -> PyResult {
    find_impl(vm, args, "rindex", true, true)
}

fn count(vm: &mut Vm, args: Args) -> PyResult {
    let (data, _) = self_data(&args)?;
    let (sub, s, e) = sub_range(vm, &args, "count", data.len())?;
    if s > data.len() || s > e {
        return Ok(PyInt::new(0));
    }
    if sub.is_empty() {
        return Ok(PyInt::new((e - s + 1) as i64));
    }
    let hay = &data[s..e];
    let (mut n, mut i) = (0, 0);
    while let Some(p) = find_bytes(&hay[i..], &sub) {
        n += 1;
        i += p + sub.len();
    }
    Ok(PyInt::new(n))
}

/// `data` with `old` replaced by `new`, at most `count` times (negative: all).
pub fn replace_bytes(data: &[u8], old: &[u8], new: &[u8], count: i64) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len());
    let mut left = if count < 0 { usize::MAX } else { count as usize };
    if old.is_empty() {
        for (k, &b) in data.iter().enumerate() {
            if left > 0 {
                out.extend_from_slice(new);
                left -= 1;
            }
            out.push(b);
            if k + 1 == data.len() && left > 0 {
                out.extend_from_slice(new);
            }
        }
        if data.is_empty() && left > 0 {
            out.extend_from_slice(new);
        }
        return out;
    }
    let mut i = 0;
    while left > 0 {
        match find_bytes(&data[i..], old) {
            Some(p) => {
                out.extend_from_slice(&data[i..i + p]);
                out.extend_from_slice(new);
                i += p + old.len();
                left -= 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(&data[i..]);
    out
}

fn replace(vm: &mut Vm, args: Args) -> PyResult {
    let a = arg_count(&args, "replace", 2, 3)?;
    let old = bytes_arg(&a[0])?;
    let new = bytes_arg(&a[1])?;
    let count = match a.get(2) {
        Some(c) => int_arg(vm, c)?,
        None => -1,
    };
    let (data, kind) = self_data(&args)?;
    Ok(kind.make(replace_bytes(&data, &old, &new, count)))
}

macro_rules! map_method {
    ($fn_name:ident, $py:literal, |$d:ident| $body:expr) => {
        fn $fn_name(_vm: &mut Vm, args: Args) -> PyResult {
            crate::types::str::no_args(&args, $py)?;
            let ($d, kind) = self_data(&args)?;
            Ok(kind.make($body))
        }
    };
}

macro_rules! pred_method {
    ($fn_name:ident, $py:literal, |$d:ident| $body:expr) => {
        fn $fn_name(_vm: &mut Vm, args: Args) -> PyResult {
            crate::types::str::no_args(&args, $py)?;
            let ($d, _) = self_data(&args)?;
            Ok(py_bool($body))
        }
    };
}

map_method!(upper, "upper", |d| d.to_ascii_uppercase());
map_method!(lower, "lower", |d| d.to_ascii_lowercase());
map_method!(swapcase, "swapcase", |d| d
    .iter()
    .map(|b| if b.is_ascii_uppercase() { b.to_ascii_lowercase() } else { b.to_ascii_uppercase() })
    .collect());
map_method!(capitalize, "capitalize", |d| d
    .iter()
    .enumerate()
    .map(|(i, b)| if i == 0 { b.to_ascii_uppercase() } else { b.to_ascii_lowercase() })
    .collect());
map_method!(title, "title", |d| {
    let mut prev = false;
    d.iter()
        .map(|&b| {
            let r = if prev { b.to_ascii_lowercase() } else { b.to_ascii_uppercase() };
            prev = b.is_ascii_alphabetic();
            r
        })
        .collect()
});

pred_method!(isdigit, "isdigit", |d| !d.is_empty() && d.iter().all(u8::is_ascii_digit));
pred_method!(isalpha, "isalpha", |d| !d.is_empty() && d.iter().all(u8::is_ascii_alphabetic));
pred_method!(isalnum, "isalnum", |d| !d.is_empty() && d.iter().all(u8::is_ascii_alphanumeric));
pred_method!(isspace, "isspace", |d| !d.is_empty() && d.iter().all(|&b| is_ws(b)));
pred_method!(isascii, "isascii", |d| d.is_ascii());
pred_method!(isupper, "isupper", |d| d.iter().any(u8::is_ascii_uppercase) && !d.iter().any(u8::is_ascii_lowercase));
pred_method!(islower, "islower", |d| d.iter().any(u8::is_ascii_lowercase) && !d.iter().any(u8::is_ascii_uppercase));
pred_method!(istitle, "istitle", |d| {
    let (mut cased, mut prev) = (false, false);
    let mut ok = true;
    for &b in d.iter() {
        if b.is_ascii_uppercase() {
            ok &= !prev;
            prev = true;
            cased = true;
        } else if b.is_ascii_lowercase() {
            ok &= prev;
            prev = true;
            cased = true;
        } else {
            prev = false;
        }
    }
    ok && cased
});

fn affix_impl(vm: &mut Vm, args: Args, name: &str, at_end: bool) -> PyResult {
    let (data, _) = self_data(&args)?;
    args.no_kwargs(name)?;
    let got = args.items.len().saturating_sub(1);
    if !(1..=3).contains(&got) {
        return Err(crate::types::native::arg_count_error(name, 1, 3, got));
    }
    let a = &args.items[1..];
    let start = opt_bound(vm, a.get(1))?;
    let end = opt_bound(vm, a.get(2))?;
    let (s, e) = adjust(start, end, data.len());
    let check = |p: &[u8]| -> bool {
        if s > data.len() || e < s {
            return false;
        }
        let hay = &data[s..e];
        if at_end {
            hay.ends_with(p)
        } else {
            hay.starts_with(p)
        }
    };
    if let Some(t) = a[0].downcast_ref::<PyTuple>() {
        for item in t.iter() {
            let Some(p) = bytes_like(item) else {
                return Err(PyErr::type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    type_name(item)
                )));
            };
            if check(&p) {
                return Ok(py_bool(true));
            }
        }
        return Ok(py_bool(false));
    }
    match bytes_like(&a[0]) {
        Some(p) => Ok(py_bool(check(&p))),
        None => Err(PyErr::type_error(format!(
            "{name} first arg must be bytes or a tuple of bytes, not {}",
            type_name(&a[0])
        ))),
    }
}

fn startswith(vm: &mut Vm, args: Args) -> PyResult {
    affix_impl(vm, args, "startswith", false)
}
fn endswith(vm: &mut Vm, args: Args) -> PyResult {
    affix_impl(vm, args, "endswith", true)
}

fn partition_impl(args: Args, reverse: bool) -> PyResult {
    let (data, kind) = self_data(&args)?;
    let sep_obj = one_arg(&args, &format!("{}.{}", kind.name(), if reverse { "rpartition" } else { "partition" }))?;
    let sep = bytes_arg(sep_obj)?;
    if sep.is_empty() {
        return Err(PyErr::value_error("empty separator"));
    }
    let found = if reverse { rfind_bytes(&data, &sep) } else { find_bytes(&data, &sep) };
    let parts = match found {
        Some(k) => vec![kind.make(data[..k].to_vec()), kind.make(sep.to_vec()), kind.make(data[k + sep.len()..].to_vec())],
        None if reverse => vec![kind.make(vec![]), kind.make(vec![]), kind.make(data.to_vec())],
        None => vec![kind.make(data.to_vec()), kind.make(vec![]), kind.make(vec![])],
    };
    Ok(PyTuple::new(parts))
}

fn partition(_vm: &mut Vm, args: Args) -> PyResult {
    partition_impl(args, false)
}
fn rpartition(_vm: &mut Vm, args: Args) -> PyResult {
    partition_impl(args, true)
}

fn pad_impl(vm: &mut Vm, args: Args, name: &str, how: char) -> PyResult {
    let a = arg_count(&args, name, 1, 2)?;
    let width = int_arg(vm, &a[0])?.max(0) as usize;
    let fill = match a.get(1) {
        None => b' ',
        Some(f) => match bytes_like(f) {
            Some(b) if b.len() == 1 => b[0],
            _ => {
                return Err(PyErr::type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    type_name(f)
                )))
            }
        },
    };
    let (data, kind) = self_data(&args)?;
    if data.len() >= width {
        return Ok(kind.make(data.into_owned()));
    }
    let marg = width - data.len();
    let left = match how {
        '<' => 0,
        '>' => marg,
        _ => marg / 2 + (marg & width & 1),
    };
    let mut out = vec![fill; left];
    out.extend_from_slice(&data);
    out.resize(width, fill);
    Ok(kind.make(out))
}

fn center(vm: &mut Vm, args: Args) -> PyResult {
    pad_impl(vm, args, "center", '^')
}
fn ljust(vm: &mut Vm, args: Args) -> PyResult {
    pad_impl(vm, args, "ljust", '<')
}
fn rjust(vm: &mut Vm, args: Args) -> PyResult {
    pad_impl(vm, args, "rjust", '>')
}

fn zfill(vm: &mut Vm, args: Args) -> PyResult {
    let w = one_arg(&args, "zfill")?;
    let width = int_arg(vm, w)?.max(0) as usize;
    let (data, kind) = self_data(&args)?;
    if data.len() >= width {
        return Ok(kind.make(data.into_owned()));
    }
    let (sign, rest) = match data.first() {
        Some(&c @ (b'+' | b'-')) => (Some(c), &data[1..]),
        _ => (None, &data[..]),
    };
    let mut out: Vec<u8> = sign.into_iter().collect();
    out.extend(std::iter::repeat(b'0').take(width - data.len()));
    out.extend_from_slice(rest);
    Ok(kind.make(out))
}

fn expandtabs(vm: &mut Vm, args: Args) -> PyResult {
    let a = bind_kw(&args, "expandtabs", &["tabsize"], 0)?;
    let tabsize = match &a[0] {
        Some(t) => int_arg(vm, t)?,
        None => 8,
    };
    let (data, kind) = self_data(&args)?;
    let mut out = Vec::with_capacity(data.len());
    let mut col = 0i64;
    for &b in data.iter() {
        match b {
            b'\t' if tabsize > 0 => {
                let n = tabsize - col % tabsize;
                out.extend(std::iter::repeat(b' ').take(n as usize));
                col += n;
            }
            b'\t' => {}
            b'\n' | b'\r' => {
                out.push(b);
                col = 0;
            }
            _ => {
                out.push(b);
                col += 1;
            }
        }
    }
    Ok(kind.make(out))
}

fn remove_affix(args: Args, name: &str, suffix: bool) -> PyResult {
    let (data, kind) = self_data(&args)?;
    let p = bytes_arg(one_arg(&args, &format!("{}.{name}", kind.name()))?)?;
    let r = if suffix { data.strip_suffix(p.as_ref()) } else { data.strip_prefix(p.as_ref()) };
    Ok(kind.make(r.unwrap_or(&data).to_vec()))
}

fn removeprefix(_vm: &mut Vm, args: Args) -> PyResult {
    remove_affix(args, "removeprefix", false)
}
fn removesuffix(_vm: &mut Vm, args: Args) -> PyResult {
    remove_affix(args, "removesuffix", true)
}

fn translate(_vm: &mut Vm, args: Args) -> PyResult {
    let a = bind_kw(&args, "translate", &["table", "delete"], 1)?;
    let (data, kind) = self_data(&args)?;
    let table = match &a[0] {
        Some(t) if !t.is_none() => {
            let t = bytes_arg(t)?.into_owned();
            if t.len() != 256 {
                return Err(PyErr::value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
        _ => None,
    };
    let delete = match &a[1] {
        Some(d) => bytes_arg(d)?.into_owned(),
        None => Vec::new(),
    };
    let out = data.iter().filter(|b| !delete.contains(b)).map(|&b| table.as_ref().map_or(b, |t| t[b as usize])).collect();
    Ok(kind.make(out))
}

fn maketrans(_vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("maketrans", 2)?;
    let from = bytes_arg(&a[0])?;
    let to = bytes_arg(&a[1])?;
    if from.len() != to.len() {
        return Err(PyErr::value_error("maketrans arguments must have same length"));
    }
    let mut t: Vec<u8> = (0..=255).collect();
    for (&f, &g) in from.iter().zip(to.iter()) {
        t[f as usize] = g;
    }
    Ok(super::PyBytes::new(t))
}

/// Register the shared read methods on `ty` (bytes or bytearray).
pub fn init(ty: &ObjRef) {
    add_methods(
        ty,
        &[
            ("decode", decode),
            ("hex", hex),
            ("join", join),
            ("split", split),
            ("rsplit", rsplit),
            ("splitlines", splitlines),
            ("strip", strip),
            ("lstrip", lstrip),
            ("rstrip", rstrip),
            ("find", find),
            ("rfind", rfind),
            ("index", index),
            ("rindex", rindex),
            ("count", count),
            ("replace", replace),
            ("upper", upper),
            ("lower", lower),
            ("swapcase", swapcase),
            ("capitalize", capitalize),
            ("title", title),
            ("isdigit", isdigit),
            ("isalpha", isalpha),
            ("isalnum", isalnum),
            ("isspace", isspace),
            ("isascii", isascii),
            ("isupper", isupper),
            ("islower", islower),
            ("istitle", istitle),
            ("startswith", startswith),
            ("endswith", endswith),
            ("partition", partition),
            ("rpartition", rpartition),
            ("center", center),
            ("ljust", ljust),
            ("rjust", rjust),
            ("zfill", zfill),
            ("expandtabs", expandtabs),
            ("removeprefix", removeprefix),
            ("removesuffix", removesuffix),
            ("translate", translate),
        ],
    );
    add_staticmethods(ty, &[("maketrans", maketrans)]);
    let is_bytes = ty.is_same(super::BYTES_TYPE.get());
    add_classmethods(ty, &[("fromhex", if is_bytes { bytes_fromhex } else { bytearray_fromhex })]);
}
