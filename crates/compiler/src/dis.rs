//! The disassembler behind `gilfree -X dis`: a listing in the style of CPython's
//! `dis` module.
//!
//! One line per instruction: the source line where it changes, `>>` on jump
//! targets, the instruction index (not a byte offset), the opcode in CPython's
//! SNAKE_CASE spelling, the operand and, in parentheses, what it means (constant
//! repr, name, local, cell, jump target). Nested code objects follow, each under
//! a "Disassembly of <code object ...>:" header. Output is deterministic (no
//! addresses), so tests can compare it verbatim.

use crate::bytecode::{CodeObject, Constant, Conversion, Instr};
use std::fmt::Write;

pub fn disassemble(code: &CodeObject) -> String {
    let mut out = String::new();
    disassemble_one(code, &mut out);
    for c in &code.consts {
        if let Constant::Code(inner) = c {
            let _ = write!(out, "\nDisassembly of {}:\n", code_repr(inner));
            out.push_str(&disassemble(inner));
        }
    }
    out
}

fn disassemble_one(code: &CodeObject, out: &mut String) {
    let targets: std::collections::HashSet<u32> = code.instrs.iter().filter_map(|i| i.jump_target()).collect();
    let mut last_line = 0;
    for (i, ins) in code.instrs.iter().enumerate() {
        let line = code.locations.get(i).map(|l| l.line).unwrap_or(0);
        if line != last_line && i > 0 {
            out.push('\n');
        }
        let line_col = if line != last_line { format!("{line:>4}") } else { "    ".to_string() };
        last_line = line;
        let marker = if targets.contains(&(i as u32)) { ">>" } else { "  " };
        let (name, arg, meaning) = describe(code, ins);
        let mut text = format!("{line_col}     {marker} {i:>4} {name:<24}");
        if let Some(a) = arg {
            let _ = write!(text, " {a:>4}");
            if let Some(m) = meaning {
                let _ = write!(text, " ({m})");
            }
        }
        out.push_str(text.trim_end());
        out.push('\n');
    }
}

/// `LoadConst` → `LOAD_CONST`.
fn opname(ins: &Instr) -> String {
    let debug = format!("{ins:?}");
    let base = debug.split(['(', ' ', '{']).next().unwrap_or("");
    let mut name = String::new();
    for (i, c) in base.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            name.push('_');
        }
        name.push(c.to_ascii_uppercase());
    }
    name
}

