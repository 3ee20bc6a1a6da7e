//! str methods that search for substrings: find/index/count, replace,
//! split/rsplit/splitlines, strip, startswith/endswith, partition, join,
//! removeprefix/removesuffix.
//!
//! Positions are code-point indices; `start`/`end` follow slice rules and
//! are translated to byte offsets once, then the search runs on UTF-8.

use crate::error::{PyErr, PyResult};
use crate::object::{ObjRef, PyPayload};
use crate::types::int::PyInt;
use crate::types::list::PyList;
use crate::types::native::{add_methods, Args};
use crate::types::singletons::py_bool;
use crate::types::tuple::PyTuple;
use crate::vm::ops::type_name;
use crate::vm::Vm;

use super::slicing::{int_arg, to_index};
use super::unicode::{is_linebreak, is_space};
use super::{arg_count, this, PyStr, STR_TYPE};

/// An optional `start`/`end` argument: None or an integer.
pub fn opt_bound(vm: &mut Vm, o: Option<&ObjRef>) -> PyResult<Option<i64>> {
    match o {
        None => Ok(None),
        Some(o) if o.is_none() => Ok(None),
        Some(o) => match to_index(vm, o)? {
            Some(i) => Ok(Some(i)),
            None => Err(PyErr::type_error("slice indices must be integers or None or have an __index__ method")),
        },
    }
}

/// Slice-style `start`/`end` over a sequence of `len` items; start may exceed end or len.
pub fn adjust(start: Option<i64>, end: Option<i64>, len: usize) -> (usize, usize) {
    let len = len as i64;
    let fix = |v: i64| if v < 0 { (v + len).max(0) } else { v };
    let a = start.map_or(0, fix);
    let b = end.map_or(len, fix).min(len);
    (a as usize, b as usize)
}

/// The parsed `(sub, start, end)` of find/index/count/startswith.
struct SubRange<'a> {
    sub: &'a ObjRef,
    start: usize,
    end: usize,
}

fn sub_range<'a>(vm: &mut Vm, args: &Args<'a>, name: &str, len: usize) -> PyResult<SubRange<'a>> {
    args.no_kwargs(name)?;
    let got = args.items.len().saturating_sub(1);
    if got == 0 {
        return Err(PyErr::type_error(format!("{name}() takes at least 1 argument (0 given)")));
    }
    if got > 3 {
        return Err(PyErr::type_error(format!("{name}() takes at most 3 arguments ({got} given)")));
    }
    let a = &args.items[1..];
    let start = opt_bound(vm, a.get(1))?;
    let end = opt_bound(vm, a.get(2))?;
    let (start, end) = adjust(start, end, len);
    Ok(SubRange { sub: &a[0], start, end })
}

fn sub_str<'a>(o: &'a ObjRef) -> PyResult<&'a str> {
    match o.downcast_ref::<PyStr>() {
        Some(s) => Ok(s.as_str()),
        None => Err(PyErr::type_error(format!("must be str, not {}", type_name(o)))),
    }
}

/// Find `sub` in `s[start:end]`; the code-point index of the match.
fn find_in(s: &PyStr, sub: &str, start: usize, end: usize, reverse: bool) -> Option<usize> {
    if start > s.char_len() || start > end {
        return if sub.is_empty() && start <= s.char_len() && start <= end { Some(start) } else { None };
    }
    let (ba, bb) = (s.byte_at(start), s.byte_at(end));
    let hay = &s.as_str()[ba..bb];
    let pos = if reverse { hay.rfind(sub) } else { hay.find(sub) }?;
    Some(s.char_index_of(ba + pos))
}

fn find_impl(vm: &mut Vm, args: Args, name: &str, reverse: bool, raise: bool) -> PyResult {
    let s = this(&args)?;
    let r = sub_range(vm, &args, name, s.char_len())?;
    let sub = sub_str(r.sub)?;
    match find_in(s, sub, r.start, r.end, reverse) {
        Some(i) => Ok(PyInt::new(i as i64)),
        None if raise => Err(PyErr::value_error("substring not found")),
        None => Ok(PyInt::new(-1)),
    }
}

