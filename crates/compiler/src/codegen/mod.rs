//! Code generation: AST + symbol table → `CodeObject`s.
//!
//! One `Unit` is the code object under construction; units nest as the walk
//! enters functions, classes, lambdas and comprehensions. Every instruction is
//! emitted with the location of the AST node being compiled (`Unit::loc`, saved
//! and restored around each node). Jumps are emitted with *label ids* as their
//! operand; `finish_unit` rewrites them to absolute instruction indexes, then
//! runs the stack verifier (`verify::analyze`) to compute `max_stack` and to check
//! that every path agrees on the stack depth. A verifier failure is a compiler bug
//! and becomes an "internal compiler error" SyntaxError rather than a panic.
//!
//! The `fblocks` stack mirrors the control structures the code is nested in
//! (loops, try bodies, handlers, with bodies, finally bodies) so that `break`,
//! `continue` and `return` can emit the clean-up each one needs on the way out
//! (see `exceptions.rs`). Submodules hold the expression, statement, call,
//! function/class, comprehension, f-string and exception-handling parts.

mod assign;
mod call;
mod comprehension;
mod exceptions;
mod expr;
mod fstring;
mod function;
mod stmt;

use crate::bytecode::{code_flags, CodeObject, Constant, Instr, Location};
use crate::error::{CompileError, ErrorContext};
use crate::symtable::{mangle, NameScope, ScopeId, ScopeKind, SymbolTable};
use crate::verify;
use crate::Mode;
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};
use std::collections::HashMap;
use std::sync::Arc;

pub(crate) type R = Result<(), CompileError>;

/// A jump target before resolution: an index into `Unit::labels`.
pub(crate) type Label = u32;

const UNBOUND: u32 = u32::MAX;

/// A control structure the code being compiled is nested in.
#[derive(Clone)]
pub(crate) enum FBlock<'a> {
    /// `while` loop: `continue` jumps to `cont`, `break` to `brk`.
    WhileLoop { cont: Label, brk: Label },
    /// `for` loop: the iterator is on the stack.
    ForLoop { cont: Label, brk: Label },
    /// Inside `try:` of a try/except: one handler block is set up.
    TryExcept,
    /// Inside `try:` of a try/finally: one block set up; the finally body runs on exit.
    FinallyTry { body: &'a [Stmt] },
    /// Running a finally body after an exception: `(prev_exc, exc)` on the stack and
    /// the cleanup block set up.
    FinallyEnd,
    /// Inside an `except` body: `(prev_exc, exc)` on the stack, the cleanup block and,
    /// with `as name`, the name-cleanup block set up.
    Handler { name: Option<String> },
    /// Inside a `with` body: the bound `__exit__` on the stack and one block set up.
    With,
    /// One extra value on the stack (a return value kept across an inlined finally).
    PopValue,
}

/// Hashable identity of a constant, for deduplication (floats by bits, so that
/// `0.0` and `-0.0` stay distinct).
#[derive(Hash, PartialEq, Eq)]
enum ConstKey {
    None,
    Ellipsis,
    Bool(bool),
    Int(i64),
    BigInt(String),
    Float(u64),
    Complex(u64, u64),
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<ConstKey>),
}

fn const_key(c: &Constant) -> Option<ConstKey> {
    Some(match c {
        Constant::None => ConstKey::None,
        Constant::Ellipsis => ConstKey::Ellipsis,
        Constant::Bool(b) => ConstKey::Bool(*b),
        Constant::Int(i) => ConstKey::Int(*i),
        Constant::BigInt(s) => ConstKey::BigInt(s.clone()),
        Constant::Float(f) => ConstKey::Float(f.to_bits()),
        Constant::Complex(r, i) => ConstKey::Complex(r.to_bits(), i.to_bits()),
        Constant::Str(s) => ConstKey::Str(s.clone()),
        Constant::Bytes(b) => ConstKey::Bytes(b.clone()),
        Constant::Tuple(items) => ConstKey::Tuple(items.iter().map(const_key).collect::<Option<Vec<_>>>()?),
        Constant::Code(_) => return None,
    })
}

