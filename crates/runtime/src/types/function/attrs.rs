//! What Python sees of functions, bound methods, code objects, cells and the
//! `staticmethod` / `classmethod` wrappers: their attributes (`__name__`,
//! `__defaults__`, `co_varnames`, `cell_contents`, `__func__`, ...), reprs,
//! `__get__`, and the wrappers' constructors.
//!
//! A bound method forwards attributes it lacks to its function (the method
//! type carries the `HOOK_GETATTR` bit; its `__getattr__` does the forwarding).

use super::*;
use crate::error::PyErr;
use crate::types::dict::PyDict;
use crate::types::native::{add_getsets, add_methods, Args};
use crate::types::singletons::{none, py_bool};
use crate::types::typeobj::HOOK_GETATTR;
use crate::vm::ops::type_name;
use crate::vm::Vm;

fn func_of(o: &ObjRef) -> PyResult<&PyFunction> {
    o.downcast_ref::<PyFunction>().ok_or_else(|| PyErr::type_error(format!("descriptor requires a 'function' object but received a '{}'", type_name(o))))
}

fn str_text(o: &ObjRef) -> String {
    o.downcast_ref::<PyStr>().map_or_else(|| "?".to_string(), |s| s.as_str().to_string())
}

fn replace<T>(slot: &Mutex<T>, v: T) {
    let old = std::mem::replace(&mut *slot.lock(), v);
    drop(old);
}

// --- function ---

fn fn_repr(_vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("__repr__", 1)?;
    let f = func_of(&a[0])?;
    Ok(PyStr::new(format!("<function {} at {:#x}>", str_text(&f.qualname.lock()), a[0].id())))
}

fn fn_get(_vm: &mut Vm, args: Args) -> PyResult {
    let a = args.range("__get__", 2, 3)?;
    if a[1].is_none() {
        return Ok(a[0].clone());
    }
    Ok(PyBoundMethod::new_ref(a[0].clone(), a[1].clone()))
}

fn get_name(_vm: &mut Vm, o: &ObjRef) -> PyResult {
    Ok(func_of(o)?.name.lock().clone())
}

fn set_name(_vm: &mut Vm, o: &ObjRef, v: Option<ObjRef>) -> PyResult<()> {
    match v {
        Some(v) if v.is::<PyStr>() => {
            replace(&func_of(o)?.name, v);
            Ok(())
        }
        _ => Err(PyErr::type_error("__name__ must be set to a string object")),
    }
}

fn get_qualname(_vm: &mut Vm, o: &ObjRef) -> PyResult {
    Ok(func_of(o)?.qualname.lock().clone())
}

fn set_qualname(_vm: &mut Vm, o: &ObjRef, v: Option<ObjRef>) -> PyResult<()> {
    match v {
        Some(v) if v.is::<PyStr>() => {
            replace(&func_of(o)?.qualname, v);
            Ok(())
        }
        _ => Err(PyErr::type_error("__qualname__ must be set to a string object")),
    }
}

fn get_doc(_vm: &mut Vm, o: &ObjRef) -> PyResult {
    Ok(func_of(o)?.doc.lock().clone())
}

fn set_doc(_vm: &mut Vm, o: &ObjRef, v: Option<ObjRef>) -> PyResult<()> {
    replace(&func_of(o)?.doc, v.unwrap_or_else(none));
    Ok(())
}

fn get_module(_vm: &mut Vm, o: &ObjRef) -> PyResult {
    Ok(func_of(o)?.module.lock().clone())
}

fn set_module(_vm: &mut Vm, o: &ObjRef, v: Option<ObjRef>) -> PyResult<()> {
    replace(&func_of(o)?.module, v.unwrap_or_else(none));
    Ok(())
}

fn get_defaults(_vm: &mut Vm, o: &ObjRef) -> PyResult {
    Ok(func_of(o)?.defaults.get().unwrap_or_else(none))
}

fn set_defaults(_vm: &mut Vm, o: &ObjRef, v: Option<ObjRef>) -> PyResult<()> {
    let v = match v {
        None => None,
        Some(v) if v.is_none() => None,
        Some(v) if v.is::<PyTuple>() => Some(v),
        Some(_) => return Err(PyErr::type_error("__defaults__ must be set to a tuple object")),
    };
    func_of(o)?.defaults.replace(v);
    Ok(())
}