fn str_find(vm: &mut Vm, args: Args) -> PyResult {
    find_impl(vm, args, "find", false, false)
}
fn str_rfind(vm: &mut Vm, args: Args) -> PyResult {
    find_impl(vm, args, "rfind", true, false)
}
fn str_index(vm: &mut Vm, args: Args) -> PyResult {
    find_impl(vm, args, "index", false, true)
}
fn str_rindex(vm: &mut Vm, args: Args) -> PyResult {
    find_impl(vm, args, "rindex", true, true)
}

fn str_count(vm: &mut Vm, args: Args) -> PyResult {
    let s = this(&args)?;
    let r = sub_range(vm, &args, "count", s.char_len())?;
    let sub = sub_str(r.sub)?;
    if r.start > s.char_len() || r.start > r.end {
        return Ok(PyInt::new(0));
    }
    if sub.is_empty() {
        return Ok(PyInt::new((r.end - r.start + 1) as i64));
    }
    let hay = &s.as_str()[s.byte_at(r.start)..s.byte_at(r.end)];
    Ok(PyInt::new(hay.matches(sub).count() as i64))
}

fn str_replace(vm: &mut Vm, args: Args) -> PyResult {
    let a = arg_count(&args, "replace", 2, 3)?;
    let old = sub_str(&a[0]).map_err(|_| arg_type_error("replace", 1, "str", &a[0]))?;
    let new = sub_str(&a[1]).map_err(|_| arg_type_error("replace", 2, "str", &a[1]))?;
    let count = match a.get(2) {
        Some(c) => int_arg(vm, c)?,
        None => -1,
    };
    let s = this(&args)?.as_str();
    let out = if count < 0 { s.replace(old, new) } else { s.replacen(old, new, count as usize) };
    Ok(PyStr::new(out))
}

fn arg_type_error(fname: &str, pos: usize, want: &str, got: &ObjRef) -> PyErr {
    PyErr::type_error(format!("{fname}() argument {pos} must be {want}, not {}", type_name(got)))
}

/// The `(sep=None, maxsplit=-1)` arguments of split/rsplit.
fn split_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(Option<String>, i64)> {
    let a = super::bind_kw(args, name, &["sep", "maxsplit"], 0)?;
    let sep = match &a[0] {
        None => None,
        Some(o) if o.is_none() => None,
        Some(o) => match o.downcast_ref::<PyStr>() {
            Some(s) if s.as_str().is_empty() => return Err(PyErr::value_error("empty separator")),
            Some(s) => Some(s.as_str().to_string()),
            None => return Err(PyErr::type_error(format!("must be str or None, not {}", type_name(o)))),
        },
    };
    let maxsplit = match &a[1] {
        None => -1,
        Some(m) => int_arg(vm, m)?,
    };
    Ok((sep, maxsplit))
}

fn strs_to_list<'s>(parts: impl Iterator<Item = &'s str>) -> ObjRef {
    PyList::new(parts.map(PyStr::new).collect())
}

/// Split on runs of whitespace, at most `maxsplit` times (negative: no limit).
pub fn split_whitespace(s: &str, maxsplit: i64, is_ws: impl Fn(char) -> bool) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s.trim_start_matches(&is_ws);
    while !rest.is_empty() {
        if maxsplit >= 0 && out.len() as i64 >= maxsplit {
            out.push(rest);
            break;
        }
        match rest.find(&is_ws) {
            Some(k) => {
                out.push(&rest[..k]);
                rest = rest[k..].trim_start_matches(&is_ws);
            }
            None => {
                out.push(rest);
                break;
            }
        }
    }
    out
}

/// Split on runs of whitespace from the right.
pub fn rsplit_whitespace(s: &str, maxsplit: i64, is_ws: impl Fn(char) -> bool) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s.trim_end_matches(&is_ws);
    while !rest.is_empty() {
        if maxsplit >= 0 && out.len() as i64 >= maxsplit {
            out.push(rest);
            break;
        }
        match rest.rfind(&is_ws) {
            Some(k) => {
                let w = rest[k..].chars().next().map_or(1, char::len_utf8);
                out.push(&rest[k + w..]);
                rest = rest[..k].trim_end_matches(&is_ws);
            }
            None => {
                out.push(rest);
                break;
            }
        }
    }
    out.reverse();
    out
}

