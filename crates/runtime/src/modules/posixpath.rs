//! `posixpath` (imported as `os.path`): path-name manipulation on str paths,
//! following CPython's `posixpath.py` rules (POSIX keeps exactly two leading
//! slashes in `normpath`; `splitext` ignores leading dots of the last
//! component), plus the queries that touch the file system.
//!
//! '/' and '.' are ASCII, so byte offsets found for them are always char
//! boundaries of the UTF-8 text.

use crate::error::{PyErr, PyResult};
use crate::modules::os::{fspath, PathArg};
use crate::object::ObjRef;
use crate::types::float::PyFloat;
use crate::types::int::PyInt;
use crate::types::module::PyModule;
use crate::types::native::{Args, NativeFn};
use crate::types::singletons::py_bool;
use crate::types::str::PyStr;
use crate::types::tuple::PyTuple;
use crate::vm::Vm;

/// A path argument as text (bytes paths are decoded lossily).
fn text(vm: &mut Vm, o: &ObjRef) -> PyResult<String> {
    Ok(match fspath(vm, o)? {
        PathArg::Str(s) => s,
        PathArg::Bytes(b) => String::from_utf8_lossy(&b).into_owned(),
    })
}

fn one(vm: &mut Vm, args: &Args, name: &str) -> PyResult<String> {
    let a = args.exact(name, 1)?;
    text(vm, &a[0])
}

pub fn join_all(parts: &[String]) -> String {
    let mut path = parts.first().cloned().unwrap_or_default();
    for b in &parts[1.min(parts.len())..] {
        if b.starts_with('/') {
            path = b.clone();
        } else if path.is_empty() || path.ends_with('/') {
            path.push_str(b);
        } else {
            path.push('/');
            path.push_str(b);
        }
    }
    path
}

pub fn normpath(path: &str) -> String {
    if path.is_empty() {
        return ".".into();
    }
    let initial = if path.starts_with("//") && !path.starts_with("///") {
        2
    } else if path.starts_with('/') {
        1
    } else {
        0
    };
    let mut comps: Vec<&str> = Vec::new();
    for c in path.split('/') {
        if c.is_empty() || c == "." {
            continue;
        }
        if c != ".." || (initial == 0 && comps.is_empty()) || comps.last() == Some(&"..") {
            comps.push(c);
        } else if !comps.is_empty() {
            comps.pop();
        }
    }
    let out = format!("{}{}", "/".repeat(initial), comps.join("/"));
    if out.is_empty() { ".".into() } else { out }
}

pub fn split(p: &str) -> (String, String) {
    let i = p.rfind('/').map_or(0, |i| i + 1);
    let (head, tail) = (&p[..i], &p[i..]);
    let head = if !head.is_empty() && head.chars().any(|c| c != '/') { head.trim_end_matches('/') } else { head };
    (head.to_string(), tail.to_string())
}

pub fn splitext(p: &str) -> (String, String) {
    let sep = p.rfind('/').map_or(-1, |i| i as i64);
    let Some(dot) = p.rfind('.') else { return (p.to_string(), String::new()) };
    if (dot as i64) > sep {
        let start = (sep + 1) as usize;
        if p.as_bytes()[start..dot].iter().any(|&b| b != b'.') {
            return (p[..dot].to_string(), p[dot..].to_string());
        }
    }
    (p.to_string(), String::new())
}

pub fn abspath(p: &str) -> String {
    if p.starts_with('/') {
        return normpath(p);
    }
    let cwd = std::env::current_dir().map(|d| d.to_string_lossy().into_owned()).unwrap_or_default();
    normpath(&join_all(&[cwd, p.to_string()]))
}

