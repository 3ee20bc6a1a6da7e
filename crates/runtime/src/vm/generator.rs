//! Generators: a suspended frame plus the send/throw/close protocol.
//!
//! The generator owns its frame between resumptions; resuming takes the
//! frame out (so a second thread, or the generator itself, finds it
//! "already executing"), runs it until the next yield or return, and puts it
//! back. A suspended `yield from` sits on its `YieldFrom` instruction with the
//! sub-iterator on top of the stack, so sent values and thrown exceptions are
//! forwarded to the sub-iterator (PEP 380).

use compiler::bytecode::Instr;
use parking_lot::Mutex;

use crate::error::{PyErr, PyResult};
use crate::object::{ObjRef, PyPayload};
use crate::types::exception::{self, PyBaseException};
use crate::types::function::PyFunction;
use crate::types::native::{add_methods, Args};
use crate::types::str::PyStr;
use crate::types::typeobj::new_builtin_type;
use crate::types::{singletons, TypeCell};
use crate::vm::eval::Exit;
use crate::vm::frame::Frame;
use crate::vm::Vm;

pub static GENERATOR_TYPE: TypeCell = TypeCell::new();

pub struct PyGenerator {
    frame: Mutex<Option<Box<Frame>>>,
    running: std::sync::atomic::AtomicBool,
    pub name: String,
    pub qualname: String,
    /// The exception being handled inside the generator while it is suspended.
    exc_state: Mutex<Option<ObjRef>>,
}

impl PyPayload for PyGenerator {
    fn class() -> &'static ObjRef {
        GENERATOR_TYPE.get()
    }
}

/// What sending a value into an iterator produced.
pub enum SendResult {
    Yielded(ObjRef),
    Returned(ObjRef),
}

impl PyGenerator {
    pub fn new_ref(frame: Frame, func: &PyFunction) -> ObjRef {
        let s = |o: &ObjRef| o.downcast_ref::<PyStr>().map_or_else(String::new, |s| s.as_str().to_string());
        ObjRef::new(PyGenerator {
            frame: Mutex::new(Some(Box::new(frame))),
            running: std::sync::atomic::AtomicBool::new(false),
            name: s(&func.name.lock()),
            qualname: s(&func.qualname.lock()),
            exc_state: Mutex::new(None),
        })
    }

    /// `next(gen)`: None when exhausted.
    pub fn next(&self, vm: &mut Vm, _this: &ObjRef) -> PyResult<Option<ObjRef>> {
        match self.resume(vm, None, None)? {
            SendResult::Yielded(v) => Ok(Some(v)),
            SendResult::Returned(_) => Ok(None),
        }
    }

