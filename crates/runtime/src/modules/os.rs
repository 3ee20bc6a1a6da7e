//! The `os` module: files and directories, the environment, process facts,
//! and the helpers every file-touching builtin shares (`fspath`, `os_error`).
//!
//! `os.path` is the `posixpath` module (`modules/posixpath.rs`), entered in
//! `sys.modules` under both names when `os` is imported. `os.environ` is a
//! plain dict snapshot of the environment at import; `putenv`/`unsetenv`
//! change the process environment.

use std::path::PathBuf;
use std::sync::OnceLock;

use parking_lot::Mutex;

use crate::error::{PyErr, PyResult};
use crate::modules::structseq;
use crate::object::{ObjRef, PyPayload};
use crate::types::bytes::PyBytes;
use crate::types::dict::PyDict;
use crate::types::exception;
use crate::types::float::PyFloat;
use crate::types::int::PyInt;
use crate::types::list::PyList;
use crate::types::module::PyModule;
use crate::types::native::{add_methods, Args, NativeFn};
use crate::types::singletons::{none, py_bool};
use crate::types::str::PyStr;
use crate::types::tuple::PyTuple;
use crate::types::typeobj::new_builtin_type;
use crate::types::TypeCell;
use crate::vm::ops::type_name;
use crate::vm::Vm;

/// A path argument after `os.fspath`.
pub enum PathArg {
    Str(String),
    Bytes(Vec<u8>),
}

impl PathArg {
    pub fn to_path(&self) -> PathBuf {
        match self {
            PathArg::Str(s) => PathBuf::from(s),
            PathArg::Bytes(b) => PathBuf::from(<std::ffi::OsString as std::os::unix::ffi::OsStringExt>::from_vec(b.clone())),
        }
    }
}

/// `os.fspath(obj)`: str and bytes as they are, else `obj.__fspath__()`.
pub fn fspath(vm: &mut Vm, o: &ObjRef) -> PyResult<PathArg> {
    if let Some(s) = o.downcast_ref::<PyStr>() {
        return Ok(PathArg::Str(s.as_str().to_string()));
    }
    if let Some(b) = o.downcast_ref::<PyBytes>() {
        return Ok(PathArg::Bytes(b.as_bytes().to_vec()));
    }
    if let Some(r) = vm.call_special(o, "__fspath__", &[])? {
        if let Some(s) = r.downcast_ref::<PyStr>() {
            return Ok(PathArg::Str(s.as_str().to_string()));
        }
        if let Some(b) = r.downcast_ref::<PyBytes>() {
            return Ok(PathArg::Bytes(b.as_bytes().to_vec()));
        }
        return Err(PyErr::type_error(format!(
            "expected {}.__fspath__() to return str or bytes, not {}",
            type_name(o),
            type_name(&r)
        )));
    }
    Err(PyErr::type_error(format!("expected str, bytes or os.PathLike object, not {}", type_name(o))))
}

fn path_of(vm: &mut Vm, o: &ObjRef) -> PyResult<PathBuf> {
    Ok(fspath(vm, o)?.to_path())
}

/// The OSError subclass CPython picks for an errno.
fn class_for_errno(errno: i32) -> ObjRef {
    let t = exception::types();
    match errno {
        libc::ENOENT => t.file_not_found_error.clone(),
        libc::EEXIST => t.file_exists_error.clone(),
        libc::EISDIR => t.is_a_directory_error.clone(),
        libc::ENOTDIR => t.not_a_directory_error.clone(),
        libc::EACCES | libc::EPERM => t.permission_error.clone(),
        libc::EAGAIN | libc::EALREADY | libc::EINPROGRESS => t.blocking_io_error.clone(),
        libc::ECHILD => t.child_process_error.clone(),
        libc::EPIPE | libc::ESHUTDOWN => t.broken_pipe_error.clone(),
        libc::ECONNABORTED => t.connection_aborted_error.clone(),
        libc::ECONNREFUSED => t.connection_refused_error.clone(),
        libc::ECONNRESET => t.connection_reset_error.clone(),
        libc::EINTR => t.interrupted_error.clone(),
        libc::ESRCH => t.process_lookup_error.clone(),
        libc::ETIMEDOUT => t.timeout_error.clone(),
        _ => t.os_error.clone(),
    }
}

