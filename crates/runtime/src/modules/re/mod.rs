//! The `re` module: Python regular expressions on the fancy-regex engine.
//!
//! `translate.rs` turns Python syntax into engine syntax (and reports
//! CPython's syntax errors), `pattern.rs` holds the compiled `Pattern` and the
//! search loop, `matchobj.rs` the `Match`, `template.rs` replacement strings,
//! `flags.rs` the flag bits. This file holds the module functions and the
//! cache of compiled patterns: a map keyed by (kind, pattern, flags), emptied
//! when it grows past `CACHE_MAX`, guarded by a mutex that is never held while
//! Python code runs (compilation is pure Rust).

mod flags;
mod matchobj;
mod pattern;
pub mod subject;
mod template;
mod translate;

use std::collections::HashMap;
use std::sync::OnceLock;

use parking_lot::Mutex;

use crate::error::{PyErr, PyResult};
use crate::object::ObjRef;
use crate::types::bytes::{bytes_like, PyBytes};
use crate::types::dict::PyDict;
use crate::types::int::PyInt;
use crate::types::module::PyModule;
use crate::types::native::{Args, NativeFn, PyBuiltinFunction};
use crate::types::singletons::none;
use crate::types::str::PyStr;
use crate::types::tuple::PyTuple;
use crate::types::typeobj::new_builtin_type;
use crate::types::TypeCell;
use crate::vm::Vm;

use pattern::{Mode, PyPattern};

pub static PATTERN_TYPE: TypeCell = TypeCell::new();
pub static MATCH_TYPE: TypeCell = TypeCell::new();
pub static SCANNER_TYPE: TypeCell = TypeCell::new();

/// `(error, RegexFlag)`, built once from `PY_SOURCE`.
static PY_TYPES: OnceLock<(ObjRef, ObjRef)> = OnceLock::new();

const CACHE_MAX: usize = 512;

type CacheKey = (bool, String, u32);
static CACHE: Mutex<Option<HashMap<CacheKey, ObjRef>>> = Mutex::new(None);

/// `re.error`, defined in Python so that it carries `msg`, `pattern`, `pos`,
/// `lineno` and `colno` and formats its message as CPython's does; and
/// `RegexFlag`, an int whose repr names the flags (`re.IGNORECASE|re.M...`).
const PY_SOURCE: &str = r#"
class error(Exception):
    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        self.lineno = None
        self.colno = None
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            nl = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = pattern.count(nl, 0, pos) + 1
            self.colno = pos - pattern.rfind(nl, 0, pos)
            if nl in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        Exception.__init__(self, msg)

_FLAG_NAMES = ((1, 'TEMPLATE'), (2, 'IGNORECASE'), (4, 'LOCALE'), (8, 'MULTILINE'), (16, 'DOTALL'),
               (32, 'UNICODE'), (64, 'VERBOSE'), (128, 'DEBUG'), (256, 'ASCII'))

class RegexFlag(int):
    __module__ = 're'

    def __repr__(self):
        v = int(self)
        if v == 0:
            return 're.NOFLAG'
        parts = []
        for bit, name in _FLAG_NAMES:
            if v & bit:
                parts.append('re.' + name)
                v &= ~bit
        if v:
            parts.append(hex(v))
        return '|'.join(parts)

    __str__ = __repr__

    def __or__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) | int(other))
        return NotImplemented

    def __and__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) & int(other))
        return NotImplemented

    def __xor__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) ^ int(other))
        return NotImplemented

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__
"#;

fn py_types(vm: &mut Vm) -> PyResult<(ObjRef, ObjRef)> {
    if let Some(t) = PY_TYPES.get() {
        return Ok(t.clone());
    }
    let globals = PyDict::new_ref();
    if let Some(g) = globals.downcast_ref::<PyDict>() {
        g.set_str("__name__", PyStr::new("re"));
    }
    let code = vm.compile(PY_SOURCE, "<re>", compiler::Mode::Exec)?;
    vm.run_code(code, globals.clone(), None)?;
    let get = |name: &str| globals.downcast_ref::<PyDict>().and_then(|g| g.get_str(name)).ok_or_else(|| PyErr::system_error("re helper types"));
    let (e, f) = (get("error")?, get("RegexFlag")?);
    e.make_immortal();
    f.make_immortal();
    Ok(PY_TYPES.get_or_init(|| (e, f)).clone())
}

fn error_type(vm: &mut Vm) -> PyResult<ObjRef> {
    Ok(py_types(vm)?.0)
}