    pub fn is_finished(&self) -> bool {
        self.frame.lock().is_none() && !self.running.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// Resume with a sent value (None for `next`) or a thrown exception.
    pub fn resume(&self, vm: &mut Vm, value: Option<ObjRef>, throw: Option<PyErr>) -> PyResult<SendResult> {
        use std::sync::atomic::Ordering::*;
        if self.running.swap(true, AcqRel) {
            return Err(PyErr::value_error("generator already executing"));
        }
        let Some(mut frame) = self.frame.lock().take() else {
            self.running.store(false, Release);
            return match throw {
                Some(e) => Err(e),
                None => Ok(SendResult::Returned(singletons::none())),
            };
        };
        let started = frame.ip > 0;
        if !started {
            if let Some(v) = &value {
                if !v.is_none() {
                    *self.frame.lock() = Some(frame);
                    self.running.store(false, Release);
                    return Err(PyErr::type_error("can't send non-None value to a just-started generator"));
                }
            }
        }
        let saved = std::mem::replace(&mut vm.exc_info, self.exc_state.lock().take());
        let result = match vm.enter_call() {
            Ok(()) => {
                let r = run(vm, &mut frame, started, value, throw);
                vm.depth -= 1;
                r
            }
            Err(e) => Err(e),
        };
        *self.exc_state.lock() = std::mem::replace(&mut vm.exc_info, saved);
        let out = match result {
            Ok(Exit::Yield(v)) => {
                *self.frame.lock() = Some(frame);
                Ok(SendResult::Yielded(v))
            }
            Ok(Exit::Return(v)) => Ok(SendResult::Returned(v)),
            Err(e) if e.matches(&exception::types().stop_iteration) => {
                let err = PyErr::runtime_error("generator raised StopIteration");
                if let Some(b) = err.value().downcast_ref::<PyBaseException>() {
                    b.set_cause(Some(e.into_value()));
                }
                Err(err)
            }
            Err(e) => Err(e),
        };
        self.running.store(false, Release);
        out
    }

    /// `gen.close()`.
    pub fn close(&self, vm: &mut Vm) -> PyResult<()> {
        if self.frame.lock().as_ref().is_some_and(|f| f.ip == 0) {
            self.frame.lock().take();
            return Ok(());
        }
        let exit = PyErr::with_args(&exception::types().generator_exit, vec![]);
        match self.resume(vm, None, Some(exit)) {
            Ok(SendResult::Yielded(_)) => Err(PyErr::runtime_error("generator ignored GeneratorExit")),
            Ok(SendResult::Returned(_)) => Ok(()),
            Err(e) if e.matches(&exception::types().generator_exit) || e.matches(&exception::types().stop_iteration) => Ok(()),
            Err(e) => Err(e),
        }
    }
}

/// Run the frame, first delivering the sent value or the thrown exception.
fn run(vm: &mut Vm, frame: &mut Frame, started: bool, value: Option<ObjRef>, throw: Option<PyErr>) -> PyResult<Exit> {
    if let Some(err) = throw {
        if started && is_at_yield_from(frame) {
            let sub = frame.stack.last().cloned();
            if let Some(sub) = sub {
                match throw_into_sub(vm, &sub, err) {
                    Ok(SendResult::Yielded(v)) => return Ok(Exit::Yield(v)),
                    Ok(SendResult::Returned(r)) => {
                        frame.stack.pop();
                        frame.stack.push(r);
                        frame.ip += 1;
                        return vm.resume_frame(frame);
                    }
                    Err(e) => {
                        frame.stack.pop();
                        frame.ip += 1;
                        return throw_into_frame(vm, frame, e);
                    }
                }
            }
        }
        return throw_into_frame(vm, frame, err);
    }
    if started {
        frame.stack.push(value.unwrap_or_else(singletons::none));
    }
    vm.resume_frame(frame)
}

fn is_at_yield_from(frame: &Frame) -> bool {
    matches!(frame.code().code.instrs.get(frame.ip), Some(Instr::YieldFrom))
}

/// Raise `err` at the frame's current point (as if its last instruction raised it).
fn throw_into_frame(vm: &mut Vm, frame: &mut Frame, err: PyErr) -> PyResult<Exit> {
    frame.lasti = frame.ip.saturating_sub(1);
    crate::vm::traceback::add_frame(&err, frame);
    match frame.blocks.pop() {
        Some(b) => {
            frame.stack.truncate(b.level as usize);
            frame.stack.push(err.into_value());
            frame.ip = b.handler as usize;
            vm.resume_frame(frame)
        }
        None => Err(err),
    }
}

fn throw_into_sub(vm: &mut Vm, sub: &ObjRef, err: PyErr) -> PyResult<SendResult> {
    if let Some(g) = sub.downcast_ref::<PyGenerator>() {
        if err.matches(&exception::types().generator_exit) {
            g.close(vm)?;
            return Err(err);
        }
        return g.resume(vm, None, Some(err));
    }
    if err.matches(&exception::types().generator_exit) {
        if let Some(close) = vm.get_attr_opt(sub, "close")? {
            vm.call(&close, &[])?;
        }
        return Err(err);
    }
    match vm.get_attr_opt(sub, "throw")? {
        Some(throw) => match vm.call(&throw, &[err.into_value()]) {
            Ok(v) => Ok(SendResult::Yielded(v)),
            Err(e) if e.matches(&exception::types().stop_iteration) => {
                Ok(SendResult::Returned(crate::vm::exc::stop_iteration_value(&e)))
            }
            Err(e) => Err(e),
        },
        None => Err(err),
    }
}

impl Vm {
    /// Send `value` into an iterator (`yield from`): generators resume directly,
    /// other iterators get `__next__` (value None) or `send(value)`.
    pub fn send_to(&mut self, it: &ObjRef, value: ObjRef) -> PyResult<SendResult> {
        if let Some(g) = it.downcast_ref::<PyGenerator>() {
            return g.resume(self, Some(value), None);
        }
        let r = if value.is_none() {
            match self.next(it)? {
                Some(v) => return Ok(SendResult::Yielded(v)),
                None => return Ok(SendResult::Returned(singletons::none())),
            }
        } else {
            self.call_method(it, "send", &[value])
        };
        match r {
            Ok(v) => Ok(SendResult::Yielded(v)),
            Err(e) if e.matches(&exception::types().stop_iteration) => {
                Ok(SendResult::Returned(crate::vm::exc::stop_iteration_value(&e)))
            }
            Err(e) => Err(e),
        }
    }
}

fn this_gen<'a>(args: &Args<'a>) -> PyResult<(&'a ObjRef, &'a PyGenerator)> {
    let this = args.items.first().ok_or_else(|| PyErr::type_error("generator method needs self"))?;
    let g = this.downcast_ref::<PyGenerator>().ok_or_else(|| PyErr::type_error("expected a generator"))?;
    Ok((this, g))
}

