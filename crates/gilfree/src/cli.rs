//! Command-line parsing and the run modes (script, `-c`, `-m`, stdin, REPL).
//!
//! The options and messages follow `python3`'s: single-letter flags may be
//! grouped (`-ic cmd`, `-ccmd`), the first non-option argument is the script,
//! everything after the program goes to `sys.argv`, and a bad command line
//! exits with status 2 and CPython's message. `-V` prints
//! `Python 3.11.7 (gilfree X.Y.Z)`: the language version first, so scripts that
//! parse `python --version` keep working, then the implementation.
//! Flags that only tune CPython (`-u -B -E -s -S -I -O -b -d -v -x -P`) are
//! accepted and ignored; `-W arg` is accepted and stored in `sys.warnoptions`.

use std::io::{IsTerminal, Read};

use runtime::{Config, Vm};

pub enum Action {
    Script(String),
    Command(String),
    Module(String),
    Stdin,
}

pub struct Options {
    pub action: Action,
    pub argv: Vec<String>,
    pub xoptions: Vec<(String, Option<String>)>,
    pub warnoptions: Vec<String>,
    /// `-i`: enter the REPL after the program.
    pub inspect: bool,
    /// `-q`: no banner in the REPL.
    pub quiet: bool,
}

fn program_name() -> String {
    std::env::args().next().unwrap_or_else(|| "gilfree".into())
}

fn usage() -> String {
    format!("usage: {} [option] ... [-c cmd | -m mod | file | -] [arg] ...\n", program_name())
}

const HELP: &str = "Options (and corresponding environment variables):
-c cmd : program passed in as string (terminates option list)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script; forces a prompt even
         if stdin does not appear to be a terminal
-m mod : run library module as a script (terminates option list)
-q     : don't print version and copyright messages on interactive startup
-V     : print the Python version number and exit (also --version)
-W arg : warning control (accepted; stored in sys.warnoptions)
-X opt : set implementation-specific option (rc=MODE, dis, ...); available
         as sys._xoptions
-b -B -d -E -I -O -OO -P -s -S -u -v -x : accepted for compatibility, no effect
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
";

fn bad(msg: &str) -> i32 {
    eprint!("{msg}\n{}Try `gilfree -h' for more information.\n", usage());
    2
}

/// Parse `args` (including the program name); `Err(exit_code)` when gilfree should stop at once.
pub fn parse(args: Vec<String>) -> Result<Options, i32> {
    let mut opts = Options {
        action: Action::Stdin,
        argv: vec![String::new()],
        xoptions: Vec::new(),
        warnoptions: Vec::new(),
        inspect: false,
        quiet: false,
    };
    let mut i = 1;
    while i < args.len() {
        let a = &args[i];
        if a == "--" {
            i += 1;
            break;
        }
        if a == "--version" {
            println!("Python 3.11.7 (gilfree {})", env!("CARGO_PKG_VERSION"));
            return Err(0);
        }
        if a == "--help" {
            print!("{}{HELP}", usage());
            return Err(0);
        }
        if !a.starts_with('-') || a == "-" {
            break;
        }
        if a.starts_with("--") {
            return Err(bad(&format!("unknown option {a}")));
        }
        let flags: Vec<char> = a[1..].chars().collect();
        let mut j = 0;
        while j < flags.len() {
            let c = flags[j];
            j += 1;
            match c {
                'c' | 'm' | 'W' | 'X' => {
                    let rest: String = flags[j..].iter().collect();
                    let value = if !rest.is_empty() {
                        rest
                    } else if let Some(v) = args.get(i + 1) {
                        i += 1;
                        v.clone()
                    } else {
                        return Err(bad(&format!("Argument expected for the -{c} option")));
                    };
                    match c {
                        'c' => {
                            opts.argv = std::iter::once("-c".to_string()).chain(args[i + 1..].iter().cloned()).collect();
                            opts.action = Action::Command(value);
                            return Ok(opts);
                        }
                        'm' => {
                            opts.argv = std::iter::once("-m".to_string()).chain(args[i + 1..].iter().cloned()).collect();
                            opts.action = Action::Module(value);
                            return Ok(opts);
                        }
                        'W' => opts.warnoptions.push(value),
                        _ => opts.xoptions.push(split_xoption(&value)),
                    }
                    j = flags.len();
                }
                'V' => {
                    println!("Python 3.11.7 (gilfree {})", env!("CARGO_PKG_VERSION"));
                    return Err(0);
                }
                'h' | '?' => {
                    print!("{}{HELP}", usage());
                    return Err(0);
                }
                'i' => opts.inspect = true,
                'q' => opts.quiet = true,
                'b' | 'B' | 'd' | 'E' | 'I' | 'O' | 'P' | 's' | 'S' | 'u' | 'v' | 'x' | 'R' => {}
                other => return Err(bad(&format!("Unknown option: -{other}"))),
            }
        }
        i += 1;
    }
    if let Some(a) = args.get(i) {
        opts.argv = args[i..].to_vec();
        if a != "-" {
            opts.action = Action::Script(a.clone());
        }
    }
    Ok(opts)
}

fn split_xoption(v: &str) -> (String, Option<String>) {
    match v.split_once('=') {
        Some((k, v)) => (k.to_string(), Some(v.to_string())),
        None => (v.to_string(), None),
    }
}

