//! gilfree's front end: Python source → `CodeObject`.
//!
//! Ruff's parser produces the AST; `symtable` decides the scope of every name
//! (local, global, nonlocal, free, cell) as CPython does; `codegen` walks the
//! AST and emits the instructions defined in `bytecode`; `dis` prints them.
//! This crate knows nothing about runtime objects: constants are `Constant`s.

pub mod bytecode;

use std::sync::Arc;

pub use bytecode::CodeObject;

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

/// The Python exception class a compile error becomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CompileErrorKind {
    SyntaxError,
    IndentationError,
}

/// A syntax error with everything CPython's traceback shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompileError {
    pub kind: CompileErrorKind,
    pub message: String,
    pub filename: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column of the caret (CPython's `offset`).
    pub column: u32,
    /// 1-based end column (CPython's `end_offset`), if known.
    pub end_column: Option<u32>,
    /// The offending source line, without its newline.
    pub text: Option<String>,
}

/// Compile `source` read from `filename`.
pub fn compile(source: &str, filename: &str, mode: Mode) -> Result<Arc<CodeObject>, CompileError> {
    let _ = (source, filename, mode);
    Err(CompileError {
        kind: CompileErrorKind::SyntaxError,
        message: "compiler not yet written".into(),
        filename: filename.into(),
        line: 1,
        column: 1,
        end_column: None,
        text: None,
    })
}

/// A human-readable listing of `code` and of every code object in its constants,
/// in the spirit of CPython's `dis` module (`gilfree -X dis prog.py`).
pub fn disassemble(code: &CodeObject) -> String {
    format!("{code:?}")
}
