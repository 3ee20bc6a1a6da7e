//! The bytecode dispatch loop.
//!
//! `resume_frame` runs a frame until it returns or yields. It calls
//! `execute`, a plain `loop { match instr { … } }` that uses `?` for every
//! error; when an error escapes `execute`, `resume_frame` records a traceback
//! entry, pops the innermost handler block (unwinding the value stack to the
//! block's depth and pushing the exception) and re-enters `execute`, or
//! returns the error if the frame has no handler left.
//!
//! The stack discipline is the compiler's contract (`bytecode.rs`); a broken
//! contract surfaces as SystemError, never as a crash.

use compiler::bytecode::{Conversion, Instr};

use crate::error::{PyErr, PyResult};
use crate::object::ObjRef;
use crate::types::dict::PyDict;
use crate::types::exception::{self, PyBaseException};
use crate::types::function::{PyCell, PyCode, PyFunction};
use crate::types::list::PyList;
use crate::types::native::Args;
use crate::types::set::PySet;
use crate::types::slice::PySlice;
use crate::types::str::PyStr;
use crate::types::tuple::PyTuple;
use crate::types::singletons::{self, py_bool};
use crate::vm::frame::{Block, Frame};
use crate::vm::global_cache::GlobalCache;
use crate::vm::ops::type_name;
use crate::vm::Vm;

/// How a frame stopped running.
pub enum Exit {
    Return(ObjRef),
    Yield(ObjRef),
}

macro_rules! pop {
    ($f:expr) => {
        match $f.stack.pop() {
            Some(v) => v,
            None => return Err(stack_underflow()),
        }
    };
}

macro_rules! top {
    ($f:expr) => {
        match $f.stack.last() {
            Some(v) => v,
            None => return Err(stack_underflow()),
        }
    };
}

#[cold]
fn stack_underflow() -> PyErr {
    PyErr::system_error("bytecode stack underflow")
}

impl Vm {
    /// Run a function or module frame to completion.
    pub fn run_frame(&mut self, f: &mut Frame) -> PyResult {
        match self.resume_frame(f)? {
            Exit::Return(v) => Ok(v),
            Exit::Yield(_) => Err(PyErr::system_error("yield outside a generator frame")),
        }
    }

    /// Run until the frame returns or yields, handling exceptions with its blocks.
    pub fn resume_frame(&mut self, f: &mut Frame) -> PyResult<Exit> {
        self.frames.push(f as *const Frame);
        let r = self.resume_frame_inner(f);
        self.frames.pop();
        r
    }

    fn resume_frame_inner(&mut self, f: &mut Frame) -> PyResult<Exit> {
        loop {
            match self.execute(f) {
                Ok(exit) => return Ok(exit),
                Err(err) => {
                    f.lasti = f.ip.saturating_sub(1);
                    let err = if std::mem::take(&mut self.reraising) {
                        err
                    } else {
                        self.set_context(&err);
                        crate::vm::traceback::add_frame(&err, f);
                        err
                    };
                    match f.blocks.pop() {
                        Some(b) => {
                            f.stack.truncate(b.level as usize);
                            f.stack.push(err.into_value());
                            f.ip = b.handler as usize;
                        }
                        None => return Err(err),
                    }
                }
            }
        }
    }

    /// Link a newly raised exception to the one being handled (`__context__`).
    fn set_context(&mut self, err: &PyErr) {
        let Some(handled) = &self.exc_info else { return };
        if handled.is_same(err.value()) {
            return;
        }
        let Some(e) = err.value().downcast_ref::<PyBaseException>() else { return };
        if e.context.lock().is_some() {
            return;
        }
        // Break a cycle: if `err` already appears in handled's context chain, cut it there.
        let mut cur = Some(handled.clone());
        let mut hops = 0;
        while let Some(c) = cur {
            let Some(ce) = c.downcast_ref::<PyBaseException>() else { break };
            let next = ce.context.lock().clone();
            if let Some(n) = &next {
                if n.is_same(err.value()) {
                    *ce.context.lock() = None;
                    break;
                }
            }
            cur = next;
            hops += 1;
            if hops > 10_000 {
                break;
            }
        }
        *e.context.lock() = Some(handled.clone());
    }

