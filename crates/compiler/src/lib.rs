//! gilfree's front end: Python source → `CodeObject`.
//!
//! Ruff's parser produces the AST; `symtable` decides the scope of every name
//! (local, global, nonlocal, free, cell) as CPython does; `codegen` walks the
//! AST and emits the instructions defined in `bytecode`; `verify` checks the
//! stack discipline of the result and computes `max_stack`; `dis` prints it.
//! This crate knows nothing about runtime objects: constants are `Constant`s.
//!
//! Deeply nested input is rejected up front: more than 200 nested brackets is
//! CPython's "too many nested parentheses", and an AST deeper than
//! `symtable::MAX_DEPTH` is "maximum recursion depth exceeded during
//! compilation" (its AST is then leaked rather than dropped, since dropping it
//! would recurse as deep). The compiler recurses once or twice per AST level, so
//! callers should run it on a thread with a generous stack (the runtime uses 256 MiB).

pub mod bytecode;
mod codegen;
mod dis;
pub mod error;
pub mod source;
pub mod symtable;
pub mod verify;

use std::sync::Arc;

pub use bytecode::CodeObject;
pub use error::{CompileError, CompileErrorKind};

use error::ErrorContext;
use ruff_python_ast::PythonVersion;
use ruff_python_parser::{parse_unchecked, Mode as ParseMode, ParseOptions};
use ruff_text_size::{TextRange, TextSize};

/// How the source is to be compiled (the `mode` argument of `compile()`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// A module or `exec` string: a sequence of statements.
    Exec,
    /// One expression whose value the code returns (`eval`).
    Eval,
    /// One interactive statement: expression statements print their value (`PrintExpr`).
    Single,
}

/// Compile `source` read from `filename`.
pub fn compile(source: &str, filename: &str, mode: Mode) -> Result<Arc<CodeObject>, CompileError> {
    let ctx = ErrorContext::new(source, filename);
    if let Some(source::BracketProblem::TooDeep(pos)) = source::scan_brackets(source) {
        let at = TextSize::new(pos as u32);
        return Err(ctx.syntax("too many nested parentheses", TextRange::new(at, at)));
    }
    let parse_mode = if mode == Mode::Eval { ParseMode::Expression } else { ParseMode::Module };
    let options = ParseOptions::from(parse_mode).with_target_version(PythonVersion::PY311);
    let parsed = parse_unchecked(source, options);
    if let Some(err) = parsed.errors().first() {
        let e = ctx.parse_error(err);
        forget_if_deep(parsed, &e);
        return Err(e);
    }
    if let Some(err) = parsed.unsupported_syntax_errors().first() {
        return Err(ctx.unsupported_syntax(err));
    }
    let result = match parsed.syntax() {
        ruff_python_ast::Mod::Module(m) => symtable::build_module(&m.body, &ctx)
            .and_then(|table| codegen::compile_module(&m.body, &ctx, &table, mode)),
        ruff_python_ast::Mod::Expression(e) => symtable::build_expression(&e.body, &ctx)
            .and_then(|table| codegen::compile_eval(&e.body, &ctx, &table)),
    };
    if let Err(e) = &result {
        forget_if_deep(parsed, e);
    }
    result
}

/// After a recursion-limit error the AST may be too deep to drop recursively: leak it.
fn forget_if_deep<T>(parsed: T, e: &CompileError) {
    if e.message == symtable::RECURSION_MESSAGE {
        std::mem::forget(parsed);
    }
}

/// A human-readable listing of `code` and of every code object in its constants,
/// in the spirit of CPython's `dis` module (`gilfree -X dis prog.py`).
pub fn disassemble(code: &CodeObject) -> String {
    dis::disassemble(code)
}