fn expanduser(p: &str) -> String {
    if !p.starts_with('~') {
        return p.to_string();
    }
    let i = p[1..].find('/').map_or(p.len(), |i| i + 1);
    let home = if i == 1 {
        match std::env::var("HOME") {
            Ok(h) => h,
            Err(_) => return p.to_string(),
        }
    } else {
        let name = &p[1..i];
        let Ok(c) = std::ffi::CString::new(name) else { return p.to_string() };
        // SAFETY: getpwnam reads a NUL-terminated name; the returned record is
        // copied out at once.
        let pw = unsafe { libc::getpwnam(c.as_ptr()) };
        if pw.is_null() {
            return p.to_string();
        }
        // SAFETY: pw is a valid passwd record with a NUL-terminated pw_dir.
        unsafe { std::ffi::CStr::from_ptr((*pw).pw_dir) }.to_string_lossy().into_owned()
    };
    let home = home.trim_end_matches('/');
    let out = format!("{home}{}", &p[i..]);
    if out.is_empty() { "/".into() } else { out }
}

fn s(v: String) -> ObjRef {
    PyStr::new(v)
}

fn join(vm: &mut Vm, args: Args) -> PyResult {
    args.no_kwargs("join")?;
    if args.items.is_empty() {
        return Err(PyErr::type_error("join() missing 1 required positional argument: 'a'"));
    }
    let mut parts = Vec::new();
    for a in args.items {
        parts.push(text(vm, a)?);
    }
    Ok(s(join_all(&parts)))
}

fn p_normpath(vm: &mut Vm, args: Args) -> PyResult {
    Ok(s(normpath(&one(vm, &args, "normpath")?)))
}

fn p_split(vm: &mut Vm, args: Args) -> PyResult {
    let (h, t) = split(&one(vm, &args, "split")?);
    Ok(PyTuple::new(vec![s(h), s(t)]))
}

fn p_splitext(vm: &mut Vm, args: Args) -> PyResult {
    let (h, t) = splitext(&one(vm, &args, "splitext")?);
    Ok(PyTuple::new(vec![s(h), s(t)]))
}

fn basename(vm: &mut Vm, args: Args) -> PyResult {
    Ok(s(split_raw(&one(vm, &args, "basename")?).1))
}

fn split_raw(p: &str) -> (String, String) {
    let i = p.rfind('/').map_or(0, |i| i + 1);
    (p[..i].to_string(), p[i..].to_string())
}

fn dirname(vm: &mut Vm, args: Args) -> PyResult {
    Ok(s(split(&one(vm, &args, "dirname")?).0))
}

fn isabs(vm: &mut Vm, args: Args) -> PyResult {
    Ok(py_bool(one(vm, &args, "isabs")?.starts_with('/')))
}

fn p_abspath(vm: &mut Vm, args: Args) -> PyResult {
    Ok(s(abspath(&one(vm, &args, "abspath")?)))
}

fn realpath(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.bind("realpath", &["filename", "strict"], 1)?;
    let p = text(vm, a[0].as_ref().expect("required"))?;
    Ok(s(match std::fs::canonicalize(&p) {
        Ok(r) => r.to_string_lossy().into_owned(),
        Err(_) => abspath(&p),
    }))
}

fn relpath(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.bind("relpath", &["path", "start"], 1)?;
    let p = text(vm, a[0].as_ref().expect("required"))?;
    if p.is_empty() {
        return Err(PyErr::value_error("no path specified"));
    }
    let start = match &a[1] {
        Some(o) if !o.is_none() => text(vm, o)?,
        _ => ".".into(),
    };
    let sp = abspath(&start);
    let pp = abspath(&p);
    let sl: Vec<&str> = sp.split('/').filter(|x| !x.is_empty()).collect();
    let pl: Vec<&str> = pp.split('/').filter(|x| !x.is_empty()).collect();
    let i = sl.iter().zip(pl.iter()).take_while(|(a, b)| a == b).count();
    let mut rel: Vec<&str> = vec![".."; sl.len() - i];
    rel.extend(&pl[i..]);
    Ok(s(if rel.is_empty() { ".".into() } else { rel.join("/") }))
}

fn p_expanduser(vm: &mut Vm, args: Args) -> PyResult {
    Ok(s(expanduser(&one(vm, &args, "expanduser")?)))
}

