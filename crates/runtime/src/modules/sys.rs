//! The `sys` module. It is created at start-up (the interpreter needs
//! `sys.modules`, `sys.path` and the streams before any import).

use std::sync::atomic::Ordering;

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
use crate::vm::Vm;

/// Build `sys` with the values that do not need a running VM.
pub fn make_module(modules: &ObjRef, argv: &[String], path: &[String]) -> ObjRef {
    let m = PyModule::new_ref("sys", None);
    m.make_immortal();
    let d = m.downcast_ref::<PyModule>().expect("module").dict();
    d.set_str("modules", modules.clone());
    d.set_str("argv", PyList::new(argv.iter().map(|a| PyStr::new(a.as_str())).collect()));
    d.set_str("path", PyList::new(path.iter().map(|p| PyStr::new(p.as_str())).collect()));
    d.set_str("stdin", crate::vm::io::stdin());
    d.set_str("stdout", crate::vm::io::stdout());
    d.set_str("stderr", crate::vm::io::stderr());
    d.set_str("__stdin__", crate::vm::io::stdin());
    d.set_str("__stdout__", crate::vm::io::stdout());
    d.set_str("__stderr__", crate::vm::io::stderr());
    d.set_str("maxsize", PyInt::new(i64::MAX));
    d.set_str("byteorder", PyStr::new(if cfg!(target_endian = "little") { "little" } else { "big" }));
    d.set_str("platform", PyStr::new("linux"));
    d.set_str("version", PyStr::new("3.11.7 (gilfree 0.1.0)"));
    d.set_str("hexversion", PyInt::new(0x030B07F0));
    d.set_str("api_version", PyInt::new(1013));
    d.set_str("executable", PyStr::new(std::env::current_exe().map(|p| p.to_string_lossy().into_owned()).unwrap_or_default()));
    d.set_str("builtin_module_names", PyTuple::new(vec![PyStr::new("builtins"), PyStr::new("sys")]));
    d.set_str("dont_write_bytecode", py_bool(true));
    let vi = PyTuple::new(vec![PyInt::new(3), PyInt::new(11), PyInt::new(7), PyStr::new("final"), PyInt::new(0)]);
    d.set_str("version_info", vi);
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
    ];
    for &(name, f) in fns {
        d.set_str(name, PyBuiltinFunction::new_static("sys", name, f));
    }
    m
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
        Some(i) if a[0].class().is_same(crate::types::int::INT_TYPE.get()) || true => i.as_i64(),
        _ => return Err(PyErr::type_error("an integer is required")),
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
    Ok(py_bool(false))
}

fn getdefaultencoding(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(PyStr::new("utf-8"))
}

#[allow(dead_code)]
fn dict_of(m: &ObjRef) -> &PyDict {
    m.downcast_ref::<PyModule>().expect("module").dict()
}
