//! `re.Match`: the result of one successful match. Immutable; holds the
//! subject, the pattern and the spans of every group, both in code points
//! (what Python sees) and in bytes of the engine text (to slice a str
//! subject without rescanning it).

use super::pattern::{self, is_bytearray, PyPattern, Spans};
use super::subject::{make_text, Subject};
use super::template;
use super::MATCH_TYPE;
use crate::error::{PyErr, PyResult};
use crate::object::{ObjRef, PyPayload};
use crate::types::bytes::bytes_like;
use crate::types::dict::PyDict;
use crate::types::int::PyInt;
use crate::types::native::Args;
use crate::types::singletons::none;
use crate::types::str::PyStr;
use crate::types::tuple::PyTuple;
use crate::vm::ops::type_name;
use crate::vm::Vm;

pub struct PyMatch {
    pub string: ObjRef,
    pub re: ObjRef,
    pub pos: usize,
    pub endpos: usize,
    /// Code-point spans of groups 0..=n.
    pub spans: Spans,
    /// Byte spans in the engine text (str subjects; bytes subjects use `spans`).
    bspans: Spans,
    is_bytes: bool,
    lastindex: Option<usize>,
}

impl PyPayload for PyMatch {
    fn class() -> &'static ObjRef {
        MATCH_TYPE.get()
    }
}

pub fn new_match(pat_obj: &ObjRef, pat: &PyPattern, subject: &Subject, bspans: Spans, spans: Spans, pos: usize, endpos: usize) -> ObjRef {
    // The group closed last: among those ending furthest, the one whose ')' comes last.
    let mut lastindex = None;
    let mut best: Option<(usize, usize)> = None;
    for (g, sp) in spans.iter().enumerate().skip(1) {
        if let Some((_, e)) = sp {
            let key = (*e, pat.close_rank.get(g).copied().unwrap_or(0));
            if best.is_none_or(|b| key > b) {
                best = Some(key);
                lastindex = Some(g);
            }
        }
    }
    ObjRef::new(PyMatch {
        string: subject.obj.clone(),
        re: pat_obj.clone(),
        pos,
        endpos,
        spans,
        bspans,
        is_bytes: subject.is_bytes,
        lastindex,
    })
}

impl PyMatch {
    fn pattern(&self) -> PyResult<&PyPattern> {
        pattern::pattern_of(&self.re)
    }

    /// The text of group `g` (None when it did not participate).
    fn group_value(&self, g: usize) -> Option<ObjRef> {
        let (a, b) = self.spans.get(g).copied().flatten()?;
        if self.is_bytes {
            let data = bytes_like(&self.string)?;
            let slice = data.get(a..b)?.to_vec();
            let text: String = slice.iter().map(|&c| c as char).collect();
            return Some(make_text(is_bytearray(&self.string), true, &text));
        }
        let (x, y) = self.bspans.get(g).copied().flatten()?;
        let s = self.string.downcast_ref::<PyStr>()?;
        Some(PyStr::new(s.as_str().get(x..y)?))
    }

    /// Group text as engine text (Latin-1 for bytes), for template expansion.
    fn group_text(&self, g: usize) -> Option<String> {
        let (a, b) = self.spans.get(g).copied().flatten()?;
        if self.is_bytes {
            let data = bytes_like(&self.string)?;
            return Some(data.get(a..b)?.iter().map(|&c| c as char).collect());
        }
        let (x, y) = self.bspans.get(g).copied().flatten()?;
        Some(self.string.downcast_ref::<PyStr>()?.as_str().get(x..y)?.to_string())
    }

    /// The index named by a group argument (int or name).
    fn index_of(&self, vm: &mut Vm, g: &ObjRef) -> PyResult<usize> {
        let n = self.spans.len();
        if let Some(s) = g.downcast_ref::<PyStr>() {
            if let Some(i) = self.pattern()?.group_index(s.as_str()) {
                return Ok(i);
            }
        } else if g.downcast_ref::<PyInt>().is_some() || vm.call_special(g, "__index__", &[]).ok().flatten().is_some() {
            if let Ok(i) = crate::types::int::index_i64(vm, g) {
                if i >= 0 && (i as usize) < n {
                    return Ok(i as usize);
                }
            }
        }
        Err(PyErr::index_error("no such group"))
    }
}