    fn execute(&mut self, f: &mut Frame) -> PyResult<Exit> {
        let code_obj = f.code_obj.clone();
        // SAFETY: frames always hold a PyCode (checked in Frame::new).
        let code: &PyCode = unsafe { code_obj.payload_unchecked::<PyCode>() };
        let instrs = &code.code.instrs[..];
        loop {
            let Some(&instr) = instrs.get(f.ip) else {
                return Err(PyErr::system_error("instruction pointer out of range"));
            };
            f.ip += 1;
            match instr {
                Instr::Nop => {}
                Instr::PopTop => {
                    pop!(f);
                }
                Instr::Copy(i) => {
                    let Some(at) = f.stack.len().checked_sub(i as usize) else { return Err(stack_underflow()) };
                    let v = f.stack[at].clone();
                    f.stack.push(v);
                }
                Instr::Swap(i) => {
                    let n = f.stack.len();
                    let Some(at) = n.checked_sub(i as usize) else { return Err(stack_underflow()) };
                    f.stack.swap(n - 1, at);
                }
                Instr::LoadConst(i) => f.stack.push(code.consts[i as usize].clone()),
                Instr::LoadFast(i) => match &f.fast[i as usize] {
                    Some(v) => {
                        let v = v.clone();
                        f.stack.push(v)
                    }
                    None => return Err(unbound_local(&code.code.varnames[i as usize])),
                },
                Instr::StoreFast(i) => {
                    let v = pop!(f);
                    f.fast[i as usize] = Some(v);
                }
                Instr::DeleteFast(i) => {
                    if f.fast[i as usize].take().is_none() {
                        return Err(unbound_local(&code.code.varnames[i as usize]));
                    }
                }
                Instr::LoadDeref(i) => {
                    let v = cell_of(f, i).get();
                    match v {
                        Some(v) => f.stack.push(v),
                        None => return Err(unbound_deref(code, i)),
                    }
                }
                Instr::StoreDeref(i) => {
                    let v = pop!(f);
                    cell_of(f, i).set(Some(v));
                }
                Instr::DeleteDeref(i) => {
                    if cell_of(f, i).get().is_none() {
                        return Err(unbound_deref(code, i));
                    }
                    cell_of(f, i).set(None);
                }
                Instr::LoadClosure(i) => {
                    let c = f.cells[i as usize].clone();
                    f.stack.push(c);
                }
                Instr::LoadClassDeref(i) => {
                    let name = cell_name(code, i);
                    let from_locals = match &f.locals {
                        Some(l) => self.namespace_get(l, name)?,
                        None => None,
                    };
                    match from_locals.or_else(|| cell_of(f, i).get()) {
                        Some(v) => f.stack.push(v),
                        None => return Err(unbound_deref(code, i)),
                    }
                }
                Instr::LoadName(i) => {
                    let name = &code.names[i as usize];
                    let v = match &f.locals {
                        Some(l) => self.namespace_get_obj(l, name)?,
                        None => None,
                    };
                    let v = match v {
                        Some(v) => v,
                        None => self.load_global(f, name)?,
                    };
                    f.stack.push(v);
                }
                Instr::StoreName(i) => {
                    let v = pop!(f);
                    let name = code.names[i as usize].clone();
                    let ns = f.locals.clone().unwrap_or_else(|| f.globals.clone());
                    self.namespace_set(&ns, name, v)?;
                }
                Instr::DeleteName(i) => {
                    let name = &code.names[i as usize];
                    let ns = f.locals.clone().unwrap_or_else(|| f.globals.clone());
                    self.namespace_del(&ns, name)?;
                }
                Instr::LoadGlobal(i) => {
                    let v = self.load_global_cached(f, code, i as usize)?;
                    f.stack.push(v);
                }
                Instr::StoreGlobal(i) => {
                    let v = pop!(f);
                    globals_of(f).set_native(code.names[i as usize].clone(), v);
                }
                Instr::DeleteGlobal(i) => {
                    let name = &code.names[i as usize];
                    if globals_of(f).del_str(str_of(name)).is_none() {
                        return Err(PyErr::name_not_defined(name));
                    }
                }
                Instr::LoadAttr(i) => {
                    let obj = pop!(f);
                    let v = self.get_attr(&obj, &code.names[i as usize])?;
                    f.stack.push(v);
                }
                Instr::StoreAttr(i) => {
                    let obj = pop!(f);
                    let v = pop!(f);
                    self.set_attr(&obj, &code.names[i as usize], v)?;
                }
                Instr::DeleteAttr(i) => {
                    let obj = pop!(f);
                    self.del_attr(&obj, &code.names[i as usize])?;
                }
                Instr::LoadMethod(i) => {
                    let obj = pop!(f);
                    let name = &code.names[i as usize];
                    match self.lookup_method(&obj, name) {
                        Some(m) => {
                            f.stack.push(m);
                            f.stack.push(obj);
                        }
                        None => {
                            let v = self.get_attr(&obj, name)?;
                            f.stack.push(singletons::null());
                            f.stack.push(v);
                        }
                    }
                }
                Instr::BinaryOp(op) => {
                    let b = pop!(f);
                    let a = pop!(f);
                    let r = self.binary_op(&a, &b, op)?;
                    f.stack.push(r);
                }
                Instr::CompareOp(op) => {
                    let b = pop!(f);
                    let a = pop!(f);
                    let r = self.rich_compare(&a, &b, op)?;
                    f.stack.push(r);
                }
                Instr::IsOp(invert) => {
                    let b = pop!(f);
                    let a = pop!(f);
                    f.stack.push(py_bool(a.is_same(&b) != invert));
                }
                Instr::ContainsOp(invert) => {
                    let b = pop!(f);
                    let a = pop!(f);
                    let r = self.contains(&b, &a)?;
                    f.stack.push(py_bool(r != invert));
                }
                Instr::UnaryNegative => {
                    let v = pop!(f);
                    let r = self.unary_op(&v, "__neg__", "-")?;
                    f.stack.push(r);
                }
                Instr::UnaryPositive => {
                    let v = pop!(f);
                    let r = self.unary_op(&v, "__pos__", "+")?;
                    f.stack.push(r);
                }
                Instr::UnaryInvert => {
                    let v = pop!(f);
                    let r = self.unary_op(&v, "__invert__", "~")?;
                    f.stack.push(r);
                }
                Instr::UnaryNot => {
                    let v = pop!(f);
                    let t = self.is_true(&v)?;
                    f.stack.push(py_bool(!t));
                }
                Instr::BinarySubscr => {
                    let key = pop!(f);
                    let container = pop!(f);
                    let r = self.get_item(&container, &key)?;
                    f.stack.push(r);
                }
                Instr::StoreSubscr => {
                    let key = pop!(f);
                    let container = pop!(f);
                    let v = pop!(f);
                    self.set_item(&container, &key, &v)?;
                }
                Instr::DeleteSubscr => {
                    let key = pop!(f);
                    let container = pop!(f);
                    self.del_item(&container, &key)?;
                }
                Instr::BuildSlice(n) => {
                    let step = if n == 3 { pop!(f) } else { singletons::none() };
                    let stop = pop!(f);
                    let start = pop!(f);
                    f.stack.push(PySlice::new_ref(start, stop, step));
                }
                Instr::BuildTuple(n) => {
                    let items = take_n(f, n)?;
                    f.stack.push(PyTuple::new(items));
                }
                Instr::BuildList(n) => {
                    let items = take_n(f, n)?;
                    f.stack.push(PyList::new(items));
                }
                Instr::BuildSet(n) => {
                    let items = take_n(f, n)?;
                    let s = PySet::new();
                    for x in items {
                        s.add(self, x)?;
                    }
                    f.stack.push(ObjRef::new(s));
                }
                Instr::BuildMap(n) => {
                    let items = take_n(f, n * 2)?;
                    let d = PyDict::with_capacity(n as usize);
                    let mut it = items.into_iter();
                    while let (Some(k), Some(v)) = (it.next(), it.next()) {
                        d.set_item(self, k, v)?;
                    }
                    f.stack.push(ObjRef::new(d));
                }
                Instr::BuildString(n) => {
                    let items = take_n(f, n)?;
                    let mut s = String::new();
                    for x in &items {
                        s.push_str(str_of(x));
                    }
                    f.stack.push(PyStr::new(s));
                }
                Instr::ListAppend(i) => {
                    let v = pop!(f);
                    let target = &f.stack[f.stack.len() - i as usize];
                    match target.downcast_ref::<PyList>() {
                        Some(l) => l.push(v),
                        None => return Err(PyErr::system_error("ListAppend target is not a list")),
                    }
                }
                Instr::SetAdd(i) => {
                    let v = pop!(f);
                    let target = f.stack[f.stack.len() - i as usize].clone();
                    match target.downcast_ref::<PySet>() {
                        Some(s) => s.add(self, v)?,
                        None => return Err(PyErr::system_error("SetAdd target is not a set")),
                    }
                }
                Instr::MapAdd(i) => {
                    let v = pop!(f);
                    let k = pop!(f);
                    let target = f.stack[f.stack.len() - i as usize].clone();
                    match target.downcast_ref::<PyDict>() {
                        Some(d) => d.set_item(self, k, v)?,
                        None => return Err(PyErr::system_error("MapAdd target is not a dict")),
                    }
                }
                Instr::ListExtend(i) => {
                    let iterable = pop!(f);
                    let target = f.stack[f.stack.len() - i as usize].clone();
                    let items = match self.collect(&iterable) {
                        Ok(items) => items,
                        Err(e) if e.matches(&exception::types().type_error) && !self.is_iterable(&iterable) => {
                            return Err(PyErr::type_error(format!(
                                "Value after * must be an iterable, not {}",
                                type_name(&iterable)
                            )))
                        }
                        Err(e) => return Err(e),
                    };
                    match target.downcast_ref::<PyList>() {
                        Some(l) => l.lock().extend(items),
                        None => return Err(PyErr::system_error("ListExtend target is not a list")),
                    }
                }
                Instr::SetUpdate(i) => {
                    let iterable = pop!(f);
                    let target = f.stack[f.stack.len() - i as usize].clone();
                    let items = self.collect(&iterable)?;
                    let s = target.downcast_ref::<PySet>().ok_or_else(|| PyErr::system_error("SetUpdate target"))?;
                    // `{1, 2, 3}` of constants compiles to BuildSet(0); LoadConst(tuple); SetUpdate:
                    // give it the table layout of CPython's folded frozenset constant.
                    let from_constant = f.ip >= 2 && matches!(instrs[f.ip - 2], Instr::LoadConst(_)) && s.is_empty();
                    if from_constant {
                        let built = PySet::from_constant_items(self, items)?;
                        s.replace_contents(built);
                    } else {
                        for x in items {
                            s.add(self, x)?;
                        }
                    }
                }
                Instr::DictUpdate(i) | Instr::DictMerge(i) => {
                    let mapping = pop!(f);
                    let target = f.stack[f.stack.len() - i as usize].clone();
                    let merge = matches!(instr, Instr::DictMerge(_));
                    let func = if merge { f.stack.get(f.stack.len().wrapping_sub(i as usize + 2)).cloned() } else { None };
                    self.dict_update_from(&target, &mapping, merge, func.as_ref())?;
                }
                Instr::ListToTuple => {
                    let l = pop!(f);
                    let items = l.downcast_ref::<PyList>().map(|l| l.snapshot()).unwrap_or_default();
                    f.stack.push(PyTuple::new(items));
                }
                Instr::FormatValue { conversion, has_spec } => {
                    let spec = if has_spec { Some(pop!(f)) } else { None };
                    let v = pop!(f);
                    let v = match conversion {
                        Conversion::None => v,
                        Conversion::Str => self.str(&v)?,
                        Conversion::Repr => self.repr(&v)?,
                        Conversion::Ascii => self.ascii(&v)?,
                    };
                    let r = self.format(&v, spec.as_ref())?;
                    f.stack.push(r);
                }
                Instr::UnpackSequence(n) => {
                    let seq = pop!(f);
                    let items = self.unpack(&seq, n as usize)?;
                    f.stack.extend(items.into_iter().rev());
                }
                Instr::UnpackEx { before, after } => {
                    let seq = pop!(f);
                    let items = self.unpack_iterable(&seq)?;
                    let (b, a) = (before as usize, after as usize);
                    if items.len() < b + a {
                        return Err(PyErr::value_error(format!(
                            "not enough values to unpack (expected at least {}, got {})",
                            b + a,
                            items.len()
                        )));
                    }
                    let mut items = items;
                    let tail = items.split_off(items.len() - a);
                    let middle = items.split_off(b);
                    f.stack.extend(tail.into_iter().rev());
                    f.stack.push(PyList::new(middle));
                    f.stack.extend(items.into_iter().rev());
                }
                Instr::Jump(t) => {
                    if (t as usize) < f.ip && crate::vm::breaker::pending() {
                        self.handle_breaker()?;
                    }
                    f.ip = t as usize
                }
                Instr::PopJumpIfFalse(t) => {
                    let v = pop!(f);
                    if !self.is_true(&v)? {
                        f.ip = t as usize;
                    }
                }
                Instr::PopJumpIfTrue(t) => {
                    let v = pop!(f);
                    if self.is_true(&v)? {
                        f.ip = t as usize;
                    }
                }
                Instr::PopJumpIfNone(t) => {
                    let v = pop!(f);
                    if v.is_none() {
                        f.ip = t as usize;
                    }
                }
                Instr::PopJumpIfNotNone(t) => {
                    let v = pop!(f);
                    if !v.is_none() {
                        f.ip = t as usize;
                    }
                }
                Instr::JumpIfFalseOrPop(t) => {
                    let v = top!(f).clone();
                    if self.is_true(&v)? {
                        f.stack.pop();
                    } else {
                        f.ip = t as usize;
                    }
                }
                Instr::JumpIfTrueOrPop(t) => {
                    let v = top!(f).clone();
                    if self.is_true(&v)? {
                        f.ip = t as usize;
                    } else {
                        f.stack.pop();
                    }
                }
                Instr::GetIter => {
                    let v = pop!(f);
                    let it = self.iter(&v)?;
                    f.stack.push(it);
                }
                Instr::ForIter(t) => {
                    let it = top!(f).clone();
                    match self.next(&it)? {
                        Some(v) => f.stack.push(v),
                        None => {
                            f.stack.pop();
                            f.ip = t as usize;
                        }
                    }
                }
                Instr::MakeFunction(flags) => {
                    let func = self.make_function(f, flags)?;
                    f.stack.push(func);
                }
                Instr::Call(n) => {
                    let base = f.stack.len() - n as usize - 1;
                    let r = self.call_args(&f.stack[base].clone(), Args::positional_only(&f.stack[base + 1..]))?;
                    f.stack.truncate(base);
                    f.stack.push(r);
                }
                Instr::CallKw(n) => {
                    let kwnames = pop!(f);
                    let base = f.stack.len() - n as usize - 1;
                    let names = kwnames.downcast_ref::<PyTuple>().map_or(&[][..], |t| t.items());
                    let r = self.call_args(&f.stack[base].clone(), Args::new(&f.stack[base + 1..], names))?;
                    f.stack.truncate(base);
                    f.stack.push(r);
                }
                Instr::CallMethod(n) => {
                    let base = f.stack.len() - n as usize - 2;
                    let r = if f.stack[base].is_null() {
                        let callable = f.stack[base + 1].clone();
                        self.call_args(&callable, Args::positional_only(&f.stack[base + 2..]))?
                    } else {
                        let m = f.stack[base].clone();
                        self.call_args(&m, Args::positional_only(&f.stack[base + 1..]))?
                    };
                    f.stack.truncate(base);
                    f.stack.push(r);
                }
                Instr::CallFunctionEx(has_kw) => {
                    let kwargs = if has_kw { Some(pop!(f)) } else { None };
                    let args = pop!(f);
                    let callable = pop!(f);
                    let r = self.call_ex(&callable, &args, kwargs.as_ref())?;
                    f.stack.push(r);
                }
                Instr::ReturnValue => {
                    let v = pop!(f);
                    return Ok(Exit::Return(v));
                }
                Instr::YieldValue => {
                    let v = pop!(f);
                    return Ok(Exit::Yield(v));
                }
                Instr::GetYieldFromIter => {
                    let v = pop!(f);
                    let it = if v.is::<crate::vm::generator::PyGenerator>() { v } else { self.iter(&v)? };
                    f.stack.push(it);
                }
                Instr::YieldFrom => {
                    let sent = pop!(f);
                    let it = top!(f).clone();
                    match self.send_to(&it, sent)? {
                        crate::vm::generator::SendResult::Yielded(v) => {
                            f.ip -= 1;
                            return Ok(Exit::Yield(v));
                        }
                        crate::vm::generator::SendResult::Returned(r) => {
                            f.stack.pop();
                            f.stack.push(r);
                        }
                    }
                }
                Instr::SetupFinally(t) => f.blocks.push(Block { handler: t, level: f.stack.len() as u32 }),
                Instr::PopBlock => {
                    f.blocks.pop();
                }
                Instr::PushExcInfo => {
                    let exc = pop!(f);
                    let prev = self.exc_info.replace(exc.clone()).unwrap_or_else(singletons::none);
                    f.stack.push(prev);
                    f.stack.push(exc);
                }
                Instr::PopExcept => {
                    let prev = pop!(f);
                    self.exc_info = if prev.is_none() { None } else { Some(prev) };
                }
                Instr::CheckExcMatch => {
                    let ty = pop!(f);
                    let exc = top!(f).clone();
                    let m = self.exception_matches(&exc, &ty)?;
                    f.stack.push(py_bool(m));
                }
                Instr::Reraise => {
                    // The exception stays on the stack: cleanup handlers set up while it was
                    // there expect to find it below the re-raised one (see bytecode.rs).
                    let exc = top!(f).clone();
                    self.reraising = true;
                    return Err(PyErr(exc));
                }
                Instr::Raise(n) => {
                    let cause = if n == 2 { Some(pop!(f)) } else { None };
                    let exc = if n >= 1 { Some(pop!(f)) } else { None };
                    return Err(self.make_raise(exc, cause));
                }
                Instr::LoadAssertionError => f.stack.push(exception::types().assertion_error.clone()),
                Instr::BeforeWith => {
                    let mgr = pop!(f);
                    let (exit, entered) = self.before_with(&mgr)?;
                    f.stack.push(exit);
                    f.stack.push(entered);
                }
                Instr::WithExceptStart => {
                    let n = f.stack.len();
                    let exc = f.stack[n - 1].clone();
                    let exit = f.stack[n - 3].clone();
                    let tb = crate::vm::traceback::traceback_of(&exc);
                    let r = self.call(&exit, &[exc.class().clone(), exc, tb])?;
                    f.stack.push(r);
                }
                Instr::ImportName(i) => {
                    let fromlist = pop!(f);
                    let level = pop!(f);
                    let m = self.import_name(f, &code.names[i as usize], &fromlist, &level)?;
                    f.stack.push(m);
                }
                Instr::ImportFrom(i) => {
                    let m = top!(f).clone();
                    let v = self.import_from(&m, &code.names[i as usize])?;
                    f.stack.push(v);
                }
                Instr::ImportStar => {
                    let m = pop!(f);
                    let ns = f.locals.clone().unwrap_or_else(|| f.globals.clone());
                    self.import_star(&m, &ns)?;
                }
                Instr::LoadBuildClass => {
                    let b = self.builtins_dict().get_str("__build_class__");
                    match b {
                        Some(b) => f.stack.push(b),
                        None => return Err(PyErr::name_error("__build_class__ not found")),
                    }
                }
                Instr::LoadLocals => {
                    let l = f.locals.clone().unwrap_or_else(|| f.globals.clone());
                    f.stack.push(l);
                }
                Instr::SetupAnnotations => {
                    let ns = f.locals.clone().unwrap_or_else(|| f.globals.clone());
                    if self.namespace_get(&ns, "__annotations__")?.is_none() {
                        self.namespace_set(&ns, crate::vm::intern::intern("__annotations__"), PyDict::new_ref())?;
                    }
                }
                Instr::PrintExpr => {
                    let v = pop!(f);
                    self.print_expr(&v)?;
                }
            }
        }
    }