/// The C library's message for an errno.
pub fn strerror_text(errno: i32) -> String {
    let s = std::io::Error::from_raw_os_error(errno).to_string();
    match s.rfind(" (os error ") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

/// An OSError (of the errno's subclass) for a failed system call, built by
/// calling the class with `(errno, strerror[, filename[, None, filename2]])`.
pub fn os_error(vm: &mut Vm, e: &std::io::Error, filename: Option<ObjRef>, filename2: Option<ObjRef>) -> PyErr {
    let Some(errno) = e.raw_os_error() else {
        return PyErr::os_error(e.to_string());
    };
    let cls = class_for_errno(errno);
    let mut args = vec![PyInt::new(errno as i64), PyStr::new(strerror_text(errno))];
    if let Some(f) = filename {
        args.push(f);
        if let Some(f2) = filename2 {
            args.push(none());
            args.push(f2);
        }
    }
    match vm.call(&cls, &args) {
        Ok(exc) => PyErr(exc),
        Err(err) => err,
    }
}

fn int_arg(o: &ObjRef, what: &str) -> PyResult<i64> {
    o.downcast_ref::<PyInt>()
        .and_then(|i| i.as_i64())
        .ok_or_else(|| PyErr::type_error(format!("{what}: '{}' object cannot be interpreted as an integer", type_name(o))))
}

fn str_obj(p: &std::path::Path, as_bytes: bool) -> ObjRef {
    if as_bytes {
        PyBytes::new(std::os::unix::ffi::OsStrExt::as_bytes(p.as_os_str()).to_vec())
    } else {
        PyStr::new(p.to_string_lossy().into_owned())
    }
}

// --- functions ---

fn getcwd(vm: &mut Vm, args: Args) -> PyResult {
    args.exact("getcwd", 0)?;
    let d = std::env::current_dir().map_err(|e| os_error(vm, &e, None, None))?;
    Ok(str_obj(&d, false))
}

fn getcwdb(vm: &mut Vm, args: Args) -> PyResult {
    args.exact("getcwdb", 0)?;
    let d = std::env::current_dir().map_err(|e| os_error(vm, &e, None, None))?;
    Ok(str_obj(&d, true))
}

fn chdir(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("chdir", 1)?;
    let p = path_of(vm, &a[0])?;
    std::env::set_current_dir(&p).map_err(|e| os_error(vm, &e, Some(a[0].clone()), None))?;
    Ok(none())
}

fn listdir(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.bind("listdir", &["path"], 0)?;
    let (p, as_bytes, shown) = match &a[0] {
        None => (PathBuf::from("."), false, PyStr::new(".")),
        Some(o) if o.is_none() => (PathBuf::from("."), false, PyStr::new(".")),
        Some(o) => {
            let pa = fspath(vm, o)?;
            (pa.to_path(), matches!(pa, PathArg::Bytes(_)), o.clone())
        }
    };
    let rd = std::fs::read_dir(&p).map_err(|e| os_error(vm, &e, Some(shown.clone()), None))?;
    let mut out = Vec::new();
    for ent in rd {
        let ent = ent.map_err(|e| os_error(vm, &e, Some(shown.clone()), None))?;
        out.push(str_obj(std::path::Path::new(&ent.file_name()), as_bytes));
    }
    Ok(PyList::new(out))
}

fn remove(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.bind("remove", &["path", "dir_fd"], 1)?;
    let o = a[0].clone().unwrap_or_else(none);
    let p = path_of(vm, &o)?;
    std::fs::remove_file(&p).map_err(|e| os_error(vm, &e, Some(o), None))?;
    Ok(none())
}

fn rename(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.bind("rename", &["src", "dst", "src_dir_fd", "dst_dir_fd"], 2)?;
    let (s, d) = (a[0].clone().unwrap_or_else(none), a[1].clone().unwrap_or_else(none));
    let (sp, dp) = (path_of(vm, &s)?, path_of(vm, &d)?);
    std::fs::rename(&sp, &dp).map_err(|e| os_error(vm, &e, Some(s), Some(d)))?;
    Ok(none())
}

fn mkdir(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.bind("mkdir", &["path", "mode", "dir_fd"], 1)?;
    let o = a[0].clone().unwrap_or_else(none);
    let p = path_of(vm, &o)?;
    let mode = a[1].as_ref().map(|m| int_arg(m, "mkdir")).transpose()?.unwrap_or(0o777);
    let mut b = std::fs::DirBuilder::new();
    std::os::unix::fs::DirBuilderExt::mode(&mut b, mode as u32);
    b.create(&p).map_err(|e| os_error(vm, &e, Some(o), None))?;
    Ok(none())
}

fn makedirs(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.bind("makedirs", &["name", "mode", "exist_ok"], 1)?;
    let o = a[0].clone().unwrap_or_else(none);
    let p = path_of(vm, &o)?;
    let mode = a[1].as_ref().map(|m| int_arg(m, "makedirs")).transpose()?.unwrap_or(0o777);
    let exist_ok = match &a[2] {
        Some(v) => vm.is_true(v)?,
        None => false,
    };
    if p.is_dir() {
        if exist_ok {
            return Ok(none());
        }
        let e = std::io::Error::from_raw_os_error(libc::EEXIST);
        return Err(os_error(vm, &e, Some(o), None));
    }
    let mut b = std::fs::DirBuilder::new();
    b.recursive(true);
    std::os::unix::fs::DirBuilderExt::mode(&mut b, mode as u32);
    b.create(&p).map_err(|e| os_error(vm, &e, Some(o), None))?;
    Ok(none())
}

fn symlink(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.bind("symlink", &["src", "dst", "target_is_directory", "dir_fd"], 2)?;
    let (s, d) = (a[0].clone().unwrap_or_else(none), a[1].clone().unwrap_or_else(none));
    let (sp, dp) = (path_of(vm, &s)?, path_of(vm, &d)?);
    std::os::unix::fs::symlink(&sp, &dp).map_err(|e| os_error(vm, &e, Some(s), Some(d)))?;
    Ok(none())
}

fn readlink(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.bind("readlink", &["path", "dir_fd"], 1)?;
    let o = a[0].clone().unwrap_or_else(none);
    let pa = fspath(vm, &o)?;
    let target = std::fs::read_link(pa.to_path()).map_err(|e| os_error(vm, &e, Some(o), None))?;
    Ok(str_obj(&target, matches!(pa, PathArg::Bytes(_))))
}

fn rmdir(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.bind("rmdir", &["path", "dir_fd"], 1)?;
    let o = a[0].clone().unwrap_or_else(none);
    let p = path_of(vm, &o)?;
    std::fs::remove_dir(&p).map_err(|e| os_error(vm, &e, Some(o), None))?;
    Ok(none())
}

fn removedirs(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("removedirs", 1)?;
    let mut p = path_of(vm, &a[0])?;
    std::fs::remove_dir(&p).map_err(|e| os_error(vm, &e, Some(a[0].clone()), None))?;
    while let Some(parent) = p.parent().map(|x| x.to_path_buf()) {
        if parent.as_os_str().is_empty() || std::fs::remove_dir(&parent).is_err() {
            break;
        }
        p = parent;
    }
    Ok(none())
}

fn stat_result_type() -> ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let fields = [
            "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime", "st_mtime", "st_ctime",
            "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev",
        ];
        structseq::new_type("os", "stat_result", &fields, 10)
    })
    .clone()
}

