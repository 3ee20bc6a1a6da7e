//! The Python-visible methods of `dict`.
//!
//! Every method works through the `PyDict` API of `mod.rs`, which never holds
//! the lock while a key's `__eq__`/`__hash__` or any other Python code runs.
//! Subclasses: `d[k]` calls the class's `__missing__`; `dict.__init__` and
//! `update` store directly (a subclass's `__setitem__` is not called, as in
//! CPython); `fromkeys` builds through `cls()` and `__setitem__`.

use super::iter::{Kind, PyDictIter};
use super::views::PyDictView;
use super::{PyDict, DICT_TYPE};
use crate::error::{PyErr, PyResult};
use crate::object::ObjRef;
use crate::types::int::PyInt;
use crate::types::native::{add_classmethods, add_methods, Args, PyMethodDescr};
use crate::types::singletons::{none, not_implemented, py_bool};
use crate::types::str::PyStr;
use crate::types::tuple::PyTuple;
use crate::types::typeobj::is_subtype;
use crate::vm::ops::type_name;
use crate::vm::Vm;

fn dict_of(o: &ObjRef) -> PyResult<&PyDict> {
    o.downcast_ref::<PyDict>().ok_or_else(|| PyErr::type_error("descriptor requires a 'dict' object"))
}

fn this<'a>(args: &Args<'a>) -> PyResult<(&'a ObjRef, &'a PyDict)> {
    let o = &args.items[0];
    Ok((o, dict_of(o)?))
}

/// `self` and exactly `n` positional arguments, with CPython's `dict.x()` messages.
fn this_and<'a>(args: &Args<'a>, name: &str, n: usize) -> PyResult<(&'a ObjRef, &'a PyDict, &'a [ObjRef])> {
    let (o, d) = this(args)?;
    let rest = args.skip_self().exact(name, n)?;
    Ok((o, d, rest))
}

// --- updating from other objects ---

/// Does `o` iterate like a plain dict (a dict whose class keeps `dict.__iter__`)?
fn iterates_as_dict(vm: &Vm, o: &ObjRef) -> bool {
    if !o.is::<PyDict>() {
        return false;
    }
    if o.class().is_same(DICT_TYPE.get()) {
        return true;
    }
    vm.lookup_special(o, "__iter__")
        .is_some_and(|m| m.downcast_ref::<PyMethodDescr>().is_some_and(|m| m.owner.is_same(DICT_TYPE.get())))
}

/// Add the items of a mapping: a dict directly, anything else through
/// `keys()` and `__getitem__` (CPython's `PyDict_Merge`).
pub fn merge_mapping(vm: &mut Vm, target: &PyDict, src: &ObjRef) -> PyResult<()> {
    if iterates_as_dict(vm, src) {
        if let Some(d) = src.downcast_ref::<PyDict>() {
            return target.update_from(vm, d);
        }
    }
    let keys = vm.call_method(src, "keys", &[])?;
    let it = vm.iter(&keys)?;
    while let Some(k) = vm.next(&it)? {
        let v = vm.get_item(src, &k)?;
        target.set_item(vm, k, v)?;
    }
    Ok(())
}

/// Add the pairs of an iterable of 2-item iterables (CPython's `PyDict_MergeFromSeq2`).
pub fn merge_pairs(vm: &mut Vm, target: &PyDict, src: &ObjRef) -> PyResult<()> {
    let it = vm.iter(src)?;
    let mut index = 0usize;
    while let Some(item) = vm.next(&it)? {
        let pair = match vm.collect(&item) {
            Ok(p) => p,
            Err(e) if e.matches(&crate::types::exception::types().type_error) => {
                return Err(PyErr::type_error(format!(
                    "cannot convert dictionary update sequence element #{index} to a sequence"
                )))
            }
            Err(e) => return Err(e),
        };
        if pair.len() != 2 {
            return Err(PyErr::value_error(format!(
                "dictionary update sequence element #{index} has length {}; 2 is required",
                pair.len()
            )));
        }
        let mut pair = pair.into_iter();
        if let (Some(k), Some(v)) = (pair.next(), pair.next()) {
            target.set_item(vm, k, v)?;
        }
        index += 1;
    }
    Ok(())
}