fn get_kwdefaults(_vm: &mut Vm, o: &ObjRef) -> PyResult {
    Ok(func_of(o)?.kwdefaults.get().unwrap_or_else(none))
}

fn set_kwdefaults(_vm: &mut Vm, o: &ObjRef, v: Option<ObjRef>) -> PyResult<()> {
    let v = match v {
        None => None,
        Some(v) if v.is_none() => None,
        Some(v) if v.is::<PyDict>() => Some(v),
        Some(_) => return Err(PyErr::type_error("__kwdefaults__ must be set to a dict object")),
    };
    func_of(o)?.kwdefaults.replace(v);
    Ok(())
}

fn get_annotations(_vm: &mut Vm, o: &ObjRef) -> PyResult {
    let f = func_of(o)?;
    let mut a = f.annotations.lock();
    Ok(a.get_or_insert_with(PyDict::new_ref).clone())
}

fn set_annotations(_vm: &mut Vm, o: &ObjRef, v: Option<ObjRef>) -> PyResult<()> {
    let v = match v {
        None => None,
        Some(v) if v.is_none() => None,
        Some(v) if v.is::<PyDict>() => Some(v),
        Some(_) => return Err(PyErr::type_error("__annotations__ must be set to a dict object")),
    };
    replace(&func_of(o)?.annotations, v);
    Ok(())
}

fn get_code(_vm: &mut Vm, o: &ObjRef) -> PyResult {
    Ok(func_of(o)?.code.clone())
}

fn get_globals(_vm: &mut Vm, o: &ObjRef) -> PyResult {
    Ok(func_of(o)?.globals.clone())
}

fn get_builtins(_vm: &mut Vm, o: &ObjRef) -> PyResult {
    Ok(func_of(o)?.builtins.clone())
}

fn get_closure(_vm: &mut Vm, o: &ObjRef) -> PyResult {
    Ok(func_of(o)?.closure.clone().unwrap_or_else(none))
}

// --- bound method ---

fn method_of(o: &ObjRef) -> PyResult<&PyBoundMethod> {
    o.downcast_ref::<PyBoundMethod>().ok_or_else(|| PyErr::type_error(format!("descriptor requires a 'method' object but received a '{}'", type_name(o))))
}

fn method_repr(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("__repr__", 1)?;
    let m = method_of(&a[0])?;
    let name = match vm.get_attr_opt(&m.func, "__qualname__")? {
        Some(n) => n,
        None => vm.get_attr_opt(&m.func, "__name__")?.unwrap_or_else(|| PyStr::new("?")),
    };
    let name = vm.str_string(&name)?;
    let this = vm.repr_string(&m.self_)?;
    Ok(PyStr::new(format!("<bound method {name} of {this}>")))
}

fn method_eq(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("__eq__", 2)?;
    let (Some(x), Some(y)) = (a[0].downcast_ref::<PyBoundMethod>(), a[1].downcast_ref::<PyBoundMethod>()) else {
        return Ok(crate::types::singletons::not_implemented());
    };
    Ok(py_bool(x.self_.is_same(&y.self_) && vm.eq(&x.func, &y.func)?))
}

fn method_hash(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("__hash__", 1)?;
    let m = method_of(&a[0])?;
    let h = crate::types::object::id_hash(&m.self_) ^ vm.hash(&m.func)?;
    Ok(PyInt::new(if h == -1 { -2 } else { h }))
}

fn method_getattr(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("__getattr__", 2)?;
    let m = method_of(&a[0])?;
    let func = m.func.clone();
    vm.get_attr(&func, &a[1])
}

fn get_func(_vm: &mut Vm, o: &ObjRef) -> PyResult {
    Ok(method_of(o)?.func.clone())
}

fn get_self(_vm: &mut Vm, o: &ObjRef) -> PyResult {
    Ok(method_of(o)?.self_.clone())
}

// --- code ---

fn code_of(o: &ObjRef) -> PyResult<&compiler::CodeObject> {
    o.downcast_ref::<PyCode>().map(|c| &*c.code).ok_or_else(|| PyErr::type_error("descriptor requires a 'code' object"))
}

fn str_tuple(names: &[String]) -> ObjRef {
    PyTuple::new(names.iter().map(|n| intern(n)).collect())
}