/// An `os.stat_result` for file metadata.
pub fn stat_value(md: &std::fs::Metadata) -> ObjRef {
    use std::os::unix::fs::MetadataExt;
    let i = |v: i64| PyInt::new(v);
    let u = |v: u64| PyInt::from_bigint(v.into());
    let t = |s: i64, ns: i64| PyFloat::new(s as f64 + ns as f64 * 1e-9);
    let ns = |s: i64, ns: i64| PyInt::from_bigint(num_bigint::BigInt::from(s) * 1_000_000_000 + ns);
    let vals = vec![
        i(md.mode() as i64), u(md.ino()), u(md.dev()), u(md.nlink()), i(md.uid() as i64), i(md.gid() as i64), u(md.size()),
        i(md.atime()), i(md.mtime()), i(md.ctime()),
        t(md.atime(), md.atime_nsec()), t(md.mtime(), md.mtime_nsec()), t(md.ctime(), md.ctime_nsec()),
        ns(md.atime(), md.atime_nsec()), ns(md.mtime(), md.mtime_nsec()), ns(md.ctime(), md.ctime_nsec()),
        u(md.blksize()), u(md.blocks()), u(md.rdev()),
    ];
    structseq::new_value(&stat_result_type(), vals)
}

fn stat_impl(vm: &mut Vm, args: Args, fname: &str, follow_default: bool) -> PyResult {
    let a = args.bind(fname, &["path", "dir_fd", "follow_symlinks"], 1)?;
    let o = a[0].clone().unwrap_or_else(none);
    let follow = match &a[2] {
        Some(v) => vm.is_true(v)?,
        None => follow_default,
    };
    let md = if let Some(fd) = o.downcast_ref::<PyInt>().filter(|_| !o.is::<PyStr>()) {
        let fd = fd.as_i64().unwrap_or(-1) as i32;
        // SAFETY: the File only borrows the descriptor; into_raw_fd gives it back unclosed.
        let f = unsafe { <std::fs::File as std::os::fd::FromRawFd>::from_raw_fd(fd) };
        let r = f.metadata();
        let _ = std::os::fd::IntoRawFd::into_raw_fd(f);
        r.map_err(|e| os_error(vm, &e, None, None))?
    } else {
        let p = path_of(vm, &o)?;
        let r = if follow { std::fs::metadata(&p) } else { std::fs::symlink_metadata(&p) };
        r.map_err(|e| os_error(vm, &e, Some(o), None))?
    };
    Ok(stat_value(&md))
}

