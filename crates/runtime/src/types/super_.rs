//! `super`: attribute lookup that starts after a given class in the MRO of an
//! object's type.
//!
//! `super()` with no arguments reads the calling frame: its first argument
//! (from the fast locals, or from its cell when the argument is captured) and
//! its `__class__` free variable (the cell the compiler creates for methods
//! that mention `super` or `__class__`). `super(T, obj)` binds to an instance
//! of T, `super(T, C)` to a subclass of T (class methods); `super(T)` is unbound.
//!
//! The type carries the `HOOK_GETATTRIBUTE` bit so `vm.get_attr` routes every
//! lookup on a super object through `super_getattribute`.

use crate::error::{PyErr, PyResult};
use crate::object::{ObjRef, PyPayload};
use crate::types::function::PyCell;
use crate::types::native::{add_methods, Args};
use crate::types::str::PyStr;
use crate::types::typeobj::{flags, is_subtype, new_builtin_type, HOOK_GETATTRIBUTE};
use crate::types::TypeCell;
use crate::vm::ops::type_name;
use crate::vm::Vm;

pub static SUPER_TYPE: TypeCell = TypeCell::new();

pub struct PySuper {
    /// The class whose MRO successors are searched.
    pub thisclass: ObjRef,
    /// The bound instance or class (None for unbound `super(T)`).
    pub obj: Option<ObjRef>,
    /// The type whose MRO is walked: `type(obj)`, or `obj` itself for a class.
    pub obj_type: Option<ObjRef>,
}

impl PyPayload for PySuper {
    fn class() -> &'static ObjRef {
        SUPER_TYPE.get()
    }
}

/// The type whose MRO `super(ty, obj)` walks, or the TypeError CPython raises.
fn supercheck(vm: &mut Vm, ty: &ObjRef, obj: &ObjRef) -> PyResult<ObjRef> {
    if obj.is_type() && is_subtype(obj, ty) {
        return Ok(obj.clone());
    }
    if is_subtype(obj.class(), ty) {
        return Ok(obj.class().clone());
    }
    if let Some(c) = vm.get_attr_opt(obj, "__class__")? {
        if c.is_type() && !c.is_same(obj.class()) && is_subtype(&c, ty) {
            return Ok(c);
        }
    }
    Err(PyErr::type_error("super(type, obj): obj must be an instance or subtype of type"))
}

/// `(__class__, first argument)` of the calling frame, for zero-argument `super()`.
fn implicit_args(vm: &mut Vm) -> PyResult<(ObjRef, ObjRef)> {
    let Some(f) = vm.current_frame() else { return Err(PyErr::runtime_error("super(): no current frame")) };
    let co = &f.code().code;
    if co.arg_count == 0 && co.flags & compiler::bytecode::code_flags::VARARGS == 0 {
        return Err(PyErr::runtime_error("super(): no arguments"));
    }
    let first_name = co.varnames.first().map(String::as_str).unwrap_or("");
    let from_cell = co.cellvars.iter().position(|c| c == first_name).and_then(|i| f.cells.get(i)).and_then(|c| c.downcast_ref::<PyCell>().and_then(|c| c.get()));
    let first = match from_cell {
        Some(v) => Some(v),
        None => f.fast.first().cloned().flatten(),
    };
    let Some(first) = first else { return Err(PyErr::runtime_error("super(): arg[0] deleted")) };
    let Some(j) = co.freevars.iter().position(|n| n == "__class__") else {
        return Err(PyErr::runtime_error("super(): __class__ cell not found"));
    };
    let cell = f.cells.get(co.cellvars.len() + j).and_then(|c| c.downcast_ref::<PyCell>().and_then(|c| c.get()));
    let Some(cls) = cell else { return Err(PyErr::runtime_error("super(): empty __class__ cell")) };
    if !cls.is_type() {
        return Err(PyErr::runtime_error(format!("super(): __class__ is not a type ({})", type_name(&cls))));
    }
    Ok((cls, first))
}

