//! Integration tests of the compiler: every construct compiles to verified
//! bytecode, errors carry CPython's messages and positions, nothing panics on
//! malformed input, and a few listings are checked verbatim.

mod constructs;
mod errors;
mod golden;
mod robustness;
mod structure;

use compiler::bytecode::{CodeObject, Constant};
use compiler::{compile, CompileError, Mode};
use std::sync::Arc;

/// Run `f` on a thread with a large stack, as the runtime does.
pub fn big_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(f)
        .expect("spawn")
        .join()
        .expect("compiler thread panicked")
}

/// Structural checks on a code object and everything nested in it.
pub fn check_code(code: &CodeObject, source: &str) {
    compiler::verify::verify(code).unwrap_or_else(|e| panic!("verify failed: {e}\n{}", compiler::disassemble(code)));
    assert_eq!(code.locations.len(), code.instrs.len(), "{}", code.qualname);
    let nlines = source.lines().count().max(1) as u32 + 1;
    for (i, ins) in code.instrs.iter().enumerate() {
        if let Some(t) = ins.jump_target() {
            assert!((t as usize) < code.instrs.len(), "{}: jump {i} -> {t} out of range", code.qualname);
        }
        let loc = code.locations[i];
        assert!(loc.line >= 1 && loc.line <= nlines, "{}: bad line {loc:?} at {i}", code.qualname);
        assert!(loc.end_line >= loc.line, "{}: end before start {loc:?}", code.qualname);
    }
    for c in &code.consts {
        if let Constant::Code(inner) = c {
            check_code(inner, source);
        }
    }
}

/// Compile in Exec mode, panicking with the error if it fails, and check the result.
pub fn ok(source: &str) -> Arc<CodeObject> {
    let code = compile(source, "<test>", Mode::Exec).unwrap_or_else(|e| panic!("{e}\n--- source:\n{source}"));
    check_code(&code, source);
    code
}

pub fn err(source: &str) -> CompileError {
    match compile(source, "<test>", Mode::Exec) {
        Ok(code) => panic!("expected an error for {source:?}, got\n{}", compiler::disassemble(&code)),
        Err(e) => e,
    }
}

/// The nested code object named `name` (depth-first).
pub fn find_code(code: &Arc<CodeObject>, name: &str) -> Option<Arc<CodeObject>> {
    if code.name == name {
        return Some(code.clone());
    }
    code.consts.iter().find_map(|c| match c {
        Constant::Code(inner) => find_code(inner, name),
        _ => None,
    })
}