fn expandvars(vm: &mut Vm, args: Args) -> PyResult {
    let p = one(vm, &args, "expandvars")?;
    let mut out = String::new();
    let mut rest = p.as_str();
    while let Some(i) = rest.find('$') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        let (name, len) = if let Some(inner) = after.strip_prefix('{') {
            match inner.find('}') {
                Some(j) => (&inner[..j], j + 2),
                None => ("", 0),
            }
        } else {
            let n = after.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).unwrap_or(after.len());
            (&after[..n], n)
        };
        match std::env::var(name) {
            Ok(v) if !name.is_empty() => out.push_str(&v),
            _ => out.push_str(&rest[i..i + 1 + len]),
        }
        rest = &rest[i + 1 + len..];
    }
    out.push_str(rest);
    Ok(s(out))
}

fn normcase(vm: &mut Vm, args: Args) -> PyResult {
    Ok(s(one(vm, &args, "normcase")?))
}

fn commonprefix(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("commonprefix", 1)?;
    let items = vm.collect(&a[0])?;
    if items.is_empty() {
        return Ok(PyStr::new(""));
    }
    let mut strs = Vec::new();
    for i in &items {
        strs.push(text(vm, i)?);
    }
    let (lo, hi) = (strs.iter().min().cloned().unwrap_or_default(), strs.iter().max().cloned().unwrap_or_default());
    let n = lo.chars().zip(hi.chars()).take_while(|(a, b)| a == b).map(|(a, _)| a.len_utf8()).sum::<usize>();
    Ok(s(lo[..n].to_string()))
}

fn commonpath(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("commonpath", 1)?;
    let items = vm.collect(&a[0])?;
    if items.is_empty() {
        return Err(PyErr::value_error("commonpath() arg is an empty sequence"));
    }
    let mut paths = Vec::new();
    for i in &items {
        paths.push(text(vm, i)?);
    }
    let abs = paths[0].starts_with('/');
    if paths.iter().any(|p| p.starts_with('/') != abs) {
        return Err(PyErr::value_error("Can't mix absolute and relative paths"));
    }
    let split: Vec<Vec<&str>> = paths.iter().map(|p| p.split('/').filter(|c| !c.is_empty() && *c != ".").collect()).collect();
    let first = &split[0];
    let n = (0..first.len()).take_while(|&i| split.iter().all(|c| c.get(i) == Some(&first[i]))).count();
    let prefix = if abs { "/" } else { "" };
    Ok(s(format!("{prefix}{}", first[..n].join("/"))))
}

fn meta(vm: &mut Vm, args: &Args, name: &str, follow: bool) -> PyResult<Option<std::fs::Metadata>> {
    let a = args.exact(name, 1)?;
    let p = fspath(vm, &a[0])?.to_path();
    Ok(if follow { std::fs::metadata(p).ok() } else { std::fs::symlink_metadata(p).ok() })
}

fn exists(vm: &mut Vm, args: Args) -> PyResult {
    Ok(py_bool(meta(vm, &args, "exists", true)?.is_some()))
}

fn lexists(vm: &mut Vm, args: Args) -> PyResult {
    Ok(py_bool(meta(vm, &args, "lexists", false)?.is_some()))
}

fn isfile(vm: &mut Vm, args: Args) -> PyResult {
    Ok(py_bool(meta(vm, &args, "isfile", true)?.is_some_and(|m| m.is_file())))
}

fn isdir(vm: &mut Vm, args: Args) -> PyResult {
    Ok(py_bool(meta(vm, &args, "isdir", true)?.is_some_and(|m| m.is_dir())))
}

fn islink(vm: &mut Vm, args: Args) -> PyResult {
    Ok(py_bool(meta(vm, &args, "islink", false)?.is_some_and(|m| m.file_type().is_symlink())))
}

