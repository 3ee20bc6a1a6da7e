//! `re.Pattern`: a compiled expression, and the searching every `re` entry
//! point shares (`exec`, `Scan`).
//!
//! A pattern is immutable once built; its engine regexes (fancy-regex, which
//! is `Sync`) are compiled lazily per variant into `OnceLock`s, so one
//! pattern may be used by many threads at once with no lock. The variants
//! are: search, anchored match (`\G(?:…)`), full match (`\G(?:…)\z`) and the
//! "must advance" match used after an empty match (`\G(?:…)(?!\G)`: at the
//! start position only a non-empty match counts), each in two spellings of
//! Python's `$` (see `translate.rs`).
//!
//! Positions: the engine works in UTF-8 byte offsets of a `&str`; Python sees
//! code points; `subject.rs` converts.

use std::sync::OnceLock;

use fancy_regex::internal::{analyze, compile, run_default, Prog};
use fancy_regex::{Expr, Regex, RegexBuilder};
use parking_lot::Mutex;

use super::matchobj;
use super::subject::{make_text, Subject};
use super::template::{self, Piece};
use super::translate::{Translated, EOL_MARK};
use super::{flags, re_error, PATTERN_TYPE, SCANNER_TYPE};
use crate::error::{PyErr, PyResult};
use crate::object::{ObjRef, PyPayload};
use crate::types::bytearray::PyByteArray;
use crate::types::bytes::{bytes_like, PyBytes};
use crate::types::dict::PyDict;
use crate::types::int::PyInt;
use crate::types::list::PyList;
use crate::types::native::Args;
use crate::types::singletons::{none, not_implemented, py_bool};
use crate::types::str::PyStr;
use crate::types::tuple::PyTuple;
use crate::vm::ops::type_name;
use crate::vm::Vm;

/// How a match must sit relative to the start position.
#[derive(Clone, Copy)]
pub enum Mode {
    Search = 0,
    Match = 1,
    Full = 2,
    /// Anchored, and not empty (the step after an empty match).
    Advance = 3,
}

/// Byte spans of groups 0..=n in the engine text.
pub type Spans = Vec<Option<(usize, usize)>>;

pub struct PyPattern {
    /// The pattern as given (str or bytes).
    pub source: ObjRef,
    pub is_bytes: bool,
    pub flags: u32,
    pub groups: usize,
    pub names: Vec<(String, usize)>,
    pub close_rank: Vec<usize>,
    engine: String,
    has_eol: bool,
    variants: [OnceLock<Result<Engine, String>>; 8],
}

/// A compiled variant: the library's searching regex, or, for the anchored
/// modes, a bare program run at the start position only (the library's own
/// wrapper would retry at every later position before failing).
enum Engine {
    Search(Regex),
    Anchored(Prog),
}

impl PyPayload for PyPattern {
    fn class() -> &'static ObjRef {
        PATTERN_TYPE.get()
    }
}

/// Allow deep backtracking: CPython has no limit, a program that needs many
/// steps should not fail here.
const BACKTRACK_LIMIT: usize = 1 << 40;

fn build(engine: &str, mode: Mode, nl: bool) -> Result<Engine, String> {
    let body = engine.replace(EOL_MARK, if nl { "(?=\\n?\\z)" } else { "\\z" });
    let src = match mode {
        Mode::Search => return RegexBuilder::new(&body).backtrack_limit(BACKTRACK_LIMIT).build().map(Engine::Search).map_err(|e| engine_message(&e)),
        Mode::Match => format!("(?:{body})"),
        Mode::Full => format!("(?:{body})\\z"),
        Mode::Advance => format!("(?:{body})(?!\\G)"),
    };
    let err = |e: fancy_regex::Error| engine_message(&e);
    let mut tree = Expr::parse_tree(&src).map_err(err)?;
    // Group 0 around the whole expression, as the library's wrapper has it.
    let inner = std::mem::replace(&mut tree.expr, Expr::Empty);
    tree.expr = Expr::Group(Box::new(inner));
    let info = analyze(&tree).map_err(err)?;
    compile(&info).map(Engine::Anchored).map_err(err)
}

/// CPython's wording for what the engine rejects.
fn engine_message(e: &fancy_regex::Error) -> String {
    let s = e.to_string();
    if s.contains("Look-behind") {
        "look-behind requires fixed-width pattern".to_string()
    } else {
        s
    }
}

