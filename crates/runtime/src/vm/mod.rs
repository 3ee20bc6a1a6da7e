//! The virtual machine: per-thread state (`Vm`) and the interpreter-wide
//! state all threads share (`Interpreter`).
//!
//! A `Vm` belongs to exactly one OS thread; every function that may run
//! Python code takes `&mut Vm`. The protocols (attribute access, calls,
//! operators, iteration) live in the sibling files as `impl Vm` blocks; the
//! bytecode dispatch loop is `eval.rs`.

pub mod intern;
pub mod frame;
pub mod eval;
pub mod call;
pub mod attr;
pub mod ops;
pub mod exc;
pub mod class;
pub mod import;
pub mod generator;
pub mod traceback;
pub mod format;
pub mod io;
pub mod breaker;
pub mod gil;
pub mod global_cache;

use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;

use parking_lot::Mutex;

use crate::object::ObjRef;
use crate::types::dict::PyDict;
use crate::types::module::PyModule;

/// State shared by every thread of one interpreter.
pub struct Interpreter {
    /// The `builtins` module and its dict.
    pub builtins: ObjRef,
    pub builtins_dict: ObjRef,
    /// `sys.modules`.
    pub modules: ObjRef,
    pub sys: ObjRef,
    pub recursion_limit: AtomicU32,
    /// Native modules by name, imported on demand.
    pub native_modules: Mutex<Vec<(&'static str, fn(&mut Vm) -> crate::error::PyResult)>>,
    /// Modules whose body is running (for "partially initialized module" errors).
    pub initializing: Mutex<Vec<String>>,
    /// `-X` options given on the command line.
    pub xoptions: Vec<(String, Option<String>)>,
}

/// Per-thread interpreter state.
pub struct Vm {
    pub interp: Arc<Interpreter>,
    /// Python call depth (checked against the recursion limit).
    pub depth: u32,
    /// The exception being handled (`sys.exc_info()`), if any.
    pub exc_info: Option<ObjRef>,
    /// Lowest native stack address this thread may use before raising RecursionError.
    pub stack_limit: usize,
    /// Set by re-raising instructions: the error in flight already has its traceback entry.
    pub reraising: bool,
    /// The frames running on this thread, innermost last (for `globals()`,
    /// `locals()`, zero-argument `super()` and `sys._getframe`). Each pointer is
    /// pushed by `resume_frame` for exactly the time that frame runs.
    pub frames: Vec<*const frame::Frame>,
    /// Is this the interpreter's main thread (where KeyboardInterrupt is raised)?
    pub is_main_thread: bool,
    /// Containers whose repr is being built on this thread (to print `[...]` on recursion).
    pub repr_stack: Vec<usize>,
    /// Emptied locals and value-stack buffers of finished frames, reused by the
    /// next calls instead of allocating two vectors per call.
    pub spare_buffers: Vec<frame::Buffers>,
}

/// How much native stack a thread keeps in reserve below the limit.
const STACK_RESERVE: usize = 256 * 1024;

/// The address of a local variable: an approximation of the stack pointer.
#[inline(always)]
pub fn stack_pointer() -> usize {
    let marker = 0u8;
    std::ptr::addr_of!(marker) as usize
}

impl Vm {
    /// State for a thread whose native stack is `stack_size` bytes, created on
    /// that thread (its stack pointer now is taken as the stack's top).
    pub fn new(interp: Arc<Interpreter>, stack_size: usize) -> Vm {
        let top = stack_pointer();
        let limit = top.saturating_sub(stack_size.saturating_sub(STACK_RESERVE));
        Vm { interp, depth: 0, exc_info: None, stack_limit: limit, reraising: false, frames: Vec::new(), repr_stack: Vec::new(), is_main_thread: false, spare_buffers: Vec::new() }
    }

    pub fn builtins_dict(&self) -> &PyDict {
        self.interp.builtins_dict.downcast_ref::<PyDict>().expect("builtins dict")
    }

    pub fn modules(&self) -> &PyDict {
        self.interp.modules.downcast_ref::<PyDict>().expect("sys.modules is a dict")
    }

    pub fn recursion_limit(&self) -> u32 {
        self.interp.recursion_limit.load(Ordering::Relaxed)
    }

    /// The innermost running Python frame.
    pub fn current_frame(&self) -> Option<&frame::Frame> {
        // SAFETY: the pointer is live while its frame runs (see `frames`); only
        // fields the running instruction is not mutating are read through it.
        self.frames.last().map(|&p| unsafe { &*p })
    }

    /// Start building the repr of a container; false if its repr is already in
    /// progress on this thread (the caller then prints `...`). Pair with `repr_leave`.
    pub fn repr_enter(&mut self, obj: &ObjRef) -> bool {
        if self.repr_stack.contains(&obj.id()) {
            return false;
        }
        self.repr_stack.push(obj.id());
        true
    }

    pub fn repr_leave(&mut self, obj: &ObjRef) {
        if let Some(pos) = self.repr_stack.iter().rposition(|&i| i == obj.id()) {
            self.repr_stack.remove(pos);
        }
    }

    /// An attribute of the `sys` module, if set.
    pub fn sys_attr(&self, name: &str) -> Option<ObjRef> {
        self.interp.sys.downcast_ref::<PyModule>().and_then(|m| m.dict().get_str(name))
    }
}
