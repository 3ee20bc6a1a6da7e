//! The `sys` module. It is created at start-up (the interpreter needs
//! `sys.modules`, `sys.path` and the streams before any import).

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;

use crate::error::{PyErr, PyResult};
use crate::object::ObjRef;
use crate::types::dict::PyDict;
use crate::types::exception;
use crate::types::int::PyInt;
use crate::types::list::PyList;
use crate::types::module::PyModule;
use crate::types::native::{Args, NativeFn, PyBuiltinFunction};
use crate::types::str::PyStr;
use crate::types::tuple::PyTuple;
use crate::types::singletons::{none, py_bool};
use crate::modules::structseq;
use crate::types::float::PyFloat;
use crate::types::native::add_methods;
use crate::types::typeobj::{flags, new_builtin_type};
use crate::vm::Vm;

/// Build `sys` with the values that do not need a running VM.
pub fn make_module(modules: &ObjRef, argv: &[String], path: &[String]) -> ObjRef {
    let m = PyModule::new_ref("sys", None);
    m.make_immortal();
    let d = m.downcast_ref::<PyModule>().expect("module").dict();
    d.set_str("modules", modules.clone());
    d.set_str("argv", PyList::new(argv.iter().map(|a| PyStr::new(a.as_str())).collect()));
    let orig: Vec<ObjRef> = std::env::args().map(PyStr::new).collect();
    d.set_str("orig_argv", PyList::new(orig));
    d.set_str("path", PyList::new(path.iter().map(|p| PyStr::new(p.as_str())).collect()));
    d.set_str("meta_path", PyList::new(vec![]));
    d.set_str("path_hooks", PyList::new(vec![]));
    d.set_str("path_importer_cache", PyDict::new_ref());
    d.set_str("warnoptions", PyList::new(vec![]));
    d.set_str("stdin", crate::vm::io::stdin());
    d.set_str("stdout", crate::vm::io::stdout());
    d.set_str("stderr", crate::vm::io::stderr());
    d.set_str("__stdin__", crate::vm::io::stdin());
    d.set_str("__stdout__", crate::vm::io::stdout());
    d.set_str("__stderr__", crate::vm::io::stderr());
    d.set_str("maxsize", PyInt::new(i64::MAX));
    d.set_str("maxunicode", PyInt::new(0x10FFFF));
    d.set_str("byteorder", PyStr::new(if cfg!(target_endian = "little") { "little" } else { "big" }));
    d.set_str("platform", PyStr::new(if cfg!(target_os = "macos") { "darwin" } else { "linux" }));
    d.set_str("version", PyStr::new(VERSION));
    d.set_str("hexversion", PyInt::new(0x030B07F0));
    d.set_str("api_version", PyInt::new(1013));
    d.set_str("copyright", PyStr::new("Copyright (c) gilfree contributors.\nPython language: Copyright (c) 2001-2023 Python Software Foundation."));
    let exe = std::env::current_exe().map(|p| p.to_string_lossy().into_owned()).unwrap_or_default();
    let prefix = std::path::Path::new(&exe).parent().and_then(|p| p.parent()).map(|p| p.to_string_lossy().into_owned()).unwrap_or_default();
    d.set_str("executable", PyStr::new(exe.as_str()));
    d.set_str("_base_executable", PyStr::new(exe.as_str()));
    for name in ["prefix", "base_prefix", "exec_prefix", "base_exec_prefix"] {
        d.set_str(name, PyStr::new(prefix.as_str()));
    }
    d.set_str("platlibdir", PyStr::new("lib"));
    d.set_str("pycache_prefix", none());
    d.set_str("abiflags", PyStr::new("t"));
    let mut names: Vec<&str> = vec!["builtins", "sys"];
    names.extend(crate::modules::native_modules().iter().map(|(n, _)| *n));
    names.sort_unstable();
    names.dedup();
    d.set_str("builtin_module_names", PyTuple::new(names.iter().map(|n| PyStr::new(*n)).collect()));
    d.set_str("stdlib_module_names", PyTuple::new(names.iter().map(|n| PyStr::new(*n)).collect()));
    d.set_str("dont_write_bytecode", py_bool(true));
    d.set_str("float_repr_style", PyStr::new("short"));
    let vi = version_info();
    d.set_str("version_info", vi.clone());
    d.set_str("implementation", implementation(vi));
    d.set_str("flags", sys_flags(false, false));
    d.set_str("float_info", float_info());
    d.set_str("int_info", int_info());
    d.set_str("hash_info", hash_info());
    d.set_str("thread_info", thread_info());
    let fns: &[(&'static str, NativeFn)] = &[
        ("exit", sys_exit),
        ("getrecursionlimit", getrecursionlimit),
        ("setrecursionlimit", setrecursionlimit),
        ("intern", intern),
        ("exc_info", exc_info),
        ("exception", exception_fn),
        ("getrefcount", getrefcount),
        ("_is_gil_enabled", is_gil_enabled),
        ("getdefaultencoding", getdefaultencoding),
        ("getfilesystemencoding", getdefaultencoding),
        ("getfilesystemencodeerrors", getfilesystemencodeerrors),
        ("getswitchinterval", getswitchinterval),
        ("setswitchinterval", setswitchinterval),
        ("getsizeof", getsizeof),
        ("_getframe", getframe),
        ("displayhook", displayhook),
        ("excepthook", excepthook),
        ("audit", audit),
        ("addaudithook", audit),
        ("is_finalizing", is_finalizing),
        ("getallocatedblocks", getallocatedblocks),
        ("gettrace", gettrace),
        ("getprofile", gettrace),
        ("settrace", settrace),
        ("setprofile", settrace),
    ];
    crate::types::native::add_functions(d, "sys", fns);
    d.set_str("__displayhook__", d.get_str("displayhook").unwrap_or_else(none));
    d.set_str("__excepthook__", d.get_str("excepthook").unwrap_or_else(none));
    m
}

/// `sys.version`: what CPython 3.11 reports, naming gilfree as the build.
pub const VERSION: &str = concat!("3.11.7 (gilfree ", env!("CARGO_PKG_VERSION"), ") [rustc]");

/// Update `sys.flags` for `-i` and other command-line switches (called by the CLI).
pub fn set_flags(sys: &ObjRef, inspect: bool, quiet: bool) {
    if let Some(m) = sys.downcast_ref::<PyModule>() {
        m.dict().set_str("flags", sys_flags(inspect, quiet));
    }
}

fn seq_type(cell: &'static OnceLock<ObjRef>, module: &str, name: &str, fields: &[&str]) -> ObjRef {
    cell.get_or_init(|| structseq::new_type(module, name, fields, fields.len())).clone()
}

fn version_info() -> ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    let t = seq_type(&T, "sys", "version_info", &["major", "minor", "micro", "releaselevel", "serial"]);
    structseq::new_value(&t, vec![PyInt::new(3), PyInt::new(11), PyInt::new(7), PyStr::new("final"), PyInt::new(0)])
}

