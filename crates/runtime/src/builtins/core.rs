//! The builtins every program needs first: printing, attribute and type
//! queries, iteration, `__build_class__`, `__import__`, `exec`/`eval`.

use crate::error::{PyErr, PyResult};
use crate::object::ObjRef;
use crate::types::dict::PyDict;
use crate::types::exception;
use crate::types::int::PyInt;
use crate::types::native::Args;
use crate::types::str::PyStr;
use crate::types::tuple::PyTuple;
use crate::types::typeobj::is_subtype;
use crate::types::singletons::{none, py_bool};
use crate::vm::ops::type_name;
use crate::vm::Vm;

pub fn register_all(d: &PyDict) {
    super::register(
        d,
        &[
            ("print", print),
            ("len", len),
            ("repr", repr),
            ("ascii", ascii),
            ("isinstance", isinstance),
            ("issubclass", issubclass),
            ("iter", iter),
            ("next", next),
            ("getattr", getattr),
            ("setattr", setattr),
            ("hasattr", hasattr),
            ("delattr", delattr),
            ("id", id),
            ("hash", hash),
            ("callable", callable),
            ("globals", globals),
            ("locals", locals),
            ("vars", vars),
            ("__build_class__", build_class),
            ("__import__", import),
            ("exec", exec),
            ("eval", eval),
            ("compile", compile),
            ("format", format),
            ("input", input),
        ],
    );
}

fn print(vm: &mut Vm, args: Args) -> PyResult {
    let mut sep = " ".to_string();
    let mut end = "\n".to_string();
    let mut file = None;
    let mut flush = false;
    for (k, v) in args.kwargs() {
        let text = |v: &ObjRef, what: &str| -> PyResult<Option<String>> {
            if v.is_none() {
                return Ok(None);
            }
            match v.downcast_ref::<PyStr>() {
                Some(s) => Ok(Some(s.as_str().to_string())),
                None => Err(PyErr::type_error(format!("{what} must be None or a string, not {}", type_name(v)))),
            }
        };
        match k {
            "sep" => sep = text(v, "sep")?.unwrap_or_else(|| " ".into()),
            "end" => end = text(v, "end")?.unwrap_or_else(|| "\n".into()),
            "file" => file = Some(v.clone()).filter(|f| !f.is_none()),
            "flush" => flush = vm.is_true(v)?,
            _ => return Err(PyErr::type_error(format!("'{k}' is an invalid keyword argument for print()"))),
        }
    }
    let file = match file {
        Some(f) => f,
        None => vm.sys_attr("stdout").unwrap_or_else(crate::vm::io::stdout),
    };
    if file.is::<crate::vm::io::StdStream>() {
        let mut out = String::new();
        for (i, a) in args.positional().iter().enumerate() {
            if i > 0 {
                out.push_str(&sep);
            }
            out.push_str(&vm.str_string(a)?);
        }
        out.push_str(&end);
        vm.write_to(&file, &out)?;
    } else {
        // Other files see one write() per piece, as CPython does.
        for (i, a) in args.positional().iter().enumerate() {
            if i > 0 {
                vm.write_to(&file, &sep)?;
            }
            let text = vm.str_string(a)?;
            vm.write_to(&file, &text)?;
        }
        vm.write_to(&file, &end)?;
    }
    if flush {
        if let Some(st) = file.downcast_ref::<crate::vm::io::StdStream>() {
            st.flush()?;
        } else {
            vm.call_method(&file, "flush", &[])?;
        }
    }
    Ok(none())
}

fn len(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("len", 1)?;
    Ok(PyInt::new(vm.len(&a[0])? as i64))
}

fn repr(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("repr", 1)?;
    vm.repr(&a[0])
}

fn ascii(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("ascii", 1)?;
    vm.ascii(&a[0])
}