    /// The method `name` of `obj` found on its type, when it can be called
    /// unbound with `obj` prepended (the `LoadMethod` fast path).
    #[inline]
    fn lookup_method(&self, obj: &ObjRef, name: &ObjRef) -> Option<ObjRef> {
        let ty = obj.ty();
        if ty.hooks() != 0 || obj.is_type() {
            return None;
        }
        let m = ty.lookup_obj(name)?;
        if !(m.is::<PyFunction>() || m.is::<crate::types::native::PyMethodDescr>()) {
            return None;
        }
        if obj.with_dict(|d| d.downcast_ref::<PyDict>().is_some_and(|dd| dd.get_name_of(d, name).is_some())) == Some(true) {
            return None;
        }
        Some(m)
    }

    /// Globals, then builtins.
    #[inline]
    /// `LoadGlobal`: through the code object's global-name cache.
    fn load_global_cached(&mut self, f: &Frame, code: &PyCode, i: usize) -> PyResult {
        let g = globals_of(f);
        let Some(b) = f.builtins.downcast_ref::<PyDict>() else { return self.load_global(f, &code.names[i]) };
        if let Some(v) = code.global_cache.get(i, &f.globals, g, b) {
            return Ok(v);
        }
        let stamp = GlobalCache::stamp(g, b);
        let v = self.load_global(f, &code.names[i])?;
        crate::object::deferred::defer_if_shared_global(&v);
        code.global_cache.put(i, &f.globals, &f.builtins, stamp, &v);
        Ok(v)
    }