fn returned_to_stop(r: SendResult) -> PyResult {
    match r {
        SendResult::Yielded(v) => Ok(v),
        SendResult::Returned(v) => {
            Err(PyErr::stop_iteration(if v.is_none() { None } else { Some(v) }))
        }
    }
}

fn gen_iter(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(this_gen(&args)?.0.clone())
}

fn gen_next(vm: &mut Vm, args: Args) -> PyResult {
    let (_, g) = this_gen(&args)?;
    returned_to_stop(g.resume(vm, None, None)?)
}

fn gen_send(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("send", 2)?;
    let (_, g) = this_gen(&args)?;
    returned_to_stop(g.resume(vm, Some(a[1].clone()), None)?)
}

fn gen_throw(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.range("throw", 2, 4)?;
    let (_, g) = this_gen(&args)?;
    let exc = if a.len() >= 3 && !a[2].is_none() {
        if Vm::is_exception_class(&a[1]) && a[2].is_instance_of(&a[1]) {
            a[2].clone()
        } else if Vm::is_exception_class(&a[1]) {
            vm.call(&a[1], &[a[2].clone()])?
        } else {
            a[2].clone()
        }
    } else {
        a[1].clone()
    };
    let inst = vm.exception_instance(exc)?;
    returned_to_stop(g.resume(vm, None, Some(PyErr(inst)))?)
}

fn gen_close(vm: &mut Vm, args: Args) -> PyResult {
    let (_, g) = this_gen(&args)?;
    g.close(vm)?;
    Ok(singletons::none())
}

fn gen_repr(_vm: &mut Vm, args: Args) -> PyResult {
    let (this, g) = this_gen(&args)?;
    Ok(PyStr::new(format!("<generator object {} at {:#x}>", g.qualname, this.id())))
}

fn gen_name(_vm: &mut Vm, o: &ObjRef) -> PyResult {
    let g = o.downcast_ref::<PyGenerator>().ok_or_else(|| PyErr::type_error("expected a generator"))?;
    Ok(PyStr::new(g.name.as_str()))
}

fn gen_qualname(_vm: &mut Vm, o: &ObjRef) -> PyResult {
    let g = o.downcast_ref::<PyGenerator>().ok_or_else(|| PyErr::type_error("expected a generator"))?;
    Ok(PyStr::new(g.qualname.as_str()))
}

fn gen_running(_vm: &mut Vm, o: &ObjRef) -> PyResult {
    let g = o.downcast_ref::<PyGenerator>().ok_or_else(|| PyErr::type_error("expected a generator"))?;
    Ok(singletons::py_bool(g.running.load(std::sync::atomic::Ordering::Relaxed)))
}

fn gen_suspended_at_yield_from(_vm: &mut Vm, o: &ObjRef) -> PyResult {
    let g = o.downcast_ref::<PyGenerator>().ok_or_else(|| PyErr::type_error("expected a generator"))?;
    let sub = g.frame.lock().as_ref().filter(|f| is_at_yield_from(f)).and_then(|f| f.stack.last().cloned());
    Ok(sub.unwrap_or_else(singletons::none))
}

pub fn init() {
    GENERATOR_TYPE.set(new_builtin_type("generator", None, 0));
    crate::types::native::add_getsets(
        GENERATOR_TYPE.get(),
        &[
            ("__name__", gen_name, None),
            ("__qualname__", gen_qualname, None),
            ("gi_running", gen_running, None),
            ("gi_yieldfrom", gen_suspended_at_yield_from, None),
        ],
    );
    add_methods(
        GENERATOR_TYPE.get(),
        &[
            ("__iter__", gen_iter),
            ("__next__", gen_next),
            ("send", gen_send),
            ("throw", gen_throw),
            ("close", gen_close),
            ("__repr__", gen_repr),
        ],
    );
}
