//! Command-line parsing and the run modes (script, `-c`, `-m`, stdin, REPL).

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
    pub inspect: bool,
}

const USAGE: &str = "usage: gilfree [option] ... [-c cmd | -m mod | file | -] [arg] ...\n";

/// Parse `args` (including the program name); `Err(exit_code)` when gilfree should stop at once.
pub fn parse(args: Vec<String>) -> Result<Options, i32> {
    let mut xoptions = Vec::new();
    let mut inspect = false;
    let mut i = 1;
    while i < args.len() {
        let a = &args[i];
        match a.as_str() {
            "-c" | "-m" => {
                let Some(v) = args.get(i + 1) else {
                    eprint!("Argument expected for the {a} option\n{USAGE}Try `gilfree -h' for more information.\n");
                    return Err(2);
                };
                let rest = args[i + 2..].to_vec();
                let (action, argv0) = if a == "-c" {
                    (Action::Command(v.clone()), "-c".to_string())
                } else {
                    (Action::Module(v.clone()), "-m".to_string())
                };
                let mut argv = vec![argv0];
                argv.extend(rest);
                return Ok(Options { action, argv, xoptions, inspect });
            }
            "-X" => {
                let Some(v) = args.get(i + 1) else {
                    eprint!("Argument expected for the -X option\n{USAGE}");
                    return Err(2);
                };
                xoptions.push(split_xoption(v));
                i += 2;
            }
            "-V" | "--version" => {
                println!("Python 3.11.7 (gilfree {})", env!("CARGO_PKG_VERSION"));
                return Err(0);
            }
            "-h" | "--help" => {
                print!("{USAGE}Options:\n  -c cmd : program passed in as string\n  -m mod : run library module as a script\n  -X opt : set implementation-specific option (rc=MODE, dis)\n  -V     : print the version number and exit\n  -i     : inspect interactively after running script\n  -      : program read from stdin (default; interactive mode if a tty)\n");
                return Err(0);
            }
            "-i" => {
                inspect = true;
                i += 1;
            }
            "-u" | "-B" | "-E" | "-s" | "-S" | "-I" | "-O" | "-OO" | "-q" => i += 1,
            "-" => {
                let mut argv = vec!["-".to_string()];
                argv.extend(args[i + 1..].iter().cloned());
                return Ok(Options { action: Action::Stdin, argv, xoptions, inspect });
            }
            s if s.starts_with("-X") => {
                xoptions.push(split_xoption(&s[2..]));
                i += 1;
            }
            s if s.starts_with("-c") && s.len() > 2 => {
                let mut argv = vec!["-c".to_string()];
                argv.extend(args[i + 1..].iter().cloned());
                return Ok(Options { action: Action::Command(s[2..].to_string()), argv, xoptions, inspect });
            }
            s if s.starts_with('-') && s.len() > 1 => {
                eprint!("Unknown option: {s}\n{USAGE}Try `gilfree -h' for more information.\n");
                return Err(2);
            }
            _ => {
                let argv = args[i..].to_vec();
                return Ok(Options { action: Action::Script(a.clone()), argv, xoptions, inspect });
            }
        }
    }
    Ok(Options { action: Action::Stdin, argv: vec![String::new()], xoptions, inspect })
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
        Action::Script(p) => {
            let dir = std::path::Path::new(p).parent().map(|d| d.to_string_lossy().into_owned()).unwrap_or_default();
            if dir.is_empty() { String::new() } else { dir }
        }
        _ => String::new(),
    };
    let config = Config { argv: opts.argv.clone(), path0, xoptions: opts.xoptions.clone() };
    let mut vm = runtime::new_vm(&config, runtime::THREAD_STACK_SIZE);
    let dis = opts.xoptions.iter().any(|(k, _)| k == "dis");
    match &opts.action {
        Action::Script(path) => {
            let source = match std::fs::read(path) {
                Ok(b) => String::from_utf8_lossy(&b).into_owned(),
                Err(e) => {
                    let exe = std::env::args().next().unwrap_or_else(|| "gilfree".into());
                    let abs = std::fs::canonicalize(std::path::Path::new(".")).map(|d| d.join(path)).unwrap_or_default();
                    eprintln!("{exe}: can't open file '{}': [Errno {}] {}", abs.display(), e.raw_os_error().unwrap_or(2), errno_text(&e));
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
        Action::Module(m) => runtime::run_main_module(&mut vm, m),
        Action::Stdin => {
            if std::io::stdin().is_terminal() {
                return crate::repl_fallback(&mut vm);
            }
            let mut source = String::new();
            if std::io::stdin().read_to_string(&mut source).is_err() {
                return 1;
            }
            runtime::vm::traceback::register_source("<stdin>", &source);
            runtime::run_main_source(&mut vm, &source, "<stdin>", false)
        }
    }
}

fn errno_text(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "No such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "Permission denied".into(),
        _ => e.to_string(),
    }
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

#[allow(dead_code)]
fn unused(_vm: &mut Vm) {}