fn sys_flags(inspect: bool, quiet: bool) -> ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    let names = [
        "debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
        "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode",
        "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits",
    ];
    let t = seq_type(&T, "sys", "flags", &names);
    let i = |v: i64| PyInt::new(v);
    let vals = vec![
        i(0), i(inspect as i64), i(inspect as i64), i(0), i(1), i(0), i(0), i(0), i(0), i(0), i(quiet as i64), i(1), i(0),
        py_bool(false), i(0), i(0), py_bool(false), i(-1),
    ];
    structseq::new_value(&t, vals)
}

fn float_info() -> ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    let names = ["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"];
    let t = seq_type(&T, "sys", "float_info", &names);
    let vals = vec![
        PyFloat::new(f64::MAX), PyInt::new(1024), PyInt::new(308), PyFloat::new(f64::MIN_POSITIVE), PyInt::new(-1021),
        PyInt::new(-307), PyInt::new(15), PyInt::new(53), PyFloat::new(f64::EPSILON), PyInt::new(2), PyInt::new(1),
    ];
    structseq::new_value(&t, vals)
}

fn int_info() -> ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    let t = seq_type(&T, "sys", "int_info", &["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"]);
    structseq::new_value(&t, vec![PyInt::new(30), PyInt::new(4), PyInt::new(4300), PyInt::new(640)])
}

