//! Assignment targets: plain, chained, unpacking, augmented, annotated, `del`.
//!
//! `compile_store` consumes the value on top of the stack into any target.
//! Unpacking uses `UnpackSequence` (or `UnpackEx` with one starred target), whose
//! results are stored left to right. Augmented assignment evaluates the target's
//! object and index once, keeping them on the stack with `Copy` and reordering
//! with `Swap`:
//!
//! ```text
//! x.a += v :  <x> Copy 1  LoadAttr a  <v> BinaryOp +=  Swap 2  StoreAttr a
//! x[i] += v:  <x> <i> Copy 2 Copy 2  BinarySubscr  <v> BinaryOp +=  Swap 3 Swap 2  StoreSubscr
//! ```

use super::{Compiler, R};
use crate::bytecode::{Constant, Instr};
use crate::symtable::ScopeKind;
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

impl<'a> Compiler<'a> {
    /// Store the value on top of the stack into `target`.
    pub fn compile_store(&mut self, target: &'a Expr) -> R {
        let saved = self.set_loc(target.range());
        let r = self.compile_store_inner(target);
        self.restore_loc(saved);
        r
    }

    fn compile_store_inner(&mut self, target: &'a Expr) -> R {
        match target {
            Expr::Name(n) => self.store_name(n.id.as_str()),
            Expr::Attribute(a) => {
                self.compile_expr(&a.value)?;
                let i = self.mangled_name_index(a.attr.as_str());
                self.emit(Instr::StoreAttr(i));
                Ok(())
            }
            Expr::Subscript(s) => {
                self.compile_expr(&s.value)?;
                self.compile_subscript_index(&s.slice)?;
                self.emit(Instr::StoreSubscr);
                Ok(())
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                self.compile_unpack(target, elts)
            }
            Expr::Starred(s) => Err(self.error("starred assignment target must be in a list or tuple", s.range)),
            other => {
                let name = crate::error::expr_name(other);
                Err(self.error(format!("cannot assign to {name}"), other.range()))
            }
        }
    }

    fn compile_unpack(&mut self, target: &'a Expr, elts: &'a [Expr]) -> R {
        let mut star: Option<usize> = None;
        for (i, e) in elts.iter().enumerate() {
            if e.is_starred_expr() {
                if star.is_some() {
                    return Err(self.error("multiple starred expressions in assignment", target.range()));
                }
                star = Some(i);
            }
        }
        match star {
            None => self.emit(Instr::UnpackSequence(elts.len() as u32)),
            Some(i) => {
                let before = i;
                let after = elts.len() - i - 1;
                if before > u16::MAX as usize || after > u16::MAX as usize {
                    return Err(self.error("too many expressions in star-unpacking assignment", target.range()));
                }
                self.emit(Instr::UnpackEx { before: before as u16, after: after as u16 });
            }
        }
        for e in elts {
            match e {
                Expr::Starred(s) => self.compile_store(&s.value)?,
                other => self.compile_store(other)?,
            }
        }
        Ok(())
    }

    pub fn compile_assign(&mut self, a: &'a ast::StmtAssign) -> R {
        self.compile_expr(&a.value)?;
        let n = a.targets.len();
        for (i, t) in a.targets.iter().enumerate() {
            if i + 1 < n {
                self.emit(Instr::Copy(1));
            }
            self.compile_store(t)?;
        }
        Ok(())
    }

