//! The Python-visible methods of `list`.
//!
//! Each method takes the list's lock for one Rust step only. Methods that
//! compare items (`in`, `index`, `count`, `remove`, `==`) read one item under
//! the lock, release it, then compare, so Python `__eq__` code may freely
//! mutate the list (the next step simply sees the new contents).

use compiler::bytecode::CmpOp;

use super::{PyList, LIST_TYPE};
use crate::error::{PyErr, PyResult};
use crate::object::ObjRef;
use crate::types::int::PyInt;
use crate::types::native::{add_methods, Args};
use crate::types::singletons::{none, not_implemented, py_bool};
use crate::types::slice::{slice_indices, slice_positions, try_index, PySlice};
use crate::types::str::PyStr;
use crate::types::tuple::{
    check_repeat_size, index_bounds, non_int_repeat, norm_index, repeat_count, repr_items, seq_compare, PyTuple,
};
use crate::vm::ops::type_name;
use crate::vm::Vm;

fn list_of(o: &ObjRef) -> PyResult<&PyList> {
    o.downcast_ref::<PyList>().ok_or_else(|| PyErr::type_error("descriptor requires a 'list' object"))
}

/// `self` and the arguments after it, checked to be exactly `n` positional ones.
fn self_and<'a>(args: &Args<'a>, name: &str, n: usize) -> PyResult<(&'a ObjRef, &'a [ObjRef])> {
    let rest = args.skip_self().exact(name, n)?;
    Ok((&args.items[0], rest))
}

#[cold]
fn indices_error(key: &ObjRef) -> PyErr {
    PyErr::type_error(format!("list indices must be integers or slices, not {}", type_name(key)))
}

// --- construction and repr ---

fn list_new(_vm: &mut Vm, args: Args) -> PyResult {
    let cls = &args.items[0];
    if cls.is_same(LIST_TYPE.get()) {
        return Ok(PyList::new(Vec::new()));
    }
    Ok(ObjRef::new_with(PyList::default(), cls.clone(), None))
}

fn list_init(vm: &mut Vm, args: Args) -> PyResult {
    if args.has_kwargs() {
        return Err(PyErr::type_error("list() takes no keyword arguments"));
    }
    let this = &args.items[0];
    let rest = &args.items[1..];
    if rest.len() > 1 {
        return Err(PyErr::type_error(format!("list expected at most 1 argument, got {}", rest.len())));
    }
    let l = list_of(this)?;
    let old = l.replace(Vec::new());
    drop(old);
    if let Some(src) = rest.first() {
        extend_from(vm, this, l, src)?;
    }
    Ok(none())
}

fn list_repr(vm: &mut Vm, args: Args) -> PyResult {
    let this = &args.items[0];
    let items = list_of(this)?.snapshot();
    if items.is_empty() {
        return Ok(PyStr::new("[]"));
    }
    if !vm.repr_enter(this) {
        return Ok(PyStr::new("[...]"));
    }
    let r = repr_items(vm, &items);
    vm.repr_leave(this);
    Ok(PyStr::new(format!("[{}]", r?)))
}

fn list_len(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(PyInt::new(list_of(&args.items[0])?.len() as i64))
}

// --- subscripts ---

fn list_getitem(vm: &mut Vm, args: Args) -> PyResult {
    let (this, a) = self_and(&args, "__getitem__", 1)?;
    let l = list_of(this)?;
    let key = &a[0];
    if let Some(s) = key.downcast_ref::<PySlice>() {
        let len = l.len();
        let (start, _, step, n) = slice_indices(vm, s, len)?;
        let items = l.lock();
        let out: Vec<ObjRef> = if step == 1 {
            let lo = (start as usize).min(items.len());
            let hi = (start as usize + n).min(items.len());
            items[lo..hi].to_vec()
        } else {
            slice_positions(start, step, n).filter_map(|i| items.get(i).cloned()).collect()
        };
        drop(items);
        return Ok(PyList::new(out));
    }
    let Some(i) = try_index(vm, key)? else { return Err(indices_error(key)) };
    let items = l.lock();
    let idx = norm_index(&i, items.len(), "list index out of range", key)?;
    Ok(items[idx].clone())
}

/// The items of an iterable assigned to a slice; `msg` when it is not iterable.
fn assigned_items(vm: &mut Vm, value: &ObjRef, msg: &str) -> PyResult<Vec<ObjRef>> {
    if let Some(l) = value.downcast_ref::<PyList>() {
        return Ok(l.snapshot());
    }
    if let Some(t) = value.downcast_ref::<PyTuple>() {
        return Ok(t.items().to_vec());
    }
    if vm.lookup_special(value, "__iter__").is_none() && vm.lookup_special(value, "__getitem__").is_none() {
        return Err(PyErr::type_error(msg.to_string()));
    }
    vm.collect(value)
}

