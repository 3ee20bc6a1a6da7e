//! Calling: every callable kind, and binding arguments to a Python function's
//! parameters (positional, defaults, keyword-only, `*args`, `**kwargs`) with
//! CPython's error messages.
//!
//! A Python function call creates a `Frame` whose fast locals are filled
//! directly from the argument slice; generators get their frame wrapped in a
//! generator object instead of running it. Call depth is checked against the
//! recursion limit and the native stack against its reserve, so runaway
//! recursion raises RecursionError and never overflows the Rust stack.

use compiler::bytecode::code_flags;

use crate::error::{PyErr, PyResult};
use crate::object::ObjRef;
use crate::types::dict::PyDict;
use crate::types::function::{PyBoundMethod, PyCell, PyCode, PyFunction};
use crate::types::native::{Args, PyBuiltinFunction, PyClassMethodDescr, PyMethodDescr};
use crate::types::str::PyStr;
use crate::types::tuple::PyTuple;
use crate::types::typeobj::is_subtype;
use crate::vm::frame::Frame;
use crate::vm::ops::type_name;
use crate::vm::{stack_pointer, Vm};

impl Vm {
    /// Call with positional arguments.
    #[inline]
    pub fn call(&mut self, f: &ObjRef, args: &[ObjRef]) -> PyResult {
        self.call_args(f, Args::positional_only(args))
    }

    /// Call with positional and keyword arguments (`kwnames` name the last values).
    pub fn call_kw(&mut self, f: &ObjRef, args: &[ObjRef], kwnames: &[ObjRef]) -> PyResult {
        self.call_args(f, Args::new(args, kwnames))
    }

    /// The general call.
    pub fn call_args(&mut self, f: &ObjRef, args: Args) -> PyResult {
        if let Some(func) = f.downcast_ref::<PyFunction>() {
            return self.call_function(func, args);
        }
        if let Some(b) = f.downcast_ref::<PyBuiltinFunction>() {
            return match &b.self_ {
                None => (b.func)(self, args),
                Some(s) => {
                    let items = prepend(s, args.items);
                    (b.func)(self, Args::new(&items, args.kwnames))
                }
            };
        }
        if let Some(m) = f.downcast_ref::<PyMethodDescr>() {
            check_descr_self(m.name, &m.owner, args)?;
            return (m.func)(self, args);
        }
        if let Some(bm) = f.downcast_ref::<PyBoundMethod>() {
            let items = prepend(&bm.self_, args.items);
            return self.call_args(&bm.func, Args::new(&items, args.kwnames));
        }
        if f.is_type() {
            return self.call_type(f, args);
        }
        if let Some(cm) = f.downcast_ref::<PyClassMethodDescr>() {
            return (cm.func)(self, args);
        }
        match f.ty().lookup("__call__") {
            Some(call) => {
                let items = prepend(f, args.items);
                self.call_args(&call, Args::new(&items, args.kwnames))
            }
            None => Err(PyErr::type_error(format!("'{}' object is not callable", type_name(f)))),
        }
    }

    /// Call `f`, an attribute found on `self_`'s type, as a method of `self_`.
    pub fn call_unbound(&mut self, f: &ObjRef, self_: &ObjRef, args: &[ObjRef]) -> PyResult {
        if f.is::<PyFunction>() || f.is::<PyMethodDescr>() {
            let items = prepend(self_, args);
            return self.call_args(f, Args::positional_only(&items));
        }
        let bound = self.descr_get(f, Some(self_), self_.class())?;
        self.call(&bound, args)
    }

    /// Run a Python function with the given arguments.
    pub fn call_function(&mut self, func: &PyFunction, args: Args) -> PyResult {
        // The frame is built and run in place: it is too big to move around cheaply.
        let mut frame = self.new_frame(func);
        self.bind_into(&mut frame, func, args)?;
        if func.code().code.flags & code_flags::GENERATOR != 0 {
            return Ok(crate::vm::generator::PyGenerator::new_ref(frame, func));
        }
        let r = self.run_in_place(&mut frame);
        frame.recycle(&mut self.spare_buffers);
        r
    }

    /// A fresh frame for a call of `func`, reusing spare buffers.
    #[inline]
    fn new_frame(&mut self, func: &PyFunction) -> Frame {
        let buffers = self.spare_buffers.pop().unwrap_or_default();
        Frame::with_buffers(func.code.clone(), func.globals.clone(), func.builtins.clone(), None, buffers)
    }