fn stat(vm: &mut Vm, args: Args) -> PyResult {
    stat_impl(vm, args, "stat", true)
}

fn lstat(vm: &mut Vm, args: Args) -> PyResult {
    stat_impl(vm, args, "lstat", false)
}

fn fstat(vm: &mut Vm, args: Args) -> PyResult {
    stat_impl(vm, args, "fstat", true)
}

static ENVIRON: OnceLock<ObjRef> = OnceLock::new();

fn environ() -> ObjRef {
    ENVIRON
        .get_or_init(|| {
            let d = PyDict::new();
            for (k, v) in std::env::vars_os() {
                d.set_str(&k.to_string_lossy(), PyStr::new(v.to_string_lossy().into_owned()));
            }
            let o = ObjRef::new(d);
            o.make_immortal();
            o
        })
        .clone()
}

fn getenv(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.bind("getenv", &["key", "default"], 1)?;
    let key = a[0].clone().unwrap_or_else(none);
    if !key.is::<PyStr>() {
        return Err(PyErr::type_error(format!("str expected, not {}", type_name(&key))));
    }
    let env = environ();
    let d = env.downcast_ref::<PyDict>().expect("environ is a dict");
    Ok(d.get_item(vm, &key)?.or_else(|| a[1].clone()).unwrap_or_else(none))
}