/// `dict.update(arg)`'s positional argument: a mapping (has `keys`) or pairs.
pub fn update_arg(vm: &mut Vm, target: &PyDict, arg: &ObjRef) -> PyResult<()> {
    if arg.class().is_same(DICT_TYPE.get()) {
        if let Some(d) = arg.downcast_ref::<PyDict>() {
            return target.update_from(vm, d);
        }
    }
    if vm.get_attr_opt(arg, "keys")?.is_some() {
        return merge_mapping(vm, target, arg);
    }
    merge_pairs(vm, target, arg)
}

/// The shared body of `dict.__init__` and `dict.update`.
fn update_common(vm: &mut Vm, args: &Args, name: &str) -> PyResult<()> {
    let (_, d) = this(args)?;
    let pos = &args.positional()[1..];
    if pos.len() > 1 {
        return Err(PyErr::type_error(format!("{name} expected at most 1 argument, got {}", pos.len())));
    }
    if let Some(arg) = pos.first() {
        update_arg(vm, d, arg)?;
    }
    for (k, v) in args.kwnames.iter().zip(args.kw_values()) {
        d.set_item(vm, k.clone(), v.clone())?;
    }
    Ok(())
}

// --- construction and repr ---

fn dict_new(_vm: &mut Vm, args: Args) -> PyResult {
    let cls = &args.items[0];
    if cls.is_same(DICT_TYPE.get()) {
        return Ok(PyDict::new_ref());
    }
    if !cls.is_type() || !is_subtype(cls, DICT_TYPE.get()) {
        let name = if cls.is_type() { cls.ty_payload().name() } else { type_name(cls) };
        return Err(PyErr::type_error(format!("dict.__new__({name}): {name} is not a subtype of dict")));
    }
    Ok(ObjRef::new_with(PyDict::new(), cls.clone(), None))
}

fn dict_init(vm: &mut Vm, args: Args) -> PyResult {
    update_common(vm, &args, "dict")?;
    Ok(none())
}

fn dict_update(vm: &mut Vm, args: Args) -> PyResult {
    update_common(vm, &args, "update")?;
    Ok(none())
}

fn dict_repr(vm: &mut Vm, args: Args) -> PyResult {
    let (o, d) = this(&args)?;
    let items = d.items();
    if items.is_empty() {
        return Ok(PyStr::new("{}"));
    }
    if !vm.repr_enter(o) {
        return Ok(PyStr::new("{...}"));
    }
    let mut out = String::from("{");
    let r = (|| -> PyResult<()> {
        for (i, (k, v)) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(&vm.repr_string(k)?);
            out.push_str(": ");
            out.push_str(&vm.repr_string(v)?);
        }
        Ok(())
    })();
    vm.repr_leave(o);
    r?;
    out.push('}');
    Ok(PyStr::new(out))
}

// --- mapping protocol ---

fn dict_len(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(PyInt::new(this(&args)?.1.len() as i64))
}

fn dict_getitem(vm: &mut Vm, args: Args) -> PyResult {
    let (o, d, rest) = this_and(&args, "__getitem__", 1)?;
    let key = &rest[0];
    if let Some(v) = d.get_item_of(vm, o, key)? {
        return Ok(v);
    }
    if !o.class().is_same(DICT_TYPE.get()) {
        if let Some(missing) = vm.lookup_special(o, "__missing__") {
            return vm.call_unbound(&missing, o, &[key.clone()]);
        }
    }
    Err(PyErr::key_error(key.clone()))
}

fn dict_setitem(vm: &mut Vm, args: Args) -> PyResult {
    let (_, d, rest) = this_and(&args, "__setitem__", 2)?;
    d.set_item(vm, rest[0].clone(), rest[1].clone())?;
    Ok(none())
}