    fn load_global(&mut self, f: &Frame, name: &ObjRef) -> PyResult {
        if let Some(v) = globals_of(f).get_native(name) {
            return Ok(v);
        }
        let b = f.builtins.downcast_ref::<PyDict>().and_then(|d| d.get_native(name));
        b.ok_or_else(|| PyErr::name_not_defined(name))
    }

    /// Read `name` from a namespace (a dict, or any mapping for class bodies).
    pub fn namespace_get(&mut self, ns: &ObjRef, name: &str) -> PyResult<Option<ObjRef>> {
        let key = crate::vm::intern::intern(name);
        self.namespace_get_obj(ns, &key)
    }

    fn namespace_get_obj(&mut self, ns: &ObjRef, name: &ObjRef) -> PyResult<Option<ObjRef>> {
        if ns.class().is_same(crate::types::dict::DICT_TYPE.get()) {
            return Ok(ns.downcast_ref::<PyDict>().and_then(|d| d.get_native(name)));
        }
        match self.get_item(ns, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.matches(&exception::types().key_error) => Ok(None),
            Err(e) => Err(e),
        }
    }

    fn namespace_set(&mut self, ns: &ObjRef, name: ObjRef, v: ObjRef) -> PyResult<()> {
        if ns.class().is_same(crate::types::dict::DICT_TYPE.get()) {
            if let Some(d) = ns.downcast_ref::<PyDict>() {
                d.set_native(name, v);
                return Ok(());
            }
        }
        self.set_item(ns, &name, &v)
    }

