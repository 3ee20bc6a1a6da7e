//! Calls: `Call`, `CallKw`, `CallMethod` and `CallFunctionEx`.
//!
//! `obj.meth(a, b)` with only plain positional arguments uses `LoadMethod` /
//! `CallMethod` (no bound-method object). Keyword arguments without unpacking use
//! `CallKw` with a constant tuple of names. Any `*x` or `**m` switches to
//! `CallFunctionEx`: positional arguments are gathered into a list (extended by
//! each `*x`) then made a tuple; keyword arguments into a dict, where each `**m`
//! and each run of named keywords is merged with `DictMerge` so that a repeated
//! key raises TypeError as in CPython.

use super::{Compiler, R};
use crate::bytecode::{Constant, Instr};
use ruff_python_ast::{self as ast, Expr};

impl<'a> Compiler<'a> {
    pub fn compile_call(&mut self, c: &'a ast::ExprCall) -> R {
        let args = &c.arguments;
        let simple_args = !args.args.iter().any(|a| a.is_starred_expr());
        if let Expr::Attribute(attr) = &*c.func {
            if simple_args && args.keywords.is_empty() && attr.ctx == ast::ExprContext::Load {
                self.compile_expr(&attr.value)?;
                let saved = self.set_loc(attr.range);
                let i = self.mangled_name_index(attr.attr.as_str());
                self.emit(Instr::LoadMethod(i));
                self.restore_loc(saved);
                for a in args.args.iter() {
                    self.compile_expr(a)?;
                }
                self.emit(Instr::CallMethod(args.args.len() as u32));
                return Ok(());
            }
        }
        self.compile_expr(&c.func)?;
        self.compile_call_args(0, &args.args, &args.keywords)
    }

    /// Emit the arguments and the call instruction for a callable already on the
    /// stack, preceded by `extra` positional arguments already pushed too.
    pub fn compile_call_args(&mut self, extra: u32, args: &'a [Expr], keywords: &'a [ast::Keyword]) -> R {
        let starred = args.iter().any(|a| a.is_starred_expr());
        let double_starred = keywords.iter().any(|k| k.arg.is_none());
        if !starred && !double_starred {
            for a in args {
                self.compile_expr(a)?;
            }
            if keywords.is_empty() {
                self.emit(Instr::Call(extra + args.len() as u32));
                return Ok(());
            }
            let mut names = Vec::new();
            for k in keywords {
                self.compile_expr(&k.value)?;
                if let Some(name) = &k.arg {
                    names.push(Constant::Str(name.as_str().to_string()));
                }
            }
            self.load_const(Constant::Tuple(names));
            self.emit(Instr::CallKw(extra + (args.len() + keywords.len()) as u32));
            return Ok(());
        }

        // Positional arguments: a list extended by each `*x`, then a tuple.
        let leading = args.iter().take_while(|a| !a.is_starred_expr()).count();
        for a in &args[..leading] {
            self.compile_expr(a)?;
        }
        self.emit(Instr::BuildList(extra + leading as u32));
        for a in &args[leading..] {
            match a {
                Expr::Starred(s) => {
                    self.compile_expr(&s.value)?;
                    self.emit(Instr::ListExtend(1));
                }
                other => {
                    self.compile_expr(other)?;
                    self.emit(Instr::ListAppend(1));
                }
            }
        }
        self.emit(Instr::ListToTuple);

        if keywords.is_empty() {
            self.emit(Instr::CallFunctionEx(false));
            return Ok(());
        }
        // Keyword arguments: one dict, runs of named keywords merged in as maps.
        let mut have_dict = false;
        let mut i = 0;
        while i < keywords.len() {
            if keywords[i].arg.is_none() {
                if !have_dict {
                    self.emit(Instr::BuildMap(0));
                    have_dict = true;
                }
                self.compile_expr(&keywords[i].value)?;
                self.emit(Instr::DictMerge(1));
                i += 1;
                continue;
            }
            let start = i;
            while i < keywords.len() && keywords[i].arg.is_some() {
                let k = &keywords[i];
                if let Some(name) = &k.arg {
                    self.load_const(Constant::Str(name.as_str().to_string()));
                }
                self.compile_expr(&k.value)?;
                i += 1;
            }
            self.emit(Instr::BuildMap((i - start) as u32));
            if have_dict {
                self.emit(Instr::DictMerge(1));
            }
            have_dict = true;
        }
        self.emit(Instr::CallFunctionEx(true));
        Ok(())
    }
}