impl PyPattern {
    /// Build a pattern from a translation; the search variant is compiled now
    /// so that engine errors surface from `re.compile`.
    pub fn new(vm: &mut Vm, source: ObjRef, is_bytes: bool, t: Translated) -> PyResult<PyPattern> {
        let p = PyPattern {
            source,
            is_bytes,
            flags: t.flags,
            groups: t.groups,
            names: t.names,
            close_rank: t.close_rank,
            engine: t.engine,
            has_eol: t.has_eol,
            variants: Default::default(),
        };
        p.regex(vm, Mode::Search, false)?;
        Ok(p)
    }

    fn regex(&self, vm: &mut Vm, mode: Mode, nl: bool) -> PyResult<&Engine> {
        let nl = nl && self.has_eol;
        let slot = &self.variants[mode as usize * 2 + nl as usize];
        match slot.get_or_init(|| build(&self.engine, mode, nl)) {
            Ok(r) => Ok(r),
            Err(msg) => Err(re_error(vm, msg, None, None)),
        }
    }

    /// The first match in `hay` (the text cut at endpos) at or after byte `pos`.
    pub fn exec(&self, vm: &mut Vm, hay: &str, pos: usize, mode: Mode) -> PyResult<Option<Spans>> {
        let groups = self.groups;
        match self.regex(vm, mode, hay.ends_with('\n'))? {
            Engine::Anchored(prog) => match run_default(prog, hay, pos) {
                Ok(Some(saves)) => Ok(Some(
                    (0..=groups)
                        .map(|g| match (saves.get(2 * g), saves.get(2 * g + 1)) {
                            (Some(&a), Some(&b)) if a != usize::MAX && b != usize::MAX => Some((a, b)),
                            _ => None,
                        })
                        .collect(),
                )),
                Ok(None) => Ok(None),
                Err(e) => Err(run_error(&e)),
            },
            Engine::Search(re) if groups == 0 => match re.find_from_pos(hay, pos) {
                Ok(m) => Ok(m.map(|m| vec![Some((m.start(), m.end()))])),
                Err(e) => Err(run_error(&e)),
            },
            Engine::Search(re) => match re.captures_from_pos(hay, pos) {
                Ok(Some(c)) => Ok(Some((0..=groups).map(|i| c.get(i).map(|m| (m.start(), m.end()))).collect())),
                Ok(None) => Ok(None),
                Err(e) => Err(run_error(&e)),
            },
        }
    }

    pub fn group_index(&self, name: &str) -> Option<usize> {
        self.names.iter().find(|(n, _)| n == name).map(|&(_, i)| i)
    }
}

#[cold]
fn run_error(e: &fancy_regex::Error) -> PyErr {
    PyErr::runtime_error(format!("regular expression engine: {e}"))
}

/// Successive matches over a text, with CPython's rule for empty matches: after
/// an empty match the next one may start at the same place only if non-empty.
pub struct Scan {
    pub pos: usize,
    must_advance: bool,
    done: bool,
}

impl Scan {
    pub fn new(pos: usize) -> Scan {
        Scan { pos, must_advance: false, done: false }
    }

    pub fn next(&mut self, vm: &mut Vm, pat: &PyPattern, hay: &str) -> PyResult<Option<Spans>> {
        if self.done || self.pos > hay.len() {
            return Ok(None);
        }
        let mut found = None;
        if self.must_advance {
            found = pat.exec(vm, hay, self.pos, Mode::Advance)?;
            if found.is_none() {
                match hay.get(self.pos..).and_then(|r| r.chars().next()) {
                    Some(ch) => self.pos += ch.len_utf8(),
                    None => {
                        self.done = true;
                        return Ok(None);
                    }
                }
            }
        }
        if found.is_none() {
            found = pat.exec(vm, hay, self.pos, Mode::Search)?;
        }
        match found {
            Some(sp) => {
                let (s, e) = sp.first().copied().flatten().unwrap_or((self.pos, self.pos));
                self.must_advance = s == e;
                self.pos = e;
                Ok(Some(sp))
            }
            None => {
                self.done = true;
                Ok(None)
            }
        }
    }
}

// --- argument helpers ---