fn putenv(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("putenv", 2)?;
    let k = vm.str_string(&a[0])?;
    let v = vm.str_string(&a[1])?;
    if k.is_empty() || k.contains('=') {
        return Err(PyErr::value_error("illegal environment variable name"));
    }
    std::env::set_var(k, v);
    Ok(none())
}

fn unsetenv(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("unsetenv", 1)?;
    let k = vm.str_string(&a[0])?;
    std::env::remove_var(k);
    Ok(none())
}

fn getpid(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(PyInt::new(std::process::id() as i64))
}

fn getppid(_vm: &mut Vm, _args: Args) -> PyResult {
    // SAFETY: getppid has no preconditions.
    Ok(PyInt::new(unsafe { libc::getppid() } as i64))
}

fn getuid(_vm: &mut Vm, _args: Args) -> PyResult {
    // SAFETY: getuid has no preconditions.
    Ok(PyInt::new(unsafe { libc::getuid() } as i64))
}

fn cpu_count(_vm: &mut Vm, _args: Args) -> PyResult {
    // SAFETY: sysconf has no preconditions.
    let n = unsafe { libc::sysconf(libc::_SC_NPROCESSORS_ONLN) };
    Ok(if n > 0 { PyInt::new(n as i64) } else { none() })
}

fn urandom(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("urandom", 1)?;
    let n = int_arg(&a[0], "urandom")?;
    if n < 0 {
        return Err(PyErr::value_error("negative argument not allowed"));
    }
    let mut buf = vec![0u8; n as usize];
    let r = std::fs::File::open("/dev/urandom").and_then(|mut f| std::io::Read::read_exact(&mut f, &mut buf));
    r.map_err(|e| os_error(vm, &e, None, None))?;
    Ok(PyBytes::new(buf))
}

fn fspath_fn(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.bind("fspath", &["path"], 1)?;
    let o = a[0].clone().unwrap_or_else(none);
    Ok(match fspath(vm, &o)? {
        PathArg::Str(s) => PyStr::new(s),
        PathArg::Bytes(b) => PyBytes::new(b),
    })
}

fn strerror(_vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("strerror", 1)?;
    let n = int_arg(&a[0], "strerror")?;
    Ok(PyStr::new(strerror_text(n as i32)))
}

fn access(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.bind("access", &["path", "mode", "dir_fd", "effective_ids", "follow_symlinks"], 2)?;
    let p = path_of(vm, a[0].as_ref().expect("required"))?;
    let mode = int_arg(a[1].as_ref().expect("required"), "access")?;
    let c = std::ffi::CString::new(std::os::unix::ffi::OsStrExt::as_bytes(p.as_os_str())).map_err(|_| PyErr::value_error("embedded null byte"))?;
    // SAFETY: `c` is a valid NUL-terminated path.
    Ok(py_bool(unsafe { libc::access(c.as_ptr(), mode as i32) } == 0))
}

/// An int argument, with CPython's message for any other type.
fn plain_int(o: &ObjRef) -> PyResult<i64> {
    match o.downcast_ref::<PyInt>() {
        Some(i) => i.as_i64().ok_or_else(|| PyErr::overflow_error("Python int too large to convert to C int")),
        None => Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", type_name(o)))),
    }
}

