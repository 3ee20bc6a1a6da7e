//! "Did you mean: 'x'?" for uncaught AttributeError and NameError.
//!
//! As in CPython 3.11, the hint is computed only when the interpreter prints
//! a traceback (`sys.excepthook`, an uncaught exception, a thread's
//! excepthook), never by `str(exc)` or the `traceback` module. An
//! AttributeError offers the closest name of `dir(exc.obj)` to `exc.name`; a
//! NameError offers the closest local variable name of the frame it was raised
//! in, else global, else builtin.
//!
//! Closeness is an edit distance over UTF-8 bytes in which inserting,
//! deleting or replacing a character costs 2 and changing only its case costs
//! 1. A candidate is accepted when its distance is at most a third of the two
//! names' combined length (plus one), and the first of the closest wins.

use crate::object::{ObjRef, PyPayload};
use crate::types::dict::PyDict;
use crate::types::exception;
use crate::types::function::PyCode;
use crate::types::list::PyList;
use crate::types::native::Args;
use crate::types::str::PyStr;
use crate::vm::Vm;

use super::PyTraceback;

/// Give up on scopes with this many names or more.
const MAX_CANDIDATES: usize = 750;
/// Names longer than this (in bytes) are neither looked up nor offered.
const MAX_NAME_LEN: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

fn substitution_cost(a: u8, b: u8) -> usize {
    if a == b {
        0
    } else if a.to_ascii_lowercase() == b.to_ascii_lowercase() {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// The weighted edit distance from `a` to `b`, or anything above `limit`
/// once it is certain to exceed it.
fn distance(a: &[u8], b: &[u8], limit: usize) -> usize {
    // Common prefixes and suffixes cost nothing.
    let pre = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (mut a, mut b) = (&a[pre..], &b[pre..]);
    let post = a.iter().rev().zip(b.iter().rev()).take_while(|(x, y)| x == y).count();
    a = &a[..a.len() - post];
    b = &b[..b.len() - post];
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > limit {
        return limit + 1;
    }
    // row[i] = distance between the processed prefix of `b` and a[..=i].
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (j, &bc) in b.iter().enumerate() {
        let mut diagonal = j * MOVE_COST;
        // CPython starts the row's left edge at j * MOVE_COST too (not
        // (j + 1) * MOVE_COST); kept so that the same names are offered.
        result = diagonal;
        let mut best = usize::MAX;
        for (i, &ac) in a.iter().enumerate() {
            let replace = diagonal + substitution_cost(bc, ac);
            diagonal = row[i];
            let cur = replace.min(result.min(diagonal) + MOVE_COST);
            row[i] = cur;
            result = cur;
            best = best.min(cur);
        }
        if best > limit {
            return limit + 1;
        }
    }
    result
}

/// The candidate closest to `name`, if one is close enough.
fn closest<'a>(candidates: &'a [String], name: &str) -> Option<&'a str> {
    if candidates.len() >= MAX_CANDIDATES || name.len() > MAX_NAME_LEN {
        return None;
    }
    let mut found: Option<(&str, usize)> = None;
    for item in candidates {
        if item == name || item.len() > MAX_NAME_LEN {
            continue;
        }
        let mut limit = (name.len() + item.len() + 3) * MOVE_COST / 6;
        if let Some((_, best)) = found {
            match best.checked_sub(1) {
                Some(l) => limit = limit.min(l),
                None => continue,
            }
        }
        let d = distance(name.as_bytes(), item.as_bytes(), limit);
        if d > limit {
            continue;
        }
        if found.map_or(true, |(_, best)| d < best) {
            found = Some((item, d));
        }
    }
    found.map(|(s, _)| s)
}

fn str_items(items: &[ObjRef]) -> Vec<String> {
    items.iter().filter_map(|o| o.downcast_ref::<PyStr>().map(|s| s.as_str().to_string())).collect()
}

fn exc_attr(exc: &ObjRef, attr: &str) -> Option<ObjRef> {
    let d = exc.dict()?;
    d.downcast_ref::<PyDict>()?.get_str(attr)
}

fn exact_str(o: &ObjRef) -> Option<String> {
    if o.class().is_same(PyStr::class()) {
        o.downcast_ref::<PyStr>().map(|s| s.as_str().to_string())
    } else {
        None
    }
}

fn attribute_suggestion(vm: &mut Vm, exc: &ObjRef) -> Option<String> {
    let name = exact_str(&exc_attr(exc, "name")?)?;
    let obj = exc_attr(exc, "obj")?;
    let items = [obj];
    let dir = crate::types::object::builtin_dir(vm, Args::positional_only(&items)).ok()?;
    let names = str_items(&dir.downcast_ref::<PyList>()?.snapshot());
    closest(&names, &name).map(str::to_string)
}

fn dict_names(d: &ObjRef) -> Vec<String> {
    d.downcast_ref::<PyDict>().map(|d| str_items(&d.keys())).unwrap_or_default()
}

fn name_suggestion(exc: &ObjRef) -> Option<String> {
    let name = exact_str(&exc_attr(exc, "name")?)?;
    let mut tb = super::traceback_of(exc);
    loop {
        let next = tb.downcast_ref::<PyTraceback>()?.next.clone();
        match next {
            Some(n) if n.is::<PyTraceback>() => tb = n,
            _ => break,
        }
    }
    let entry = tb.downcast_ref::<PyTraceback>()?;
    let code = entry.code.downcast_ref::<PyCode>()?;
    // CPython's co_varnames: parameters and plain locals, not the locals
    // that only live in cells (captured by an inner function).
    if let Some(s) = closest(&code.code.varnames, &name) {
        return Some(s.to_string());
    }
    let (globals, builtins) = entry.scope.as_ref()?;
    if let Some(s) = closest(&dict_names(globals), &name) {
        return Some(s.to_string());
    }
    closest(&dict_names(builtins), &name).map(str::to_string)
}

/// The name to suggest for an AttributeError or NameError, if any.
pub fn offer(vm: &mut Vm, exc: &ObjRef) -> Option<String> {
    let types = exception::types();
    if exc.is_instance_of(&types.attribute_error) {
        attribute_suggestion(vm, exc)
    } else if exc.is_instance_of(&types.name_error) {
        name_suggestion(exc)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn distances() {
        assert_eq!(distance(b"uper", b"upper", 100), 2);
        assert_eq!(distance(b"abc", b"ABC", 100), 3);
        assert_eq!(distance(b"kitten", b"sitting", 100), 6);
        assert_eq!(distance(b"", b"ab", 100), 4);
    }

    #[test]
    fn picks_the_closest() {
        assert_eq!(closest(&names(&["print", "property", "pritn"]), "pritn"), Some("print"));
        assert_eq!(closest(&names(&["counter", "count"]), "countr"), Some("counter"));
        assert_eq!(closest(&names(&["zzzzzz"]), "abc"), None);
        assert_eq!(closest(&names(&["upper", "isupper"]), "upper"), Some("isupper"));
    }
}