pub fn pattern_of<'a>(o: &'a ObjRef) -> PyResult<&'a PyPattern> {
    o.downcast_ref::<PyPattern>().ok_or_else(|| PyErr::type_error(format!("descriptor requires a 're.Pattern' object but received a '{}'", type_name(o))))
}

/// A position argument, clamped to `0..=len` (None means `default`).
fn position(vm: &mut Vm, o: Option<&ObjRef>, default: usize, len: usize) -> PyResult<usize> {
    match o {
        None => Ok(default),
        Some(v) => {
            let i = crate::types::str::slicing::int_arg(vm, v)?;
            Ok(if i < 0 { 0 } else { (i as u64).min(len as u64) as usize })
        }
    }
}

/// The region of a `(string, pos, endpos)` call: subject and the text cut at endpos.
pub struct Region {
    pub subject: Subject,
    pub pos: usize,
    pub endpos: usize,
    pub pos_b: usize,
    pub end_b: usize,
}

pub fn region(vm: &mut Vm, pat: &PyPattern, string: &ObjRef, pos: Option<&ObjRef>, endpos: Option<&ObjRef>) -> PyResult<Region> {
    let subject = Subject::new(string, pat.is_bytes)?;
    let len = subject.char_len;
    let pos = position(vm, pos, 0, len)?;
    let endpos = position(vm, endpos, len, len)?;
    let mut o = subject.offsets();
    let pos_b = o.byte_of(pos);
    let end_b = o.byte_of(endpos);
    Ok(Region { subject, pos, endpos, pos_b, end_b })
}

/// One match attempt in `mode`; a Match object or None.
pub fn match_at(vm: &mut Vm, pat_obj: &ObjRef, r: &Region, mode: Mode) -> PyResult {
    let pat = pattern_of(pat_obj)?;
    if r.endpos < r.pos {
        return Ok(none());
    }
    let hay = &r.subject.text()[..r.end_b];
    match pat.exec(vm, hay, r.pos_b, mode)? {
        None => Ok(none()),
        Some(sp) => {
            let chars = r.subject.offsets().spans(&sp);
            Ok(matchobj::new_match(pat_obj, pat, &r.subject, sp, chars, r.pos, r.endpos))
        }
    }
}

// --- operations shared with the module functions ---

pub fn findall(vm: &mut Vm, pat_obj: &ObjRef, r: &Region) -> PyResult {
    let pat = pattern_of(pat_obj)?;
    let mut out = Vec::new();
    if r.endpos < r.pos {
        return Ok(PyList::new(out));
    }
    let text = r.subject.text();
    let hay = &text[..r.end_b];
    let mut scan = Scan::new(r.pos_b);
    let item = |sp: &Spans, g: usize| -> ObjRef {
        let s = sp.get(g).copied().flatten().map_or("", |(a, b)| &hay[a..b]);
        r.subject.make(s)
    };
    while let Some(sp) = scan.next(vm, pat, hay)? {
        out.push(match pat.groups {
            0 => item(&sp, 0),
            1 => item(&sp, 1),
            n => PyTuple::new((1..=n).map(|g| item(&sp, g)).collect()),
        });
    }
    Ok(PyList::new(out))
}

pub fn split(vm: &mut Vm, pat_obj: &ObjRef, string: &ObjRef, maxsplit: i64) -> PyResult {
    let pat = pattern_of(pat_obj)?;
    let subject = Subject::new(string, pat.is_bytes)?;
    let text = subject.text();
    let mut out = Vec::new();
    let mut last = 0;
    let mut n = 0i64;
    let mut scan = Scan::new(0);
    while maxsplit == 0 || n < maxsplit {
        if maxsplit < 0 {
            break;
        }
        let Some(sp) = scan.next(vm, pat, text)? else { break };
        let (s, e) = sp[0].unwrap_or((last, last));
        out.push(subject.make(&text[last..s]));
        for g in 1..=pat.groups {
            out.push(match sp.get(g).copied().flatten() {
                Some((a, b)) => subject.make(&text[a..b]),
                None => none(),
            });
        }
        last = e;
        n += 1;
    }
    out.push(subject.make(&text[last..]));
    Ok(PyList::new(out))
}

enum Repl {
    Literal(String),
    Template(Vec<Piece>),
    Call(ObjRef),
}