    pub fn compile_aug_assign(&mut self, a: &'a ast::StmtAugAssign) -> R {
        let op = super::expr::binop(a.op).inplace();
        match &*a.target {
            Expr::Name(n) => {
                let saved = self.set_loc(n.range);
                self.load_name(n.id.as_str())?;
                self.restore_loc(saved);
                self.compile_expr(&a.value)?;
                self.emit(Instr::BinaryOp(op));
                let saved = self.set_loc(n.range);
                self.store_name(n.id.as_str())?;
                self.restore_loc(saved);
            }
            Expr::Attribute(at) => {
                self.compile_expr(&at.value)?;
                let saved = self.set_loc(at.range);
                let i = self.mangled_name_index(at.attr.as_str());
                self.emit(Instr::Copy(1));
                self.emit(Instr::LoadAttr(i));
                self.restore_loc(saved);
                self.compile_expr(&a.value)?;
                self.emit(Instr::BinaryOp(op));
                let saved = self.set_loc(at.range);
                self.emit(Instr::Swap(2));
                self.emit(Instr::StoreAttr(i));
                self.restore_loc(saved);
            }
            Expr::Subscript(s) => {
                self.compile_expr(&s.value)?;
                self.compile_subscript_index(&s.slice)?;
                let saved = self.set_loc(s.range);
                self.emit(Instr::Copy(2));
                self.emit(Instr::Copy(2));
                self.emit(Instr::BinarySubscr);
                self.restore_loc(saved);
                self.compile_expr(&a.value)?;
                self.emit(Instr::BinaryOp(op));
                let saved = self.set_loc(s.range);
                self.emit(Instr::Swap(3));
                self.emit(Instr::Swap(2));
                self.emit(Instr::StoreSubscr);
                self.restore_loc(saved);
            }
            other => {
                let name = crate::error::expr_name(other);
                return Err(
                    self.error(format!("'{name}' is an illegal expression for augmented assignment"), other.range())
                );
            }
        }
        Ok(())
    }

    pub fn compile_ann_assign(&mut self, a: &'a ast::StmtAnnAssign) -> R {
        if let Some(v) = &a.value {
            self.compile_expr(v)?;
            self.compile_store(&a.target)?;
        }
        let at_namespace_level = matches!(self.scope_kind(), ScopeKind::Module | ScopeKind::Class);
        if !at_namespace_level {
            return Ok(());
        }
        match &*a.target {
            Expr::Name(n) if a.simple => {
                self.compile_annotation(&a.annotation)?;
                let ann = self.name_index("__annotations__");
                self.emit(Instr::LoadName(ann));
                let key = self.mangle(n.id.as_str());
                self.load_const(Constant::Str(key));
                self.emit(Instr::StoreSubscr);
            }
            target => {
                // Non-simple targets: evaluate the target's parts and the annotation.
                if a.value.is_none() {
                    match target {
                        Expr::Attribute(at) => {
                            self.compile_expr(&at.value)?;
                            self.emit(Instr::PopTop);
                        }
                        Expr::Subscript(s) => {
                            self.compile_expr(&s.value)?;
                            self.emit(Instr::PopTop);
                            self.compile_subscript_index(&s.slice)?;
                            self.emit(Instr::PopTop);
                        }
                        _ => {}
                    }
                }
                if !self.table.future_annotations {
                    self.compile_expr(&a.annotation)?;
                    self.emit(Instr::PopTop);
                }
            }
        }
        Ok(())
    }

    pub fn compile_delete(&mut self, target: &'a Expr) -> R {
        let saved = self.set_loc(target.range());
        let r = match target {
            Expr::Name(n) => self.delete_name(n.id.as_str()),
            Expr::Attribute(a) => {
                self.compile_expr(&a.value)
                    .map(|_| {
                        let i = self.mangled_name_index(a.attr.as_str());
                        self.emit(Instr::DeleteAttr(i));
                    })
            }
            Expr::Subscript(s) => self.compile_expr(&s.value).and_then(|_| {
                self.compile_subscript_index(&s.slice)?;
                self.emit(Instr::DeleteSubscr);
                Ok(())
            }),
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                elts.iter().try_for_each(|e| self.compile_delete(e))
            }
            other => {
                let name = crate::error::expr_name(other);
                Err(self.error(format!("cannot delete {name}"), other.range()))
            }
        };
        self.restore_loc(saved);
        r
    }
}