fn code_repr(_vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("__repr__", 1)?;
    let c = code_of(&a[0])?;
    Ok(PyStr::new(format!("<code object {} at {:#x}, file \"{}\", line {}>", c.name, a[0].id(), c.filename, c.first_line)))
}

macro_rules! code_getter {
    ($f:ident, |$c:ident, $o:ident| $e:expr) => {
        fn $f(_vm: &mut Vm, $o: &ObjRef) -> PyResult {
            let $c = code_of($o)?;
            Ok($e)
        }
    };
}

code_getter!(co_name, |c, _o| PyStr::new(c.name.as_str()));
code_getter!(co_qualname, |c, _o| PyStr::new(c.qualname.as_str()));
code_getter!(co_filename, |c, _o| PyStr::new(c.filename.as_str()));
code_getter!(co_firstlineno, |c, _o| PyInt::new(c.first_line as i64));
code_getter!(co_argcount, |c, _o| PyInt::new(c.arg_count as i64));
code_getter!(co_posonlyargcount, |c, _o| PyInt::new(c.posonly_arg_count as i64));
code_getter!(co_kwonlyargcount, |c, _o| PyInt::new(c.kwonly_arg_count as i64));
code_getter!(co_flags, |c, _o| PyInt::new(c.flags as i64));
code_getter!(co_nlocals, |c, _o| PyInt::new(c.varnames.len() as i64));
code_getter!(co_stacksize, |c, _o| PyInt::new(c.max_stack as i64));
code_getter!(co_varnames, |c, _o| str_tuple(&c.varnames));
code_getter!(co_names, |c, _o| str_tuple(&c.names));
code_getter!(co_cellvars, |c, _o| str_tuple(&c.cellvars));
code_getter!(co_freevars, |c, _o| str_tuple(&c.freevars));
code_getter!(co_consts, |_c, o| PyTuple::new(o.downcast_ref::<PyCode>().map_or_else(Vec::new, |c| c.consts.to_vec())));

// --- cell ---

fn cell_of(o: &ObjRef) -> PyResult<&PyCell> {
    o.downcast_ref::<PyCell>().ok_or_else(|| PyErr::type_error("descriptor requires a 'cell' object"))
}

fn cell_repr(_vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("__repr__", 1)?;
    let c = cell_of(&a[0])?;
    Ok(PyStr::new(match c.get() {
        Some(v) => format!("<cell at {:#x}: {} object at {:#x}>", a[0].id(), type_name(&v), v.id()),
        None => format!("<cell at {:#x}: empty>", a[0].id()),
    }))
}

fn get_cell_contents(_vm: &mut Vm, o: &ObjRef) -> PyResult {
    cell_of(o)?.get().ok_or_else(|| PyErr::value_error("Cell is empty"))
}

fn set_cell_contents(_vm: &mut Vm, o: &ObjRef, v: Option<ObjRef>) -> PyResult<()> {
    cell_of(o)?.set(v);
    Ok(())
}

// --- staticmethod / classmethod ---

fn wrapper_new(args: &Args, what: &str) -> PyResult<(ObjRef, ObjRef)> {
    let cls = args.items.first().cloned().ok_or_else(|| PyErr::type_error(format!("{what}.__new__(): not enough arguments")))?;
    if args.has_kwargs() {
        return Err(PyErr::type_error(format!("{what}() takes no keyword arguments")));
    }
    let pos = &args.positional()[1..];
    if pos.len() != 1 {
        return Err(PyErr::type_error(format!("{what} expected 1 argument, got {}", pos.len())));
    }
    Ok((cls, pos[0].clone()))
}

fn staticmethod_new(_vm: &mut Vm, args: Args) -> PyResult {
    let (cls, f) = wrapper_new(&args, "staticmethod")?;
    Ok(ObjRef::new_with(PyStaticMethod { func: f }, cls, None))
}

fn classmethod_new(_vm: &mut Vm, args: Args) -> PyResult {
    let (cls, f) = wrapper_new(&args, "classmethod")?;
    Ok(ObjRef::new_with(PyClassMethod { func: f }, cls, None))
}

/// The wrapped callable of a staticmethod or classmethod.
fn wrapped(o: &ObjRef) -> PyResult<ObjRef> {
    if let Some(s) = o.downcast_ref::<PyStaticMethod>() {
        return Ok(s.func.clone());
    }
    if let Some(c) = o.downcast_ref::<PyClassMethod>() {
        return Ok(c.func.clone());
    }
    Err(PyErr::type_error(format!("descriptor requires a staticmethod or classmethod but received a '{}'", type_name(o))))
}

