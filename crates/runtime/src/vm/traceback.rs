//! Traceback objects and CPython-style exception reports.
//!
//! When an exception passes through a frame, the frame prepends a
//! `PyTraceback` entry (code, instruction, line) to the exception's chain, so
//! the chain runs from the outermost frame to the innermost, as printed under
//! "Traceback (most recent call last):". Source lines are read from the files
//! (cached) to show the offending line and, where the failing expression is
//! only part of the line, a caret marker under it.

use std::collections::HashMap;
use std::sync::OnceLock;

use parking_lot::Mutex;

use crate::error::PyErr;
use crate::object::{ObjRef, PyPayload};
use crate::types::exception::{self, PyBaseException};
use crate::types::function::PyCode;
use crate::types::str::PyStr;
use crate::types::typeobj::new_builtin_type;
use crate::types::{singletons, TypeCell};
use crate::vm::frame::Frame;
use crate::vm::Vm;

pub static TRACEBACK_TYPE: TypeCell = TypeCell::new();

mod suggestions;

pub struct PyTraceback {
    pub next: Option<ObjRef>,
    pub code: ObjRef,
    pub lasti: usize,
    pub line: u32,
    /// The frame's globals and builtins, kept only on the innermost entry of
    /// a NameError (for "Did you mean: ...?"; there are no frame objects).
    pub scope: Option<(ObjRef, ObjRef)>,
}

impl PyPayload for PyTraceback {
    fn class() -> &'static ObjRef {
        TRACEBACK_TYPE.get()
    }
}

pub fn init() {
    TRACEBACK_TYPE.set(new_builtin_type("traceback", None, 0));
}

/// Prepend an entry for frame `f` to the exception's traceback.
pub fn add_frame(err: &PyErr, f: &Frame) {
    let Some(e) = err.value().downcast_ref::<PyBaseException>() else { return };
    let mut tb = e.traceback.lock();
    let scope = if tb.is_none() && err.matches(&exception::types().name_error) {
        Some((f.globals.clone(), f.builtins.clone()))
    } else {
        None
    };
    let entry = PyTraceback { next: tb.take(), code: f.code_obj.clone(), lasti: f.lasti, line: f.line(), scope };
    *tb = Some(ObjRef::new(entry));
}

/// `exc.__traceback__` (None if it has none).
pub fn traceback_of(exc: &ObjRef) -> ObjRef {
    exc.downcast_ref::<PyBaseException>()
        .and_then(|e| e.traceback.lock().clone())
        .unwrap_or_else(singletons::none)
}

fn source_cache() -> &'static Mutex<HashMap<String, Option<Vec<String>>>> {
    static CACHE: OnceLock<Mutex<HashMap<String, Option<Vec<String>>>>> = OnceLock::new();
    CACHE.get_or_init(|| Mutex::new(HashMap::new()))
}

/// Register source text for a pseudo-file (`<stdin>`, REPL input) so tracebacks can show it.
pub fn register_source(filename: &str, source: &str) {
    source_cache().lock().insert(filename.to_string(), Some(source.lines().map(str::to_string).collect()));
}

/// Line `line` (1-based) of `filename`, if readable.
pub fn source_line(filename: &str, line: u32) -> Option<String> {
    let mut cache = source_cache().lock();
    let lines = cache.entry(filename.to_string()).or_insert_with(|| {
        if filename.starts_with('<') {
            return None;
        }
        std::fs::read_to_string(filename).ok().map(|s| s.lines().map(str::to_string).collect())
    });
    lines.as_ref()?.get(line.checked_sub(1)? as usize).cloned()
}

/// The exception's type as tracebacks print it (`ValueError`, `pkg.mod.Error`).
fn exception_type_name(vm: &mut Vm, exc: &ObjRef) -> String {
    let cls = exc.class();
    let name = cls.ty_payload().qualname.lock().clone();
    let module = cls.ty_payload().dict().get_str("__module__");
    match module {
        Some(m) => match m.downcast_ref::<PyStr>().map(|s| s.as_str().to_string()) {
            Some(m) if m != "builtins" && m != "__main__" => format!("{m}.{name}"),
            _ => name,
        },
        None => {
            let _ = vm;
            name
        }
    }
}

/// The last line of a report: `TypeName: message` (or `TypeName` for an empty message).
pub fn format_exception_only(vm: &mut Vm, exc: &ObjRef) -> String {
    exception_line(vm, exc, false)
}

/// The last line as the interpreter prints an uncaught exception: with
/// CPython's ". Did you mean: 'x'?" for AttributeError and NameError.
fn exception_line(vm: &mut Vm, exc: &ObjRef, suggest: bool) -> String {
    let name = exception_type_name(vm, exc);
    let mut out = String::new();
    if exc.is_instance_of(&exception::types().syntax_error) {
        out.push_str(&format_syntax_error_location(vm, exc));
    }
    let msg = if exc.is_instance_of(&exception::types().syntax_error) {
        attr_string(vm, exc, "msg").unwrap_or_default()
    } else {
        match vm.str_string(exc) {
            Ok(s) => s,
            Err(_) => "<exception str() failed>".into(),
        }
    };
    if msg.is_empty() {
        out.push_str(&name);
    } else {
        out.push_str(&format!("{name}: {msg}"));
    }
    if suggest {
        if let Some(s) = suggestions::offer(vm, exc) {
            out.push_str(&format!(". Did you mean: '{s}'?"));
        }
    }
    out.push('\n');
    out
}