fn dict_delitem(vm: &mut Vm, args: Args) -> PyResult {
    let (_, d, rest) = this_and(&args, "__delitem__", 1)?;
    match d.del_item(vm, &rest[0])? {
        Some(old) => {
            drop(old);
            Ok(none())
        }
        None => Err(PyErr::key_error(rest[0].clone())),
    }
}

fn dict_contains(vm: &mut Vm, args: Args) -> PyResult {
    let (o, d, rest) = this_and(&args, "__contains__", 1)?;
    Ok(py_bool(d.get_item_of(vm, o, &rest[0])?.is_some()))
}

fn dict_iter(_vm: &mut Vm, args: Args) -> PyResult {
    let (o, _) = this(&args)?;
    Ok(PyDictIter::new_ref(o, Kind::Keys, false))
}

fn dict_reversed(_vm: &mut Vm, args: Args) -> PyResult {
    let (o, _, _) = this_and(&args, "__reversed__", 0)?;
    Ok(PyDictIter::new_ref(o, Kind::Keys, true))
}

// --- comparison and union ---

/// Same keys with equal values, in any order; values compared without the lock.
pub fn dict_equal(vm: &mut Vm, a: &PyDict, b: &PyDict) -> PyResult<bool> {
    if a.len() != b.len() {
        return Ok(false);
    }
    let entries: Vec<(i64, ObjRef, ObjRef)> =
        a.table.lock().iter().map(|e| (e.hash, e.key.clone(), e.value.clone())).collect();
    for (h, k, v) in entries {
        match b.get_item_hashed(vm, &k, h)? {
            Some(bv) => {
                if !vm.eq(&v, &bv)? {
                    return Ok(false);
                }
            }
            None => return Ok(false),
        }
    }
    Ok(true)
}

fn dict_eq_impl(vm: &mut Vm, args: Args, want_eq: bool) -> PyResult {
    let (_, a, rest) = this_and(&args, "__eq__", 1)?;
    let Some(b) = rest[0].downcast_ref::<PyDict>() else { return Ok(not_implemented()) };
    Ok(py_bool(dict_equal(vm, a, b)? == want_eq))
}

fn dict_eq(vm: &mut Vm, args: Args) -> PyResult {
    dict_eq_impl(vm, args, true)
}

fn dict_ne(vm: &mut Vm, args: Args) -> PyResult {
    dict_eq_impl(vm, args, false)
}

/// `left | right` for two dicts: a new plain dict.
fn union(vm: &mut Vm, left: &ObjRef, right: &ObjRef) -> PyResult {
    let (Some(l), Some(_)) = (left.downcast_ref::<PyDict>(), right.downcast_ref::<PyDict>()) else {
        return Ok(not_implemented());
    };
    let new = ObjRef::new(l.copy());
    update_arg(vm, dict_of(&new)?, right)?;
    Ok(new)
}

fn dict_or(vm: &mut Vm, args: Args) -> PyResult {
    let (o, _, rest) = this_and(&args, "__or__", 1)?;
    union(vm, o, &rest[0])
}

fn dict_ror(vm: &mut Vm, args: Args) -> PyResult {
    let (o, _, rest) = this_and(&args, "__ror__", 1)?;
    union(vm, &rest[0], o)
}

fn dict_ior(vm: &mut Vm, args: Args) -> PyResult {
    let (o, d, rest) = this_and(&args, "__ior__", 1)?;
    update_arg(vm, d, &rest[0])?;
    Ok(o.clone())
}

// --- methods ---

fn dict_get(vm: &mut Vm, args: Args) -> PyResult {
    let (o, d) = this(&args)?;
    let rest = args.skip_self().range("get", 1, 2)?;
    match d.get_item_of(vm, o, &rest[0])? {
        Some(v) => Ok(v),
        None => Ok(rest.get(1).cloned().unwrap_or_else(none)),
    }
}

fn dict_setdefault(vm: &mut Vm, args: Args) -> PyResult {
    let (_, d) = this(&args)?;
    let rest = args.skip_self().range("setdefault", 1, 2)?;
    d.setdefault(vm, rest[0].clone(), rest.get(1).cloned().unwrap_or_else(none))
}