fn describe(code: &CodeObject, ins: &Instr) -> (String, Option<String>, Option<String>) {
    use Instr::*;
    let name = opname(ins);
    let cell = |i: u32| {
        let i = i as usize;
        code.cellvars.get(i).or_else(|| code.freevars.get(i.wrapping_sub(code.cellvars.len()))).cloned()
    };
    let (arg, meaning): (Option<String>, Option<String>) = match *ins {
        LoadConst(i) => (Some(i.to_string()), code.consts.get(i as usize).map(const_repr)),
        LoadFast(i) | StoreFast(i) | DeleteFast(i) => (Some(i.to_string()), code.varnames.get(i as usize).cloned()),
        LoadDeref(i) | StoreDeref(i) | DeleteDeref(i) | LoadClosure(i) | LoadClassDeref(i) => {
            (Some(i.to_string()), cell(i))
        }
        LoadName(i) | StoreName(i) | DeleteName(i) | LoadGlobal(i) | StoreGlobal(i) | DeleteGlobal(i)
        | LoadAttr(i) | StoreAttr(i) | DeleteAttr(i) | LoadMethod(i) | ImportName(i) | ImportFrom(i) => {
            (Some(i.to_string()), code.names.get(i as usize).cloned())
        }
        Jump(t) | PopJumpIfFalse(t) | PopJumpIfTrue(t) | PopJumpIfNone(t) | PopJumpIfNotNone(t)
        | JumpIfFalseOrPop(t) | JumpIfTrueOrPop(t) | ForIter(t) | SetupFinally(t) => {
            (Some(t.to_string()), Some(format!("to {t}")))
        }
        BinaryOp(op) => (Some((op as u8).to_string()), Some(op.symbol().to_string())),
        CompareOp(op) => (Some((op as u8).to_string()), Some(op.symbol().to_string())),
        IsOp(inv) => (Some((inv as u8).to_string()), Some(if inv { "is not" } else { "is" }.into())),
        ContainsOp(inv) => (Some((inv as u8).to_string()), Some(if inv { "not in" } else { "in" }.into())),
        FormatValue { conversion, has_spec } => {
            let conv = match conversion {
                Conversion::None => "",
                Conversion::Str => "str",
                Conversion::Repr => "repr",
                Conversion::Ascii => "ascii",
            };
            let mut m = conv.to_string();
            if has_spec {
                if !m.is_empty() {
                    m.push_str(", ");
                }
                m.push_str("with format");
            }
            let arg = (conversion as u8 as u32) | ((has_spec as u32) << 2);
            (Some(arg.to_string()), if m.is_empty() { None } else { Some(m) })
        }
        UnpackEx { before, after } => (Some(format!("{before}")), Some(format!("{before} before, {after} after"))),
        MakeFunction(flags) => {
            let mut parts = Vec::new();
            for (bit, n) in [(1, "defaults"), (2, "kwdefaults"), (4, "annotations"), (8, "closure")] {
                if flags & bit != 0 {
                    parts.push(n);
                }
            }
            (Some(flags.to_string()), if parts.is_empty() { None } else { Some(parts.join(", ")) })
        }
        CallFunctionEx(kw) => (Some((kw as u8).to_string()), None),
        Copy(n) | Swap(n) | BuildSlice(n) | BuildTuple(n) | BuildList(n) | BuildSet(n) | BuildMap(n)
        | BuildString(n) | ListAppend(n) | SetAdd(n) | MapAdd(n) | ListExtend(n) | SetUpdate(n)
        | DictUpdate(n) | DictMerge(n) | UnpackSequence(n) | Call(n) | CallKw(n) | CallMethod(n) | Raise(n) => {
            (Some(n.to_string()), None)
        }
        _ => (None, None),
    };
    (name, arg, meaning)
}

fn code_repr(c: &CodeObject) -> String {
    format!("<code object {}, file \"{}\", line {}>", c.name, c.filename, c.first_line)
}

/// Python's `repr` of a constant.
pub fn const_repr(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::Ellipsis => "Ellipsis".into(),
        Constant::Bool(true) => "True".into(),
        Constant::Bool(false) => "False".into(),
        Constant::Int(i) => i.to_string(),
        Constant::BigInt(s) => s.clone(),
        Constant::Float(f) => float_repr(*f),
        Constant::Complex(r, i) => {
            if *r == 0.0 && r.is_sign_positive() {
                format!("{}j", float_short(*i))
            } else {
                let sign = if *i < 0.0 || (*i == 0.0 && i.is_sign_negative()) { "-" } else { "+" };
                format!("({}{sign}{}j)", float_short(*r), float_short(i.abs()))
            }
        }
        Constant::Str(s) => str_repr(s),
        Constant::Bytes(b) => bytes_repr(b),
        Constant::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(const_repr).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        Constant::Code(code) => code_repr(code),
    }
}

fn float_repr(f: f64) -> String {
    if f.is_nan() {
        "nan".into()
    } else if f.is_infinite() {
        if f > 0.0 { "inf".into() } else { "-inf".into() }
    } else if f == f.trunc() && f.abs() < 1e16 {
        format!("{f:.1}")
    } else {
        let s = format!("{f:e}");
        if f.abs() >= 1e16 || f.abs() < 1e-4 {
            let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
            let exp: i32 = e.parse().unwrap_or(0);
            format!("{m}e{}{:02}", if exp < 0 { "-" } else { "+" }, exp.abs())
        } else {
            format!("{f}")
        }
    }
}

fn float_short(f: f64) -> String {
    if f == f.trunc() && f.abs() < 1e16 {
        format!("{}", f as i64)
    } else {
        float_repr(f)
    }
}

fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::new();
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') { b'"' } else { b'\'' };
    let mut out = String::from("b");
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => {
                let _ = write!(out, "\\x{c:02x}");
            }
        }
    }
    out.push(quote as char);
    out
}