fn hash_info() -> ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    let names = ["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"];
    let t = seq_type(&T, "sys", "hash_info", &names);
    let vals = vec![
        PyInt::new(64), PyInt::new(crate::types::int::HASH_MODULUS), PyInt::new(314159), PyInt::new(0), PyInt::new(1000003),
        PyStr::new("siphash13"), PyInt::new(64), PyInt::new(128), PyInt::new(0),
    ];
    structseq::new_value(&t, vals)
}

fn thread_info() -> ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    let t = seq_type(&T, "sys", "thread_info", &["name", "lock", "version"]);
    structseq::new_value(&t, vec![PyStr::new("pthread"), PyStr::new("mutex+cond"), none()])
}

static NAMESPACE_TYPE: OnceLock<ObjRef> = OnceLock::new();

/// The type of `sys.implementation` (`types.SimpleNamespace` in CPython).
pub fn namespace_type() -> ObjRef {
    NAMESPACE_TYPE
        .get_or_init(|| {
            let t = new_builtin_type("SimpleNamespace", None, flags::HAS_DICT | flags::BASETYPE);
            t.ty_payload().dict().set_str("__module__", PyStr::new("types"));
            add_methods(&t, &[("__repr__", namespace_repr)]);
            t
        })
        .clone()
}

fn namespace_repr(vm: &mut Vm, args: Args) -> PyResult {
    let this = args.items.first().ok_or_else(|| PyErr::type_error("__repr__ needs self"))?;
    let items = this.dict().and_then(|d| d.downcast_ref::<PyDict>().map(|d| d.items())).unwrap_or_default();
    let mut out = String::from("namespace(");
    for (i, (k, v)) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&vm.str_string(k)?);
        out.push('=');
        out.push_str(&vm.repr_string(v)?);
    }
    out.push(')');
    Ok(PyStr::new(out))
}

fn implementation(version: ObjRef) -> ObjRef {
    let d = PyDict::new();
    d.set_str("name", PyStr::new("gilfree"));
    d.set_str("cache_tag", none());
    d.set_str("version", version);
    d.set_str("hexversion", PyInt::new(0x030B07F0));
    d.set_str("_multiarch", PyStr::new(format!("{}-linux-gnu", std::env::consts::ARCH)));
    ObjRef::new_with(crate::types::object::PyInstance::new(0), namespace_type(), Some(ObjRef::new(d)))
}

fn sys_exit(_vm: &mut Vm, args: Args) -> PyResult {
    let a = args.range("exit", 0, 1)?;
    Err(PyErr::with_args(&exception::types().system_exit, a.to_vec()))
}

fn getrecursionlimit(vm: &mut Vm, args: Args) -> PyResult {
    args.exact("getrecursionlimit", 0)?;
    Ok(PyInt::new(vm.recursion_limit() as i64))
}

fn setrecursionlimit(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("setrecursionlimit", 1)?;
    let n = match a[0].downcast_ref::<PyInt>() {
        Some(i) => i.as_i64(),
        None => {
            return Err(PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                crate::vm::ops::type_name(&a[0])
            )))
        }
    };
    match n {
        Some(n) if n >= 1 && n <= i32::MAX as i64 => {
            if (n as u32) <= vm.depth {
                return Err(PyErr::recursion_error(format!(
                    "cannot set the recursion limit to {n} at the recursion depth {}: the limit is too low",
                    vm.depth
                )));
            }
            vm.interp.recursion_limit.store(n as u32, Ordering::Relaxed);
            Ok(none())
        }
        Some(_) => Err(PyErr::value_error("recursion limit must be greater or equal than 1")),
        None => Err(PyErr::overflow_error("Python int too large to convert to C int")),
    }
}

fn intern(_vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("intern", 1)?;
    match a[0].downcast_ref::<PyStr>() {
        Some(s) => Ok(crate::vm::intern::intern(s.as_str())),
        None => Err(PyErr::type_error(format!("intern() argument must be str, not {}", a[0].ty().name()))),
    }
}

fn exc_info(vm: &mut Vm, args: Args) -> PyResult {
    args.exact("exc_info", 0)?;
    Ok(match &vm.exc_info {
        Some(e) => PyTuple::new(vec![e.class().clone(), e.clone(), crate::vm::traceback::traceback_of(e)]),
        None => PyTuple::new(vec![none(), none(), none()]),
    })
}

fn exception_fn(vm: &mut Vm, args: Args) -> PyResult {
    args.exact("exception", 0)?;
    Ok(vm.exc_info.clone().unwrap_or_else(none))
}