fn text_of(o: &ObjRef, is_bytes: bool) -> Option<String> {
    if is_bytes {
        bytes_like(o).map(|b| b.iter().map(|&c| c as char).collect())
    } else {
        o.downcast_ref::<PyStr>().map(|s| s.as_str().to_string())
    }
}

/// Parse a template for `pat`, raising CPython's errors.
pub fn parse_template(vm: &mut Vm, pat: &PyPattern, template: &ObjRef, text: &str) -> PyResult<Vec<Piece>> {
    let chars: Vec<char> = text.chars().collect();
    template::parse(&chars, pat.groups, &pat.names).map_err(|e| match e {
        template::TemplateError::Syntax(e) => re_error(vm, &e.msg, Some(template.clone()), Some(e.pos)),
        template::TemplateError::UnknownName(n) => PyErr::index_error(format!("unknown group name '{n}'")),
    })
}

/// `sub`/`subn`: the new string and the number of replacements.
pub fn sub(vm: &mut Vm, pat_obj: &ObjRef, repl: &ObjRef, string: &ObjRef, count: i64) -> PyResult<(ObjRef, usize)> {
    let pat = pattern_of(pat_obj)?;
    let repl = match text_of(repl, pat.is_bytes) {
        Some(t) if !t.contains('\\') => Repl::Literal(t),
        Some(t) => Repl::Template(parse_template(vm, pat, repl, &t)?),
        None if !crate::builtins::core::is_callable(repl) => {
            return Err(PyErr::type_error(if pat.is_bytes {
                format!("expected a bytes-like object, {} found", type_name(repl))
            } else {
                format!("decoding to str: need a bytes-like object, {} found", type_name(repl))
            }));
        }
        None => Repl::Call(repl.clone()),
    };
    let subject = Subject::new(string, pat.is_bytes)?;
    let text = subject.text();
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    let mut n = 0usize;
    let mut scan = Scan::new(0);
    let mut offs = subject.offsets();
    // How many pieces CPython's join would have seen (for its error message).
    let mut items = 0usize;
    while count <= 0 || (n as i64) < count {
        if count < 0 {
            break;
        }
        let Some(sp) = scan.next(vm, pat, text)? else { break };
        let (s, e) = sp[0].unwrap_or((last, last));
        if last < s {
            items += 1;
        }
        out.push_str(&text[last..s]);
        match &repl {
            Repl::Literal(l) => out.push_str(l),
            Repl::Template(t) => template::expand(t, &mut out, |g| sp.get(g).copied().flatten().map(|(a, b)| &text[a..b])),
            Repl::Call(f) => {
                let chars = offs.spans(&sp);
                let m = matchobj::new_match(pat_obj, pat, &subject, sp.clone(), chars, 0, subject.char_len);
                let r = vm.call(f, &[m])?;
                if !r.is_none() {
                    match text_of(&r, pat.is_bytes) {
                        Some(t) => out.push_str(&t),
                        None => {
                            return Err(PyErr::type_error(if pat.is_bytes {
                                format!("sequence item {items}: expected a bytes-like object, {} found", type_name(&r))
                            } else {
                                format!("sequence item {items}: expected str instance, {} found", type_name(&r))
                            }))
                        }
                    }
                    items += 1;
                }
            }
        }
        last = e;
        n += 1;
    }
    if n == 0 && string.class().is_same(if pat.is_bytes { PyBytes::class() } else { PyStr::class() }) {
        return Ok((string.clone(), 0));
    }
    out.push_str(&text[last..]);
    Ok((make_text(false, pat.is_bytes, &out), n))
}

// --- Pattern methods ---

fn bind3<'a>(args: &Args<'a>, name: &str) -> PyResult<(ObjRef, Vec<Option<ObjRef>>)> {
    let me = args.items.first().cloned().ok_or_else(|| PyErr::type_error("descriptor needs an argument"))?;
    let a = args.skip_self().bind(name, &["string", "pos", "endpos"], 1)?;
    Ok((me, a))
}

fn attempt(vm: &mut Vm, args: Args, name: &str, mode: Mode) -> PyResult {
    let (me, a) = bind3(&args, name)?;
    let pat = pattern_of(&me)?;
    let string = a[0].clone().unwrap_or_else(none);
    let r = region(vm, pat, &string, a[1].as_ref(), a[2].as_ref())?;
    match_at(vm, &me, &r, mode)
}