fn me<'a>(args: &Args<'a>) -> PyResult<&'a PyMatch> {
    let o = args.items.first().ok_or_else(|| PyErr::type_error("descriptor needs an argument"))?;
    o.downcast_ref::<PyMatch>().ok_or_else(|| PyErr::type_error(format!("descriptor requires a 're.Match' object but received a '{}'", type_name(o))))
}

fn m_group(vm: &mut Vm, args: Args) -> PyResult {
    args.no_kwargs("group")?;
    let m = me(&args)?;
    let gs = &args.items[1..];
    if gs.is_empty() {
        return Ok(m.group_value(0).unwrap_or_else(none));
    }
    let mut out = Vec::with_capacity(gs.len());
    for g in gs {
        let i = m.index_of(vm, g)?;
        out.push(m.group_value(i).unwrap_or_else(none));
    }
    if out.len() == 1 {
        return Ok(out.pop().unwrap_or_else(none));
    }
    Ok(PyTuple::new(out))
}

fn m_getitem(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("__getitem__", 2)?;
    let m = me(&args)?;
    let i = m.index_of(vm, &a[1])?;
    Ok(m.group_value(i).unwrap_or_else(none))
}

fn m_groups(_vm: &mut Vm, args: Args) -> PyResult {
    let m = me(&args)?;
    let a = args.skip_self().bind("groups", &["default"], 0)?;
    let default = a[0].clone().unwrap_or_else(none);
    let out = (1..m.spans.len()).map(|g| m.group_value(g).unwrap_or_else(|| default.clone())).collect();
    Ok(PyTuple::new(out))
}

fn m_groupdict(_vm: &mut Vm, args: Args) -> PyResult {
    let m = me(&args)?;
    let a = args.skip_self().bind("groupdict", &["default"], 0)?;
    let default = a[0].clone().unwrap_or_else(none);
    let d = PyDict::new();
    for (name, g) in &m.pattern()?.names {
        d.set_str(name, m.group_value(*g).unwrap_or_else(|| default.clone()));
    }
    Ok(ObjRef::new(d))
}

