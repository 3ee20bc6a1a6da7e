//! Comprehensions and generator expressions: each is its own function.
//!
//! The enclosing code evaluates the first iterable, calls `iter()` on it and
//! calls the comprehension function with that iterator as its only argument
//! (`.0`). Inside, the result container (list/set/dict) sits at the bottom of
//! the stack with one iterator per `for` clause above it, so the append depth of
//! `ListAppend`/`SetAdd`/`MapAdd` is the number of clauses plus one. A generator
//! expression yields each element instead and returns None.
//!
//! ```text
//!   BuildList 0            (list)          -- not for generator expressions
//!   LoadFast .0            (list, it)
//! L: ForIter END           (list, it, x)
//!   <store target> <ifs: PopJumpIfFalse L>
//!   <elt> ListAppend 2     (list, it)
//!   Jump L
//! END: ReturnValue         (list)
//! ```

use super::{Compiler, R};
use crate::bytecode::{Constant, Instr};
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum CompKind {
    List,
    Set,
    Dict,
    Gen,
}

impl<'a> Compiler<'a> {
    pub fn compile_comprehension(
        &mut self,
        node: &'a Expr,
        kind: CompKind,
        generators: &'a [ast::Comprehension],
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> R {
        let Some(scope) = self.table.scope_of(node) else {
            return Err(self.error("internal compiler error: comprehension without scope", node.range()));
        };
        let Some(first) = generators.first() else {
            return Err(self.error("invalid syntax", node.range()));
        };
        let name = match kind {
            CompKind::List => "<listcomp>",
            CompKind::Set => "<setcomp>",
            CompKind::Dict => "<dictcomp>",
            CompKind::Gen => "<genexpr>",
        };
        let qualname = self.child_qualname(name);
        let line = self.line_of(node.range());
        self.push_unit(scope, name, &qualname, line);
        self.set_loc(node.range());
        self.unit().arg_count = 1;
        let r = self.compile_comprehension_body(kind, generators, elt, value);
        if let Err(e) = r {
            self.units.pop();
            return Err(e);
        }
        let code = self.finish_unit()?;
        self.make_closure(code, 0)?;
        self.compile_expr(&first.iter)?;
        self.emit(Instr::GetIter);
        self.emit(Instr::Call(1));
        Ok(())
    }

    fn compile_comprehension_body(
        &mut self,
        kind: CompKind,
        generators: &'a [ast::Comprehension],
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> R {
        match kind {
            CompKind::List => self.emit(Instr::BuildList(0)),
            CompKind::Set => self.emit(Instr::BuildSet(0)),
            CompKind::Dict => self.emit(Instr::BuildMap(0)),
            CompKind::Gen => {}
        }
        let mut loops = Vec::new();
        for (i, g) in generators.iter().enumerate() {
            let saved = self.set_loc(g.range);
            if i == 0 {
                let idx = self.varname_index(".0");
                self.emit(Instr::LoadFast(idx));
            } else {
                self.compile_expr(&g.iter)?;
                self.emit(Instr::GetIter);
            }
            let start = self.new_label();
            let end = self.new_label();
            self.bind(start);
            self.emit(Instr::ForIter(end));
            self.compile_store(&g.target)?;
            for cond in &g.ifs {
                self.compile_jump_if(cond, false, start)?;
            }
            self.restore_loc(saved);
            loops.push((start, end));
        }
        let depth = generators.len() as u32 + 1;
        match kind {
            CompKind::List => {
                self.compile_expr(elt)?;
                self.emit(Instr::ListAppend(depth));
            }
            CompKind::Set => {
                self.compile_expr(elt)?;
                self.emit(Instr::SetAdd(depth));
            }
            CompKind::Dict => {
                self.compile_expr(elt)?;
                if let Some(v) = value {
                    self.compile_expr(v)?;
                }
                self.emit(Instr::MapAdd(depth));
            }
            CompKind::Gen => {
                self.compile_expr(elt)?;
                self.emit(Instr::YieldValue);
                self.emit(Instr::PopTop);
            }
        }
        for (start, end) in loops.into_iter().rev() {
            self.emit(Instr::Jump(start));
            self.bind(end);
        }
        if kind == CompKind::Gen {
            self.load_const(Constant::None);
        }
        self.emit(Instr::ReturnValue);
        Ok(())
    }
}