fn p_match(vm: &mut Vm, args: Args) -> PyResult {
    attempt(vm, args, "match", Mode::Match)
}

fn p_fullmatch(vm: &mut Vm, args: Args) -> PyResult {
    attempt(vm, args, "fullmatch", Mode::Full)
}

fn p_search(vm: &mut Vm, args: Args) -> PyResult {
    attempt(vm, args, "search", Mode::Search)
}

fn p_findall(vm: &mut Vm, args: Args) -> PyResult {
    let (me, a) = bind3(&args, "findall")?;
    let pat = pattern_of(&me)?;
    let string = a[0].clone().unwrap_or_else(none);
    let r = region(vm, pat, &string, a[1].as_ref(), a[2].as_ref())?;
    findall(vm, &me, &r)
}

fn p_finditer(vm: &mut Vm, args: Args) -> PyResult {
    let (me, a) = bind3(&args, "finditer")?;
    let pat = pattern_of(&me)?;
    let string = a[0].clone().unwrap_or_else(none);
    let r = region(vm, pat, &string, a[1].as_ref(), a[2].as_ref())?;
    Ok(new_scanner(me, r))
}

fn p_sub_common(vm: &mut Vm, args: Args, name: &str) -> PyResult<(ObjRef, usize)> {
    let me = args.items.first().cloned().ok_or_else(|| PyErr::type_error("descriptor needs an argument"))?;
    let a = args.skip_self().bind(name, &["repl", "string", "count"], 2)?;
    let count = match &a[2] {
        Some(c) => crate::types::int::index_i64(vm, c)?,
        None => 0,
    };
    let (repl, string) = (a[0].clone().unwrap_or_else(none), a[1].clone().unwrap_or_else(none));
    sub(vm, &me, &repl, &string, count)
}

fn p_sub(vm: &mut Vm, args: Args) -> PyResult {
    Ok(p_sub_common(vm, args, "sub")?.0)
}

fn p_subn(vm: &mut Vm, args: Args) -> PyResult {
    let (s, n) = p_sub_common(vm, args, "subn")?;
    Ok(PyTuple::new(vec![s, PyInt::new(n as i64)]))
}

fn p_split(vm: &mut Vm, args: Args) -> PyResult {
    let me = args.items.first().cloned().ok_or_else(|| PyErr::type_error("descriptor needs an argument"))?;
    let a = args.skip_self().bind("split", &["string", "maxsplit"], 1)?;
    let maxsplit = match &a[1] {
        Some(c) => crate::types::int::index_i64(vm, c)?,
        None => 0,
    };
    split(vm, &me, &a[0].clone().unwrap_or_else(none), maxsplit)
}

fn p_repr(vm: &mut Vm, args: Args) -> PyResult {
    let me = args.exact("__repr__", 1)?;
    let pat = pattern_of(&me[0])?;
    let mut src = vm.repr_string(&pat.source)?;
    if src.chars().count() > 200 {
        src = src.chars().take(200).collect();
    }
    let fl = flags::repr(pat.flags, pat.is_bytes);
    Ok(PyStr::new(if fl.is_empty() { format!("re.compile({src})") } else { format!("re.compile({src}, {fl})") }))
}

fn p_eq(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("__eq__", 2)?;
    let (Some(x), Some(y)) = (a[0].downcast_ref::<PyPattern>(), a[1].downcast_ref::<PyPattern>()) else { return Ok(not_implemented()) };
    if a[0].is_same(&a[1]) {
        return Ok(py_bool(true));
    }
    let same = x.flags == y.flags && x.is_bytes == y.is_bytes && vm.eq(&x.source, &y.source)?;
    Ok(py_bool(same))
}

fn p_hash(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("__hash__", 1)?;
    let p = pattern_of(&a[0])?;
    let h = vm.hash(&p.source)?;
    Ok(PyInt::new(h ^ (p.flags as i64).wrapping_mul(1_000_003)))
}

fn p_self(_vm: &mut Vm, args: Args) -> PyResult {
    args.items.first().cloned().ok_or_else(|| PyErr::type_error("descriptor needs an argument"))
}

fn p_class_getitem(_vm: &mut Vm, args: Args) -> PyResult {
    args.items.first().cloned().ok_or_else(|| PyErr::type_error("__class_getitem__ needs a class"))
}