/// A `re.error(msg, pattern, pos)`.
#[cold]
pub fn re_error(vm: &mut Vm, msg: &str, pattern: Option<ObjRef>, pos: Option<usize>) -> PyErr {
    let t = match error_type(vm) {
        Ok(t) => t,
        Err(e) => return e,
    };
    let args = [PyStr::new(msg), pattern.unwrap_or_else(none), pos.map_or_else(none, |p| PyInt::new(p as i64))];
    match vm.call(&t, &args) {
        Ok(inst) => PyErr(inst),
        Err(e) => e,
    }
}

fn flags_arg(vm: &mut Vm, o: Option<&ObjRef>) -> PyResult<u32> {
    match o {
        None => Ok(0),
        Some(v) => Ok(crate::types::int::index_i64(vm, v)? as u32),
    }
}

/// `re.compile(pattern, flags)` through the cache.
pub fn compile(vm: &mut Vm, pattern: &ObjRef, flags: u32) -> PyResult {
    if pattern.downcast_ref::<PyPattern>().is_some() {
        if flags != 0 {
            return Err(PyErr::value_error("cannot process flags argument with a compiled pattern"));
        }
        return Ok(pattern.clone());
    }
    let Some((chars, is_bytes)) = pattern::source_chars(pattern) else {
        return Err(PyErr::type_error("first argument must be string or compiled pattern"));
    };
    if is_bytes {
        if flags & flags::UNICODE != 0 {
            return Err(PyErr::value_error("cannot use UNICODE flag with a bytes pattern"));
        }
        if flags & flags::LOCALE != 0 && flags & flags::ASCII != 0 {
            return Err(PyErr::value_error("ASCII and LOCALE flags are incompatible"));
        }
    } else {
        if flags & flags::LOCALE != 0 {
            return Err(PyErr::value_error("cannot use LOCALE flag with a str pattern"));
        }
        if flags & flags::ASCII != 0 && flags & flags::UNICODE != 0 {
            return Err(PyErr::value_error("ASCII and UNICODE flags are incompatible"));
        }
    }
    let key: CacheKey = (is_bytes, chars.iter().collect(), flags);
    if let Some(p) = CACHE.lock().as_ref().and_then(|c| c.get(&key)) {
        return Ok(p.clone());
    }
    let t = translate::translate(&chars, flags, is_bytes).map_err(|e| {
        if e.pos == usize::MAX {
            PyErr::overflow_error(e.msg)
        } else {
            re_error(vm, &e.msg, Some(pattern.clone()), Some(e.pos))
        }
    })?;
    // Keep the cached pattern's source independent of a mutable bytearray.
    let source = if is_bytes && pattern.downcast_ref::<PyBytes>().is_none() {
        PyBytes::new(bytes_like(pattern).map(|b| b.to_vec()).unwrap_or_default())
    } else {
        pattern.clone()
    };
    let p = ObjRef::new(PyPattern::new(vm, source, is_bytes, t)?);
    let mut cache = CACHE.lock();
    let map = cache.get_or_insert_with(HashMap::new);
    if map.len() >= CACHE_MAX {
        map.clear();
    }
    map.insert(key, p.clone());
    Ok(p)
}

// --- module functions ---

fn re_compile(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.bind("compile", &["pattern", "flags"], 1)?;
    let f = flags_arg(vm, a[1].as_ref())?;
    compile(vm, &a[0].clone().unwrap_or_else(none), f)
}