/// `os.open(path, flags, mode=0o777, *, dir_fd=None)`: a raw descriptor,
/// opened close-on-exec as CPython opens every descriptor it makes.
fn fd_open(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.bind("open", &["path", "flags", "mode", "dir_fd"], 2)?;
    let o = a[0].clone().unwrap_or_else(none);
    let p = path_of(vm, &o)?;
    let flags = plain_int(a[1].as_ref().unwrap_or(&none()))?;
    let mode = a[2].as_ref().map(plain_int).transpose()?.unwrap_or(0o777);
    let (Ok(flags), Ok(mode)) = (i32::try_from(flags), libc::mode_t::try_from(mode)) else {
        return Err(PyErr::overflow_error("Python int too large to convert to C int"));
    };
    let c = std::ffi::CString::new(std::os::unix::ffi::OsStrExt::as_bytes(p.as_os_str())).map_err(|_| PyErr::value_error("embedded null byte"))?;
    // SAFETY: `c` is a valid NUL-terminated path; the mode is passed as the
    // variadic argument open(2) reads when O_CREAT or O_TMPFILE is set.
    let fd = unsafe { libc::open(c.as_ptr(), flags | libc::O_CLOEXEC, mode as libc::c_uint) };
    if fd < 0 {
        return Err(os_error(vm, &std::io::Error::last_os_error(), Some(o), None));
    }
    Ok(PyInt::new(fd as i64))
}

/// `os.fdopen(fd, *args, **kwargs)`: `open()` on a descriptor.
fn fdopen(vm: &mut Vm, args: Args) -> PyResult {
    match args.items.first() {
        Some(fd) if fd.downcast_ref::<PyInt>().is_some() => crate::builtins::file::open(vm, args),
        Some(fd) => {
            let cls = vm.repr_string(&fd.class().clone())?;
            Err(PyErr::type_error(format!("invalid fd type ({cls}, expected integer)")))
        }
        None => Err(PyErr::type_error("fdopen() missing 1 required positional argument: 'fd'")),
    }
}

fn fd_write(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("write", 2)?;
    let fd = int_arg(&a[0], "write")? as i32;
    let data = crate::builtins::file::bytes_like(vm, &a[1])?;
    if fd == 1 || fd == 2 {
        crate::vm::io::flush_std_streams();
    }
    // SAFETY: writes from a live buffer of the given length.
    let n = unsafe { libc::write(fd, data.as_ptr().cast(), data.len()) };
    if n < 0 {
        return Err(os_error(vm, &std::io::Error::last_os_error(), None, None));
    }
    Ok(PyInt::new(n as i64))
}

fn fd_read(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("read", 2)?;
    let fd = int_arg(&a[0], "read")? as i32;
    let n = int_arg(&a[1], "read")?.max(0) as usize;
    let mut buf = vec![0u8; n];
    // SAFETY: reads into a live buffer of the given length.
    let got = unsafe { libc::read(fd, buf.as_mut_ptr().cast(), n) };
    if got < 0 {
        return Err(os_error(vm, &std::io::Error::last_os_error(), None, None));
    }
    buf.truncate(got as usize);
    Ok(PyBytes::new(buf))
}

fn fd_close(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("close", 1)?;
    let fd = int_arg(&a[0], "close")? as i32;
    // SAFETY: closing a descriptor the program names; Rust holds no handle to it here.
    if unsafe { libc::close(fd) } < 0 {
        return Err(os_error(vm, &std::io::Error::last_os_error(), None, None));
    }
    Ok(none())
}

fn isatty(_vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("isatty", 1)?;
    let fd = int_arg(&a[0], "isatty")? as i32;
    // SAFETY: isatty only inspects the descriptor.
    Ok(py_bool(unsafe { libc::isatty(fd) } == 1))
}

fn umask(_vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("umask", 1)?;
    let m = int_arg(&a[0], "umask")?;
    // SAFETY: umask has no preconditions.
    Ok(PyInt::new(unsafe { libc::umask(m as libc::mode_t) } as i64))
}

// --- walk ---

pub static WALK_TYPE: TypeCell = TypeCell::new();

/// `os.walk` top-down: a stack of directories still to list; the directory
/// names yielded last are consulted (after the caller may have pruned them)
/// before the next step.
pub struct PyWalk {
    state: Mutex<WalkState>,
}

struct WalkState {
    pending: Vec<String>,
    last: Option<(String, ObjRef)>,
    onerror: Option<ObjRef>,
}

