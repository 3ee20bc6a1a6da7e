//! Functions, lambdas and classes: building their code objects and the
//! `MakeFunction` that turns each into a function object at run time.
//!
//! `def` evaluates its decorators (top-down), then its defaults tuple, keyword-only
//! defaults dict, annotations dict and closure tuple (each only if present), makes
//! the function, applies the decorators bottom-up and stores the name. `class`
//! calls `__build_class__(body_function, name, *bases, **keywords)`. A class body
//! stores `__module__` and `__qualname__` (and `__doc__`), runs, and returns its
//! `__class__` cell (after storing it as `__classcell__`) when a method needs one,
//! else None.

use super::{Compiler, R};
use crate::bytecode::{code_flags, make_function, CodeObject, Constant, Instr};
use crate::symtable::{NameScope, ScopeKind};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};
use std::sync::Arc;

impl<'a> Compiler<'a> {
    /// The qualname of a block named `name` defined in the current unit.
    pub fn child_qualname(&self, name: &str) -> String {
        let u = self.unit_ref();
        if u.kind == ScopeKind::Module {
            return name.to_string();
        }
        let scope = &self.table.scopes[u.scope];
        let mangled = self.mangle(name);
        if scope.lookup(&mangled) == NameScope::GlobalExplicit {
            return name.to_string();
        }
        if u.kind.is_function() {
            format!("{}.<locals>.{name}", u.qualname)
        } else {
            format!("{}.{name}", u.qualname)
        }
    }

    /// Push the closure tuple (if the code has free variables) and the code, then
    /// `MakeFunction` with `flags` (the other items must already be on the stack).
    pub fn make_closure(&mut self, code: Arc<CodeObject>, mut flags: u32) -> R {
        if !code.freevars.is_empty() {
            for name in code.freevars.clone() {
                let Some(i) = self.cell_index(&name) else {
                    return Err(self.error(
                        format!("internal compiler error: no cell to close over for '{name}'"),
                        TextRange::default(),
                    ));
                };
                self.emit(Instr::LoadClosure(i));
            }
            self.emit(Instr::BuildTuple(code.freevars.len() as u32));
            flags |= make_function::CLOSURE;
        }
        self.load_const(Constant::Code(code));
        self.emit(Instr::MakeFunction(flags));
        Ok(())
    }

    /// Defaults, keyword-only defaults and annotations of a parameter list;
    /// returns the `MakeFunction` flags for what it pushed.
    fn compile_parameter_extras(
        &mut self,
        params: Option<&'a ast::Parameters>,
        returns: Option<&'a Expr>,
        with_annotations: bool,
    ) -> Result<u32, crate::CompileError> {
        let mut flags = 0;
        let Some(p) = params else { return Ok(0) };
        let defaults: Vec<&Expr> =
            p.posonlyargs.iter().chain(p.args.iter()).filter_map(|a| a.default.as_deref()).collect();
        if !defaults.is_empty() {
            let consts: Option<Vec<Constant>> = defaults.iter().map(|d| super::expr::constant_of(d)).collect();
            match consts {
                Some(c) => self.load_const(Constant::Tuple(c)),
                None => {
                    for d in &defaults {
                        self.compile_expr(d)?;
                    }
                    self.emit(Instr::BuildTuple(defaults.len() as u32));
                }
            }
            flags |= make_function::DEFAULTS;
        }
        let kwdefaults: Vec<(&ast::ParameterWithDefault, &Expr)> =
            p.kwonlyargs.iter().filter_map(|a| a.default.as_deref().map(|d| (a, d))).collect();
        if !kwdefaults.is_empty() {
            for (a, d) in &kwdefaults {
                let name = self.mangle(a.parameter.name.as_str());
                self.load_const(Constant::Str(name));
                self.compile_expr(d)?;
            }
            self.emit(Instr::BuildMap(kwdefaults.len() as u32));
            flags |= make_function::KWDEFAULTS;
        }
        if with_annotations {
            let params = p
                .posonlyargs
                .iter()
                .chain(p.args.iter())
                .map(|a| &a.parameter)
                .chain(p.vararg.as_deref())
                .chain(p.kwonlyargs.iter().map(|a| &a.parameter))
                .chain(p.kwarg.as_deref());
            let mut n = 0;
            for param in params {
                if let Some(ann) = &param.annotation {
                    let name = self.mangle(param.name.as_str());
                    self.load_const(Constant::Str(name));
                    self.compile_annotation(ann)?;
                    n += 1;
                }
            }
            if let Some(r) = returns {
                self.load_const(Constant::Str("return".into()));
                self.compile_annotation(r)?;
                n += 1;
            }
            if n > 0 {
                self.emit(Instr::BuildMap(n));
                flags |= make_function::ANNOTATIONS;
            }
        }
        Ok(flags)
    }

    /// An annotation value: the expression, or its source text under
    /// `from __future__ import annotations`.
    pub fn compile_annotation(&mut self, ann: &'a Expr) -> R {
        if self.table.future_annotations {
            let text = self.source_text(ann.range()).to_string();
            self.load_const(Constant::Str(text));
            Ok(())
        } else {
            self.compile_expr(ann)
        }
    }

    fn set_arg_counts(&mut self, p: Option<&ast::Parameters>) {
        let Some(p) = p else { return };
        let u = self.unit();
        u.posonly_arg_count = p.posonlyargs.len() as u32;
        u.arg_count = (p.posonlyargs.len() + p.args.len()) as u32;
        u.kwonly_arg_count = p.kwonlyargs.len() as u32;
        if p.vararg.is_some() {
            u.flags |= code_flags::VARARGS;
        }
        if p.kwarg.is_some() {
            u.flags |= code_flags::VARKEYWORDS;
        }
    }