    fn namespace_del(&mut self, ns: &ObjRef, name: &ObjRef) -> PyResult<()> {
        let missing = || PyErr::name_not_defined(name);
        if let Some(d) = ns.downcast_ref::<PyDict>() {
            return d.del_str(str_of(name)).map(|_| ()).ok_or_else(missing);
        }
        self.del_item(ns, name).map_err(|e| if e.matches(&exception::types().key_error) { missing() } else { e })
    }

    fn make_function(&mut self, f: &mut Frame, flags: u32) -> PyResult {
        use compiler::bytecode::make_function as mf;
        let code = pop!(f);
        let closure = if flags & mf::CLOSURE != 0 { Some(pop!(f)) } else { None };
        let annotations = if flags & mf::ANNOTATIONS != 0 { Some(pop!(f)) } else { None };
        let kwdefaults = if flags & mf::KWDEFAULTS != 0 { Some(pop!(f)) } else { None };
        let defaults = if flags & mf::DEFAULTS != 0 { Some(pop!(f)) } else { None };
        let c = code.downcast_ref::<PyCode>().ok_or_else(|| PyErr::system_error("MakeFunction without code"))?;
        let doc = match &c.code.docstring {
            Some(d) => PyStr::new(d.as_str()),
            None => singletons::none(),
        };
        let module = globals_of(f).get_str("__name__").unwrap_or_else(singletons::none);
        let func = PyFunction {
            name: parking_lot::Mutex::new(PyStr::new(c.code.name.as_str())),
            qualname: parking_lot::Mutex::new(PyStr::new(c.code.qualname.as_str())),
            code: code.clone(),
            globals: f.globals.clone(),
            builtins: f.builtins.clone(),
            defaults: crate::object::read_mostly::ReadMostlySlot::new(defaults),
            kwdefaults: crate::object::read_mostly::ReadMostlySlot::new(kwdefaults),
            closure,
            doc: parking_lot::Mutex::new(doc),
            module: parking_lot::Mutex::new(module),
            annotations: parking_lot::Mutex::new(annotations),
        };
        let func = ObjRef::new(func);
        if crate::object::deferred::is_defined_once(&c.code.qualname) {
            crate::object::deferred::defer(&func);
        }
        Ok(func)
    }