fn super_new(vm: &mut Vm, args: Args) -> PyResult {
    let cls = args.items.first().cloned().ok_or_else(|| PyErr::type_error("super.__new__(): not enough arguments"))?;
    if args.has_kwargs() {
        return Err(PyErr::type_error("super() takes no keyword arguments"));
    }
    let pos = &args.positional()[1..];
    let (thisclass, obj) = match pos.len() {
        0 => {
            let (c, o) = implicit_args(vm)?;
            (c, Some(o))
        }
        1 => (pos[0].clone(), None),
        2 => (pos[0].clone(), if pos[1].is_none() { None } else { Some(pos[1].clone()) }),
        n => return Err(PyErr::type_error(format!("super() takes at most 2 arguments ({n} given)"))),
    };
    if !thisclass.is_type() {
        return Err(PyErr::type_error(format!("super() argument 1 must be a type, not {}", type_name(&thisclass))));
    }
    let obj_type = match &obj {
        Some(o) => Some(supercheck(vm, &thisclass, o)?),
        None => None,
    };
    Ok(ObjRef::new_with(PySuper { thisclass, obj, obj_type }, cls, None))
}

/// `super_obj.name`: search the MRO of `obj_type` after `thisclass`, then bind.
pub fn super_getattr(vm: &mut Vm, this: &ObjRef, name: &ObjRef) -> PyResult {
    let Some(s) = this.downcast_ref::<PySuper>() else { return vm.generic_getattr(this, name) };
    let n = name.downcast_ref::<PyStr>().map_or("", |s| s.as_str());
    if let (Some(start), Some(obj)) = (&s.obj_type, &s.obj) {
        if n != "__class__" {
            let mro = start.ty_payload().full_mro(start);
            let after = mro.iter().position(|t| t.is_same(&s.thisclass)).map_or(mro.len(), |i| i + 1);
            for t in &mro[after..] {
                if let Some(v) = t.ty_payload().dict().get_str(n) {
                    let inst = if obj.is_same(start) { None } else { Some(obj) };
                    return vm.descr_get(&v, inst, start);
                }
            }
        }
    }
    vm.generic_getattr(this, name)
}

fn super_getattribute(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("__getattribute__", 2)?;
    if !a[1].is::<PyStr>() {
        return Err(PyErr::type_error(format!("attribute name must be string, not '{}'", type_name(&a[1]))));
    }
    super_getattr(vm, &a[0], &a[1])
}

fn super_repr(_vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("__repr__", 1)?;
    let Some(s) = a[0].downcast_ref::<PySuper>() else { return Ok(PyStr::new("<super>")) };
    let this = crate::types::typeobj::type_repr_string(&s.thisclass);
    Ok(PyStr::new(match &s.obj_type {
        Some(t) => format!("<super: {this}, <{} object>>", t.ty_payload().name()),
        None => format!("<super: {this}, NULL>"),
    }))
}

fn super_get(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.range("__get__", 2, 3)?;
    let this = &a[0];
    let Some(s) = this.downcast_ref::<PySuper>() else { return Ok(this.clone()) };
    if a[1].is_none() || s.obj.is_some() {
        return Ok(this.clone());
    }
    let obj_type = supercheck(vm, &s.thisclass, &a[1])?;
    Ok(ObjRef::new(PySuper { thisclass: s.thisclass.clone(), obj: Some(a[1].clone()), obj_type: Some(obj_type) }))
}

fn get_thisclass(_vm: &mut Vm, this: &ObjRef) -> PyResult {
    Ok(this.downcast_ref::<PySuper>().map_or_else(crate::types::singletons::none, |s| s.thisclass.clone()))
}

fn get_self(_vm: &mut Vm, this: &ObjRef) -> PyResult {
    Ok(this.downcast_ref::<PySuper>().and_then(|s| s.obj.clone()).unwrap_or_else(crate::types::singletons::none))
}

fn get_self_class(_vm: &mut Vm, this: &ObjRef) -> PyResult {
    Ok(this.downcast_ref::<PySuper>().and_then(|s| s.obj_type.clone()).unwrap_or_else(crate::types::singletons::none))
}

pub fn init() {
    let t = new_builtin_type("super", None, flags::BASETYPE);
    crate::types::native::add_new(&t, "builtins", super_new);
    add_methods(&t, &[("__getattribute__", super_getattribute), ("__repr__", super_repr), ("__get__", super_get)]);
    crate::types::native::add_getsets(
        &t,
        &[("__thisclass__", get_thisclass, None), ("__self__", get_self, None), ("__self_class__", get_self_class, None)],
    );
    t.ty_payload().hooks.store(HOOK_GETATTRIBUTE, std::sync::atomic::Ordering::Relaxed);
    SUPER_TYPE.set(t);
}