fn span_of(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(i64, i64)> {
    let m = me(args)?;
    let a = args.skip_self().bind(name, &["group"], 0)?;
    let g = match &a[0] {
        Some(g) => m.index_of(vm, g)?,
        None => 0,
    };
    Ok(m.spans.get(g).copied().flatten().map_or((-1, -1), |(a, b)| (a as i64, b as i64)))
}

fn m_start(vm: &mut Vm, args: Args) -> PyResult {
    Ok(PyInt::new(span_of(vm, &args, "start")?.0))
}

fn m_end(vm: &mut Vm, args: Args) -> PyResult {
    Ok(PyInt::new(span_of(vm, &args, "end")?.1))
}

fn m_span(vm: &mut Vm, args: Args) -> PyResult {
    let (a, b) = span_of(vm, &args, "span")?;
    Ok(PyTuple::new(vec![PyInt::new(a), PyInt::new(b)]))
}

fn m_expand(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("expand", 2)?;
    let m = me(&args)?;
    let pat = m.pattern()?;
    let t = a[1].clone();
    let text = if m.is_bytes {
        bytes_like(&t).map(|b| b.iter().map(|&c| c as char).collect::<String>())
    } else {
        t.downcast_ref::<PyStr>().map(|s| s.as_str().to_string())
    };
    let Some(text) = text else {
        return Err(PyErr::type_error(format!("expected str instance, {} found", type_name(&t))));
    };
    let pieces = pattern::parse_template(vm, pat, &t, &text)?;
    let groups: Vec<Option<String>> = (0..m.spans.len()).map(|g| m.group_text(g)).collect();
    let mut out = String::new();
    template::expand(&pieces, &mut out, |g| groups.get(g).and_then(|s| s.as_deref()));
    Ok(make_text(false, m.is_bytes, &out))
}

fn m_repr(vm: &mut Vm, args: Args) -> PyResult {
    let m = me(&args)?;
    let (a, b) = m.spans.first().copied().flatten().unwrap_or((0, 0));
    let g0 = m.group_value(0).unwrap_or_else(none);
    let mut r = vm.repr_string(&g0)?;
    if r.chars().count() > 50 {
        r = r.chars().take(50).collect();
    }
    Ok(PyStr::new(format!("<re.Match object; span=({a}, {b}), match={r}>")))
}

fn m_self(_vm: &mut Vm, args: Args) -> PyResult {
    args.items.first().cloned().ok_or_else(|| PyErr::type_error("descriptor needs an argument"))
}

fn m_class_getitem(_vm: &mut Vm, args: Args) -> PyResult {
    args.items.first().cloned().ok_or_else(|| PyErr::type_error("__class_getitem__ needs a class"))
}

fn mo(o: &ObjRef) -> PyResult<&PyMatch> {
    o.downcast_ref::<PyMatch>().ok_or_else(|| PyErr::type_error("expected a re.Match object"))
}

fn g_string(_vm: &mut Vm, o: &ObjRef) -> PyResult {
    Ok(mo(o)?.string.clone())
}

fn g_re(_vm: &mut Vm, o: &ObjRef) -> PyResult {
    Ok(mo(o)?.re.clone())
}

fn g_pos(_vm: &mut Vm, o: &ObjRef) -> PyResult {
    Ok(PyInt::new(mo(o)?.pos as i64))
}

fn g_endpos(_vm: &mut Vm, o: &ObjRef) -> PyResult {
    Ok(PyInt::new(mo(o)?.endpos as i64))
}

fn g_lastindex(_vm: &mut Vm, o: &ObjRef) -> PyResult {
    Ok(mo(o)?.lastindex.map_or_else(none, |i| PyInt::new(i as i64)))
}

fn g_lastgroup(_vm: &mut Vm, o: &ObjRef) -> PyResult {
    let m = mo(o)?;
    let Some(i) = m.lastindex else { return Ok(none()) };
    Ok(m.pattern()?.names.iter().find(|(_, g)| *g == i).map_or_else(none, |(n, _)| PyStr::new(n.as_str())))
}

fn g_regs(_vm: &mut Vm, o: &ObjRef) -> PyResult {
    let m = mo(o)?;
    let regs = m
        .spans
        .iter()
        .map(|s| {
            let (a, b) = s.map_or((-1, -1), |(a, b)| (a as i64, b as i64));
            PyTuple::new(vec![PyInt::new(a), PyInt::new(b)])
        })
        .collect();
    Ok(PyTuple::new(regs))
}

pub fn init_types() {
    use crate::types::native::{add_classmethods, add_getsets, add_methods};
    let t = MATCH_TYPE.get();
    add_methods(
        t,
        &[
            ("group", m_group),
            ("__getitem__", m_getitem),
            ("groups", m_groups),
            ("groupdict", m_groupdict),
            ("start", m_start),
            ("end", m_end),
            ("span", m_span),
            ("expand", m_expand),
            ("__repr__", m_repr),
            ("__copy__", m_self),
            ("__deepcopy__", m_self),
        ],
    );
    add_classmethods(t, &[("__class_getitem__", m_class_getitem)]);
    add_getsets(
        t,
        &[
            ("string", g_string, None),
            ("re", g_re, None),
            ("pos", g_pos, None),
            ("endpos", g_endpos, None),
            ("lastindex", g_lastindex, None),
            ("lastgroup", g_lastgroup, None),
            ("regs", g_regs, None),
        ],
    );
}