    /// `f(*args, **kwargs)`.
    pub fn call_ex(&mut self, callable: &ObjRef, args: &ObjRef, kwargs: Option<&ObjRef>) -> PyResult {
        let mut items = match args.downcast_ref::<PyTuple>() {
            Some(t) => t.items().to_vec(),
            None => self.collect(args)?,
        };
        let mut names = Vec::new();
        if let Some(kw) = kwargs {
            let d = kw.downcast_ref::<PyDict>().ok_or_else(|| PyErr::type_error("argument after ** must be a mapping"))?;
            for (k, v) in d.items() {
                if !k.is::<PyStr>() {
                    return Err(PyErr::type_error("keywords must be strings"));
                }
                names.push(k);
                items.push(v);
            }
        }
        self.call_args(callable, Args::new(&items, &names))
    }

    /// `{**m}` and `f(**m)`: copy a mapping's items into `target` (a dict).
    fn dict_update_from(&mut self, target: &ObjRef, mapping: &ObjRef, merge: bool, func: Option<&ObjRef>) -> PyResult<()> {
        let d = target.downcast_ref::<PyDict>().ok_or_else(|| PyErr::system_error("DictUpdate target"))?;
        let items: Vec<(ObjRef, ObjRef)> = match mapping.downcast_ref::<PyDict>() {
            Some(m) => m.items(),
            None => {
                let Some(keys) = self.get_attr_opt(mapping, "keys")? else {
                    let what = if merge {
                        let fname = func.map(|f| self.func_display_name(f)).unwrap_or_else(|| "function".into());
                        format!("{} argument after ** must be a mapping, not {}", fname, type_name(mapping))
                    } else {
                        format!("'{}' object is not a mapping", type_name(mapping))
                    };
                    return Err(PyErr::type_error(what));
                };
                let keys = self.call(&keys, &[])?;
                let keys = self.collect(&keys)?;
                let mut out = Vec::with_capacity(keys.len());
                for k in keys {
                    let v = self.get_item(mapping, &k)?;
                    out.push((k, v));
                }
                out
            }
        };
        for (k, v) in items {
            if merge {
                if !k.is::<PyStr>() {
                    return Err(PyErr::type_error("keywords must be strings"));
                }
                if d.get_item(self, &k)?.is_some() {
                    let fname = func.map(|f| self.func_display_name(f)).unwrap_or_else(|| "function".into());
                    return Err(PyErr::type_error(format!(
                        "{}() got multiple values for keyword argument '{}'",
                        fname.trim_end_matches("()"),
                        str_of(&k)
                    )));
                }
            }
            d.set_item(self, k, v)?;
        }
        Ok(())
    }

