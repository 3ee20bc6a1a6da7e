//! Statements other than the exception-handling ones (see `exceptions.rs`).
//!
//! Loops push an fblock so that `break`/`continue` know their targets and what
//! to clean up: a `for` loop keeps its iterator on the stack, which `break` pops.
//!
//! ```text
//! for:    <iter> GetIter
//!      L: ForIter END  <store target>  <body>  Jump L
//!    END: <else body>
//!    BRK:
//! while:
//!      L: <test: PopJumpIfFalse ELSE>  <body>  Jump L
//!   ELSE: <else body>
//!    BRK:
//! ```
//!
//! Imports: `import a.b.c` binds `a`; `import a.b.c as d` binds the submodule
//! through a `LoadAttr` chain; `from m import x` uses `ImportFrom` per name and
//! pops the module; `from m import *` uses `ImportStar`.

use super::{Compiler, FBlock, R};
use crate::bytecode::{Constant, Instr};
use crate::symtable::ScopeKind;
use crate::Mode;
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

impl<'a> Compiler<'a> {
    pub fn compile_module_body(&mut self, body: &'a [Stmt]) -> R {
        let mut start = 0;
        if self.mode == Mode::Exec {
            if let Some(doc) = Self::docstring_of(body) {
                let saved = self.set_loc(body[0].range());
                self.load_const(Constant::Str(doc.clone()));
                self.store_raw_name("__doc__");
                self.restore_loc(saved);
                self.unit().docstring = Some(doc);
                start = 1;
            }
        }
        if super::function::has_annotations(body) {
            if let Some(first) = body.first() {
                let saved = self.set_loc(first.range());
                self.emit(Instr::SetupAnnotations);
                self.restore_loc(saved);
            }
        }
        self.compile_body(&body[start..])?;
        if self.end_reachable() {
            if let Some(last) = body.last() {
                self.set_loc(last.range());
            }
            self.load_const(Constant::None);
            self.emit(Instr::ReturnValue);
        }
        Ok(())
    }

    pub fn compile_body(&mut self, body: &'a [Stmt]) -> R {
        for s in body {
            self.compile_stmt(s)?;
        }
        Ok(())
    }

    pub fn compile_stmt(&mut self, s: &'a Stmt) -> R {
        let saved = self.set_loc(s.range());
        let r = self.compile_stmt_inner(s);
        self.restore_loc(saved);
        r
    }

    fn compile_stmt_inner(&mut self, s: &'a Stmt) -> R {
        match s {
            Stmt::FunctionDef(f) => {
                if f.is_async {
                    return Err(self.error("'async def' is not supported by gilfree", f.range));
                }
                self.compile_function_def(f)
            }
            Stmt::ClassDef(c) => self.compile_class_def(c),
            Stmt::Return(r) => self.compile_return(r),
            Stmt::Delete(d) => d.targets.iter().try_for_each(|t| self.compile_delete(t)),
            Stmt::TypeAlias(t) => Err(self.error("invalid syntax", t.range)),
            Stmt::Assign(a) => self.compile_assign(a),
            Stmt::AugAssign(a) => self.compile_aug_assign(a),
            Stmt::AnnAssign(a) => self.compile_ann_assign(a),
            Stmt::For(f) => self.compile_for(f),
            Stmt::While(w) => self.compile_while(w),
            Stmt::If(i) => self.compile_if(i),
            Stmt::With(w) => {
                if w.is_async {
                    return Err(self.error("'async with' is not supported by gilfree", w.range));
                }
                self.compile_with(w, 0)
            }
            Stmt::Match(m) => Err(self.error("'match' statements are not supported by gilfree", m.range)),
            Stmt::Raise(r) => self.compile_raise(r),
            Stmt::Try(t) => self.compile_try(t),
            Stmt::Assert(a) => self.compile_assert(a),
            Stmt::Import(i) => self.compile_import(i),
            Stmt::ImportFrom(i) => self.compile_import_from(i),
            Stmt::Global(_) | Stmt::Nonlocal(_) | Stmt::Pass(_) => Ok(()),
            Stmt::Expr(e) => self.compile_expr_stmt(&e.value),
            Stmt::Break(b) => self.compile_break(b.range),
            Stmt::Continue(c) => self.compile_continue(c.range),
            Stmt::IpyEscapeCommand(c) => Err(self.error("invalid syntax", c.range)),
        }
    }

    fn compile_expr_stmt(&mut self, value: &'a Expr) -> R {
        if self.interactive && self.unit_ref().kind == ScopeKind::Module {
            self.compile_expr(value)?;
            self.emit(Instr::PrintExpr);
            return Ok(());
        }
        // A bare constant (e.g. a string used as a comment) does nothing.
        if super::expr::constant_of(value).is_some() && !matches!(value, Expr::Tuple(_)) {
            return Ok(());
        }
        self.compile_expr(value)?;
        self.emit(Instr::PopTop);
        Ok(())
    }