/// `getsize`/`getmtime`/...: os.stat's field, raising OSError when the path is missing.
fn stat_field(vm: &mut Vm, args: Args, name: &str, field: fn(&std::fs::Metadata) -> ObjRef) -> PyResult {
    let a = args.exact(name, 1)?;
    let p = fspath(vm, &a[0])?.to_path();
    match std::fs::metadata(&p) {
        Ok(m) => Ok(field(&m)),
        Err(e) => Err(crate::modules::os::os_error(vm, &e, Some(a[0].clone()), None)),
    }
}

fn getsize(vm: &mut Vm, args: Args) -> PyResult {
    stat_field(vm, args, "getsize", |m| PyInt::new(m.len() as i64))
}

fn secs(t: std::io::Result<std::time::SystemTime>) -> ObjRef {
    let v = match t {
        Ok(t) => match t.duration_since(std::time::UNIX_EPOCH) {
            Ok(d) => d.as_secs_f64(),
            Err(e) => -e.duration().as_secs_f64(),
        },
        Err(_) => 0.0,
    };
    PyFloat::new(v)
}

fn getmtime(vm: &mut Vm, args: Args) -> PyResult {
    stat_field(vm, args, "getmtime", |m| secs(m.modified()))
}

fn getatime(vm: &mut Vm, args: Args) -> PyResult {
    stat_field(vm, args, "getatime", |m| secs(m.accessed()))
}

fn getctime(vm: &mut Vm, args: Args) -> PyResult {
    use std::os::unix::fs::MetadataExt;
    stat_field(vm, args, "getctime", |m| PyFloat::new(m.ctime() as f64 + m.ctime_nsec() as f64 * 1e-9))
}

fn samefile(vm: &mut Vm, args: Args) -> PyResult {
    use std::os::unix::fs::MetadataExt;
    let a = args.exact("samefile", 2)?;
    let (p1, p2) = (fspath(vm, &a[0])?.to_path(), fspath(vm, &a[1])?.to_path());
    let m1 = std::fs::metadata(&p1).map_err(|e| crate::modules::os::os_error(vm, &e, Some(a[0].clone()), None))?;
    let m2 = std::fs::metadata(&p2).map_err(|e| crate::modules::os::os_error(vm, &e, Some(a[1].clone()), None))?;
    Ok(py_bool(m1.dev() == m2.dev() && m1.ino() == m2.ino()))
}

/// The `posixpath` module (shared by `os.path`), created once per interpreter.
pub fn module(vm: &mut Vm) -> PyResult {
    if let Some(m) = vm.modules().get_str("posixpath") {
        return Ok(m);
    }
    let m = PyModule::new_ref("posixpath", None);
    let d = m.downcast_ref::<PyModule>().expect("module").dict();
    let fns: &[(&'static str, NativeFn)] = &[
        ("join", join),
        ("normpath", p_normpath),
        ("split", p_split),
        ("splitext", p_splitext),
        ("basename", basename),
        ("dirname", dirname),
        ("isabs", isabs),
        ("abspath", p_abspath),
        ("realpath", realpath),
        ("relpath", relpath),
        ("expanduser", p_expanduser),
        ("expandvars", expandvars),
        ("normcase", normcase),
        ("commonprefix", commonprefix),
        ("commonpath", commonpath),
        ("exists", exists),
        ("lexists", lexists),
        ("isfile", isfile),
        ("isdir", isdir),
        ("islink", islink),
        ("getsize", getsize),
        ("getmtime", getmtime),
        ("getatime", getatime),
        ("getctime", getctime),
        ("samefile", samefile),
    ];
    crate::types::native::add_functions(d, "posixpath", fns);
    for (k, v) in [("sep", "/"), ("curdir", "."), ("pardir", ".."), ("extsep", "."), ("pathsep", ":"), ("defpath", "/bin:/usr/bin"), ("devnull", "/dev/null")] {
        d.set_str(k, PyStr::new(v));
    }
    d.set_str("altsep", crate::types::singletons::none());
    d.set_str("supports_unicode_filenames", py_bool(false));
    vm.modules().set_str("posixpath", m.clone());
    Ok(m)
}

/// Import hook entry for `posixpath`.
pub fn make_module(vm: &mut Vm) -> PyResult {
    module(vm)
}