fn str_split(vm: &mut Vm, args: Args) -> PyResult {
    let (sep, maxsplit) = split_args(vm, &args, "split")?;
    let s = this(&args)?.as_str();
    Ok(match sep {
        None => strs_to_list(split_whitespace(s, maxsplit, is_space).into_iter()),
        Some(sep) if maxsplit < 0 => strs_to_list(s.split(sep.as_str())),
        Some(sep) => strs_to_list(s.splitn(maxsplit.saturating_add(1) as usize, sep.as_str())),
    })
}

fn str_rsplit(vm: &mut Vm, args: Args) -> PyResult {
    let (sep, maxsplit) = split_args(vm, &args, "rsplit")?;
    let s = this(&args)?.as_str();
    Ok(match sep {
        None => strs_to_list(rsplit_whitespace(s, maxsplit, is_space).into_iter()),
        Some(sep) => {
            let mut parts: Vec<&str> =
                if maxsplit < 0 { s.rsplit(sep.as_str()).collect() } else { s.rsplitn(maxsplit.saturating_add(1) as usize, sep.as_str()).collect() };
            parts.reverse();
            strs_to_list(parts.into_iter())
        }
    })
}

fn str_splitlines(vm: &mut Vm, args: Args) -> PyResult {
    let a = super::bind_kw(&args, "splitlines", &["keepends"], 0)?;
    let keepends = match &a[0] {
        Some(k) => vm.is_true(k)?,
        None => false,
    };
    let s = this(&args)?.as_str();
    let mut out = Vec::new();
    let mut start = 0;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if !is_linebreak(c) {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '\r' && it.peek().is_some_and(|&(_, n)| n == '\n') {
            it.next();
            end += 1;
        }
        out.push(PyStr::new(if keepends { &s[start..end] } else { &s[start..i] }));
        start = end;
    }
    if start < s.len() {
        out.push(PyStr::new(&s[start..]));
    }
    Ok(PyList::new(out))
}

#[derive(Clone, Copy, PartialEq)]
enum Side {
    Both,
    Left,
    Right,
}

fn strip_impl(args: Args, name: &str, side: Side) -> PyResult {
    let a = arg_count(&args, name, 0, 1)?;
    let s = this(&args)?.as_str();
    let chars = match a.first() {
        None => None,
        Some(o) if o.is_none() => None,
        Some(o) => match o.downcast_ref::<PyStr>() {
            Some(c) => Some(c.as_str()),
            None => return Err(PyErr::type_error(format!("{name} arg must be None or str"))),
        },
    };
    let r = match chars {
        None => match side {
            Side::Both => s.trim_matches(is_space),
            Side::Left => s.trim_start_matches(is_space),
            Side::Right => s.trim_end_matches(is_space),
        },
        Some(cs) => {
            let set = |c: char| cs.contains(c);
            match side {
                Side::Both => s.trim_matches(set),
                Side::Left => s.trim_start_matches(set),
                Side::Right => s.trim_end_matches(set),
            }
        }
    };
    if r.len() == s.len() && args.items[0].class().is_same(PyStr::class()) {
        return Ok(args.items[0].clone());
    }
    Ok(PyStr::new(r))
}

fn str_strip(_vm: &mut Vm, args: Args) -> PyResult {
    strip_impl(args, "strip", Side::Both)
}
fn str_lstrip(_vm: &mut Vm, args: Args) -> PyResult {
    strip_impl(args, "lstrip", Side::Left)
}
fn str_rstrip(_vm: &mut Vm, args: Args) -> PyResult {
    strip_impl(args, "rstrip", Side::Right)
}

fn affix_impl(vm: &mut Vm, args: Args, name: &str, at_end: bool) -> PyResult {
    let s = this(&args)?;
    let r = sub_range(vm, &args, name, s.char_len())?;
    if r.start > s.char_len() {
        return Ok(py_bool(false));
    }
    let end = r.end.max(r.start);
    let hay = &s.as_str()[s.byte_at(r.start)..s.byte_at(end)];
    let ok_one = |p: &str| -> bool {
        if r.end < r.start {
            return false;
        }
        if at_end {
            hay.ends_with(p)
        } else {
            hay.starts_with(p)
        }
    };
    if let Some(t) = r.sub.downcast_ref::<PyTuple>() {
        for item in t.iter() {
            match item.downcast_ref::<PyStr>() {
                Some(p) => {
                    if ok_one(p.as_str()) {
                        return Ok(py_bool(true));
                    }
                }
                None => {
                    return Err(PyErr::type_error(format!(
                        "tuple for {name} must only contain str, not {}",
                        type_name(item)
                    )))
                }
            }
        }
        return Ok(py_bool(false));
    }
    match r.sub.downcast_ref::<PyStr>() {
        Some(p) => Ok(py_bool(ok_one(p.as_str()))),
        None => Err(PyErr::type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
            type_name(r.sub)
        ))),
    }
}