fn dict_pop(vm: &mut Vm, args: Args) -> PyResult {
    let (_, d) = this(&args)?;
    let rest = args.skip_self().range("pop", 1, 2)?;
    match d.del_item(vm, &rest[0])? {
        Some(v) => Ok(v),
        None => rest.get(1).cloned().ok_or_else(|| PyErr::key_error(rest[0].clone())),
    }
}

fn dict_popitem(_vm: &mut Vm, args: Args) -> PyResult {
    let (_, d, _) = this_and(&args, "dict.popitem", 0)?;
    let mut t = d.table.lock();
    let Some((pos, _)) = t.last() else {
        return Err(PyErr::key_error(PyStr::new("popitem(): dictionary is empty")));
    };
    let e = t.remove_at(pos);
    drop(t);
    match e {
        Some(e) => Ok(PyTuple::new(vec![e.key, e.value])),
        None => Err(PyErr::key_error(PyStr::new("popitem(): dictionary is empty"))),
    }
}

fn dict_keys(_vm: &mut Vm, args: Args) -> PyResult {
    let (o, _, _) = this_and(&args, "dict.keys", 0)?;
    Ok(PyDictView::new_ref(o, Kind::Keys))
}

fn dict_values(_vm: &mut Vm, args: Args) -> PyResult {
    let (o, _, _) = this_and(&args, "dict.values", 0)?;
    Ok(PyDictView::new_ref(o, Kind::Values))
}

fn dict_items(_vm: &mut Vm, args: Args) -> PyResult {
    let (o, _, _) = this_and(&args, "dict.items", 0)?;
    Ok(PyDictView::new_ref(o, Kind::Items))
}

fn dict_copy(_vm: &mut Vm, args: Args) -> PyResult {
    let (_, d, _) = this_and(&args, "dict.copy", 0)?;
    Ok(ObjRef::new(d.copy()))
}

fn dict_clear(_vm: &mut Vm, args: Args) -> PyResult {
    let (_, d, _) = this_and(&args, "dict.clear", 0)?;
    d.clear();
    Ok(none())
}

fn dict_fromkeys(vm: &mut Vm, args: Args) -> PyResult {
    let cls = &args.items[0];
    let rest = args.skip_self().range("fromkeys", 1, 2)?;
    let value = rest.get(1).cloned().unwrap_or_else(none);
    let d = vm.call(cls, &[])?;
    let it = vm.iter(&rest[0])?;
    if d.class().is_same(DICT_TYPE.get()) {
        let target = dict_of(&d)?;
        while let Some(k) = vm.next(&it)? {
            target.set_item(vm, k, value.clone())?;
        }
    } else {
        while let Some(k) = vm.next(&it)? {
            vm.set_item(&d, &k, &value)?;
        }
    }
    Ok(d)
}

pub fn init() {
    let t = DICT_TYPE.get();
    add_methods(
        t,
        &[
            ("__init__", dict_init),
            ("__repr__", dict_repr),
            ("__len__", dict_len),
            ("__getitem__", dict_getitem),
            ("__setitem__", dict_setitem),
            ("__delitem__", dict_delitem),
            ("__contains__", dict_contains),
            ("__iter__", dict_iter),
            ("__reversed__", dict_reversed),
            ("__eq__", dict_eq),
            ("__ne__", dict_ne),
            ("__or__", dict_or),
            ("__ror__", dict_ror),
            ("__ior__", dict_ior),
            ("get", dict_get),
            ("setdefault", dict_setdefault),
            ("pop", dict_pop),
            ("popitem", dict_popitem),
            ("keys", dict_keys),
            ("values", dict_values),
            ("items", dict_items),
            ("update", dict_update),
            ("copy", dict_copy),
            ("clear", dict_clear),
        ],
    );
    add_classmethods(t, &[("fromkeys", dict_fromkeys)]);
    t.ty_payload().dict().set_str("__hash__", none());
    crate::types::native::add_new(t, "builtins", dict_new);
}