impl PyPayload for PyWalk {
    fn class() -> &'static ObjRef {
        WALK_TYPE.get()
    }
}

fn join(a: &str, b: &str) -> String {
    if a.is_empty() || a.ends_with('/') { format!("{a}{b}") } else { format!("{a}/{b}") }
}

fn walk_next(vm: &mut Vm, args: Args) -> PyResult {
    let w = args.items.first().and_then(|o| o.downcast_ref::<PyWalk>()).ok_or_else(|| PyErr::type_error("expected a walk iterator"))?;
    let last = w.state.lock().last.take();
    if let Some((top, dirs)) = last {
        let names = vm.collect(&dirs)?;
        let mut children = Vec::new();
        for n in names {
            children.push(join(&top, &vm.str_string(&n)?));
        }
        let mut st = w.state.lock();
        st.pending.extend(children.into_iter().rev());
    }
    loop {
        let next = w.state.lock().pending.pop();
        let Some(top) = next else { return Err(PyErr::stop_iteration(None)) };
        let rd = match std::fs::read_dir(&top) {
            Ok(rd) => rd,
            Err(e) => {
                let onerror = w.state.lock().onerror.clone();
                if let Some(cb) = onerror {
                    let err = os_error(vm, &e, Some(PyStr::new(top.as_str())), None);
                    vm.call(&cb, &[err.into_value()])?;
                }
                continue;
            }
        };
        let (mut dirs, mut files) = (Vec::new(), Vec::new());
        for ent in rd.flatten() {
            let name = ent.file_name().to_string_lossy().into_owned();
            let is_dir = ent.file_type().map(|t| t.is_dir()).unwrap_or(false);
            if is_dir { dirs.push(PyStr::new(name)) } else { files.push(PyStr::new(name)) }
        }
        let dirs = PyList::new(dirs);
        w.state.lock().last = Some((top.clone(), dirs.clone()));
        return Ok(PyTuple::new(vec![PyStr::new(top), dirs, PyList::new(files)]));
    }
}

fn walk_iter(_vm: &mut Vm, args: Args) -> PyResult {
    args.items.first().cloned().ok_or_else(|| PyErr::type_error("__iter__ needs self"))
}

fn walk_bottom_up(vm: &mut Vm, top: &str, out: &mut Vec<ObjRef>) -> PyResult<()> {
    let Ok(rd) = std::fs::read_dir(top) else { return Ok(()) };
    let (mut dirs, mut files) = (Vec::new(), Vec::new());
    for ent in rd.flatten() {
        let name = ent.file_name().to_string_lossy().into_owned();
        if ent.file_type().map(|t| t.is_dir()).unwrap_or(false) { dirs.push(name) } else { files.push(name) }
    }
    for d in &dirs {
        walk_bottom_up(vm, &join(top, d), out)?;
    }
    let dirs = PyList::new(dirs.into_iter().map(PyStr::new).collect());
    let files = PyList::new(files.into_iter().map(PyStr::new).collect());
    out.push(PyTuple::new(vec![PyStr::new(top), dirs, files]));
    Ok(())
}

fn walk(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.bind("walk", &["top", "topdown", "onerror", "followlinks"], 1)?;
    let top = match fspath(vm, a[0].as_ref().expect("required"))? {
        PathArg::Str(s) => s,
        PathArg::Bytes(b) => String::from_utf8_lossy(&b).into_owned(),
    };
    let topdown = match &a[1] {
        Some(v) => vm.is_true(v)?,
        None => true,
    };
    if !topdown {
        let mut out = Vec::new();
        walk_bottom_up(vm, &top, &mut out)?;
        return vm.iter(&PyList::new(out));
    }
    let onerror = a[2].clone().filter(|o| !o.is_none());
    Ok(ObjRef::new(PyWalk { state: Mutex::new(WalkState { pending: vec![top], last: None, onerror }) }))
}