fn g_pattern(_vm: &mut Vm, o: &ObjRef) -> PyResult {
    Ok(pattern_of(o)?.source.clone())
}

fn g_flags(_vm: &mut Vm, o: &ObjRef) -> PyResult {
    Ok(PyInt::new(pattern_of(o)?.flags as i64))
}

fn g_groups(_vm: &mut Vm, o: &ObjRef) -> PyResult {
    Ok(PyInt::new(pattern_of(o)?.groups as i64))
}

/// `groupindex`: a read-only `types.MappingProxyType` over a fresh dict.
fn g_groupindex(vm: &mut Vm, o: &ObjRef) -> PyResult {
    let d = PyDict::new();
    for (n, i) in &pattern_of(o)?.names {
        d.set_str(n, PyInt::new(*i as i64));
    }
    if d.is_empty() {
        return Ok(ObjRef::new(d));
    }
    let d = ObjRef::new(d);
    let proxy = vm.import_module("types").and_then(|t| vm.get_attr_str(&t, "MappingProxyType"));
    match proxy {
        Ok(p) => vm.call(&p, &[d]),
        Err(_) => Ok(d),
    }
}

// --- finditer ---

/// The iterator of `finditer`: the scan state behind a mutex so that two
/// threads sharing one iterator each get distinct matches.
pub struct PyScanner {
    pattern: ObjRef,
    region: Region,
    scan: Mutex<Scan>,
}

impl PyPayload for PyScanner {
    fn class() -> &'static ObjRef {
        SCANNER_TYPE.get()
    }
}

fn new_scanner(pattern: ObjRef, region: Region) -> ObjRef {
    let done = region.endpos < region.pos;
    let mut scan = Scan::new(region.pos_b);
    if done {
        scan.done = true;
    }
    ObjRef::new(PyScanner { pattern, region, scan: Mutex::new(scan) })
}

fn scanner_next(vm: &mut Vm, args: Args) -> PyResult {
    let me = args.exact("__next__", 1)?;
    let sc = me[0].downcast_ref::<PyScanner>().ok_or_else(|| PyErr::type_error("expected a finditer iterator"))?;
    let pat = pattern_of(&sc.pattern)?;
    let r = &sc.region;
    let hay = &r.subject.text()[..r.end_b];
    let found = {
        let mut st = sc.scan.lock();
        st.next(vm, pat, hay)?
    };
    match found {
        None => Err(PyErr::stop_iteration(None)),
        Some(sp) => {
            let chars = r.subject.offsets().spans(&sp);
            Ok(matchobj::new_match(&sc.pattern, pat, &r.subject, sp, chars, r.pos, r.endpos))
        }
    }
}

pub fn init_types() {
    use crate::types::native::{add_classmethods, add_getsets, add_methods};
    let t = PATTERN_TYPE.get();
    add_methods(
        t,
        &[
            ("match", p_match),
            ("fullmatch", p_fullmatch),
            ("search", p_search),
            ("findall", p_findall),
            ("finditer", p_finditer),
            ("sub", p_sub),
            ("subn", p_subn),
            ("split", p_split),
            ("__repr__", p_repr),
            ("__eq__", p_eq),
            ("__hash__", p_hash),
            ("__copy__", p_self),
            ("__deepcopy__", p_self),
        ],
    );
    add_classmethods(t, &[("__class_getitem__", p_class_getitem)]);
    add_getsets(t, &[("pattern", g_pattern, None), ("flags", g_flags, None), ("groups", g_groups, None), ("groupindex", g_groupindex, None)]);
    let s = SCANNER_TYPE.get();
    add_methods(s, &[("__iter__", crate::types::iter::iter_self), ("__next__", scanner_next)]);
}

/// For `Match`: the pattern's source string kind.
pub fn is_bytearray(o: &ObjRef) -> bool {
    o.downcast_ref::<PyByteArray>().is_some()
}

/// A str pattern or bytes pattern as code points, for translation.
pub fn source_chars(o: &ObjRef) -> Option<(Vec<char>, bool)> {
    if let Some(s) = o.downcast_ref::<PyStr>() {
        return Some((s.as_str().chars().collect(), false));
    }
    bytes_like(o).map(|b| (b.iter().map(|&c| c as char).collect(), true))
}