/// `isinstance(obj, cls)` with tuples and `__instancecheck__`.
pub fn is_instance(vm: &mut Vm, obj: &ObjRef, cls: &ObjRef) -> PyResult<bool> {
    if let Some(t) = cls.downcast_ref::<PyTuple>() {
        for c in t.iter() {
            if is_instance(vm, obj, c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if cls.is_type() {
        if obj.is_instance_of(cls) {
            return Ok(true);
        }
        if let Some(check) = cls.class().ty_payload().lookup("__instancecheck__") {
            if !check.is::<crate::types::native::PyMethodDescr>() {
                let r = vm.call_unbound(&check, cls, &[obj.clone()])?;
                return vm.is_true(&r);
            }
        }
        let declared = vm.get_attr_opt(obj, "__class__")?;
        return Ok(declared.is_some_and(|c| c.is_type() && !c.is_same(obj.class()) && is_subtype(&c, cls)));
    }
    if let Some(check) = vm.lookup_special(cls, "__instancecheck__") {
        let r = vm.call_unbound(&check, cls, &[obj.clone()])?;
        return vm.is_true(&r);
    }
    Err(PyErr::type_error("isinstance() arg 2 must be a type, a tuple of types, or a union"))
}

fn isinstance(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("isinstance", 2)?;
    Ok(py_bool(is_instance(vm, &a[0], &a[1])?))
}

pub fn is_subclass(vm: &mut Vm, sub: &ObjRef, cls: &ObjRef) -> PyResult<bool> {
    if let Some(t) = cls.downcast_ref::<PyTuple>() {
        for c in t.iter() {
            if is_subclass(vm, sub, c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if cls.is_type() {
        if let Some(check) = cls.class().ty_payload().lookup("__subclasscheck__") {
            if !check.is::<crate::types::native::PyMethodDescr>() {
                let r = vm.call_unbound(&check, cls, &[sub.clone()])?;
                return vm.is_true(&r);
            }
        }
        if !sub.is_type() {
            return Err(PyErr::type_error("issubclass() arg 1 must be a class"));
        }
        return Ok(is_subtype(sub, cls));
    }
    if let Some(check) = vm.lookup_special(cls, "__subclasscheck__") {
        let r = vm.call_unbound(&check, cls, &[sub.clone()])?;
        return vm.is_true(&r);
    }
    Err(PyErr::type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union"))
}

fn issubclass(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("issubclass", 2)?;
    Ok(py_bool(is_subclass(vm, &a[0], &a[1])?))
}

fn iter(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.range("iter", 1, 2)?;
    if a.len() == 2 {
        if !is_callable(&a[0]) {
            return Err(PyErr::type_error("iter(v, w): v must be callable"));
        }
        return Ok(crate::types::iter_callable(a[0].clone(), a[1].clone()));
    }
    vm.iter(&a[0])
}

fn next(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.range("next", 1, 2)?;
    if vm.lookup_special(&a[0], "__next__").is_none() {
        return Err(PyErr::type_error(format!("'{}' object is not an iterator", type_name(&a[0]))));
    }
    if a.len() == 1 {
        // Without a default the iterator's own StopIteration (and its value) propagates.
        if let Some(g) = a[0].downcast_ref::<crate::vm::generator::PyGenerator>() {
            return match g.resume(vm, None, None)? {
                crate::vm::generator::SendResult::Yielded(v) => Ok(v),
                crate::vm::generator::SendResult::Returned(v) => {
                    Err(PyErr::stop_iteration(if v.is_none() { None } else { Some(v) }))
                }
            };
        }
        if let Some(r) = crate::types::iter::next_native(vm, &a[0]) {
            return r?.ok_or_else(|| PyErr::stop_iteration(None));
        }
        return vm.call_special(&a[0], "__next__", &[])?.ok_or_else(|| PyErr::stop_iteration(None));
    }
    match vm.next(&a[0])? {
        Some(v) => Ok(v),
        None => Ok(a[1].clone()),
    }
}

/// CPython 3.11 names no function in this message (3.12 adds the prefix).
fn attr_name<'a>(_fname: &str, o: &'a ObjRef) -> PyResult<&'a ObjRef> {
    if o.is::<PyStr>() {
        Ok(o)
    } else {
        Err(PyErr::type_error(format!("attribute name must be string, not '{}'", type_name(o))))
    }
}

fn getattr(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.range("getattr", 2, 3)?;
    let name = attr_name("getattr", &a[1])?;
    match vm.get_attr(&a[0], name) {
        Err(e) if a.len() == 3 && e.matches(&exception::types().attribute_error) => Ok(a[2].clone()),
        r => r,
    }
}

fn setattr(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("setattr", 3)?;
    let name = attr_name("setattr", &a[1])?;
    vm.set_attr(&a[0], name, a[2].clone())?;
    Ok(none())
}

fn hasattr(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("hasattr", 2)?;
    let name = attr_name("hasattr", &a[1])?;
    match vm.get_attr(&a[0], name) {
        Ok(_) => Ok(py_bool(true)),
        Err(e) if e.matches(&exception::types().attribute_error) => Ok(py_bool(false)),
        Err(e) => Err(e),
    }
}

fn delattr(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("delattr", 2)?;
    let name = attr_name("delattr", &a[1])?;
    vm.del_attr(&a[0], name)?;
    Ok(none())
}

fn id(_vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("id", 1)?;
    Ok(PyInt::new(a[0].id() as i64))
}

fn hash(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("hash", 1)?;
    Ok(PyInt::new(vm.hash(&a[0])?))
}

/// Is `obj` callable?
pub fn is_callable(obj: &ObjRef) -> bool {
    use crate::types::function::{PyBoundMethod, PyFunction};
    use crate::types::native::{PyBuiltinFunction, PyMethodDescr};
    obj.is::<PyFunction>()
        || obj.is::<PyBuiltinFunction>()
        || obj.is::<PyBoundMethod>()
        || obj.is::<PyMethodDescr>()
        || obj.is_type()
        || obj.ty().lookup("__call__").is_some()
}

fn callable(_vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("callable", 1)?;
    Ok(py_bool(is_callable(&a[0])))
}

fn globals(vm: &mut Vm, args: Args) -> PyResult {
    args.exact("globals", 0)?;
    vm.current_frame().map(|f| f.globals.clone()).ok_or_else(|| PyErr::system_error("globals(): no current frame"))
}

/// The locals of the running frame as a dict (a snapshot for function frames).
pub fn frame_locals(vm: &mut Vm) -> PyResult {
    let Some(f) = vm.current_frame() else { return Err(PyErr::system_error("locals(): no current frame")) };
    if let Some(l) = &f.locals {
        return Ok(l.clone());
    }
    let code = f.code();
    let d = PyDict::new();
    for (i, v) in f.fast.iter().enumerate() {
        if let Some(v) = v {
            d.set_native(code.varnames[i].clone(), v.clone());
        }
    }
    let co = &code.code;
    for (i, cell) in f.cells.iter().enumerate() {
        let name = if i < co.cellvars.len() { &co.cellvars[i] } else { &co.freevars[i - co.cellvars.len()] };
        if let Some(v) = cell.downcast_ref::<crate::types::function::PyCell>().and_then(|c| c.get()) {
            d.set_str(name, v);
        }
    }
    Ok(ObjRef::new(d))
}

fn locals(vm: &mut Vm, args: Args) -> PyResult {
    args.exact("locals", 0)?;
    frame_locals(vm)
}

fn vars(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.range("vars", 0, 1)?;
    if a.is_empty() {
        return frame_locals(vm);
    }
    match vm.get_attr_opt(&a[0], "__dict__")? {
        Some(d) => Ok(d),
        None => Err(PyErr::type_error("vars() argument must have __dict__ attribute")),
    }
}

fn build_class(vm: &mut Vm, args: Args) -> PyResult {
    vm.build_class(args)
}

fn import(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.bind("__import__", &["name", "globals", "locals", "fromlist", "level"], 1)?;
    let name = a[0].as_ref().and_then(|n| n.downcast_ref::<PyStr>().map(|s| s.as_str().to_string()));
    let name = name.ok_or_else(|| PyErr::type_error("__import__() argument 1 must be str"))?;
    let module = vm.import_module(&name)?;
    let has_fromlist = a[3].as_ref().is_some_and(|f| !f.is_none() && vm.len(f).unwrap_or(0) > 0);
    if !has_fromlist {
        if let Some(top) = name.split('.').next() {
            return vm.modules().get_str(top).ok_or_else(|| PyErr::import_error(format!("No module named '{top}'")));
        }
    }
    Ok(module)
}

fn source_arg(vm: &mut Vm, o: &ObjRef, fname: &str) -> PyResult<Option<String>> {
    if let Some(s) = o.downcast_ref::<PyStr>() {
        return Ok(Some(s.as_str().to_string()));
    }
    if let Some(b) = o.downcast_ref::<crate::types::bytes::PyBytes>() {
        return Ok(Some(String::from_utf8_lossy(b.as_bytes()).into_owned()));
    }
    if o.is::<crate::types::function::PyCode>() {
        return Ok(None);
    }
    let _ = vm;
    Err(PyErr::type_error(format!("{fname}() arg 1 must be a string, bytes or code object")))
}

fn exec_or_eval(vm: &mut Vm, args: Args, fname: &str, mode: compiler::Mode) -> PyResult {
    let a = args.bind(fname, &["source", "globals", "locals"], 1)?;
    let src = a[0].clone().expect("bound required arg");
    let code = match source_arg(vm, &src, fname)? {
        Some(text) => {
            let text = if mode == compiler::Mode::Eval { text.trim_start_matches([' ', '\t']).to_string() } else { text };
            vm.compile(&text, "<string>", mode)?
        }
        None => src,
    };
    let (globals, locals) = match (a[1].clone().filter(|g| !g.is_none()), a[2].clone().filter(|l| !l.is_none())) {
        (Some(g), l) => {
            if !g.is::<PyDict>() {
                return Err(PyErr::type_error(format!("{fname}() globals must be a dict, not {}", type_name(&g))));
            }
            let l = l.unwrap_or_else(|| g.clone());
            (g, l)
        }
        (None, l) => {
            let f = vm.current_frame().ok_or_else(|| PyErr::system_error("no current frame"))?;
            let g = f.globals.clone();
            let l = match l {
                Some(l) => l,
                None => frame_locals(vm)?,
            };
            (g, l)
        }
    };
    let r = vm.run_code(code, globals, Some(locals))?;
    Ok(if mode == compiler::Mode::Eval { r } else { none() })
}

fn exec(vm: &mut Vm, args: Args) -> PyResult {
    exec_or_eval(vm, args, "exec", compiler::Mode::Exec)
}

fn eval(vm: &mut Vm, args: Args) -> PyResult {
    exec_or_eval(vm, args, "eval", compiler::Mode::Eval)
}

fn compile(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.bind("compile", &["source", "filename", "mode", "flags", "dont_inherit", "optimize"], 3)?;
    let src = a[0].clone().expect("required");
    let text = source_arg(vm, &src, "compile")?.ok_or_else(|| PyErr::type_error("compile() of a code object"))?;
    let filename = a[1].as_ref().and_then(|f| f.downcast_ref::<PyStr>().map(|s| s.as_str().to_string())).unwrap_or_default();
    let mode = match a[2].as_ref().and_then(|m| m.downcast_ref::<PyStr>().map(|s| s.as_str().to_string())).as_deref() {
        Some("exec") => compiler::Mode::Exec,
        Some("eval") => compiler::Mode::Eval,
        Some("single") => compiler::Mode::Single,
        _ => return Err(PyErr::value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    vm.compile(&text, &filename, mode)
}

fn format(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.range("format", 1, 2)?;
    vm.format(&a[0], a.get(1))
}

fn input(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.range("input", 0, 1)?;
    if let Some(prompt) = a.first() {
        let p = vm.str_string(prompt)?;
        vm.write_stdout(&p)?;
    }
    let stdin = vm.sys_attr("stdin").unwrap_or_else(crate::vm::io::stdin);
    let line = match stdin.downcast_ref::<crate::vm::io::StdStream>() {
        Some(s) => s.readline()?,
        None => {
            let l = vm.call_method(&stdin, "readline", &[])?;
            vm.str_string(&l)?
        }
    };
    if line.is_empty() {
        return Err(PyErr::eof_error("EOF when reading a line"));
    }
    let line = line.strip_suffix('\n').unwrap_or(&line);
    Ok(PyStr::new(line.strip_suffix('\r').unwrap_or(line)))
}