    pub fn compile_function_def(&mut self, f: &'a ast::StmtFunctionDef) -> R {
        for d in &f.decorator_list {
            self.compile_expr(&d.expression)?;
        }
        let flags = self.compile_parameter_extras(Some(&f.parameters), f.returns.as_deref(), true)?;
        let Some(scope) = self.table.scope_of(f) else {
            return Err(self.error("internal compiler error: function without scope", f.range));
        };
        let qualname = self.child_qualname(f.name.as_str());
        let line = self.line_of(f.range);
        self.push_unit(scope, f.name.as_str(), &qualname, line);
        self.set_arg_counts(Some(&f.parameters));
        let body = &f.body[..];
        let doc = Self::docstring_of(body);
        let start = if doc.is_some() { 1 } else { 0 };
        self.unit().docstring = doc;
        if let Err(e) = self.compile_body(&body[start..]) {
            self.units.pop();
            return Err(e);
        }
        if self.end_reachable() {
            let saved = self.set_loc(body.last().map(|s| s.range()).unwrap_or(f.range));
            self.load_const(Constant::None);
            self.emit(Instr::ReturnValue);
            self.restore_loc(saved);
        }
        let code = self.finish_unit()?;
        self.make_closure(code, flags)?;
        for _ in &f.decorator_list {
            self.emit(Instr::Call(1));
        }
        self.store_name(f.name.as_str())
    }

    pub fn compile_lambda(&mut self, l: &'a ast::ExprLambda) -> R {
        let flags = self.compile_parameter_extras(l.parameters.as_deref(), None, false)?;
        let Some(scope) = self.table.scope_of(l) else {
            return Err(self.error("internal compiler error: lambda without scope", l.range));
        };
        let qualname = self.child_qualname("<lambda>");
        let line = self.line_of(l.range);
        self.push_unit(scope, "<lambda>", &qualname, line);
        self.set_arg_counts(l.parameters.as_deref());
        let r = self.compile_expr(&l.body);
        if let Err(e) = r {
            self.units.pop();
            return Err(e);
        }
        if !self.table.scopes[scope].is_generator {
            self.emit(Instr::ReturnValue);
        } else {
            self.emit(Instr::PopTop);
            self.load_const(Constant::None);
            self.emit(Instr::ReturnValue);
        }
        let code = self.finish_unit()?;
        self.make_closure(code, flags)
    }

    pub fn compile_class_def(&mut self, c: &'a ast::StmtClassDef) -> R {
        for d in &c.decorator_list {
            self.compile_expr(&d.expression)?;
        }
        let Some(scope) = self.table.scope_of(c) else {
            return Err(self.error("internal compiler error: class without scope", c.range));
        };
        let qualname = self.child_qualname(c.name.as_str());
        let line = self.line_of(c.range);
        self.push_unit(scope, c.name.as_str(), &qualname, line);
        if let Err(e) = self.compile_class_body(c, &qualname) {
            self.units.pop();
            return Err(e);
        }
        let code = self.finish_unit()?;
        self.emit(Instr::LoadBuildClass);
        self.make_closure(code, 0)?;
        self.load_const(Constant::Str(c.name.as_str().to_string()));
        match &c.arguments {
            Some(args) => self.compile_call_args(2, &args.args, &args.keywords)?,
            None => self.emit(Instr::Call(2)),
        }
        for _ in &c.decorator_list {
            self.emit(Instr::Call(1));
        }
        self.store_name(c.name.as_str())
    }

    fn compile_class_body(&mut self, c: &'a ast::StmtClassDef, qualname: &str) -> R {
        let body = &c.body[..];
        let saved = self.set_loc(c.range);
        self.load_name("__name__")?;
        self.store_raw_name("__module__");
        self.load_const(Constant::Str(qualname.to_string()));
        self.store_raw_name("__qualname__");
        let doc = Self::docstring_of(body);
        let start = if let Some(d) = &doc {
            self.load_const(Constant::Str(d.clone()));
            self.store_raw_name("__doc__");
            1
        } else {
            0
        };
        self.unit().docstring = doc;
        if has_annotations(body) {
            self.emit(Instr::SetupAnnotations);
        }
        self.restore_loc(saved);
        self.compile_body(&body[start..])?;
        let saved = self.set_loc(body.last().map(|s| s.range()).unwrap_or(c.range));
        let scope = self.unit_ref().scope;
        if self.table.scopes[scope].needs_class_closure {
            let Some(i) = self.cell_index("__class__") else {
                return Err(self.error("internal compiler error: no __class__ cell", c.range));
            };
            self.emit(Instr::LoadClosure(i));
            self.emit(Instr::Copy(1));
            self.store_raw_name("__classcell__");
            self.emit(Instr::ReturnValue);
        } else {
            self.load_const(Constant::None);
            self.emit(Instr::ReturnValue);
        }
        self.restore_loc(saved);
        Ok(())
    }
}

/// Whether a module or class body has an annotated simple name at its own level
/// (looking into compound statements, not into nested functions or classes).
pub(crate) fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match s {
        Stmt::AnnAssign(a) => a.simple && matches!(&*a.target, Expr::Name(_)),
        Stmt::If(i) => has_annotations(&i.body) || i.elif_else_clauses.iter().any(|c| has_annotations(&c.body)),
        Stmt::For(f) => has_annotations(&f.body) || has_annotations(&f.orelse),
        Stmt::While(w) => has_annotations(&w.body) || has_annotations(&w.orelse),
        Stmt::With(w) => has_annotations(&w.body),
        Stmt::Try(t) => {
            has_annotations(&t.body)
                || has_annotations(&t.orelse)
                || has_annotations(&t.finalbody)
                || t.handlers.iter().any(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    has_annotations(&h.body)
                })
        }
        _ => false,
    })
}