/// Build the `os` module.
pub fn make_module(vm: &mut Vm) -> PyResult {
    if !WALK_TYPE.is_set() {
        WALK_TYPE.set(new_builtin_type("generator", None, 0));
        add_methods(WALK_TYPE.get(), &[("__iter__", walk_iter), ("__next__", walk_next)]);
    }
    let m = PyModule::new_ref("os", None);
    let d = m.downcast_ref::<PyModule>().expect("module").dict();
    let fns: &[(&'static str, NativeFn)] = &[
        ("getcwd", getcwd),
        ("getcwdb", getcwdb),
        ("chdir", chdir),
        ("listdir", listdir),
        ("remove", remove),
        ("unlink", remove),
        ("rename", rename),
        ("replace", rename),
        ("mkdir", mkdir),
        ("makedirs", makedirs),
        ("rmdir", rmdir),
        ("symlink", symlink),
        ("readlink", readlink),
        ("removedirs", removedirs),
        ("stat", stat),
        ("lstat", lstat),
        ("fstat", fstat),
        ("getenv", getenv),
        ("putenv", putenv),
        ("unsetenv", unsetenv),
        ("getpid", getpid),
        ("getppid", getppid),
        ("getuid", getuid),
        ("cpu_count", cpu_count),
        ("urandom", urandom),
        ("fspath", fspath_fn),
        ("strerror", strerror),
        ("access", access),
        ("open", fd_open),
        ("fdopen", fdopen),
        ("write", fd_write),
        ("read", fd_read),
        ("close", fd_close),
        ("isatty", isatty),
        ("umask", umask),
        ("walk", walk),
    ];
    crate::types::native::add_functions(d, "os", fns);
    d.set_str("environ", environ());
    d.set_str("name", PyStr::new("posix"));
    d.set_str("sep", PyStr::new("/"));
    d.set_str("altsep", none());
    d.set_str("extsep", PyStr::new("."));
    d.set_str("pathsep", PyStr::new(":"));
    d.set_str("linesep", PyStr::new("\n"));
    d.set_str("curdir", PyStr::new("."));
    d.set_str("pardir", PyStr::new(".."));
    d.set_str("defpath", PyStr::new("/bin:/usr/bin"));
    d.set_str("devnull", PyStr::new("/dev/null"));
    d.set_str("error", exception::types().os_error.clone());
    d.set_str("stat_result", stat_result_type());
    for (name, v) in [("F_OK", 0), ("R_OK", 4), ("W_OK", 2), ("X_OK", 1), ("SEEK_SET", 0), ("SEEK_CUR", 1), ("SEEK_END", 2)] {
        d.set_str(name, PyInt::new(v));
    }
    for (name, v) in [
        ("O_RDONLY", libc::O_RDONLY),
        ("O_WRONLY", libc::O_WRONLY),
        ("O_RDWR", libc::O_RDWR),
        ("O_APPEND", libc::O_APPEND),
        ("O_CREAT", libc::O_CREAT),
        ("O_EXCL", libc::O_EXCL),
        ("O_TRUNC", libc::O_TRUNC),
        ("O_CLOEXEC", libc::O_CLOEXEC),
        ("O_NOFOLLOW", libc::O_NOFOLLOW),
        ("O_DIRECTORY", libc::O_DIRECTORY),
        ("O_NONBLOCK", libc::O_NONBLOCK),
        ("O_NDELAY", libc::O_NDELAY),
        ("O_NOCTTY", libc::O_NOCTTY),
        ("O_SYNC", libc::O_SYNC),
        ("O_DSYNC", libc::O_DSYNC),
    ] {
        d.set_str(name, PyInt::new(v as i64));
    }
    let path = crate::modules::posixpath::module(vm)?;
    d.set_str("path", path.clone());
    vm.modules().set_str("os.path", path);
    Ok(m)
}
