//! gilfree's runtime: objects, types, the VM, builtins and native modules.
//!
//! `Runtime` is the embedding entry point: it builds an interpreter (types,
//! `builtins`, `sys`) and runs code as `__main__`, reporting uncaught
//! exceptions the way CPython does and turning `SystemExit` into an exit code.

pub mod object;
pub mod error;
pub mod types;
pub mod vm;
pub mod builtins;
pub mod modules;

use std::sync::atomic::AtomicU32;
use std::sync::Arc;

use parking_lot::Mutex;

pub use error::{PyErr, PyResult};
pub use object::ObjRef;
use types::dict::PyDict;
use types::exception::{self, PyBaseException};
use types::int::PyInt;
use types::module::PyModule;
use types::str::PyStr;
use types::tuple::PyTuple;
pub use vm::{Interpreter, Vm};

/// How the interpreter was started.
pub struct Config {
    /// `sys.argv`.
    pub argv: Vec<String>,
    /// `sys.path[0]`: the script's directory ('' for -c, -m and the REPL).
    pub path0: String,
    /// `-X name[=value]` options.
    pub xoptions: Vec<(String, Option<String>)>,
}

/// Native stack size for threads that run Python code.
pub const THREAD_STACK_SIZE: usize = 256 << 20;

/// Build the types once per process (idempotent).
pub fn init_types() {
    types::init();
    vm::generator::init();
    vm::traceback::init();
    vm::io::init();
    vm::class::init();
    modules::thread::init();
}

/// A new interpreter and the `Vm` of the calling thread (which must have a
/// native stack of at least `stack_size` bytes).
pub fn new_vm(config: &Config, stack_size: usize) -> Vm {
    init_types();
    let builtins = builtins::make_module();
    let builtins_dict = builtins.downcast_ref::<PyModule>().expect("module").dict.clone();
    builtins.make_immortal();
    builtins_dict.make_immortal();
    let modules = PyDict::new_ref();
    modules.make_immortal();
    let mut path = vec![config.path0.clone()];
    if let Ok(pp) = std::env::var("PYTHONPATH") {
        path.extend(pp.split(':').filter(|p| !p.is_empty()).map(str::to_string));
    }
    let sys = sys_module(&modules, config, &path);
    let md = modules.downcast_ref::<PyDict>().expect("dict");
    md.set_str("builtins", builtins.clone());
    md.set_str("sys", sys.clone());
    let interp = Interpreter {
        builtins,
        builtins_dict,
        modules,
        sys,
        recursion_limit: AtomicU32::new(1000),
        native_modules: Mutex::new(modules::native_modules()),
        initializing: Mutex::new(Vec::new()),
        xoptions: config.xoptions.clone(),
    };
    vm::gil::acquire();
    object::rc::thread_started();
    let mut vm = Vm::new(Arc::new(interp), stack_size);
    vm.is_main_thread = true;
    vm
}

/// Wait for the non-daemon threads (`threading._shutdown()`), then run the
/// `atexit` handlers (`atexit._run_exitfuncs()`, when `atexit` was imported),
/// in CPython's order at exit.
pub fn shutdown_threads(vm: &mut Vm) {
    for (module, hook) in [("threading", "_shutdown"), ("atexit", "_run_exitfuncs")] {
        if let Some(m) = vm.modules().get_str(module) {
            if let Ok(Some(f)) = vm.get_attr_opt(&m, hook) {
                if let Err(e) = vm.call(&f, &[]) {
                    handle_uncaught(vm, e);
                }
            }
        }
    }
    // What waited for a grace period is freed now (finalizers run) if no thread can still read.
    #[cfg(rc_mode = "biased")]
    object::qsbr::drain_at_exit();
}

fn sys_module(modules: &ObjRef, config: &Config, path: &[String]) -> ObjRef {
    let sys = modules::sys::make_module(modules, &config.argv, path);
    let xo = PyDict::new();
    for (k, v) in &config.xoptions {
        let v = match v {
            Some(v) => PyStr::new(v.as_str()),
            None => types::singletons::py_bool(true),
        };
        xo.set_str(k, v);
    }
    sys.downcast_ref::<PyModule>().expect("module").dict().set_str("_xoptions", ObjRef::new(xo));
    sys
}

/// The `__main__` module's globals (created on first use).
pub fn main_globals(vm: &mut Vm) -> ObjRef {
    if let Some(m) = vm.modules().get_str("__main__") {
        if let Some(pm) = m.downcast_ref::<PyModule>() {
            return pm.dict.clone();
        }
    }
    let m = PyModule::new_ref("__main__", None);
    let dict = m.downcast_ref::<PyModule>().expect("module").dict.clone();
    dict.downcast_ref::<PyDict>().expect("dict").set_str("__builtins__", vm.interp.builtins.clone());
    vm.modules().set_str("__main__", m);
    dict
}