    /// How error messages name a callable (`f`, `C.m`).
    pub fn func_display_name(&self, f: &ObjRef) -> String {
        if let Some(func) = f.downcast_ref::<PyFunction>() {
            let qualname = str_of(&func.qualname.lock().clone()).to_string();
            let module = func.module.lock().clone();
            return match module.downcast_ref::<PyStr>().map(|m| m.as_str()) {
                Some(m) if m != "builtins" => format!("{m}.{qualname}"),
                _ => qualname,
            };
        }
        if let Some(b) = f.downcast_ref::<crate::types::native::PyBuiltinFunction>() {
            return b.name.to_string();
        }
        if f.is_type() {
            return f.ty_payload().name();
        }
        type_name(f)
    }

    fn is_iterable(&self, obj: &ObjRef) -> bool {
        self.lookup_special(obj, "__iter__").is_some() || self.lookup_special(obj, "__getitem__").is_some()
    }

    /// Exactly `n` items of `seq`, with CPython's unpacking errors.
    fn unpack(&mut self, seq: &ObjRef, n: usize) -> PyResult<Vec<ObjRef>> {
        if let Some(t) = seq.downcast_ref::<PyTuple>() {
            if t.len() == n {
                return Ok(t.items().to_vec());
            }
        }
        if seq.class().is_same(crate::types::list::LIST_TYPE.get()) {
            if let Some(l) = seq.downcast_ref::<PyList>() {
                let items = l.snapshot();
                if items.len() == n {
                    return Ok(items);
                }
            }
        }
        if !self.is_iterable(seq) {
            return Err(PyErr::type_error(format!("cannot unpack non-iterable {} object", type_name(seq))));
        }
        let it = self.iter(seq)?;
        let mut out = Vec::with_capacity(n);
        while out.len() < n {
            match self.next(&it)? {
                Some(v) => out.push(v),
                None => {
                    return Err(PyErr::value_error(format!(
                        "not enough values to unpack (expected {}, got {})",
                        n,
                        out.len()
                    )))
                }
            }
        }
        if self.next(&it)?.is_some() {
            return Err(PyErr::value_error(format!("too many values to unpack (expected {n})")));
        }
        Ok(out)
    }

