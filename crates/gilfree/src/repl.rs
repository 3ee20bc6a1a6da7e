//! The interactive prompt: `>>> ` / `... `, like `python3` on a terminal.
//!
//! Lines are read with rustyline (history in `~/.gilfree_history`, kept by
//! hand because the file-history feature is off). Input is gathered into one
//! statement: a line that opens a block (ends with `:`, starts a decorator,
//! or fails to compile with "expected an indented block") enters block mode,
//! which ends at an empty line; an unclosed bracket or triple-quoted string
//! just asks for more lines until the source compiles. Each statement is
//! compiled in `Mode::Single` (so expression values are printed) and run in
//! `__main__`; errors print a traceback and the loop goes on. `SystemExit`
//! (also from `exit()`/`quit()`) and end of input leave the loop.

use std::io::{BufRead, IsTerminal, Write};

use runtime::Vm;
use rustyline::error::ReadlineError;

/// Why more input is needed, if it is.
#[derive(PartialEq, Eq, Debug)]
enum Need {
    Complete,
    /// An open bracket, string or continuation: more lines until it compiles.
    More,
    /// A compound statement: more lines until an empty one.
    Block,
}

fn classify(source: &str) -> Need {
    let last = source.trim_end_matches('\n').lines().last().unwrap_or("").trim_end();
    if last.ends_with('\\') {
        return Need::More;
    }
    match compiler::compile(source, "<stdin>", compiler::Mode::Single) {
        Ok(_) => {
            // A compound statement (its first line opens a block) runs only after an empty line.
            let first = source.trim_start();
            let first_line = first.lines().next().unwrap_or("").trim_end();
            if first.starts_with('@') || last.ends_with(':') || first_line.ends_with(':') {
                Need::Block
            } else {
                Need::Complete
            }
        }
        Err(e) => {
            let m = e.message.as_str();
            if m.starts_with("expected an indented block") {
                Need::Block
            } else if m.contains("was never closed") || m.starts_with("unterminated triple-quoted string") || m.contains("unexpected EOF") {
                Need::More
            } else if source.trim_start().starts_with('@') && !last.is_empty() {
                Need::Block
            } else {
                Need::Complete
            }
        }
    }
}

/// Compile and run one interactive statement; `Some(code)` when the program should exit.
fn execute(vm: &mut Vm, source: &str) -> Option<i32> {
    let globals = runtime::main_globals(vm);
    let result = vm.compile(source, "<stdin>", compiler::Mode::Single).and_then(|code| vm.run_code(code, globals, None));
    runtime::vm::io::flush_std_streams();
    match result {
        Ok(_) => None,
        Err(e) if e.matches(&runtime::types::exception::types().system_exit) => Some(runtime::handle_uncaught(vm, e)),
        Err(e) => {
            runtime::handle_uncaught(vm, e);
            None
        }
    }
}

fn prompt(vm: &mut Vm, name: &str, default: &str) -> String {
    match vm.sys_attr(name) {
        Some(p) => vm.str_string(&p).unwrap_or_else(|_| default.to_string()),
        None => default.to_string(),
    }
}

fn history_path() -> Option<std::path::PathBuf> {
    std::env::var_os("HOME").map(|h| std::path::PathBuf::from(h).join(".gilfree_history"))
}

/// A source of lines: the line editor on a terminal, plain stdin otherwise.
enum Input {
    Editor(Box<rustyline::DefaultEditor>),
    Plain,
}

enum Line {
    Text(String),
    Interrupted,
    Eof,
}

impl Input {
    fn read(&mut self, prompt: &str) -> Line {
        match self {
            Input::Editor(rl) => match rl.readline(prompt) {
                Ok(l) => {
                    if !l.trim().is_empty() {
                        let _ = rl.add_history_entry(l.as_str());
                        if let Some(p) = history_path() {
                            if let Ok(mut f) = std::fs::OpenOptions::new().create(true).append(true).open(p) {
                                let _ = writeln!(f, "{l}");
                            }
                        }
                    }
                    Line::Text(l)
                }
                Err(ReadlineError::Interrupted) => Line::Interrupted,
                Err(_) => Line::Eof,
            },
            Input::Plain => {
                eprint!("{prompt}");
                let mut l = String::new();
                match std::io::stdin().lock().read_line(&mut l) {
                    Ok(0) | Err(_) => Line::Eof,
                    Ok(_) => Line::Text(l.trim_end_matches('\n').to_string()),
                }
            }
        }
    }
}

fn open_input() -> Input {
    if !std::io::stdin().is_terminal() {
        return Input::Plain;
    }
    match rustyline::DefaultEditor::new() {
        Ok(mut rl) => {
            if let Some(p) = history_path() {
                if let Ok(text) = std::fs::read_to_string(p) {
                    let lines: Vec<&str> = text.lines().collect();
                    for l in &lines[lines.len().saturating_sub(1000)..] {
                        let _ = rl.add_history_entry(*l);
                    }
                }
            }
            Input::Editor(Box::new(rl))
        }
        Err(_) => Input::Plain,
    }
}

/// Run the interactive loop; returns the exit code.
pub fn run(vm: &mut Vm, banner: bool) -> i32 {
    if banner {
        eprintln!(
            "Python {} on {}\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.",
            runtime::modules::sys::VERSION,
            std::env::consts::OS
        );
    }
    let mut input = open_input();
    let mut buffer = String::new();
    let mut block = false;
    loop {
        let p = if buffer.is_empty() { prompt(vm, "ps1", ">>> ") } else { prompt(vm, "ps2", "... ") };
        let line = match input.read(&p) {
            Line::Text(l) => l,
            Line::Interrupted => {
                runtime::vm::io::flush_std_streams();
                eprintln!("\nKeyboardInterrupt");
                buffer.clear();
                block = false;
                continue;
            }
            Line::Eof => {
                if matches!(input, Input::Plain) {
                    eprintln!();
                }
                if !buffer.is_empty() {
                    if let Some(code) = execute(vm, &buffer) {
                        return code;
                    }
                }
                return 0;
            }
        };
        if buffer.is_empty() && line.trim().is_empty() {
            continue;
        }
        buffer.push_str(&line);
        buffer.push('\n');
        if block {
            if !line.trim().is_empty() {
                continue;
            }
        } else {
            match classify(&buffer) {
                Need::More => continue,
                Need::Block => {
                    block = true;
                    continue;
                }
                Need::Complete => {}
            }
        }
        let source = std::mem::take(&mut buffer);
        block = false;
        if let Some(code) = execute(vm, &source) {
            return code;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_input() {
        assert_eq!(classify("1 + 1\n"), Need::Complete);
        assert_eq!(classify("if x:\n"), Need::Block);
        assert_eq!(classify("(1,\n"), Need::More);
        assert_eq!(classify("x = \\\n"), Need::More);
        assert_eq!(classify("def f():\n    return 1\n"), Need::Block);
        assert_eq!(classify("a b\n"), Need::Complete);
    }
}