fn getrefcount(_vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("getrefcount", 1)?;
    Ok(PyInt::new(a[0].refcount()))
}

fn is_gil_enabled(_vm: &mut Vm, args: Args) -> PyResult {
    args.exact("_is_gil_enabled", 0)?;
    Ok(py_bool(crate::object::rc::HAS_GIL))
}

fn getdefaultencoding(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(PyStr::new("utf-8"))
}


fn getfilesystemencodeerrors(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(PyStr::new("surrogateescape"))
}

/// `sys.setswitchinterval` value in f64 bits (the GIL of gil builds uses it; no-GIL builds only store it).
static SWITCH_INTERVAL: AtomicU64 = AtomicU64::new(0x3F747AE147AE147B); // 0.005

fn getswitchinterval(_vm: &mut Vm, args: Args) -> PyResult {
    args.exact("getswitchinterval", 0)?;
    Ok(PyFloat::new(f64::from_bits(SWITCH_INTERVAL.load(Ordering::Relaxed))))
}

fn setswitchinterval(_vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("setswitchinterval", 1)?;
    let v = if let Some(f) = a[0].downcast_ref::<PyFloat>() {
        f.0
    } else if let Some(i) = a[0].downcast_ref::<PyInt>() {
        i.to_f64()
    } else {
        return Err(PyErr::type_error(format!("must be real number, not {}", a[0].ty().name())));
    };
    if v <= 0.0 {
        return Err(PyErr::value_error("switch interval must be strictly positive"));
    }
    SWITCH_INTERVAL.store(v.to_bits(), Ordering::Relaxed);
    crate::vm::gil::set_switch_interval(v);
    Ok(none())
}

/// `sys.getsizeof`: `__sizeof__` when the type defines one, else CPython's
/// 64-bit sizes for the builtin layouts (plus 16 bytes of GC header for containers).
fn getsizeof(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.bind("getsizeof", &["object", "default"], 1)?;
    let o = a[0].clone().unwrap_or_else(none);
    if let Some(r) = vm.call_special(&o, "__sizeof__", &[])? {
        return Ok(r);
    }
    let words = |n: usize| n as i64 * 8;
    let size: i64 = if let Some(i) = o.downcast_ref::<PyInt>() {
        let bits = i.to_bigint().bits() as i64;
        if bits == 0 { 24 } else { 24 + 4 * ((bits + 29) / 30) }
    } else if o.is::<PyFloat>() {
        24
    } else if let Some(s) = o.downcast_ref::<PyStr>() {
        let n = s.char_len() as i64;
        let max = s.as_str().chars().map(|c| c as u32).max().unwrap_or(0);
        if max < 128 { 49 + n } else if max < 256 { 73 + n } else if max < 65536 { 74 + 2 * n } else { 76 + 4 * n }
    } else if let Some(b) = o.downcast_ref::<crate::types::bytes::PyBytes>() {
        33 + b.as_bytes().len() as i64
    } else if let Some(t) = o.downcast_ref::<PyTuple>() {
        40 + words(t.len())
    } else if let Some(l) = o.downcast_ref::<PyList>() {
        56 + words(l.len())
    } else if let Some(d) = o.downcast_ref::<PyDict>() {
        let n = d.len();
        if n == 0 { 64 } else { 64 + 8 + words(3 * n.next_power_of_two().max(8)) }
    } else if o.is_none() {
        16
    } else {
        48 + if o.dict().is_some() { 0 } else { 8 }
    };
    Ok(PyInt::new(size))
}

pub static FRAME_TYPE: crate::types::TypeCell = crate::types::TypeCell::new();