/// The code object under construction.
pub(crate) struct Unit<'a> {
    pub scope: ScopeId,
    pub kind: ScopeKind,
    pub name: String,
    pub qualname: String,
    pub first_line: u32,
    pub arg_count: u32,
    pub posonly_arg_count: u32,
    pub kwonly_arg_count: u32,
    pub flags: u32,
    pub docstring: Option<String>,
    pub instrs: Vec<Instr>,
    pub locations: Vec<Location>,
    consts: Vec<Constant>,
    const_map: HashMap<ConstKey, u32>,
    names: Vec<String>,
    name_map: HashMap<String, u32>,
    varnames: Vec<String>,
    varname_map: HashMap<String, u32>,
    cellvars: Vec<String>,
    freevars: Vec<String>,
    labels: Vec<u32>,
    /// Position of the most recently bound label (to know if the end is reachable).
    last_label_pos: u32,
    pub fblocks: Vec<FBlock<'a>>,
    pub loc: Location,
    pub private: Option<String>,
}

pub(crate) struct Compiler<'a> {
    pub ctx: &'a ErrorContext<'a>,
    pub table: &'a SymbolTable,
    pub units: Vec<Unit<'a>>,
    pub mode: Mode,
    /// `Mode::Single`: module-level expression statements print their value.
    pub interactive: bool,
}

/// Compile a whole module (Exec or Single mode).
pub(crate) fn compile_module<'a>(
    body: &'a [Stmt],
    ctx: &'a ErrorContext<'a>,
    table: &'a SymbolTable,
    mode: Mode,
) -> Result<Arc<CodeObject>, CompileError> {
    let mut c = Compiler { ctx, table, units: Vec::new(), mode, interactive: mode == Mode::Single };
    c.push_unit(0, "<module>", "<module>", 1);
    c.compile_module_body(body)?;
    c.finish_unit()
}

/// Compile one expression whose value the code returns (Eval mode).
pub(crate) fn compile_eval<'a>(
    expr: &'a Expr,
    ctx: &'a ErrorContext<'a>,
    table: &'a SymbolTable,
) -> Result<Arc<CodeObject>, CompileError> {
    let mut c = Compiler { ctx, table, units: Vec::new(), mode: Mode::Eval, interactive: false };
    c.push_unit(0, "<module>", "<module>", 1);
    c.set_loc(expr.range());
    c.compile_expr(expr)?;
    c.emit(Instr::ReturnValue);
    c.finish_unit()
}

impl<'a> Compiler<'a> {
    // ----- units -----

    pub fn push_unit(&mut self, scope: ScopeId, name: &str, qualname: &str, first_line: u32) {
        let s = &self.table.scopes[scope];
        let mut varname_map = HashMap::new();
        for (i, p) in s.params.iter().enumerate() {
            varname_map.entry(p.clone()).or_insert(i as u32);
        }
        let flags = if s.kind.is_function() {
            code_flags::OPTIMIZED | if s.is_generator { code_flags::GENERATOR } else { 0 }
        } else if s.kind == ScopeKind::Class {
            code_flags::CLASS_BODY
        } else {
            0
        };
        let loc = self.units.last().map(|u| u.loc).unwrap_or(Location { line: first_line, end_line: first_line, col: 0, end_col: 0 });
        self.units.push(Unit {
            scope,
            kind: s.kind,
            name: name.to_string(),
            qualname: qualname.to_string(),
            first_line,
            arg_count: 0,
            posonly_arg_count: 0,
            kwonly_arg_count: 0,
            flags,
            docstring: None,
            instrs: Vec::new(),
            locations: Vec::new(),
            consts: Vec::new(),
            const_map: HashMap::new(),
            names: Vec::new(),
            name_map: HashMap::new(),
            varnames: s.params.clone(),
            varname_map,
            cellvars: s.cellvars.clone(),
            freevars: s.freevars.clone(),
            labels: Vec::new(),
            last_label_pos: UNBOUND,
            fblocks: Vec::new(),
            loc,
            private: s.private.clone(),
        });
    }