    fn compile_if(&mut self, i: &'a ast::StmtIf) -> R {
        let end = self.new_label();
        let mut next = self.new_label();
        self.compile_jump_if(&i.test, false, next)?;
        self.compile_body(&i.body)?;
        for clause in &i.elif_else_clauses {
            if self.end_reachable() {
                self.emit(Instr::Jump(end));
            }
            self.bind(next);
            next = self.new_label();
            let saved = self.set_loc(clause.range);
            if let Some(test) = &clause.test {
                self.compile_jump_if(test, false, next)?;
            }
            self.restore_loc(saved);
            self.compile_body(&clause.body)?;
        }
        self.bind(next);
        self.bind(end);
        Ok(())
    }

    fn compile_while(&mut self, w: &'a ast::StmtWhile) -> R {
        let start = self.new_label();
        let orelse = self.new_label();
        let brk = self.new_label();
        self.bind(start);
        self.compile_jump_if(&w.test, false, orelse)?;
        self.unit().fblocks.push(FBlock::WhileLoop { cont: start, brk });
        let r = self.compile_body(&w.body);
        self.unit().fblocks.pop();
        r?;
        self.emit(Instr::Jump(start));
        self.bind(orelse);
        self.compile_body(&w.orelse)?;
        self.bind(brk);
        Ok(())
    }

    fn compile_for(&mut self, f: &'a ast::StmtFor) -> R {
        if f.is_async {
            return Err(self.error("'async for' is not supported by gilfree", f.range));
        }
        let start = self.new_label();
        let end = self.new_label();
        let brk = self.new_label();
        self.compile_expr(&f.iter)?;
        self.emit(Instr::GetIter);
        self.bind(start);
        self.emit(Instr::ForIter(end));
        self.compile_store(&f.target)?;
        self.unit().fblocks.push(FBlock::ForLoop { cont: start, brk });
        let r = self.compile_body(&f.body);
        self.unit().fblocks.pop();
        r?;
        self.emit(Instr::Jump(start));
        self.bind(end);
        self.compile_body(&f.orelse)?;
        self.bind(brk);
        Ok(())
    }

    fn compile_assert(&mut self, a: &'a ast::StmtAssert) -> R {
        let end = self.new_label();
        self.compile_jump_if(&a.test, true, end)?;
        self.emit(Instr::LoadAssertionError);
        if let Some(msg) = &a.msg {
            self.compile_expr(msg)?;
            self.emit(Instr::Call(1));
        }
        self.emit(Instr::Raise(1));
        self.bind(end);
        Ok(())
    }

    fn compile_raise(&mut self, r: &'a ast::StmtRaise) -> R {
        match (&r.exc, &r.cause) {
            (None, _) => self.emit(Instr::Raise(0)),
            (Some(e), None) => {
                self.compile_expr(e)?;
                self.emit(Instr::Raise(1));
            }
            (Some(e), Some(c)) => {
                self.compile_expr(e)?;
                self.compile_expr(c)?;
                self.emit(Instr::Raise(2));
            }
        }
        Ok(())
    }

    fn compile_import(&mut self, i: &'a ast::StmtImport) -> R {
        for alias in &i.names {
            let saved = self.set_loc(alias.range);
            let full = alias.name.as_str();
            self.load_const(Constant::Int(0));
            self.load_const(Constant::None);
            let idx = self.name_index(full);
            self.emit(Instr::ImportName(idx));
            match &alias.asname {
                Some(as_name) => {
                    for part in full.split('.').skip(1) {
                        let p = self.name_index(part);
                        self.emit(Instr::LoadAttr(p));
                    }
                    self.store_name(as_name.as_str())?;
                }
                None => {
                    let top = full.split('.').next().unwrap_or(full);
                    self.store_name(top)?;
                }
            }
            self.restore_loc(saved);
        }
        Ok(())
    }

    fn compile_import_from(&mut self, i: &'a ast::StmtImportFrom) -> R {
        let module = i.module.as_ref().map(|m| m.as_str()).unwrap_or("");
        let names: Vec<Constant> = i.names.iter().map(|a| Constant::Str(a.name.as_str().to_string())).collect();
        self.load_const(Constant::Int(i.level as i64));
        self.load_const(Constant::Tuple(names));
        let idx = self.name_index(module);
        self.emit(Instr::ImportName(idx));
        if i.names.len() == 1 && i.names[0].name.as_str() == "*" {
            if self.unit_ref().kind != ScopeKind::Module {
                return Err(self.error("import * only allowed at module level", i.range));
            }
            self.emit(Instr::ImportStar);
            return Ok(());
        }
        for alias in &i.names {
            let saved = self.set_loc(alias.range);
            let n = self.name_index(alias.name.as_str());
            self.emit(Instr::ImportFrom(n));
            let stored = alias.asname.as_ref().unwrap_or(&alias.name);
            self.store_name(stored.as_str())?;
            self.restore_loc(saved);
        }
        self.emit(Instr::PopTop);
        Ok(())
    }
}