    /// Run a fresh frame to completion with the recursion checks.
    pub fn run_frame_checked(&mut self, mut frame: Frame) -> PyResult {
        let r = self.run_in_place(&mut frame);
        frame.recycle(&mut self.spare_buffers);
        r
    }

    /// Run `frame` one call level deeper, with the recursion checks.
    #[inline(always)]
    fn run_in_place(&mut self, frame: &mut Frame) -> PyResult {
        self.enter_call()?;
        let r = self.run_frame(frame);
        self.depth -= 1;
        r
    }

    /// Count one more Python call level; RecursionError past the limit or near the end of the native stack.
    #[inline]
    pub fn enter_call(&mut self) -> PyResult<()> {
        self.depth += 1;
        if self.depth > self.recursion_limit() || stack_pointer() < self.stack_limit {
            self.depth -= 1;
            return Err(recursion_error());
        }
        if crate::vm::breaker::pending() {
            if let Err(e) = self.handle_breaker() {
                self.depth -= 1;
                return Err(e);
            }
        }
        Ok(())
    }

    /// Build the frame of a call: parameters bound, cells created, closure attached.
    pub fn bind_arguments(&mut self, func: &PyFunction, args: Args) -> PyResult<Frame> {
        let mut frame = self.new_frame(func);
        self.bind_into(&mut frame, func, args)?;
        Ok(frame)
    }

    /// Bind `args` to the parameters in `frame` (a fresh frame of `func`).
    fn bind_into(&mut self, frame: &mut Frame, func: &PyFunction, args: Args) -> PyResult<()> {
        let code: &PyCode = func.code();
        let co = &code.code;
        let nparams = co.arg_count as usize;
        let nkwonly = co.kwonly_arg_count as usize;
        let has_varargs = co.flags & code_flags::VARARGS != 0;
        let has_varkw = co.flags & code_flags::VARKEYWORDS != 0;
        let pos = args.positional();

        let npos = pos.len().min(nparams);
        for (slot, v) in frame.fast.iter_mut().zip(&pos[..npos]) {
            *slot = Some(v.clone());
        }
        if has_varargs {
            let extra = if pos.len() > nparams { pos[nparams..].to_vec() } else { Vec::new() };
            frame.fast[nparams + nkwonly] = Some(PyTuple::new(extra));
        } else if pos.len() > nparams {
            return Err(too_many_positional(func, co, pos.len(), args));
        }

        let kwdict = if has_varkw {
            let d = PyDict::new_ref();
            frame.fast[nparams + nkwonly + has_varargs as usize] = Some(d.clone());
            Some(d)
        } else {
            None
        };

        if args.has_kwargs() {
            let posonly = co.posonly_arg_count as usize;
            let mut posonly_as_kw: Vec<String> = Vec::new();
            for (kname, value) in args.kwnames.iter().zip(args.kw_values()) {
                let idx = code.varnames[..nparams + nkwonly].iter().position(|v| v.is_same(kname)).or_else(|| {
                    let k = kname.downcast_ref::<PyStr>().map(|s| s.as_str());
                    co.varnames[..nparams + nkwonly].iter().position(|v| Some(v.as_str()) == k)
                });
                let kstr = kname.downcast_ref::<PyStr>().map_or("?", |s| s.as_str());
                match idx {
                    Some(i) if i >= posonly => {
                        if frame.fast[i].is_some() {
                            return Err(PyErr::type_error(format!(
                                "{}() got multiple values for argument '{}'",
                                qualname(func),
                                kstr
                            )));
                        }
                        frame.fast[i] = Some(value.clone());
                    }
                    other => match &kwdict {
                        Some(d) => {
                            let d = d.downcast_ref::<PyDict>().expect("kwargs dict");
                            if d.get_str(kstr).is_some() {
                                return Err(PyErr::type_error(format!(
                                    "{}() got multiple values for keyword argument '{}'",
                                    qualname(func),
                                    kstr
                                )));
                            }
                            d.set_native(kname.clone(), value.clone());
                        }
                        None if other.is_some() => posonly_as_kw.push(kstr.to_string()),
                        None => {
                            return Err(PyErr::type_error(format!(
                                "{}() got an unexpected keyword argument '{}'",
                                qualname(func),
                                kstr
                            )))
                        }
                    },
                }
            }
            if !posonly_as_kw.is_empty() {
                return Err(PyErr::type_error(format!(
                    "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                    qualname(func),
                    posonly_as_kw.join(", ")
                )));
            }
        }

        // Defaults for missing positional parameters.
        if npos < nparams {
            let mut missing = Vec::new();
            func.defaults.with(|defaults| {
                let defs: &[ObjRef] = defaults.and_then(|d| d.downcast_ref::<PyTuple>()).map_or(&[], |t| t.items());
                let first_default = nparams.saturating_sub(defs.len());
                for i in npos..nparams {
                    if frame.fast[i].is_none() {
                        if i >= first_default {
                            frame.fast[i] = Some(defs[i - first_default].clone());
                        } else {
                            missing.push(co.varnames[i].clone());
                        }
                    }
                }
            });
            if !missing.is_empty() {
                return Err(missing_args(func, "positional", &missing));
            }
        }
        // Keyword-only parameters.
        if nkwonly > 0 {
            let mut missing = Vec::new();
            func.kwdefaults.with(|kwdefaults| {
                for i in nparams..nparams + nkwonly {
                    if frame.fast[i].is_none() {
                        let name = &co.varnames[i];
                        let d = kwdefaults.and_then(|d| d.downcast_ref::<PyDict>().and_then(|d| d.get_str(name)));
                        match d {
                            Some(v) => frame.fast[i] = Some(v),
                            None => missing.push(name.clone()),
                        }
                    }
                }
            });
            if !missing.is_empty() {
                return Err(missing_args(func, "keyword-only", &missing));
            }
        }

        // Cells, then the closure's free variables.
        if !co.cellvars.is_empty() || !co.freevars.is_empty() {
            let mut cells = Vec::with_capacity(co.cellvars.len() + co.freevars.len());
            for i in 0..co.cellvars.len() {
                let init = co.cell_param_index(i).and_then(|p| frame.fast[p].clone());
                cells.push(PyCell::new_ref(init));
            }
            if let Some(closure) = &func.closure {
                if let Some(t) = closure.downcast_ref::<PyTuple>() {
                    cells.extend(t.iter().cloned());
                }
            }
            frame.cells = cells;
        }
        Ok(())
    }
}