    pub fn unit(&mut self) -> &mut Unit<'a> {
        let n = self.units.len() - 1;
        &mut self.units[n]
    }

    pub fn unit_ref(&self) -> &Unit<'a> {
        &self.units[self.units.len() - 1]
    }

    /// Pop the current unit and build its code object.
    pub fn finish_unit(&mut self) -> Result<Arc<CodeObject>, CompileError> {
        let Some(u) = self.units.pop() else {
            return Err(self.ctx.syntax("internal compiler error: no unit", TextRange::default()));
        };
        let mut instrs = u.instrs;
        for ins in instrs.iter_mut() {
            if let Some(label) = ins.jump_target() {
                let target = u.labels.get(label as usize).copied().unwrap_or(UNBOUND);
                if target == UNBOUND {
                    return Err(self.internal_error("jump to an unbound label", u.first_line));
                }
                *ins = ins.with_jump_target(target);
            }
        }
        let mut code = CodeObject {
            name: u.name,
            qualname: u.qualname,
            filename: self.ctx.filename.to_string(),
            first_line: u.first_line,
            arg_count: u.arg_count,
            posonly_arg_count: u.posonly_arg_count,
            kwonly_arg_count: u.kwonly_arg_count,
            flags: u.flags,
            instrs,
            locations: u.locations,
            docstring: u.docstring,
            consts: u.consts,
            names: u.names,
            varnames: u.varnames,
            cellvars: u.cellvars,
            freevars: u.freevars,
            max_stack: 0,
        };
        match verify::analyze(&code) {
            Ok(depth) => code.max_stack = depth,
            Err(e) => return Err(self.internal_error(&e.to_string(), code.first_line)),
        }
        Ok(Arc::new(code))
    }

    fn internal_error(&self, what: &str, line: u32) -> CompileError {
        let mut e = self.ctx.syntax(format!("internal compiler error: {what}"), TextRange::default());
        e.line = line;
        e
    }

    pub fn scope_kind(&self) -> ScopeKind {
        self.unit_ref().kind
    }

    // ----- emission -----

    pub fn emit(&mut self, i: Instr) {
        let u = self.unit();
        u.instrs.push(i);
        let loc = u.loc;
        u.locations.push(loc);
    }

    pub fn new_label(&mut self) -> Label {
        let u = self.unit();
        u.labels.push(UNBOUND);
        (u.labels.len() - 1) as Label
    }

    pub fn bind(&mut self, l: Label) {
        let u = self.unit();
        let pos = u.instrs.len() as u32;
        u.labels[l as usize] = pos;
        u.last_label_pos = pos;
    }

    /// Set the location of the instructions emitted next; returns the previous one.
    pub fn set_loc(&mut self, range: TextRange) -> Location {
        let loc = self.ctx.lines.location(range);
        std::mem::replace(&mut self.unit().loc, loc)
    }

    pub fn restore_loc(&mut self, loc: Location) {
        self.unit().loc = loc;
    }

    /// Whether the next instruction can be reached by falling through or a jump.
    pub fn end_reachable(&self) -> bool {
        let u = self.unit_ref();
        let pos = u.instrs.len() as u32;
        if u.last_label_pos == pos {
            return true;
        }
        match u.instrs.last() {
            None => true,
            Some(i) => !matches!(i, Instr::ReturnValue | Instr::Jump(_) | Instr::Raise(_) | Instr::Reraise),
        }
    }

    // ----- tables -----

    pub fn const_index(&mut self, c: Constant) -> u32 {
        let u = self.unit();
        let key = const_key(&c);
        if let Some(k) = &key {
            if let Some(&i) = u.const_map.get(k) {
                return i;
            }
        }
        let i = u.consts.len() as u32;
        u.consts.push(c);
        if let Some(k) = key {
            u.const_map.insert(k, i);
        }
        i
    }

    pub fn load_const(&mut self, c: Constant) {
        let i = self.const_index(c);
        self.emit(Instr::LoadConst(i));
    }

    /// Index of `name` (already mangled if it should be) in `names`.
    pub fn name_index(&mut self, name: &str) -> u32 {
        let u = self.unit();
        if let Some(&i) = u.name_map.get(name) {
            return i;
        }
        let i = u.names.len() as u32;
        u.names.push(name.to_string());
        u.name_map.insert(name.to_string(), i);
        i
    }

    pub fn varname_index(&mut self, name: &str) -> u32 {
        let u = self.unit();
        if let Some(&i) = u.varname_map.get(name) {
            return i;
        }
        let i = u.varnames.len() as u32;
        u.varnames.push(name.to_string());
        u.varname_map.insert(name.to_string(), i);
        i
    }

    /// Index of `name` in the cell table (`cellvars ++ freevars`) of the current unit.
    pub fn cell_index(&self, name: &str) -> Option<u32> {
        let u = self.unit_ref();
        if let Some(i) = u.cellvars.iter().position(|c| c == name) {
            return Some(i as u32);
        }
        u.freevars.iter().position(|c| c == name).map(|i| (i + u.cellvars.len()) as u32)
    }

    pub fn mangle(&self, name: &str) -> String {
        mangle(self.unit_ref().private.as_deref(), name)
    }

    /// Mangled attribute/import name index.
    pub fn mangled_name_index(&mut self, name: &str) -> u32 {
        let m = self.mangle(name);
        self.name_index(&m)
    }

    // ----- names -----

    pub fn load_name(&mut self, name: &str) -> R {
        self.name_op(name, ast::ExprContext::Load)
    }

    pub fn store_name(&mut self, name: &str) -> R {
        self.name_op(name, ast::ExprContext::Store)
    }

    pub fn delete_name(&mut self, name: &str) -> R {
        self.name_op(name, ast::ExprContext::Del)
    }

    /// Emit the load/store/delete of a variable as its scope dictates.
    pub fn name_op(&mut self, name: &str, ctx: ast::ExprContext) -> R {
        use ast::ExprContext::*;
        let mangled = self.mangle(name);
        let unit_scope = self.unit_ref().scope;
        let kind = self.unit_ref().kind;
        let scope = self.table.scopes[unit_scope].lookup(&mangled);
        let optimized = kind.is_function();
        enum Op {
            Fast,
            Deref,
            Global,
            Name,
        }
        let op = match scope {
            NameScope::Free | NameScope::Cell => Op::Deref,
            NameScope::Local => {
                if optimized {
                    Op::Fast
                } else {
                    Op::Name
                }
            }
            NameScope::GlobalImplicit => {
                if optimized {
                    Op::Global
                } else {
                    Op::Name
                }
            }
            NameScope::GlobalExplicit => Op::Global,
        };
        let instr = match op {
            Op::Fast => {
                let i = self.varname_index(&mangled);
                match ctx {
                    Store => Instr::StoreFast(i),
                    Del => Instr::DeleteFast(i),
                    _ => Instr::LoadFast(i),
                }
            }
            Op::Deref => {
                let Some(i) = self.cell_index(&mangled) else {
                    return Err(self.ctx.syntax(
                        format!("internal compiler error: no cell for '{mangled}'"),
                        TextRange::default(),
                    ));
                };
                match ctx {
                    Store => Instr::StoreDeref(i),
                    Del => Instr::DeleteDeref(i),
                    _ if kind == ScopeKind::Class => Instr::LoadClassDeref(i),
                    _ => Instr::LoadDeref(i),
                }
            }
            Op::Global => {
                let i = self.name_index(&mangled);
                match ctx {
                    Store => Instr::StoreGlobal(i),
                    Del => Instr::DeleteGlobal(i),
                    _ => Instr::LoadGlobal(i),
                }
            }
            Op::Name => {
                let i = self.name_index(&mangled);
                match ctx {
                    Store => Instr::StoreName(i),
                    Del => Instr::DeleteName(i),
                    _ => Instr::LoadName(i),
                }
            }
        };
        self.emit(instr);
        Ok(())
    }

    /// Store into a plain namespace name (`__module__`, `__qualname__`, ...), unmangled.
    pub fn store_raw_name(&mut self, name: &str) {
        let i = self.name_index(name);
        self.emit(Instr::StoreName(i));
    }

    // ----- errors -----

    pub fn error(&self, msg: impl Into<String>, range: TextRange) -> CompileError {
        self.ctx.syntax(msg, range)
    }

    /// The source text of a node (for string annotations and `f"{x=}"`).
    pub fn source_text(&self, range: TextRange) -> &'a str {
        self.ctx.source.get(usize::from(range.start())..usize::from(range.end())).unwrap_or("")
    }

    pub fn line_of(&self, range: TextRange) -> u32 {
        self.ctx.lines.line_col(range.start().into()).0
    }

    /// The docstring of a body: its first statement, if a plain string literal.
    pub fn docstring_of(body: &[Stmt]) -> Option<String> {
        match body.first() {
            Some(Stmt::Expr(e)) => match &*e.value {
                Expr::StringLiteral(s) => Some(s.value.to_str().to_string()),
                _ => None,
            },
            _ => None,
        }
    }
}