/// Run what the options ask for; returns the exit code.
pub fn run(opts: Options) -> i32 {
    let path0 = match &opts.action {
        Action::Script(p) => std::path::Path::new(p).parent().map(|d| d.to_string_lossy().into_owned()).unwrap_or_default(),
        Action::Module(_) => std::env::current_dir().map(|d| d.to_string_lossy().into_owned()).unwrap_or_default(),
        _ => String::new(),
    };
    let config = Config { argv: opts.argv.clone(), path0, xoptions: opts.xoptions.clone() };
    let mut vm = runtime::new_vm(&config, runtime::THREAD_STACK_SIZE);
    runtime::modules::sys::install_site_builtins(&vm, &opts.warnoptions);
    let interactive_stdin = matches!(opts.action, Action::Stdin) && std::io::stdin().is_terminal();
    runtime::modules::sys::set_flags(&vm.interp.sys, opts.inspect || interactive_stdin, opts.quiet);
    let dis = opts.xoptions.iter().any(|(k, _)| k == "dis");
    let code = match &opts.action {
        Action::Script(path) => {
            let source = match std::fs::read(path) {
                Ok(b) => String::from_utf8_lossy(&b).into_owned(),
                Err(e) => {
                    let abs = std::env::current_dir().map(|d| d.join(path)).unwrap_or_default();
                    let errno = e.raw_os_error().unwrap_or(2);
                    eprintln!("{}: can't open file '{}': [Errno {errno}] {}", program_name(), abs.display(), runtime::modules::os::strerror_text(errno));
                    return 2;
                }
            };
            if dis {
                return disassemble(&source, path);
            }
            runtime::run_main_source(&mut vm, &source, path, true)
        }
        Action::Command(cmd) => {
            if dis {
                return disassemble(cmd, "<string>");
            }
            runtime::run_main_source(&mut vm, cmd, "<string>", false)
        }
        Action::Module(m) => run_module(&mut vm, m),
        Action::Stdin => {
            if interactive_stdin {
                return crate::repl::run(&mut vm, !opts.quiet);
            }
            let mut source = String::new();
            if std::io::stdin().read_to_string(&mut source).is_err() {
                return 1;
            }
            runtime::vm::traceback::register_source("<stdin>", &source);
            runtime::run_main_source(&mut vm, &source, "<stdin>", false)
        }
    };
    if opts.inspect {
        return crate::repl::run(&mut vm, false);
    }
    code
}

/// `-m name`: import the parent packages, then run `name.py` (or the package's
/// `__main__.py`) as `__main__`, with `sys.argv[0]` its full path.
fn run_module(vm: &mut Vm, name: &str) -> i32 {
    let fail = |vm: &mut Vm, e: runtime::PyErr| {
        let msg = runtime::vm::traceback::format_exception_only(vm, e.value());
        let msg = msg.trim_end();
        let msg = msg.split_once(": ").map_or(msg, |(_, m)| m);
        eprintln!("{}: {msg}", program_name());
        1
    };
    let (parent, last) = match name.rsplit_once('.') {
        Some((p, l)) => (Some(p), l),
        None => (None, name),
    };
    let dirs: Vec<String> = match parent {
        Some(p) => match vm.import_module(p) {
            Ok(pkg) => match vm.get_attr_opt(&pkg, "__path__") {
                Ok(Some(path)) => vm.collect(&path).unwrap_or_default().iter().filter_map(|o| vm.str_string(o).ok()).collect(),
                _ => {
                    eprintln!("{}: Error while finding module specification for '{name}' (ModuleNotFoundError: __path__ attribute not found on '{p}' while trying to find '{name}')", program_name());
                    return 1;
                }
            },
            Err(e) => return fail(vm, e),
        },
        None => {
            let path = vm.sys_attr("path").and_then(|p| vm.collect(&p).ok()).unwrap_or_default();
            path.iter().filter_map(|o| vm.str_string(o).ok()).collect()
        }
    };
    for dir in dirs {
        let base = if dir.is_empty() { std::env::current_dir().unwrap_or_default() } else { std::path::PathBuf::from(&dir) };
        let file = base.join(format!("{last}.py"));
        let pkg_main = base.join(last).join("__main__.py");
        let pkg_init = base.join(last).join("__init__.py");
        let target = if file.is_file() {
            file
        } else if pkg_main.is_file() {
            if pkg_init.is_file() {
                if let Err(e) = vm.import_module(name) {
                    return runtime::handle_uncaught(vm, e);
                }
            }
            pkg_main
        } else if pkg_init.is_file() {
            eprintln!("{}: No module named {name}.__main__; '{name}' is a package and cannot be directly executed", program_name());
            return 1;
        } else {
            continue;
        };
        let shown = std::fs::canonicalize(&target).unwrap_or(target).to_string_lossy().into_owned();
        let source = match std::fs::read(&shown) {
            Ok(b) => String::from_utf8_lossy(&b).into_owned(),
            Err(_) => continue,
        };
        if let Some(argv) = vm.sys_attr("argv") {
            if let Some(l) = argv.downcast_ref::<runtime::types::list::PyList>() {
                let mut items = l.lock();
                if let Some(first) = items.first_mut() {
                    *first = runtime::types::str::PyStr::new(shown.as_str());
                }
            }
        }
        return runtime::run_main_source(vm, &source, &shown, true);
    }
    eprintln!("{}: No module named {name}", program_name());
    1
}

fn disassemble(source: &str, filename: &str) -> i32 {
    match compiler::compile(source, filename, compiler::Mode::Exec) {
        Ok(code) => {
            print!("{}", compiler::disassemble(&code));
            0
        }
        Err(e) => {
            eprintln!("  File \"{}\", line {}\n{:?}: {}", e.filename, e.line, e.kind, e.message);
            1
        }
    }
}