fn qualname(func: &PyFunction) -> String {
    let q = func.qualname.lock().clone();
    q.downcast_ref::<PyStr>().map_or_else(|| "?".to_string(), |s| s.as_str().to_string())
}

#[cold]
fn too_many_positional(func: &PyFunction, co: &compiler::CodeObject, given: usize, args: Args) -> PyErr {
    let nparams = co.arg_count as usize;
    let defaults = func.defaults.with(|d| d.and_then(|d| d.downcast_ref::<PyTuple>()).map_or(0, |t| t.len()));
    let kw_given = args.kwnames.len();
    let takes = if defaults > 0 {
        format!("from {} to {} positional arguments", nparams - defaults, nparams)
    } else {
        format!("{} positional argument{}", nparams, if nparams == 1 { "" } else { "s" })
    };
    let given_s = if kw_given > 0 {
        format!(
            "{} positional argument{} (and {} keyword-only argument{}) were given",
            given,
            if given == 1 { "" } else { "s" },
            kw_given,
            if kw_given == 1 { "" } else { "s" }
        )
    } else {
        format!("{} {} given", given, if given == 1 { "was" } else { "were" })
    };
    PyErr::type_error(format!("{}() takes {} but {}", qualname(func), takes, given_s))
}

#[cold]
fn missing_args(func: &PyFunction, kind: &str, names: &[String]) -> PyErr {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    let list = match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        _ => format!("{}, and {}", quoted[..quoted.len() - 1].join(", "), quoted[quoted.len() - 1]),
    };
    PyErr::type_error(format!(
        "{}() missing {} required {} argument{}: {}",
        qualname(func),
        names.len(),
        kind,
        if names.len() == 1 { "" } else { "s" },
        list
    ))
}

#[cold]
pub fn recursion_error() -> PyErr {
    PyErr::recursion_error("maximum recursion depth exceeded")
}

fn check_descr_self(name: &str, owner: &ObjRef, args: Args) -> PyResult<()> {
    match args.positional().first() {
        Some(s) if is_subtype(s.class(), owner) => Ok(()),
        Some(s) => Err(PyErr::type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            name,
            owner.ty_payload().name(),
            type_name(s)
        ))),
        None => Err(PyErr::type_error(format!(
            "unbound method {}.{}() needs an argument",
            owner.ty_payload().name(),
            name
        ))),
    }
}

#[inline]
fn prepend(first: &ObjRef, rest: &[ObjRef]) -> Vec<ObjRef> {
    let mut v = Vec::with_capacity(rest.len() + 1);
    v.push(first.clone());
    v.extend_from_slice(rest);
    v
}