fn get_wrapped(_vm: &mut Vm, o: &ObjRef) -> PyResult {
    wrapped(o)
}

fn wrapper_repr(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("__repr__", 1)?;
    let f = wrapped(&a[0])?;
    let inner = vm.repr_string(&f)?;
    Ok(PyStr::new(format!("<{}({inner})>", type_name(&a[0]))))
}

fn staticmethod_get(_vm: &mut Vm, args: Args) -> PyResult {
    let a = args.range("__get__", 2, 3)?;
    wrapped(&a[0])
}

fn staticmethod_call(vm: &mut Vm, args: Args) -> PyResult {
    let f = wrapped(&args.items[0])?;
    vm.call_args(&f, args.skip_self())
}

fn classmethod_get(_vm: &mut Vm, args: Args) -> PyResult {
    let a = args.range("__get__", 2, 3)?;
    let f = wrapped(&a[0])?;
    let owner = match a.get(2) {
        Some(t) if !t.is_none() => t.clone(),
        _ => a[1].class().clone(),
    };
    Ok(PyBoundMethod::new_ref(f, owner))
}

pub(super) fn init() {
    let function = FUNCTION_TYPE.get();
    add_methods(function, &[("__repr__", fn_repr), ("__get__", fn_get)]);
    add_getsets(
        function,
        &[
            ("__name__", get_name, Some(set_name)),
            ("__qualname__", get_qualname, Some(set_qualname)),
            ("__doc__", get_doc, Some(set_doc)),
            ("__module__", get_module, Some(set_module)),
            ("__defaults__", get_defaults, Some(set_defaults)),
            ("__kwdefaults__", get_kwdefaults, Some(set_kwdefaults)),
            ("__annotations__", get_annotations, Some(set_annotations)),
            ("__code__", get_code, None),
            ("__globals__", get_globals, None),
            ("__builtins__", get_builtins, None),
            ("__closure__", get_closure, None),
        ],
    );

    let method = METHOD_TYPE.get();
    add_methods(
        method,
        &[("__repr__", method_repr), ("__eq__", method_eq), ("__hash__", method_hash), ("__getattr__", method_getattr)],
    );
    add_getsets(method, &[("__func__", get_func, None), ("__self__", get_self, None)]);
    method.ty_payload().hooks.store(HOOK_GETATTR, std::sync::atomic::Ordering::Relaxed);

    let code = CODE_TYPE.get();
    add_methods(code, &[("__repr__", code_repr)]);
    add_getsets(
        code,
        &[
            ("co_name", co_name, None),
            ("co_qualname", co_qualname, None),
            ("co_filename", co_filename, None),
            ("co_firstlineno", co_firstlineno, None),
            ("co_argcount", co_argcount, None),
            ("co_posonlyargcount", co_posonlyargcount, None),
            ("co_kwonlyargcount", co_kwonlyargcount, None),
            ("co_flags", co_flags, None),
            ("co_nlocals", co_nlocals, None),
            ("co_stacksize", co_stacksize, None),
            ("co_varnames", co_varnames, None),
            ("co_names", co_names, None),
            ("co_cellvars", co_cellvars, None),
            ("co_freevars", co_freevars, None),
            ("co_consts", co_consts, None),
        ],
    );

    let cell = CELL_TYPE.get();
    add_methods(cell, &[("__repr__", cell_repr)]);
    add_getsets(cell, &[("cell_contents", get_cell_contents, Some(set_cell_contents))]);

    for (ty, new, get) in [
        (STATICMETHOD_TYPE.get(), staticmethod_new as crate::types::native::NativeFn, staticmethod_get as crate::types::native::NativeFn),
        (CLASSMETHOD_TYPE.get(), classmethod_new, classmethod_get),
    ] {
        crate::types::native::add_new(ty, "builtins", new);
        add_methods(ty, &[("__get__", get), ("__repr__", wrapper_repr)]);
        add_getsets(ty, &[("__func__", get_wrapped, None), ("__wrapped__", get_wrapped, None)]);
    }
    add_methods(STATICMETHOD_TYPE.get(), &[("__call__", staticmethod_call)]);
}