fn str_startswith(vm: &mut Vm, args: Args) -> PyResult {
    affix_impl(vm, args, "startswith", false)
}
fn str_endswith(vm: &mut Vm, args: Args) -> PyResult {
    affix_impl(vm, args, "endswith", true)
}

fn partition_impl(args: Args, reverse: bool) -> PyResult {
    let sep_obj = super::one_arg(&args, if reverse { "str.rpartition" } else { "str.partition" })?;
    let s = this(&args)?.as_str();
    let sep = sub_str(sep_obj)?;
    if sep.is_empty() {
        return Err(PyErr::value_error("empty separator"));
    }
    let found = if reverse { s.rfind(sep) } else { s.find(sep) };
    let parts = match found {
        Some(k) => [PyStr::new(&s[..k]), sep_obj.clone(), PyStr::new(&s[k + sep.len()..])],
        None if reverse => [PyStr::new(""), PyStr::new(""), PyStr::new(s)],
        None => [PyStr::new(s), PyStr::new(""), PyStr::new("")],
    };
    Ok(PyTuple::new(parts.to_vec()))
}

fn str_partition(_vm: &mut Vm, args: Args) -> PyResult {
    partition_impl(args, false)
}
fn str_rpartition(_vm: &mut Vm, args: Args) -> PyResult {
    partition_impl(args, true)
}

fn str_join(vm: &mut Vm, args: Args) -> PyResult {
    let iterable = super::one_arg(&args, "str.join")?;
    let sep = this(&args)?.as_str();
    let items = vm.collect(iterable)?;
    if items.len() == 1 && items[0].class().is_same(PyStr::class()) {
        return Ok(items[0].clone());
    }
    let mut total = sep.len() * items.len().saturating_sub(1);
    for (i, it) in items.iter().enumerate() {
        match it.downcast_ref::<PyStr>() {
            Some(s) => total += s.as_str().len(),
            None => {
                return Err(PyErr::type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    type_name(it)
                )))
            }
        }
    }
    let mut out = String::with_capacity(total);
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(it.downcast_ref::<PyStr>().map_or("", |s| s.as_str()));
    }
    Ok(PyStr::new(out))
}

fn remove_affix(args: Args, name: &str, suffix: bool) -> PyResult {
    let arg = super::one_arg(&args, &format!("str.{name}"))?;
    let s = this(&args)?.as_str();
    let Some(p) = arg.downcast_ref::<PyStr>() else {
        return Err(PyErr::type_error(format!("{name}() argument must be str, not {}", type_name(arg))));
    };
    let r = if suffix { s.strip_suffix(p.as_str()) } else { s.strip_prefix(p.as_str()) };
    match r {
        Some(r) if !p.as_str().is_empty() => Ok(PyStr::new(r)),
        _ if args.items[0].class().is_same(PyStr::class()) => Ok(args.items[0].clone()),
        _ => Ok(PyStr::new(s)),
    }
}

fn str_removeprefix(_vm: &mut Vm, args: Args) -> PyResult {
    remove_affix(args, "removeprefix", false)
}
fn str_removesuffix(_vm: &mut Vm, args: Args) -> PyResult {
    remove_affix(args, "removesuffix", true)
}

pub fn init() {
    add_methods(
        STR_TYPE.get(),
        &[
            ("find", str_find),
            ("rfind", str_rfind),
            ("index", str_index),
            ("rindex", str_rindex),
            ("count", str_count),
            ("replace", str_replace),
            ("split", str_split),
            ("rsplit", str_rsplit),
            ("splitlines", str_splitlines),
            ("strip", str_strip),
            ("lstrip", str_lstrip),
            ("rstrip", str_rstrip),
            ("startswith", str_startswith),
            ("endswith", str_endswith),
            ("partition", str_partition),
            ("rpartition", str_rpartition),
            ("join", str_join),
            ("removeprefix", str_removeprefix),
            ("removesuffix", str_removesuffix),
        ],
    );
}