fn list_setitem(vm: &mut Vm, args: Args) -> PyResult {
    let (this, a) = self_and(&args, "__setitem__", 2)?;
    let l = list_of(this)?;
    let (key, value) = (&a[0], &a[1]);
    if let Some(s) = key.downcast_ref::<PySlice>() {
        let (start, stop, step, n) = slice_indices(vm, s, l.len())?;
        if step == 1 {
            let vals = assigned_items(vm, value, "can only assign an iterable")?;
            let mut items = l.lock();
            let lo = (start.max(0) as usize).min(items.len());
            let hi = (stop.max(0) as usize).clamp(lo, items.len());
            let removed: Vec<ObjRef> = items.splice(lo..hi, vals).collect();
            drop(items);
            drop(removed);
            return Ok(none());
        }
        let vals = assigned_items(vm, value, "must assign iterable to extended slice")?;
        if vals.len() != n {
            return Err(PyErr::value_error(format!(
                "attempt to assign sequence of size {} to extended slice of size {}",
                vals.len(),
                n
            )));
        }
        let mut old = Vec::with_capacity(n);
        let mut items = l.lock();
        for (pos, v) in slice_positions(start, step, n).zip(vals) {
            if let Some(slot) = items.get_mut(pos) {
                old.push(std::mem::replace(slot, v));
            }
        }
        drop(items);
        drop(old);
        return Ok(none());
    }
    let Some(i) = try_index(vm, key)? else { return Err(indices_error(key)) };
    let mut items = l.lock();
    let idx = norm_index(&i, items.len(), "list assignment index out of range", key)?;
    let old = std::mem::replace(&mut items[idx], value.clone());
    drop(items);
    drop(old);
    Ok(none())
}

fn list_delitem(vm: &mut Vm, args: Args) -> PyResult {
    let (this, a) = self_and(&args, "__delitem__", 1)?;
    let l = list_of(this)?;
    let key = &a[0];
    if let Some(s) = key.downcast_ref::<PySlice>() {
        let (start, _, step, n) = slice_indices(vm, s, l.len())?;
        let mut items = l.lock();
        let removed: Vec<ObjRef> = if step == 1 {
            let lo = (start.max(0) as usize).min(items.len());
            let hi = (lo + n).min(items.len());
            items.drain(lo..hi).collect()
        } else {
            let mut doomed = vec![false; items.len()];
            for p in slice_positions(start, step, n) {
                if let Some(d) = doomed.get_mut(p) {
                    *d = true;
                }
            }
            let all = std::mem::take(&mut *items);
            let mut removed = Vec::with_capacity(n);
            for (x, d) in all.into_iter().zip(doomed) {
                if d {
                    removed.push(x);
                } else {
                    items.push(x);
                }
            }
            removed
        };
        drop(items);
        drop(removed);
        return Ok(none());
    }
    let Some(i) = try_index(vm, key)? else { return Err(indices_error(key)) };
    let mut items = l.lock();
    let idx = norm_index(&i, items.len(), "list assignment index out of range", key)?;
    let old = items.remove(idx);
    drop(items);
    drop(old);
    Ok(none())
}

// --- searching ---