/// `(pattern, string, flags)` functions: the compiled pattern and the region.
fn pattern_and_region(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(ObjRef, pattern::Region)> {
    let a = args.bind(name, &["pattern", "string", "flags"], 2)?;
    let f = flags_arg(vm, a[2].as_ref())?;
    let p = compile(vm, &a[0].clone().unwrap_or_else(none), f)?;
    let string = a[1].clone().unwrap_or_else(none);
    let r = pattern::region(vm, pattern::pattern_of(&p)?, &string, None, None)?;
    Ok((p, r))
}

fn re_search(vm: &mut Vm, args: Args) -> PyResult {
    let (p, r) = pattern_and_region(vm, &args, "search")?;
    pattern::match_at(vm, &p, &r, Mode::Search)
}

fn re_match(vm: &mut Vm, args: Args) -> PyResult {
    let (p, r) = pattern_and_region(vm, &args, "match")?;
    pattern::match_at(vm, &p, &r, Mode::Match)
}

fn re_fullmatch(vm: &mut Vm, args: Args) -> PyResult {
    let (p, r) = pattern_and_region(vm, &args, "fullmatch")?;
    pattern::match_at(vm, &p, &r, Mode::Full)
}

fn re_findall(vm: &mut Vm, args: Args) -> PyResult {
    let (p, r) = pattern_and_region(vm, &args, "findall")?;
    pattern::findall(vm, &p, &r)
}

fn re_finditer(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.bind("finditer", &["pattern", "string", "flags"], 2)?;
    let f = flags_arg(vm, a[2].as_ref())?;
    let p = compile(vm, &a[0].clone().unwrap_or_else(none), f)?;
    let finditer = vm.get_attr_str(&p, "finditer")?;
    vm.call(&finditer, &[a[1].clone().unwrap_or_else(none)])
}

fn sub_common(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(ObjRef, usize)> {
    let a = args.bind(name, &["pattern", "repl", "string", "count", "flags"], 3)?;
    let f = flags_arg(vm, a[4].as_ref())?;
    let count = match &a[3] {
        Some(c) => crate::types::int::index_i64(vm, c)?,
        None => 0,
    };
    let p = compile(vm, &a[0].clone().unwrap_or_else(none), f)?;
    pattern::sub(vm, &p, &a[1].clone().unwrap_or_else(none), &a[2].clone().unwrap_or_else(none), count)
}

fn re_sub(vm: &mut Vm, args: Args) -> PyResult {
    Ok(sub_common(vm, &args, "sub")?.0)
}

fn re_subn(vm: &mut Vm, args: Args) -> PyResult {
    let (s, n) = sub_common(vm, &args, "subn")?;
    Ok(PyTuple::new(vec![s, PyInt::new(n as i64)]))
}

fn re_split(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.bind("split", &["pattern", "string", "maxsplit", "flags"], 2)?;
    let f = flags_arg(vm, a[3].as_ref())?;
    let maxsplit = match &a[2] {
        Some(c) => crate::types::int::index_i64(vm, c)?,
        None => 0,
    };
    let p = compile(vm, &a[0].clone().unwrap_or_else(none), f)?;
    pattern::split(vm, &p, &a[1].clone().unwrap_or_else(none), maxsplit)
}

fn re_escape(_vm: &mut Vm, args: Args) -> PyResult {
    let a = args.bind("escape", &["pattern"], 1)?;
    let p = a[0].clone().unwrap_or_else(none);
    if let Some(s) = p.downcast_ref::<PyStr>() {
        let mut out = String::with_capacity(s.as_str().len());
        for c in s.as_str().chars() {
            if translate::escape_char(c) {
                out.push('\\');
            }
            out.push(c);
        }
        return Ok(PyStr::new(out));
    }
    if let Some(b) = bytes_like(&p) {
        let mut out = Vec::with_capacity(b.len());
        for &c in b.iter() {
            if c.is_ascii() && translate::escape_char(c as char) {
                out.push(b'\\');
            }
            out.push(c);
        }
        return Ok(PyBytes::new(out));
    }
    Err(PyErr::type_error(format!("expected str or bytes-like object, got '{}'", crate::vm::ops::type_name(&p))))
}

fn re_purge(_vm: &mut Vm, _args: Args) -> PyResult {
    let old = CACHE.lock().take();
    drop(old);
    Ok(none())
}

fn init_types() {
    if PATTERN_TYPE.is_set() {
        return;
    }
    let mk = |name: &str| {
        let t = new_builtin_type(name, None, 0);
        t.ty_payload().dict().set_str("__module__", PyStr::new("re"));
        t
    };
    PATTERN_TYPE.set(mk("Pattern"));
    MATCH_TYPE.set(mk("Match"));
    SCANNER_TYPE.set(mk("callable_iterator"));
    pattern::init_types();
    matchobj::init_types();
}

/// Build the `re` module.
pub fn make_module(vm: &mut Vm) -> PyResult {
    init_types();
    let m = PyModule::new_ref("re", None);
    let d = m.downcast_ref::<PyModule>().ok_or_else(|| PyErr::system_error("re module"))?.dict();
    let fns: &[(&'static str, NativeFn)] = &[
        ("compile", re_compile),
        ("search", re_search),
        ("match", re_match),
        ("fullmatch", re_fullmatch),
        ("findall", re_findall),
        ("finditer", re_finditer),
        ("sub", re_sub),
        ("subn", re_subn),
        ("split", re_split),
        ("escape", re_escape),
        ("purge", re_purge),
    ];
    for &(name, f) in fns {
        d.set_str(name, PyBuiltinFunction::new_static("re", name, f));
    }
    let regex_flag = py_types(vm)?.1;
    for &(name, bit) in flags::NAMES {
        d.set_str(name, vm.call(&regex_flag, &[PyInt::new(bit as i64)])?);
    }
    d.set_str("RegexFlag", regex_flag);
    d.set_str("error", error_type(vm)?);
    d.set_str("Pattern", PATTERN_TYPE.get().clone());
    d.set_str("Match", MATCH_TYPE.get().clone());
    Ok(m)
}