fn attr_string(vm: &mut Vm, obj: &ObjRef, name: &str) -> Option<String> {
    let v = vm.get_attr_opt(obj, name).ok()??;
    if v.is_none() {
        return None;
    }
    vm.str_string(&v).ok()
}

fn format_syntax_error_location(vm: &mut Vm, exc: &ObjRef) -> String {
    let filename = attr_string(vm, exc, "filename").unwrap_or_else(|| "<string>".into());
    let lineno = attr_string(vm, exc, "lineno").unwrap_or_else(|| "1".into());
    let mut out = format!("  File \"{filename}\", line {lineno}\n");
    if let Some(text) = attr_string(vm, exc, "text") {
        let text = text.trim_end_matches('\n');
        let stripped = text.trim_start();
        let indent = text.len() - stripped.len();
        out.push_str(&format!("    {}\n", stripped.trim_end()));
        if let Some(offset) = attr_string(vm, exc, "offset").and_then(|o| o.parse::<usize>().ok()) {
            let end = attr_string(vm, exc, "end_offset").and_then(|o| o.parse::<usize>().ok());
            let start = offset.saturating_sub(1).saturating_sub(indent);
            let width = match end {
                Some(e) if e > offset => e - offset,
                _ => 1,
            };
            let width = width.min(stripped.trim_end().chars().count().saturating_sub(start).max(1));
            out.push_str(&format!("    {}{}\n", " ".repeat(start), "^".repeat(width)));
        }
    }
    out
}

/// The full report of one exception and its chain, as the interpreter prints
/// an uncaught exception (with "Did you mean" hints).
pub fn format_exception(vm: &mut Vm, exc: &ObjRef) -> String {
    let mut seen: Vec<ObjRef> = Vec::new();
    format_chain(vm, exc, &mut seen, true)
}

/// The report as the `traceback` module formats it (CPython 3.11's
/// `traceback.format_exception` offers no "Did you mean" hints).
pub fn format_exception_plain(vm: &mut Vm, exc: &ObjRef) -> String {
    let mut seen: Vec<ObjRef> = Vec::new();
    format_chain(vm, exc, &mut seen, false)
}

fn format_chain(vm: &mut Vm, exc: &ObjRef, seen: &mut Vec<ObjRef>, suggest: bool) -> String {
    seen.push(exc.clone());
    let mut out = String::new();
    if let Some(e) = exc.downcast_ref::<PyBaseException>() {
        let cause = e.cause.lock().clone();
        let context = e.context.lock().clone();
        let suppress = e.suppress_context.load(std::sync::atomic::Ordering::Relaxed);
        if let Some(c) = cause.filter(|c| !seen.iter().any(|s| s.is_same(c))) {
            out.push_str(&format_chain(vm, &c, seen, suggest));
            out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if let Some(c) = context.filter(|c| !suppress && !seen.iter().any(|s| s.is_same(c))) {
            out.push_str(&format_chain(vm, &c, seen, suggest));
            out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
    }
    let tb = traceback_of(exc);
    if !tb.is_none() {
        out.push_str("Traceback (most recent call last):\n");
        out.push_str(&format_tb(&tb));
    }
    out.push_str(&exception_line(vm, exc, suggest));
    out
}

/// The `File ..., line ..., in ...` lines of a traceback chain.
pub fn format_tb(tb: &ObjRef) -> String {
    let mut out = String::new();
    let mut cur = Some(tb.clone());
    let mut last: Option<(String, u32, String)> = None;
    let mut repeats = 0;
    while let Some(t) = cur {
        let Some(entry) = t.downcast_ref::<PyTraceback>() else { break };
        let Some(code) = entry.code.downcast_ref::<PyCode>() else { break };
        let key = (code.code.filename.clone(), entry.line, code.code.name.clone());
        if last.as_ref() == Some(&key) {
            repeats += 1;
        } else {
            flush_repeats(&mut out, repeats);
            repeats = 0;
            last = Some(key);
        }
        if repeats < 3 {
            out.push_str(&format!("  File \"{}\", line {}, in {}\n", code.code.filename, entry.line, code.code.name));
            if let Some(src) = source_line(&code.code.filename, entry.line) {
                let stripped = src.trim();
                if !stripped.is_empty() {
                    out.push_str(&format!("    {stripped}\n"));
                    if let Some(carets) = caret_line(code, entry.lasti, &src) {
                        out.push_str(&carets);
                    }
                }
            }
        }
        cur = entry.next.clone();
    }
    flush_repeats(&mut out, repeats);
    out
}

fn flush_repeats(out: &mut String, repeats: usize) {
    if repeats >= 3 {
        let n = repeats - 2;
        out.push_str(&format!("  [Previous line repeated {} more time{}]\n", n, if n == 1 { "" } else { "s" }));
    }
}

/// `    ^^^^` under the failing expression when it is only part of its line.
fn caret_line(code: &PyCode, lasti: usize, src: &str) -> Option<String> {
    let loc = code.code.locations.get(lasti)?;
    if loc.line != loc.end_line {
        return None;
    }
    let indent = src.len() - src.trim_start().len();
    let (start, end) = (loc.col as usize, loc.end_col as usize);
    if start < indent || end <= start || end > src.len() {
        return None;
    }
    if start == indent && end >= src.trim_end().len() {
        return None;
    }
    let before = src.get(indent..start)?.chars().count();
    let width = src.get(start..end)?.chars().count();
    Some(format!("    {}{}\n", " ".repeat(before), "^".repeat(width)))
}