    fn unpack_iterable(&mut self, seq: &ObjRef) -> PyResult<Vec<ObjRef>> {
        if !self.is_iterable(seq) {
            return Err(PyErr::type_error(format!("cannot unpack non-iterable {} object", type_name(seq))));
        }
        self.collect(seq)
    }

    fn before_with(&mut self, mgr: &ObjRef) -> PyResult<(ObjRef, ObjRef)> {
        let Some(enter) = self.lookup_special(mgr, "__enter__") else {
            return Err(PyErr::type_error(format!(
                "'{}' object does not support the context manager protocol",
                type_name(mgr)
            )));
        };
        let Some(exit) = self.lookup_special(mgr, "__exit__") else {
            return Err(PyErr::type_error(format!(
                "'{}' object does not support the context manager protocol (missed __exit__ method)",
                type_name(mgr)
            )));
        };
        let exit = self.descr_get(&exit, Some(mgr), mgr.class())?;
        let entered = self.call_unbound(&enter, mgr, &[])?;
        Ok((exit, entered))
    }

    fn print_expr(&mut self, v: &ObjRef) -> PyResult<()> {
        if v.is_none() {
            return Ok(());
        }
        self.builtins_dict().set_str("_", v.clone());
        let r = self.repr_string(v)?;
        self.write_stdout(&format!("{r}\n"))
    }
}

#[inline(always)]
fn cell_of(f: &Frame, i: u32) -> &PyCell {
    // SAFETY-free downcast: cells are always PyCell objects (built in bind_arguments / closures).
    f.cells[i as usize].downcast_ref::<PyCell>().expect("cell slot holds a cell")
}

fn cell_name(code: &PyCode, i: u32) -> &str {
    let c = &code.code;
    let i = i as usize;
    if i < c.cellvars.len() {
        &c.cellvars[i]
    } else {
        &c.freevars[i - c.cellvars.len()]
    }
}

#[inline(always)]
fn globals_of(f: &Frame) -> &PyDict {
    f.globals.downcast_ref::<PyDict>().expect("globals is a dict")
}

/// The text of a str object (names in code objects are always str).
#[inline(always)]
pub fn str_of(o: &ObjRef) -> &str {
    o.downcast_ref::<PyStr>().map_or("", |s| s.as_str())
}

fn take_n(f: &mut Frame, n: u32) -> PyResult<Vec<ObjRef>> {
    let n = n as usize;
    if f.stack.len() < n {
        return Err(stack_underflow());
    }
    let at = f.stack.len() - n;
    Ok(f.stack.split_off(at))
}

#[cold]
fn unbound_local(name: &str) -> PyErr {
    PyErr::unbound_local_error(format!("cannot access local variable '{name}' where it is not associated with a value"))
}

#[cold]
fn unbound_deref(code: &PyCode, i: u32) -> PyErr {
    let name = cell_name(code, i);
    if (i as usize) < code.code.cellvars.len() {
        unbound_local(name)
    } else {
        PyErr::name_error(format!(
            "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
        ))
    }
}
