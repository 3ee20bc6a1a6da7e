//! The dunder methods of `str`: construction, repr, comparison, hashing,
//! sequence protocol and operators.

use compiler::bytecode::CmpOp;

use crate::error::{PyErr, PyResult};
use crate::object::{ObjRef, PyPayload};
use crate::types::int::PyInt;
use crate::types::native::{add_methods, Args};
use crate::types::singletons::{not_implemented, py_bool};
use crate::vm::ops::{cmp_ord, type_name};
use crate::vm::Vm;

use super::slicing::{getitem, to_index};
use super::{this, PyStr, STR_TYPE};

/// `str(object='')`, `str(object, encoding='utf-8', errors='strict')`.
fn str_new(vm: &mut Vm, args: Args) -> PyResult {
    let cls = args.items.first().cloned().ok_or_else(|| PyErr::type_error("str.__new__(): not enough arguments"))?;
    let a = args.skip_self().bind("str", &["object", "encoding", "errors"], 0)?;
    let text: ObjRef = match (&a[0], &a[1], &a[2]) {
        (None, None, None) => PyStr::new(""),
        (Some(o), None, None) => vm.str(o)?,
        (o, enc, errs) => {
            let enc = opt_str_arg(enc.as_ref(), "str", "encoding")?;
            let errs = opt_str_arg(errs.as_ref(), "str", "errors")?;
            let Some(o) = o else { return Ok(PyStr::new("")) };
            if o.is::<PyStr>() {
                return Err(PyErr::type_error("decoding str is not supported"));
            }
            let Some(data) = crate::types::bytes::bytes_like(o) else {
                return Err(PyErr::type_error(format!("decoding to str: need a bytes-like object, {} found", type_name(o))));
            };
            PyStr::new(super::codec::decode(&data, enc.unwrap_or("utf-8"), errs.unwrap_or("strict"))?)
        }
    };
    if cls.is_same(PyStr::class()) {
        return Ok(text);
    }
    let s = text.downcast_ref::<PyStr>().map_or("", |s| s.as_str());
    Ok(ObjRef::new_with(PyStr::from_string(s), cls, None))
}

/// An optional str argument `name` of `fname`.
pub(crate) fn opt_str_arg<'a>(o: Option<&'a ObjRef>, fname: &str, name: &str) -> PyResult<Option<&'a str>> {
    match o {
        None => Ok(None),
        Some(o) => match o.downcast_ref::<PyStr>() {
            Some(s) => Ok(Some(s.as_str())),
            None => Err(PyErr::type_error(format!("{fname}() argument '{name}' must be str, not {}", type_name(o)))),
        },
    }
}

fn str_repr(_vm: &mut Vm, args: Args) -> PyResult {
    let s = this(&args)?;
    Ok(PyStr::new(super::repr::repr_str(s.as_str())))
}

fn str_str(_vm: &mut Vm, args: Args) -> PyResult {
    let o = &args.items[0];
    if o.class().is_same(PyStr::class()) {
        return Ok(o.clone());
    }
    Ok(PyStr::new(this(&args)?.as_str()))
}

fn str_hash(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(PyInt::new(this(&args)?.hash()))
}

fn compare(args: Args, op: CmpOp) -> PyResult {
    let a = this(&args)?;
    let Some(b) = args.items.get(1).and_then(|o| o.downcast_ref::<PyStr>()) else { return Ok(not_implemented()) };
    Ok(py_bool(cmp_ord(a.as_str().cmp(b.as_str()), op)))
}

fn str_eq(_vm: &mut Vm, args: Args) -> PyResult {
    compare(args, CmpOp::Eq)
}
fn str_ne(_vm: &mut Vm, args: Args) -> PyResult {
    compare(args, CmpOp::Ne)
}
fn str_lt(_vm: &mut Vm, args: Args) -> PyResult {
    compare(args, CmpOp::Lt)
}
fn str_le(_vm: &mut Vm, args: Args) -> PyResult {
    compare(args, CmpOp::Le)
}
fn str_gt(_vm: &mut Vm, args: Args) -> PyResult {
    compare(args, CmpOp::Gt)
}
fn str_ge(_vm: &mut Vm, args: Args) -> PyResult {
    compare(args, CmpOp::Ge)
}

fn str_len(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(PyInt::new(this(&args)?.char_len() as i64))
}

fn str_getitem(vm: &mut Vm, args: Args) -> PyResult {
    let key = &super::dunder_args(&args, 1)?[0];
    let s = this(&args)?;
    // A full slice of an exact str is the str itself, as in CPython.
    if let Some(sl) = key.downcast_ref::<crate::types::slice::PySlice>() {
        let whole = sl.start.is_none() && sl.stop.is_none() && sl.step.is_none();
        if whole && args.items[0].class().is_same(PyStr::class()) {
            return Ok(args.items[0].clone());
        }
    }
    getitem(vm, s, key)
}

fn str_iter(_vm: &mut Vm, args: Args) -> PyResult {
    this(&args)?;
    Ok(super::iter::PyStrIterator::new_ref(args.items[0].clone()))
}