/// `sys._getframe(depth)`: a snapshot of a running frame (its globals, code,
/// line, locals and the frames below it as `f_back`).
fn getframe(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.range("_getframe", 0, 1)?;
    let depth = match a.first() {
        Some(d) => d.downcast_ref::<PyInt>().and_then(|i| i.as_i64()).ok_or_else(|| PyErr::type_error("an integer is required"))?,
        None => 0,
    };
    let n = vm.frames.len() as i64;
    if depth < 0 || depth >= n {
        return Err(PyErr::value_error("call stack is not deep enough"));
    }
    if !FRAME_TYPE.is_set() {
        let t = new_builtin_type("frame", None, flags::HAS_DICT);
        add_methods(&t, &[("__repr__", frame_repr)]);
        FRAME_TYPE.set(t);
    }
    let top = (n - 1 - depth) as usize;
    let mut back = none();
    for i in 0..=top {
        let p = vm.frames[i];
        // SAFETY: `vm.frames` holds the frames running on this thread; each
        // stays alive while it is on the list (see `Vm::frames`).
        let f = unsafe { &*p };
        let d = PyDict::new();
        d.set_str("f_globals", f.globals.clone());
        d.set_str("f_builtins", f.builtins.clone());
        d.set_str("f_code", f.code_obj.clone());
        d.set_str("f_lineno", PyInt::new(f.line() as i64));
        d.set_str("f_lasti", PyInt::new(2 * f.lasti as i64));
        d.set_str("f_back", back.clone());
        d.set_str("f_trace", none());
        let locals = match &f.locals {
            Some(l) => l.clone(),
            None => {
                let l = PyDict::new();
                let code = f.code();
                for (j, v) in f.fast.iter().enumerate() {
                    if let (Some(v), Some(name)) = (v, code.varnames.get(j)) {
                        l.set_native(name.clone(), v.clone());
                    }
                }
                ObjRef::new(l)
            }
        };
        d.set_str("f_locals", locals);
        back = ObjRef::new_with(crate::types::object::PyInstance::new(0), FRAME_TYPE.get().clone(), Some(ObjRef::new(d)));
    }
    Ok(back)
}

fn frame_repr(vm: &mut Vm, args: Args) -> PyResult {
    let this = args.items.first().ok_or_else(|| PyErr::type_error("__repr__ needs self"))?;
    let line = vm.get_attr_str(this, "f_lineno")?;
    let line = vm.str_string(&line)?;
    Ok(PyStr::new(format!("<frame at {:#x}, line {line}>", this.id())))
}

/// `sys.displayhook(value)`: print `repr(value)` to `sys.stdout` and keep it as `builtins._`.
fn displayhook(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("displayhook", 1)?;
    if a[0].is_none() {
        return Ok(none());
    }
    vm.builtins_dict().set_str("_", none());
    let r = vm.repr_string(&a[0])?;
    vm.write_stdout(&format!("{r}\n"))?;
    vm.builtins_dict().set_str("_", a[0].clone());
    Ok(none())
}

/// `sys.excepthook(type, value, traceback)`: print the traceback to `sys.stderr`.
fn excepthook(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("excepthook", 3)?;
    let report = if a[1].is::<exception::PyBaseException>() {
        crate::vm::traceback::format_exception(vm, &a[1])
    } else {
        format!("TypeError: print_exception(): Exception expected for value, {} found\n", a[1].ty().name())
    };
    crate::vm::io::flush_std_streams();
    let stderr = vm.sys_attr("stderr").unwrap_or_else(crate::vm::io::stderr);
    if vm.write_to(&stderr, &report).is_err() {
        eprint!("{report}");
    }
    Ok(none())
}

fn audit(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(none())
}

fn is_finalizing(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(py_bool(false))
}

fn getallocatedblocks(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(PyInt::new(0))
}

fn gettrace(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(none())
}

fn settrace(_vm: &mut Vm, args: Args) -> PyResult {
    args.exact("settrace", 1)?;
    Ok(none())
}

/// What CPython's `site` module adds at start-up: the `exit` and `quit`
/// builtins (they raise SystemExit) and `sys.warnoptions` from `-W`.
pub fn install_site_builtins(vm: &Vm, warnoptions: &[String]) {
    let d = vm.builtins_dict();
    d.set_str("exit", PyBuiltinFunction::new_static("builtins", "exit", site_exit));
    d.set_str("quit", PyBuiltinFunction::new_static("builtins", "quit", site_exit));
    if let Some(m) = vm.interp.sys.downcast_ref::<PyModule>() {
        m.dict().set_str("warnoptions", PyList::new(warnoptions.iter().map(|w| PyStr::new(w.as_str())).collect()));
    }
}

fn site_exit(_vm: &mut Vm, args: Args) -> PyResult {
    let a = args.range("exit", 0, 1)?;
    crate::vm::io::flush_std_streams();
    Err(PyErr::with_args(&exception::types().system_exit, a.to_vec()))
}