/// Run `source` as the `__main__` module. Returns the process exit code.
pub fn run_main_source(vm: &mut Vm, source: &str, filename: &str, file_attr: bool) -> i32 {
    let globals = main_globals(vm);
    if file_attr {
        globals.downcast_ref::<PyDict>().expect("dict").set_str("__file__", PyStr::new(filename));
    }
    let result = vm.compile_module(source, filename).and_then(|code| vm.run_code(code, globals, None));
    let code = match result {
        Ok(_) => 0,
        Err(e) => handle_uncaught(vm, e),
    };
    shutdown_threads(vm);
    vm::io::flush_std_streams();
    code
}

/// Run module `name` as `__main__` (`-m`). Returns the exit code.
pub fn run_main_module(vm: &mut Vm, name: &str) -> i32 {
    let r = (|| -> PyResult<i32> {
        let (filename, source) = find_module_source(vm, name)?;
        if let Some(argv) = vm.sys_attr("argv") {
            if let Some(l) = argv.downcast_ref::<types::list::PyList>() {
                let mut items = l.lock();
                if !items.is_empty() {
                    items[0] = PyStr::new(filename.as_str());
                }
            }
        }
        Ok(run_main_source(vm, &source, &filename, true))
    })();
    match r {
        Ok(c) => c,
        Err(e) => {
            let msg = vm::traceback::format_exception_only(vm, e.value());
            let exe = std::env::args().next().unwrap_or_else(|| "gilfree".into());
            let msg = msg.trim_end().splitn(2, ": ").nth(1).unwrap_or("").to_string();
            eprintln!("{exe}: {msg}");
            1
        }
    }
}

fn find_module_source(vm: &mut Vm, name: &str) -> PyResult<(String, String)> {
    let path = vm.sys_attr("path").map(|p| vm.collect(&p)).transpose()?.unwrap_or_default();
    let rel = name.replace('.', "/");
    for dir in path {
        let Some(dir) = dir.downcast_ref::<PyStr>().map(|s| s.as_str().to_string()) else { continue };
        let base = if dir.is_empty() { std::path::PathBuf::from(".") } else { std::path::PathBuf::from(dir) };
        for cand in [base.join(format!("{rel}.py")), base.join(&rel).join("__main__.py")] {
            if let Ok(src) = std::fs::read_to_string(&cand) {
                let shown = cand.to_string_lossy().trim_start_matches("./").to_string();
                return Ok((shown, src));
            }
        }
    }
    Err(PyErr::import_error(format!("No module named {name}")))
}

/// Report an uncaught exception (or honour SystemExit); returns the exit code.
pub fn handle_uncaught(vm: &mut Vm, e: PyErr) -> i32 {
    vm::io::flush_std_streams();
    if e.matches(&exception::types().system_exit) {
        return system_exit_code(vm, e.value());
    }
    let interrupted = e.matches(&exception::types().keyboard_interrupt);
    let hook = vm.sys_attr("excepthook");
    let default_hook = vm.sys_attr("__excepthook__");
    let custom = match (&hook, &default_hook) {
        (Some(h), Some(d)) => !h.is_same(d),
        (Some(_), None) => true,
        _ => false,
    };
    let mut reported = false;
    if let (true, Some(h)) = (custom, hook) {
        let exc = e.value().clone();
        let args = [exc.class().clone(), exc.clone(), vm::traceback::traceback_of(&exc)];
        reported = vm.call(&h, &args).is_ok();
    }
    if !reported {
        let report = vm::traceback::format_exception(vm, e.value());
        let stderr = vm.sys_attr("stderr").unwrap_or_else(vm::io::stderr);
        if vm.write_to(&stderr, &report).is_err() {
            eprint!("{report}");
        }
    }
    if interrupted {
        130
    } else {
        1
    }
}

fn system_exit_code(vm: &mut Vm, exc: &ObjRef) -> i32 {
    let code = exc
        .downcast_ref::<PyBaseException>()
        .map(|b| b.args())
        .and_then(|a| a.downcast_ref::<PyTuple>().map(|t| if t.len() == 1 { t.get(0).cloned() } else if t.is_empty() { None } else { Some(a.clone()) }))
        .flatten();
    match code {
        None => 0,
        Some(c) if c.is_none() => 0,
        Some(c) => match c.downcast_ref::<PyInt>() {
            Some(i) => i.as_i64().map_or(1, |v| v as i32),
            None => {
                let s = vm.str_string(&c).unwrap_or_default();
                vm::io::flush_std_streams();
                eprintln!("{s}");
                1
            }
        },
    }
}