fn str_contains(_vm: &mut Vm, args: Args) -> PyResult {
    let item = &super::dunder_args(&args, 1)?[0];
    let s = this(&args)?;
    match item.downcast_ref::<PyStr>() {
        Some(sub) => Ok(py_bool(s.as_str().contains(sub.as_str()))),
        None => Err(PyErr::type_error(format!("'in <string>' requires string as left operand, not {}", type_name(item)))),
    }
}

/// Give the right operand's reflected method its chance before a sequence
/// operation fails, as CPython's number slots run before `sq_concat`/`sq_repeat`.
fn try_reflected(vm: &mut Vm, left: &ObjRef, right: &ObjRef, rname: &'static str) -> PyResult<Option<ObjRef>> {
    if right.is::<PyStr>() || right.is::<PyInt>() {
        return Ok(None);
    }
    match vm.call_special(right, rname, &[left.clone()])? {
        Some(r) if !r.is_not_implemented() => Ok(Some(r)),
        _ => Ok(None),
    }
}

fn str_add(vm: &mut Vm, args: Args) -> PyResult {
    let (a, b) = (&args.items[0], &super::dunder_args(&args, 1)?[0]);
    let s = this(&args)?;
    match b.downcast_ref::<PyStr>() {
        Some(t) => {
            if t.as_str().is_empty() && a.class().is_same(PyStr::class()) {
                return Ok(a.clone());
            }
            let mut out = String::with_capacity(s.as_str().len() + t.as_str().len());
            out.push_str(s.as_str());
            out.push_str(t.as_str());
            Ok(PyStr::new(out))
        }
        None => {
            if let Some(r) = try_reflected(vm, a, b, "__radd__")? {
                return Ok(r);
            }
            Err(PyErr::type_error(format!("can only concatenate str (not \"{}\") to str", type_name(b))))
        }
    }
}

/// What `seq * n` should do.
pub(crate) enum Repeat {
    /// Repeat this many times (0 for negative counts).
    Times(usize),
    /// The right operand's `__rmul__` answered: this is the result.
    Reflected(ObjRef),
}

/// The repeat count of `seq * n` for a sequence of `item_len` units;
/// OverflowError when the result would not fit.
pub(crate) fn repeat_count(vm: &mut Vm, seq: &ObjRef, n: &ObjRef, item_len: usize) -> PyResult<Repeat> {
    let Some(k) = to_index(vm, n)? else {
        if let Some(r) = try_reflected(vm, seq, n, "__rmul__")? {
            return Ok(Repeat::Reflected(r));
        }
        return Err(PyErr::type_error(format!("can't multiply sequence by non-int of type '{}'", type_name(n))));
    };
    if k <= 0 || item_len == 0 {
        return Ok(Repeat::Times(0));
    }
    match item_len.checked_mul(k as usize) {
        Some(total) if total <= isize::MAX as usize && k as u64 <= isize::MAX as u64 => Ok(Repeat::Times(k as usize)),
        _ => Err(PyErr::overflow_error("repeated string is too long")),
    }
}

fn str_mul(vm: &mut Vm, args: Args) -> PyResult {
    let (a, n) = (&args.items[0], &super::dunder_args(&args, 1)?[0]);
    let s = this(&args)?;
    let k = match repeat_count(vm, a, n, s.as_str().len())? {
        Repeat::Times(k) => k,
        Repeat::Reflected(r) => return Ok(r),
    };
    if k == 1 && a.class().is_same(PyStr::class()) {
        return Ok(a.clone());
    }
    Ok(PyStr::new(s.as_str().repeat(k)))
}

fn str_mod(vm: &mut Vm, args: Args) -> PyResult {
    let v = &super::dunder_args(&args, 1)?[0];
    let s = this(&args)?;
    Ok(PyStr::new(super::printf::format(vm, s.as_str(), v)?))
}

fn str_format_dunder(vm: &mut Vm, args: Args) -> PyResult {
    let spec = &super::dunder_args(&args, 1)?[0];
    let s = this(&args)?;
    let spec = match spec.downcast_ref::<PyStr>() {
        Some(sp) => sp.as_str(),
        None => {
            return Err(PyErr::type_error(format!("format() argument 2 must be str, not {}", type_name(spec))));
        }
    };
    if spec.is_empty() {
        return str_str(vm, args);
    }
    Ok(PyStr::new(crate::types::format_spec::format_str(s.as_str(), spec)?))
}

fn str_getnewargs(_vm: &mut Vm, args: Args) -> PyResult {
    let s = this(&args)?;
    Ok(crate::types::tuple::PyTuple::new(vec![PyStr::new(s.as_str())]))
}

pub fn init() {
    let t = STR_TYPE.get();
    crate::types::native::add_new(t, "str", str_new);
    add_methods(
        t,
        &[
            ("__repr__", str_repr),
            ("__str__", str_str),
            ("__hash__", str_hash),
            ("__eq__", str_eq),
            ("__ne__", str_ne),
            ("__lt__", str_lt),
            ("__le__", str_le),
            ("__gt__", str_gt),
            ("__ge__", str_ge),
            ("__len__", str_len),
            ("__getitem__", str_getitem),
            ("__iter__", str_iter),
            ("__contains__", str_contains),
            ("__add__", str_add),
            ("__mul__", str_mul),
            ("__rmul__", str_mul),
            ("__mod__", str_mod),
            ("__format__", str_format_dunder),
            ("__getnewargs__", str_getnewargs),
        ],
    );
}