/// The first index in `start..stop` whose item equals `x` (re-reading the list each step).
fn find(vm: &mut Vm, l: &PyList, x: &ObjRef, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let mut i = start;
    while i < stop {
        let Some(item) = l.get(i) else { break };
        if vm.eq(&item, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

fn list_contains(vm: &mut Vm, args: Args) -> PyResult {
    let (this, a) = self_and(&args, "__contains__", 1)?;
    Ok(py_bool(find(vm, list_of(this)?, &a[0], 0, usize::MAX)?.is_some()))
}

fn list_index(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.skip_self().range("index", 1, 3)?;
    let l = list_of(&args.items[0])?;
    let (start, stop) = index_bounds(vm, &a[1..], l.len())?;
    match find(vm, l, &a[0], start, stop)? {
        Some(i) => Ok(PyInt::new(i as i64)),
        None => {
            let r = vm.repr_string(&a[0])?;
            Err(PyErr::value_error(format!("{r} is not in list")))
        }
    }
}

fn list_count(vm: &mut Vm, args: Args) -> PyResult {
    let (this, a) = self_and(&args, "count", 1)?;
    let l = list_of(this)?;
    let (mut i, mut n) = (0, 0);
    while let Some(item) = l.get(i) {
        if vm.eq(&item, &a[0])? {
            n += 1;
        }
        i += 1;
    }
    Ok(PyInt::new(n))
}

fn list_remove(vm: &mut Vm, args: Args) -> PyResult {
    let (this, a) = self_and(&args, "list.remove", 1)?;
    let l = list_of(this)?;
    match find(vm, l, &a[0], 0, usize::MAX)? {
        Some(i) => {
            let mut items = l.lock();
            let old = (i < items.len()).then(|| items.remove(i));
            drop(items);
            drop(old);
            Ok(none())
        }
        None => Err(PyErr::value_error("list.remove(x): x not in list")),
    }
}

// --- iteration ---

fn list_iter(_vm: &mut Vm, args: Args) -> PyResult {
    list_of(&args.items[0])?;
    Ok(crate::types::iter::PyListIter::new_ref(args.items[0].clone()))
}

fn list_reversed(_vm: &mut Vm, args: Args) -> PyResult {
    let l = list_of(&args.items[0])?;
    Ok(crate::types::iter::PyListRevIter::new_ref(args.items[0].clone(), l.len()))
}

// --- operators ---

fn list_add(_vm: &mut Vm, args: Args) -> PyResult {
    let (this, a) = self_and(&args, "__add__", 1)?;
    let Some(other) = a[0].downcast_ref::<PyList>() else {
        return Err(PyErr::type_error(format!(
            "can only concatenate list (not \"{}\") to list",
            type_name(&a[0])
        )));
    };
    let mut v = list_of(this)?.snapshot();
    v.extend(other.snapshot());
    Ok(PyList::new(v))
}

/// Append every item of `src` to `l` (`this`), item by item for general iterables.
fn extend_from(vm: &mut Vm, this: &ObjRef, l: &PyList, src: &ObjRef) -> PyResult<()> {
    if let Some(o) = src.downcast_ref::<PyList>() {
        let v = if src.is_same(this) { l.snapshot() } else { o.snapshot() };
        l.lock().extend(v);
        return Ok(());
    }
    if let Some(t) = src.downcast_ref::<PyTuple>() {
        l.lock().extend_from_slice(t.items());
        return Ok(());
    }
    let it = vm.iter(src)?;
    while let Some(x) = vm.next(&it)? {
        l.push(x);
    }
    Ok(())
}

fn list_iadd(vm: &mut Vm, args: Args) -> PyResult {
    let (this, a) = self_and(&args, "__iadd__", 1)?;
    extend_from(vm, this, list_of(this)?, &a[0])?;
    Ok(this.clone())
}

fn list_extend(vm: &mut Vm, args: Args) -> PyResult {
    let (this, a) = self_and(&args, "list.extend", 1)?;
    extend_from(vm, this, list_of(this)?, &a[0])?;
    Ok(none())
}

fn list_mul(vm: &mut Vm, args: Args) -> PyResult {
    let (this, a) = self_and(&args, "__mul__", 1)?;
    let Some(n) = repeat_count(vm, &a[0])? else { return non_int_repeat(vm, &a[0]) };
    let items = list_of(this)?.snapshot();
    let total = check_repeat_size(items.len(), n)?;
    let mut v = Vec::with_capacity(total);
    for _ in 0..n {
        v.extend_from_slice(&items);
    }
    Ok(PyList::new(v))
}

fn list_imul(vm: &mut Vm, args: Args) -> PyResult {
    let (this, a) = self_and(&args, "__imul__", 1)?;
    let Some(n) = repeat_count(vm, &a[0])? else { return non_int_repeat(vm, &a[0]) };
    let l = list_of(this)?;
    let mut items = l.lock();
    if n == 0 {
        let old = std::mem::take(&mut *items);
        drop(items);
        drop(old);
        return Ok(this.clone());
    }
    check_repeat_size(items.len(), n)?;
    let once = items.clone();
    for _ in 1..n {
        items.extend_from_slice(&once);
    }
    drop(items);
    Ok(this.clone())
}

fn list_cmp(vm: &mut Vm, args: Args, op: CmpOp) -> PyResult {
    let (this, a) = self_and(&args, "comparison", 1)?;
    let Some(other) = a[0].downcast_ref::<PyList>() else { return Ok(not_implemented()) };
    let x = list_of(this)?.snapshot();
    let y = other.snapshot();
    Ok(py_bool(seq_compare(vm, &x, &y, op)?))
}

macro_rules! cmp_fn {
    ($name:ident, $op:ident) => {
        fn $name(vm: &mut Vm, args: Args) -> PyResult {
            list_cmp(vm, args, CmpOp::$op)
        }
    };
}
cmp_fn!(list_eq, Eq);
cmp_fn!(list_ne, Ne);
cmp_fn!(list_lt, Lt);
cmp_fn!(list_le, Le);
cmp_fn!(list_gt, Gt);
cmp_fn!(list_ge, Ge);

// --- mutation ---

fn list_append(_vm: &mut Vm, args: Args) -> PyResult {
    let (this, a) = self_and(&args, "list.append", 1)?;
    list_of(this)?.push(a[0].clone());
    Ok(none())
}

fn list_insert(vm: &mut Vm, args: Args) -> PyResult {
    let (this, a) = self_and(&args, "insert", 2)?;
    let l = list_of(this)?;
    let Some(i) = try_index(vm, &a[0])? else {
        return Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", type_name(&a[0]))));
    };
    let i = i.downcast_ref::<PyInt>().map_or(0, crate::types::slice::clamp_isize);
    let mut items = l.lock();
    let n = items.len() as isize;
    let pos = if i < 0 { (i.saturating_add(n)).max(0) } else { i.min(n) };
    items.insert(pos as usize, a[1].clone());
    Ok(none())
}

fn list_pop(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.skip_self().range("pop", 0, 1)?;
    let l = list_of(&args.items[0])?;
    let i = match a.first() {
        None => -1,
        Some(o) => match try_index(vm, o)? {
            Some(i) => i.downcast_ref::<PyInt>().map_or(0, crate::types::slice::clamp_isize),
            None => {
                return Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", type_name(o))))
            }
        },
    };
    let mut items = l.lock();
    if items.is_empty() {
        return Err(PyErr::index_error("pop from empty list"));
    }
    let n = items.len() as isize;
    let idx = if i < 0 { i.saturating_add(n) } else { i };
    if idx < 0 || idx >= n {
        return Err(PyErr::index_error("pop index out of range"));
    }
    Ok(if idx == n - 1 { items.pop().unwrap_or_else(none) } else { items.remove(idx as usize) })
}

fn list_reverse(_vm: &mut Vm, args: Args) -> PyResult {
    args.skip_self().exact("reverse", 0)?;
    list_of(&args.items[0])?.lock().reverse();
    Ok(none())
}

fn list_copy(_vm: &mut Vm, args: Args) -> PyResult {
    args.skip_self().exact("copy", 0)?;
    Ok(PyList::new(list_of(&args.items[0])?.snapshot()))
}

fn list_clear(_vm: &mut Vm, args: Args) -> PyResult {
    args.skip_self().exact("clear", 0)?;
    let old = list_of(&args.items[0])?.replace(Vec::new());
    drop(old);
    Ok(none())
}

fn list_sort(vm: &mut Vm, args: Args) -> PyResult {
    if args.positional().len() > 1 {
        return Err(PyErr::type_error("sort() takes no positional arguments"));
    }
    let mut key = None;
    let mut reverse = false;
    for (k, v) in args.kwargs() {
        match k {
            "key" => key = Some(v.clone()).filter(|k| !k.is_none()),
            "reverse" => reverse = bool_arg(vm, v)?,
            _ => return Err(PyErr::type_error(format!("'{k}' is an invalid keyword argument for sort()"))),
        }
    }
    super::sort::sort_list(vm, &args.items[0], key, reverse)?;
    Ok(none())
}

/// A `bool(accept={int})` argument: any int's truth; other types raise TypeError.
pub fn bool_arg(vm: &mut Vm, v: &ObjRef) -> PyResult<bool> {
    match try_index(vm, v)? {
        Some(i) => Ok(!i.downcast_ref::<PyInt>().is_some_and(|i| i.is_zero())),
        None => Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", type_name(v)))),
    }
}

pub fn register(t: &ObjRef) {
    crate::types::native::add_new(t, "list", list_new);
    t.ty_payload().dict().set_str("__hash__", none());
    add_methods(
        t,
        &[
            ("__init__", list_init),
            ("__repr__", list_repr),
            ("__len__", list_len),
            ("__getitem__", list_getitem),
            ("__setitem__", list_setitem),
            ("__delitem__", list_delitem),
            ("__contains__", list_contains),
            ("__iter__", list_iter),
            ("__reversed__", list_reversed),
            ("__add__", list_add),
            ("__iadd__", list_iadd),
            ("__mul__", list_mul),
            ("__rmul__", list_mul),
            ("__imul__", list_imul),
            ("__eq__", list_eq),
            ("__ne__", list_ne),
            ("__lt__", list_lt),
            ("__le__", list_le),
            ("__gt__", list_gt),
            ("__ge__", list_ge),
            ("append", list_append),
            ("extend", list_extend),
            ("insert", list_insert),
            ("pop", list_pop),
            ("remove", list_remove),
            ("index", list_index),
            ("count", list_count),
            ("reverse", list_reverse),
            ("sort", list_sort),
            ("copy", list_copy),
            ("clear", list_clear),
        ],
    );
}
