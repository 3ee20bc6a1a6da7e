//! try/except/else/finally, with, raise-free control flow out of them
//! (`break`, `continue`, `return`), and the exact sequences the VM executes.
//!
//! The VM keeps a block stack: `SetupFinally H` records the current value-stack
//! depth `d`; when an exception propagates to that block, the VM pops it,
//! truncates the value stack to `d`, pushes the exception and jumps to `H`.
//! `PushExcInfo` makes the exception the one `sys.exc_info()` reports and keeps
//! the previous one on the stack; `PopExcept` restores it. Every handler body
//! runs under a *cleanup* block so that an exception escaping it restores the
//! previously handled exception before propagating:
//!
//! ```text
//! CLEANUP:                     (.., prev, exc, new)
//!     Swap 3                   (.., new, exc, prev)
//!     PopExcept                (.., new, exc)          exc_info = prev
//!     PopTop                   (.., new)
//!     Reraise
//! ```
//!
//! try / except (`d` = depth before the statement):
//!
//! ```text
//!     SetupFinally H
//!     <body>
//!     PopBlock
//!     <else body>
//!     Jump END
//! H:                           (exc)                   depth d+1
//!     PushExcInfo              (prev, exc)
//!     SetupFinally CLEANUP
//!   per handler `except T as n:`
//!     <T>                      (prev, exc, T)
//!     CheckExcMatch            (prev, exc, bool)
//!     PopJumpIfFalse NEXT      (prev, exc)
//!     Copy 1 ; <store n>       (prev, exc)             (without `as n`: nothing)
//!     SetupFinally CLEANUP_N                           (only with `as n`)
//!     <handler body>
//!     PopBlock                                         (only with `as n`)
//!     PopBlock
//!     [LoadConst None ; <store n> ; <delete n>]        (only with `as n`)
//!     PopTop                   (prev)
//!     PopExcept                ()
//!     Jump END
//! CLEANUP_N:                   (prev, exc, new)        (only with `as n`)
//!     LoadConst None ; <store n> ; <delete n>
//!     Reraise                                          -> CLEANUP
//! NEXT:
//!   (a bare `except:` has no T/CheckExcMatch/PopJumpIfFalse)
//!     Reraise                  (prev, exc)             no handler matched -> CLEANUP
//! CLEANUP: (as above)
//! END:
//! ```
//!
//! try / finally (try/except/finally is a try/finally around a try/except):
//!
//! ```text
//!     SetupFinally FIN
//!     <body>
//!     PopBlock
//!     <finally body>                                   normal path
//!     Jump END
//! FIN:                         (exc)
//!     PushExcInfo              (prev, exc)
//!     SetupFinally CLEANUP
//!     <finally body>                                   exceptional path
//!     Reraise                  (prev, exc)             -> CLEANUP re-raises exc
//! CLEANUP: (as above)
//! END:
//! ```
//!
//! with (several items nest as several with statements):
//!
//! ```text
//!     <context manager>
//!     BeforeWith               (exit, value)
//!     <store target> or PopTop (exit)
//!     SetupFinally H
//!     <body>
//!     PopBlock
//!     LoadConst None ; LoadConst None ; LoadConst None
//!     Call 3 ; PopTop          ()                      exit(None, None, None)
//!     Jump END
//! H:                           (exit, exc)
//!     PushExcInfo              (exit, prev, exc)
//!     SetupFinally CLEANUP
//!     WithExceptStart          (exit, prev, exc, res)
//!     PopJumpIfTrue SUPPRESS   (exit, prev, exc)
//!     Reraise                                          -> CLEANUP re-raises exc
//! SUPPRESS:
//!     PopBlock
//!     PopTop                   (exit, prev)
//!     PopExcept                (exit)
//!     PopTop                   ()
//!     Jump END
//! CLEANUP: (as above)
//! END:
//! ```
//! (The block is set up after the `as` target is stored, so an exception raised
//! while storing the target does not call `__exit__`; CPython's does.)
//!
//! Leaving these regions early: `break`, `continue` and `return` walk the fblock
//! stack from the innermost entry out to their target, emitting for each
//! (`return` keeps its value on top, swapping it above what it pops):
//! - loop (`for`): `PopTop` the iterator (only when leaving the loop itself);
//! - try body: `PopBlock`;
//! - try body with finally: `PopBlock`, then the finally body inline;
//! - finally body after an exception: `PopBlock`, `PopTop` (exc), `PopExcept`;
//! - except body: `PopBlock` (twice with `as n`), the `n = None; del n`,
//!   `PopTop` (exc), `PopExcept`;
//! - with body: `PopBlock`, then `exit(None, None, None)` and `PopTop`.

use super::{Compiler, FBlock, R};
use crate::bytecode::{Constant, Instr};
use ruff_python_ast::{self as ast, Stmt};
use ruff_text_size::TextRange;

impl<'a> Compiler<'a> {
    fn emit_cleanup_handler(&mut self) {
        self.emit(Instr::Swap(3));
        self.emit(Instr::PopExcept);
        self.emit(Instr::PopTop);
        self.emit(Instr::Reraise);
    }

    pub fn compile_try(&mut self, t: &'a ast::StmtTry) -> R {
        if t.is_star {
            return Err(self.error("'except*' is not supported by gilfree", t.range));
        }
        if t.finalbody.is_empty() {
            return self.compile_try_except(t);
        }
        let fin = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.emit(Instr::SetupFinally(fin));
        self.unit().fblocks.push(FBlock::FinallyTry { body: &t.finalbody });
        let r = if t.handlers.is_empty() {
            self.compile_body(&t.body).and_then(|_| self.compile_body(&t.orelse))
        } else {
            self.compile_try_except(t)
        };
        self.unit().fblocks.pop();
        r?;
        self.emit(Instr::PopBlock);
        self.compile_body(&t.finalbody)?;
        if self.end_reachable() {
            self.emit(Instr::Jump(end));
        }

        self.bind(fin);
        self.emit(Instr::PushExcInfo);
        self.emit(Instr::SetupFinally(cleanup));
        self.unit().fblocks.push(FBlock::FinallyEnd);
        let r = self.compile_body(&t.finalbody);
        self.unit().fblocks.pop();
        r?;
        self.emit(Instr::Reraise);
        self.bind(cleanup);
        self.emit_cleanup_handler();
        self.bind(end);
        Ok(())
    }

    /// The try/except/else part of a try statement (its finally body is handled by the caller).
    fn compile_try_except(&mut self, t: &'a ast::StmtTry) -> R {
        let handler = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.emit(Instr::SetupFinally(handler));
        self.unit().fblocks.push(FBlock::TryExcept);
        let r = self.compile_body(&t.body);
        self.unit().fblocks.pop();
        r?;
        self.emit(Instr::PopBlock);
        self.compile_body(&t.orelse)?;
        if self.end_reachable() {
            self.emit(Instr::Jump(end));
        }

        self.bind(handler);
        self.emit(Instr::PushExcInfo);
        self.emit(Instr::SetupFinally(cleanup));
        let n = t.handlers.len();
        for (idx, h) in t.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            let saved = self.set_loc(h.range);
            let next = self.new_label();
            match &h.type_ {
                Some(ty) => {
                    self.compile_expr(ty)?;
                    self.emit(Instr::CheckExcMatch);
                    self.emit(Instr::PopJumpIfFalse(next));
                }
                None => {
                    if idx + 1 < n {
                        return Err(self.error("default 'except:' must be last", h.range));
                    }
                }
            }
            match &h.name {
                Some(name) => {
                    let name = name.as_str();
                    let cleanup_name = self.new_label();
                    self.emit(Instr::Copy(1));
                    self.store_name(name)?;
                    self.emit(Instr::SetupFinally(cleanup_name));
                    self.unit().fblocks.push(FBlock::Handler { name: Some(name.to_string()) });
                    let r = self.compile_body(&h.body);
                    self.unit().fblocks.pop();
                    r?;
                    if self.end_reachable() {
                        self.emit(Instr::PopBlock);
                        self.emit(Instr::PopBlock);
                        self.clear_handler_name(name)?;
                        self.emit(Instr::PopTop);
                        self.emit(Instr::PopExcept);
                        self.emit(Instr::Jump(end));
                    }
                    self.bind(cleanup_name);
                    self.clear_handler_name(name)?;
                    self.emit(Instr::Reraise);
                }
                None => {
                    self.unit().fblocks.push(FBlock::Handler { name: None });
                    let r = self.compile_body(&h.body);
                    self.unit().fblocks.pop();
                    r?;
                    if self.end_reachable() {
                        self.emit(Instr::PopBlock);
                        self.emit(Instr::PopTop);
                        self.emit(Instr::PopExcept);
                        self.emit(Instr::Jump(end));
                    }
                }
            }
            self.bind(next);
            self.restore_loc(saved);
        }
        self.emit(Instr::Reraise);
        self.bind(cleanup);
        self.emit_cleanup_handler();
        self.bind(end);
        Ok(())
    }

    /// `name = None; del name` at the end of `except ... as name:`.
    fn clear_handler_name(&mut self, name: &str) -> R {
        self.load_const(Constant::None);
        self.store_name(name)?;
        self.delete_name(name)
    }

    /// `with` items from `index` on, around the body.
    pub fn compile_with(&mut self, w: &'a ast::StmtWith, index: usize) -> R {
        let Some(item) = w.items.get(index) else {
            return self.compile_body(&w.body);
        };
        let saved = self.set_loc(item.range);
        let handler = self.new_label();
        let suppress = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.compile_expr(&item.context_expr)?;
        self.emit(Instr::BeforeWith);
        match &item.optional_vars {
            Some(target) => self.compile_store(target)?,
            None => self.emit(Instr::PopTop),
        }
        self.emit(Instr::SetupFinally(handler));
        self.restore_loc(saved);
        self.unit().fblocks.push(FBlock::With);
        let r = self.compile_with(w, index + 1);
        self.unit().fblocks.pop();
        r?;
        let saved = self.set_loc(item.range);
        self.emit(Instr::PopBlock);
        self.call_exit_with_nones();
        self.emit(Instr::Jump(end));

        self.bind(handler);
        self.emit(Instr::PushExcInfo);
        self.emit(Instr::SetupFinally(cleanup));
        self.emit(Instr::WithExceptStart);
        self.emit(Instr::PopJumpIfTrue(suppress));
        self.emit(Instr::Reraise);
        self.bind(suppress);
        self.emit(Instr::PopBlock);
        self.emit(Instr::PopTop);
        self.emit(Instr::PopExcept);
        self.emit(Instr::PopTop);
        self.emit(Instr::Jump(end));
        self.bind(cleanup);
        self.emit_cleanup_handler();
        self.bind(end);
        self.restore_loc(saved);
        Ok(())
    }

    /// `(exit -- )`: call `exit(None, None, None)` and discard the result.
    fn call_exit_with_nones(&mut self) {
        for _ in 0..3 {
            self.load_const(Constant::None);
        }
        self.emit(Instr::Call(3));
        self.emit(Instr::PopTop);
    }

    pub fn compile_return(&mut self, r: &'a ast::StmtReturn) -> R {
        if !self.scope_kind().is_function() {
            return Err(self.error("'return' outside function", r.range));
        }
        match &r.value {
            Some(v) => self.compile_expr(v)?,
            None => self.load_const(Constant::None),
        }
        self.unwind_to(Target::Return)?;
        self.emit(Instr::ReturnValue);
        Ok(())
    }

    pub fn compile_break(&mut self, range: TextRange) -> R {
        match self.unwind_to(Target::Break)? {
            Some(brk) => {
                self.emit(Instr::Jump(brk));
                Ok(())
            }
            None => Err(self.error("'break' outside loop", range)),
        }
    }

    pub fn compile_continue(&mut self, range: TextRange) -> R {
        match self.unwind_to(Target::Continue)? {
            Some(cont) => {
                self.emit(Instr::Jump(cont));
                Ok(())
            }
            None => Err(self.error("'continue' not properly in loop", range)),
        }
    }

    /// Emit the clean-up of every fblock between here and the target; returns the
    /// jump label for break/continue (None when no loop encloses us: nothing emitted).
    fn unwind_to(&mut self, target: Target) -> Result<Option<u32>, crate::CompileError> {
        let blocks = self.unit_ref().fblocks.clone();
        if target != Target::Return
            && !blocks.iter().any(|b| matches!(b, FBlock::WhileLoop { .. } | FBlock::ForLoop { .. }))
        {
            return Ok(None);
        }
        let preserve = target == Target::Return;
        for i in (0..blocks.len()).rev() {
            match (&blocks[i], target) {
                (FBlock::WhileLoop { cont, .. } | FBlock::ForLoop { cont, .. }, Target::Continue) => {
                    return Ok(Some(*cont));
                }
                (FBlock::WhileLoop { brk, .. }, Target::Break) => return Ok(Some(*brk)),
                (FBlock::ForLoop { brk, .. }, Target::Break) => {
                    self.emit(Instr::PopTop);
                    return Ok(Some(*brk));
                }
                _ => {}
            }
            let saved = self.unit().fblocks.split_off(i);
            let r = self.unwind_block(&blocks[i], preserve);
            self.unit().fblocks.extend(saved);
            r?;
        }
        Ok(None)
    }

    /// Clean-up code for leaving one fblock early (the fblock stack is truncated to below it).
    fn unwind_block(&mut self, block: &FBlock<'a>, preserve: bool) -> R {
        match block {
            FBlock::WhileLoop { .. } => {}
            FBlock::ForLoop { .. } => {
                if preserve {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::PopTop);
            }
            FBlock::TryExcept => self.emit(Instr::PopBlock),
            FBlock::FinallyTry { body } => {
                self.emit(Instr::PopBlock);
                if preserve {
                    self.unit().fblocks.push(FBlock::PopValue);
                }
                let body: &'a [Stmt] = body;
                let r = self.compile_body(body);
                if preserve {
                    self.unit().fblocks.pop();
                }
                r?;
            }
            FBlock::FinallyEnd => {
                self.emit(Instr::PopBlock);
                self.pop_exception_state(preserve);
            }
            FBlock::Handler { name } => {
                self.emit(Instr::PopBlock);
                if let Some(n) = name {
                    self.emit(Instr::PopBlock);
                    self.clear_handler_name(n)?;
                }
                self.pop_exception_state(preserve);
            }
            FBlock::With => {
                self.emit(Instr::PopBlock);
                if preserve {
                    self.emit(Instr::Swap(2));
                }
                self.call_exit_with_nones();
            }
            FBlock::PopValue => {
                if preserve {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::PopTop);
            }
        }
        Ok(())
    }

    /// `(prev, exc [, value]) -- ([value])`: drop exc and restore prev.
    fn pop_exception_state(&mut self, preserve: bool) {
        if preserve {
            self.emit(Instr::Swap(2));
            self.emit(Instr::PopTop);
            self.emit(Instr::Swap(2));
        } else {
            self.emit(Instr::PopTop);
        }
        self.emit(Instr::PopExcept);
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Target {
    Break,
    Continue,
    Return,
}
