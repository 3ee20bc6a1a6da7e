//! `collections.deque`: a double-ended queue behind its own lock, exposed by
//! the `_collections` module.
//!
//! Invariants:
//! - Every method takes the lock for one Rust step only, so `append`,
//!   `appendleft`, `pop`, `popleft`, `insert`, `rotate`, `clear` and the bulk
//!   extends from a list or tuple are atomic with respect to other threads,
//!   as they are in CPython.
//! - The lock is never held across Python code. Methods that compare items
//!   (`count`, `index`, `remove`, `in`, `==`) or print them (`repr`) copy the
//!   item (or a snapshot) out, release the lock, then call Python.
//! - `state` counts the changes that move items (CPython's `deque->state`):
//!   appends, pops, `insert`, `del d[i]`, `rotate`, `clear`. Iterators and the
//!   comparing methods remember it and raise "deque mutated during iteration"
//!   when it moves under them. `d[i] = x` and `reverse()` keep it, as in CPython.
//! - `maxlen` lives under the same lock because `__init__` may change it.

use std::collections::VecDeque;

use compiler::bytecode::CmpOp;
use parking_lot::{Mutex, MutexGuard};

use crate::error::{PyErr, PyResult};
use crate::object::{ObjRef, PyPayload};
use crate::types::int::PyInt;
use crate::types::iter::{iter_next, iter_self};
use crate::types::dict::PyDict;
use crate::types::list::{PyList, LIST_TYPE};
use crate::types::native::{add_classmethods, add_getsets, add_methods, Args};
use crate::types::singletons::{none, not_implemented, py_bool};
use crate::types::slice::try_index;
use crate::types::str::PyStr;
use crate::types::tuple::{check_repeat_size, index_bounds, non_int_repeat, repeat_count, repr_items, seq_compare, PyTuple,
    TUPLE_TYPE,
};
use crate::types::typeobj::{flags, new_builtin_type};
use crate::types::TypeCell;
use crate::vm::ops::type_name;
use crate::vm::Vm;

pub static DEQUE_TYPE: TypeCell = TypeCell::new();
pub static DEQUE_ITER_TYPE: TypeCell = TypeCell::new();
pub static DEQUE_REVITER_TYPE: TypeCell = TypeCell::new();

const MUTATED: &str = "deque mutated during iteration";

/// The deque changed while a method was comparing its items.
struct Mutated;

fn mutated(_: Mutated) -> PyErr {
    PyErr::runtime_error(MUTATED)
}

/// The locked state of a deque.
#[derive(Default)]
pub struct DequeState {
    pub items: VecDeque<ObjRef>,
    pub maxlen: Option<usize>,
    /// Bumped by every change that moves items (see the module notes).
    pub state: u64,
}

impl DequeState {
    /// Append on the right; the item pushed out on the left by `maxlen`, if any.
    fn push_back(&mut self, x: ObjRef) -> Option<ObjRef> {
        self.state = self.state.wrapping_add(1);
        self.items.push_back(x);
        match self.maxlen {
            Some(m) if self.items.len() > m => self.items.pop_front(),
            _ => None,
        }
    }

    /// Append on the left; the item pushed out on the right by `maxlen`, if any.
    fn push_front(&mut self, x: ObjRef) -> Option<ObjRef> {
        self.state = self.state.wrapping_add(1);
        self.items.push_front(x);
        match self.maxlen {
            Some(m) if self.items.len() > m => self.items.pop_back(),
            _ => None,
        }
    }

    /// Remove every item (returned, to be dropped after the lock is released).
    fn take_all(&mut self) -> VecDeque<ObjRef> {
        if !self.items.is_empty() {
            self.state = self.state.wrapping_add(1);
        }
        std::mem::take(&mut self.items)
    }
}

#[derive(Default)]
pub struct PyDeque {
    inner: Mutex<DequeState>,
}

impl PyPayload for PyDeque {
    fn class() -> &'static ObjRef {
        DEQUE_TYPE.get()
    }
}

impl PyDeque {
    /// Lock the state. Never call Python code while holding the guard.
    #[inline(always)]
    pub fn lock(&self) -> MutexGuard<'_, DequeState> {
        self.inner.lock()
    }

    pub fn len(&self) -> usize {
        self.inner.lock().items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn snapshot(&self) -> Vec<ObjRef> {
        self.inner.lock().items.iter().cloned().collect()
    }

    fn maxlen(&self) -> Option<usize> {
        self.inner.lock().maxlen
    }

    fn state(&self) -> u64 {
        self.inner.lock().state
    }

    /// The item at `i` (None past the end), or `Mutated` if the deque
    /// changed since its state was `start`.
    fn item_since(&self, i: usize, start: u64) -> Result<Option<ObjRef>, Mutated> {
        let st = self.inner.lock();
        if st.state != start {
            return Err(Mutated);
        }
        Ok(st.items.get(i).cloned())
    }

    /// Append all of `xs` under one lock (on the left, one at a time, when `left`).
    fn extend_items(&self, xs: Vec<ObjRef>, left: bool) {
        let mut st = self.inner.lock();
        let mut out = Vec::new();
        for x in xs {
            let gone = if left { st.push_front(x) } else { st.push_back(x) };
            out.extend(gone);
        }
        drop(st);
        drop(out);
    }
}

fn deque_of(o: &ObjRef) -> PyResult<&PyDeque> {
    o.downcast_ref::<PyDeque>().ok_or_else(|| PyErr::type_error("descriptor requires a 'collections.deque' object"))
}

/// `self` and exactly `n` further positional arguments (CPython's `deque.name()` messages).
fn self_and<'a>(args: &Args<'a>, name: &str, n: usize) -> PyResult<(&'a ObjRef, &'a PyDeque, &'a [ObjRef])> {
    let rest = args.skip_self().exact(name, n)?;
    let this = &args.items[0];
    Ok((this, deque_of(this)?, rest))
}

/// The items as iteration yields them: a snapshot for a plain deque, the
/// iterator protocol for a subclass (which may override `__iter__`).
fn items_of(vm: &mut Vm, obj: &ObjRef, d: &PyDeque) -> PyResult<Vec<ObjRef>> {
    if obj.class().is_same(DEQUE_TYPE.get()) {
        return Ok(d.snapshot());
    }
    vm.collect(obj)
}

/// An argument converted like CPython's `Py_ssize_t` converter.
fn ssize_arg(vm: &mut Vm, o: &ObjRef) -> PyResult<isize> {
    let Some(i) = try_index(vm, o)? else {
        return Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", type_name(o))));
    };
    match i.downcast_ref::<PyInt>().and_then(|v| v.as_i64()).and_then(|v| isize::try_from(v).ok()) {
        Some(v) => Ok(v),
        None => Err(PyErr::overflow_error("Python int too large to convert to C ssize_t")),
    }
}

/// A subscript `d[key]` resolved to a position, or CPython's errors.
fn position(vm: &mut Vm, key: &ObjRef) -> PyResult<isize> {
    let Some(i) = try_index(vm, key)? else {
        return Err(PyErr::type_error(format!("sequence index must be integer, not '{}'", type_name(key))));
    };
    match i.downcast_ref::<PyInt>().and_then(|v| v.as_i64()).and_then(|v| isize::try_from(v).ok()) {
        Some(v) => Ok(v),
        None => Err(PyErr::index_error(format!("cannot fit '{}' into an index-sized integer", type_name(key)))),
    }
}

/// `i` as an index into `len` items (negative counts from the end).
fn resolve(i: isize, len: usize) -> PyResult<usize> {
    let idx = if i < 0 { i.saturating_add(len as isize) } else { i };
    if idx < 0 || idx as usize >= len {
        return Err(PyErr::index_error("deque index out of range"));
    }
    Ok(idx as usize)
}

// --- construction ---

fn deque_new(_vm: &mut Vm, args: Args) -> PyResult {
    let cls = &args.items[0];
    if cls.is_same(DEQUE_TYPE.get()) {
        return Ok(ObjRef::new(PyDeque::default()));
    }
    Ok(ObjRef::new_with(PyDeque::default(), cls.clone(), None))
}

/// `maxlen` as `deque()` accepts it: None, or a non-negative int.
fn maxlen_arg(o: &ObjRef) -> PyResult<Option<usize>> {
    if o.is_none() {
        return Ok(None);
    }
    let Some(i) = o.downcast_ref::<PyInt>() else { return Err(PyErr::type_error("an integer is required")) };
    match i.as_i64().and_then(|v| isize::try_from(v).ok()) {
        Some(v) if v < 0 => Err(PyErr::value_error("maxlen must be non-negative")),
        Some(v) => Ok(Some(v as usize)),
        None => Err(PyErr::overflow_error("Python int too large to convert to C ssize_t")),
    }
}

fn deque_init(vm: &mut Vm, args: Args) -> PyResult {
    let this = &args.items[0];
    let d = deque_of(this)?;
    let rest = args.skip_self();
    let pos = rest.positional();
    let given = rest.items.len();
    if given > 2 {
        return Err(PyErr::type_error(format!("deque() takes at most 2 arguments ({given} given)")));
    }
    let names = ["iterable", "maxlen"];
    let mut slots: [Option<&ObjRef>; 2] = [pos.first(), pos.get(1)];
    for (k, v) in rest.kwargs() {
        let Some(i) = names.iter().position(|n| *n == k) else {
            return Err(PyErr::type_error(format!("'{k}' is an invalid keyword argument for deque()")));
        };
        if slots[i].is_some() {
            return Err(PyErr::type_error(format!(
                "argument for deque() given by name ('{k}') and position ({})",
                i + 1
            )));
        }
        slots[i] = Some(v);
    }
    let maxlen = match slots[1] {
        Some(m) => maxlen_arg(m)?,
        None => None,
    };
    let mut st = d.lock();
    st.maxlen = maxlen;
    let old = st.take_all();
    drop(st);
    drop(old);
    if let Some(src) = slots[0] {
        extend(vm, this, d, src, false)?;
    }
    Ok(none())
}

/// A shallow copy: a plain deque directly, a subclass through `type(d)(d[, maxlen])`.
fn copy_of(vm: &mut Vm, this: &ObjRef, d: &PyDeque) -> PyResult {
    if this.class().is_same(DEQUE_TYPE.get()) {
        let st = d.lock();
        let copy = DequeState { items: st.items.clone(), maxlen: st.maxlen, state: 0 };
        drop(st);
        return Ok(ObjRef::new(PyDeque { inner: Mutex::new(copy) }));
    }
    let cls = this.class().clone();
    match d.maxlen() {
        None => vm.call(&cls, std::slice::from_ref(this)),
        Some(m) => vm.call(&cls, &[this.clone(), PyInt::new(m as i64)]),
    }
}

fn deque_copy(vm: &mut Vm, args: Args) -> PyResult {
    let (this, d, _) = self_and(&args, "deque.copy", 0)?;
    copy_of(vm, this, d)
}

fn deque_dunder_copy(vm: &mut Vm, args: Args) -> PyResult {
    let (this, d, _) = self_and(&args, "deque.__copy__", 0)?;
    copy_of(vm, this, d)
}

fn deque_reduce(vm: &mut Vm, args: Args) -> PyResult {
    let (this, d, _) = self_and(&args, "deque.__reduce__", 0)?;
    let ctor_args = match d.maxlen() {
        None => PyTuple::empty(),
        Some(m) => PyTuple::new(vec![PyTuple::empty(), PyInt::new(m as i64)]),
    };
    let state = match this.dict() {
        Some(dict) if dict.downcast_ref::<PyDict>().is_some_and(|d| !d.is_empty()) => dict,
        _ => none(),
    };
    let it = vm.iter(this)?;
    Ok(PyTuple::new(vec![this.class().clone(), ctor_args, state, it]))
}

fn deque_class_getitem(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.skip_self().exact("__class_getitem__", 1)?;
    let m = vm.import_module("_generic_alias")?;
    let alias = vm.get_attr_str(&m, "GenericAlias")?;
    vm.call(&alias, &[args.items[0].clone(), a[0].clone()])
}

// --- adding and removing at the ends ---

fn deque_append(_vm: &mut Vm, args: Args) -> PyResult {
    let (_, d, a) = self_and(&args, "deque.append", 1)?;
    let gone = d.lock().push_back(a[0].clone());
    drop(gone);
    Ok(none())
}

fn deque_appendleft(_vm: &mut Vm, args: Args) -> PyResult {
    let (_, d, a) = self_and(&args, "deque.appendleft", 1)?;
    let gone = d.lock().push_front(a[0].clone());
    drop(gone);
    Ok(none())
}

fn deque_pop(_vm: &mut Vm, args: Args) -> PyResult {
    let (_, d, _) = self_and(&args, "deque.pop", 0)?;
    let mut st = d.lock();
    match st.items.pop_back() {
        Some(x) => {
            st.state = st.state.wrapping_add(1);
            Ok(x)
        }
        None => Err(PyErr::index_error("pop from an empty deque")),
    }
}

fn deque_popleft(_vm: &mut Vm, args: Args) -> PyResult {
    let (_, d, _) = self_and(&args, "deque.popleft", 0)?;
    let mut st = d.lock();
    match st.items.pop_front() {
        Some(x) => {
            st.state = st.state.wrapping_add(1);
            Ok(x)
        }
        None => Err(PyErr::index_error("pop from an empty deque")),
    }
}

/// Add every item of `src` on the right (or, one at a time, on the left).
/// Exact lists, tuples and deques go in under one lock; other iterables item by item.
fn extend(vm: &mut Vm, this: &ObjRef, d: &PyDeque, src: &ObjRef, left: bool) -> PyResult<()> {
    let cls = src.class();
    let bulk = if src.is_same(this) {
        Some(items_of(vm, this, d)?)
    } else if let (Some(l), true) = (src.downcast_ref::<PyList>(), cls.is_same(LIST_TYPE.get())) {
        Some(l.snapshot())
    } else if let (Some(t), true) = (src.downcast_ref::<PyTuple>(), cls.is_same(TUPLE_TYPE.get())) {
        Some(t.items().to_vec())
    } else if let (Some(o), true) = (src.downcast_ref::<PyDeque>(), cls.is_same(DEQUE_TYPE.get())) {
        Some(o.snapshot())
    } else {
        None
    };
    if let Some(xs) = bulk {
        d.extend_items(xs, left);
        return Ok(());
    }
    let it = vm.iter(src)?;
    while let Some(x) = vm.next(&it)? {
        let mut st = d.lock();
        if st.maxlen == Some(0) {
            // Nothing is kept; just exhaust the iterator, as CPython does.
            continue;
        }
        let gone = if left { st.push_front(x) } else { st.push_back(x) };
        drop(st);
        drop(gone);
    }
    Ok(())
}

fn deque_extend(vm: &mut Vm, args: Args) -> PyResult {
    let (this, d, a) = self_and(&args, "deque.extend", 1)?;
    extend(vm, this, d, &a[0], false)?;
    Ok(none())
}

fn deque_extendleft(vm: &mut Vm, args: Args) -> PyResult {
    let (this, d, a) = self_and(&args, "deque.extendleft", 1)?;
    extend(vm, this, d, &a[0], true)?;
    Ok(none())
}

fn deque_clear(_vm: &mut Vm, args: Args) -> PyResult {
    let (_, d, _) = self_and(&args, "deque.clear", 0)?;
    let old = d.lock().take_all();
    drop(old);
    Ok(none())
}

// --- reordering ---

fn deque_rotate(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.skip_self().range("deque.rotate", 0, 1)?;
    let d = deque_of(&args.items[0])?;
    let n = match a.first() {
        Some(o) => ssize_arg(vm, o)?,
        None => 1,
    };
    let mut st = d.lock();
    let len = st.items.len();
    if len > 1 {
        st.state = st.state.wrapping_add(1);
        let k = n.rem_euclid(len as isize) as usize;
        st.items.rotate_right(k);
    }
    Ok(none())
}

fn deque_reverse(_vm: &mut Vm, args: Args) -> PyResult {
    let (_, d, _) = self_and(&args, "deque.reverse", 0)?;
    d.lock().items.make_contiguous().reverse();
    Ok(none())
}

fn deque_insert(vm: &mut Vm, args: Args) -> PyResult {
    args.no_kwargs("insert")?;
    let a = &args.items[1..];
    if a.len() != 2 {
        return Err(PyErr::type_error(format!("insert() takes exactly 2 arguments ({} given)", a.len())));
    }
    let d = deque_of(&args.items[0])?;
    let i = ssize_arg(vm, &a[0])?;
    let mut st = d.lock();
    let n = st.items.len();
    if st.maxlen == Some(n) {
        return Err(PyErr::index_error("deque already at its maximum size"));
    }
    let pos = if i < 0 { i.saturating_add(n as isize).max(0) as usize } else { (i as usize).min(n) };
    st.state = st.state.wrapping_add(1);
    st.items.insert(pos, a[1].clone());
    Ok(none())
}

// --- searching (Python `==` runs with the lock released) ---

fn deque_count(vm: &mut Vm, args: Args) -> PyResult {
    let (_, d, a) = self_and(&args, "deque.count", 1)?;
    let start = d.state();
    let mut n = 0i64;
    let mut i = 0;
    while let Some(item) = d.item_since(i, start).map_err(mutated)? {
        if vm.eq(&item, &a[0])? {
            n += 1;
        }
        if d.state() != start {
            return Err(PyErr::runtime_error(MUTATED));
        }
        i += 1;
    }
    Ok(PyInt::new(n))
}

fn deque_contains(vm: &mut Vm, args: Args) -> PyResult {
    let (_, d, a) = self_and(&args, "__contains__", 1)?;
    let start = d.state();
    let mut i = 0;
    while let Some(item) = d.item_since(i, start).map_err(mutated)? {
        if vm.eq(&item, &a[0])? {
            return Ok(py_bool(true));
        }
        if d.state() != start {
            return Err(PyErr::runtime_error(MUTATED));
        }
        i += 1;
    }
    Ok(py_bool(false))
}

fn deque_index(vm: &mut Vm, args: Args) -> PyResult {
    args.skip_self().no_kwargs("index")?;
    let rest = &args.items[1..];
    if rest.is_empty() {
        return Err(PyErr::type_error("index() takes at least 1 argument (0 given)"));
    }
    if rest.len() > 3 {
        return Err(PyErr::type_error(format!("index() takes at most 3 arguments ({} given)", rest.len())));
    }
    let d = deque_of(&args.items[0])?;
    let (lo, hi) = index_bounds(vm, &rest[1..], d.len())?;
    let start = d.state();
    for i in lo..hi {
        let Some(item) = d.item_since(i, start).map_err(mutated)? else { break };
        if vm.eq(&item, &rest[0])? {
            return Ok(PyInt::new(i as i64));
        }
        if d.state() != start {
            return Err(PyErr::runtime_error(MUTATED));
        }
    }
    if d.state() != start {
        return Err(PyErr::runtime_error(MUTATED));
    }
    let r = vm.repr_string(&rest[0])?;
    Err(PyErr::value_error(format!("{r} is not in deque")))
}

fn deque_remove(vm: &mut Vm, args: Args) -> PyResult {
    let (_, d, a) = self_and(&args, "deque.remove", 1)?;
    let start = d.state();
    let mut i = 0;
    while let Some(item) = d.item_since(i, start).map_err(|_| PyErr::index_error(MUTATED))? {
        let found = vm.eq(&item, &a[0])?;
        let mut st = d.lock();
        if st.state != start {
            return Err(PyErr::index_error(MUTATED));
        }
        if found {
            st.state = st.state.wrapping_add(1);
            let old = st.items.remove(i);
            drop(st);
            drop(old);
            return Ok(none());
        }
        i += 1;
    }
    if d.state() != start {
        return Err(PyErr::index_error(MUTATED));
    }
    let r = vm.repr_string(&a[0])?;
    Err(PyErr::value_error(format!("{r} is not in deque")))
}

// --- the sequence protocol ---

fn deque_len(_vm: &mut Vm, args: Args) -> PyResult {
    let (_, d, _) = self_and(&args, "__len__", 0)?;
    Ok(PyInt::new(d.len() as i64))
}

fn deque_getitem(vm: &mut Vm, args: Args) -> PyResult {
    let (_, d, a) = self_and(&args, "__getitem__", 1)?;
    let i = position(vm, &a[0])?;
    let st = d.lock();
    let idx = resolve(i, st.items.len())?;
    st.items.get(idx).cloned().ok_or_else(|| PyErr::index_error("deque index out of range"))
}

fn deque_setitem(vm: &mut Vm, args: Args) -> PyResult {
    let (_, d, a) = self_and(&args, "__setitem__", 2)?;
    let i = position(vm, &a[0])?;
    let mut st = d.lock();
    let idx = resolve(i, st.items.len())?;
    let old = st.items.get_mut(idx).map(|slot| std::mem::replace(slot, a[1].clone()));
    drop(st);
    drop(old);
    Ok(none())
}

fn deque_delitem(vm: &mut Vm, args: Args) -> PyResult {
    let (_, d, a) = self_and(&args, "__delitem__", 1)?;
    let i = position(vm, &a[0])?;
    let mut st = d.lock();
    let idx = resolve(i, st.items.len())?;
    st.state = st.state.wrapping_add(1);
    let old = st.items.remove(idx);
    drop(st);
    drop(old);
    Ok(none())
}

fn deque_iter(_vm: &mut Vm, args: Args) -> PyResult {
    let (this, d, _) = self_and(&args, "__iter__", 0)?;
    Ok(PyDequeIter::new_ref(this, d, false))
}

fn deque_reversed(_vm: &mut Vm, args: Args) -> PyResult {
    let (this, d, _) = self_and(&args, "__reversed__", 0)?;
    Ok(PyDequeIter::new_ref(this, d, true))
}

fn deque_repr(vm: &mut Vm, args: Args) -> PyResult {
    let (this, d, _) = self_and(&args, "__repr__", 0)?;
    if !vm.repr_enter(this) {
        return Ok(PyStr::new("[...]"));
    }
    let maxlen = d.maxlen();
    let body = items_of(vm, this, d).and_then(|items| repr_items(vm, &items));
    vm.repr_leave(this);
    let body = body?;
    let name = this.ty().name();
    Ok(PyStr::new(match maxlen {
        None => format!("{name}([{body}])"),
        Some(m) => format!("{name}([{body}], maxlen={m})"),
    }))
}

// --- operators ---

fn deque_cmp(vm: &mut Vm, args: Args, op: CmpOp) -> PyResult {
    let (this, d, a) = self_and(&args, "comparison", 1)?;
    let Some(other) = a[0].downcast_ref::<PyDeque>() else { return Ok(not_implemented()) };
    let x = items_of(vm, this, d)?;
    let y = items_of(vm, &a[0], other)?;
    Ok(py_bool(seq_compare(vm, &x, &y, op)?))
}

macro_rules! cmp_fn {
    ($name:ident, $op:ident) => {
        fn $name(vm: &mut Vm, args: Args) -> PyResult {
            deque_cmp(vm, args, CmpOp::$op)
        }
    };
}
cmp_fn!(deque_eq, Eq);
cmp_fn!(deque_ne, Ne);
cmp_fn!(deque_lt, Lt);
cmp_fn!(deque_le, Le);
cmp_fn!(deque_gt, Gt);
cmp_fn!(deque_ge, Ge);

fn deque_add(vm: &mut Vm, args: Args) -> PyResult {
    let (this, d, a) = self_and(&args, "__add__", 1)?;
    if a[0].downcast_ref::<PyDeque>().is_none() {
        return Err(PyErr::type_error(format!(
            "can only concatenate deque (not \"{}\") to deque",
            type_name(&a[0])
        )));
    }
    let new = copy_of(vm, this, d)?;
    let nd = deque_of(&new)?;
    extend(vm, &new, nd, &a[0], false)?;
    Ok(new)
}

fn deque_iadd(vm: &mut Vm, args: Args) -> PyResult {
    let (this, d, a) = self_and(&args, "__iadd__", 1)?;
    extend(vm, this, d, &a[0], false)?;
    Ok(this.clone())
}

/// `d *= n` in place: the last `maxlen` items of the repetition when bounded.
fn repeat_in_place(d: &PyDeque, n: usize) -> PyResult<()> {
    let mut st = d.lock();
    let len = st.items.len();
    if n == 0 {
        let old = st.take_all();
        drop(st);
        drop(old);
        return Ok(());
    }
    if n == 1 || len == 0 {
        return Ok(());
    }
    let n = match st.maxlen {
        Some(m) if len == 1 => n.min(m.max(1)),
        _ => n,
    };
    let total = check_repeat_size(len, n)?;
    let keep = st.maxlen.map_or(total, |m| m.min(total));
    let mut items = VecDeque::new();
    if items.try_reserve(keep).is_err() {
        return Err(PyErr::memory_error(""));
    }
    items.extend((total - keep..total).filter_map(|p| st.items.get(p % len).cloned()));
    st.state = st.state.wrapping_add(1);
    let old = std::mem::replace(&mut st.items, items);
    drop(st);
    drop(old);
    Ok(())
}

fn deque_mul(vm: &mut Vm, args: Args) -> PyResult {
    let (this, d, a) = self_and(&args, "__mul__", 1)?;
    let Some(n) = repeat_count(vm, &a[0])? else { return non_int_repeat(vm, &a[0]) };
    let new = copy_of(vm, this, d)?;
    repeat_in_place(deque_of(&new)?, n)?;
    Ok(new)
}

fn deque_imul(vm: &mut Vm, args: Args) -> PyResult {
    let (this, d, a) = self_and(&args, "__imul__", 1)?;
    let Some(n) = repeat_count(vm, &a[0])? else { return non_int_repeat(vm, &a[0]) };
    repeat_in_place(d, n)?;
    Ok(this.clone())
}

fn deque_maxlen(_vm: &mut Vm, this: &ObjRef) -> PyResult {
    Ok(match deque_of(this)?.maxlen() {
        None => none(),
        Some(m) => PyInt::new(m as i64),
    })
}

// --- iterators ---

struct IterState {
    /// The next position to read (counting down for the reverse iterator).
    index: usize,
    /// Items left to produce; 0 once exhausted or after a mutation error.
    counter: usize,
    /// The deque's `state` when iteration began.
    state: u64,
}

/// `iter(deque)` / `reversed(deque)`: `_deque_iterator` and `_deque_reverse_iterator`.
pub struct PyDequeIter {
    deque: ObjRef,
    reverse: bool,
    st: Mutex<IterState>,
}

impl PyPayload for PyDequeIter {
    fn class() -> &'static ObjRef {
        DEQUE_ITER_TYPE.get()
    }
}

impl PyDequeIter {
    fn new_ref(this: &ObjRef, d: &PyDeque, reverse: bool) -> ObjRef {
        let g = d.lock();
        let len = g.items.len();
        let index = if reverse { len.wrapping_sub(1) } else { 0 };
        let st = IterState { index, counter: len, state: g.state };
        drop(g);
        let it = PyDequeIter { deque: this.clone(), reverse, st: Mutex::new(st) };
        if reverse {
            ObjRef::new_with(it, DEQUE_REVITER_TYPE.get().clone(), None)
        } else {
            ObjRef::new(it)
        }
    }

    /// One step. Lock order: the iterator, then its deque.
    pub fn next(&self) -> PyResult<Option<ObjRef>> {
        let Some(d) = self.deque.downcast_ref::<PyDeque>() else { return Ok(None) };
        let mut it = self.st.lock();
        // CPython's reverse iterator stops before it looks at the state; the
        // forward one looks first (so a change after exhaustion still raises).
        if self.reverse && it.counter == 0 {
            return Ok(None);
        }
        let dq = d.lock();
        if dq.state != it.state {
            it.counter = 0;
            return Err(PyErr::runtime_error(MUTATED));
        }
        if it.counter == 0 {
            return Ok(None);
        }
        let Some(x) = dq.items.get(it.index).cloned() else {
            it.counter = 0;
            return Ok(None);
        };
        drop(dq);
        it.counter -= 1;
        it.index = if self.reverse { it.index.wrapping_sub(1) } else { it.index + 1 };
        Ok(Some(x))
    }
}

fn dequeiter_length_hint(_vm: &mut Vm, args: Args) -> PyResult {
    let it = args.items[0]
        .downcast_ref::<PyDequeIter>()
        .ok_or_else(|| PyErr::type_error("descriptor requires a '_collections._deque_iterator' object"))?;
    let n = it.st.lock().counter;
    Ok(PyInt::new(n as i64))
}

/// The native fast path of `next()` for deque iterators.
#[inline]
pub fn next_native(it: &ObjRef) -> Option<PyResult<Option<ObjRef>>> {
    it.downcast_ref::<PyDequeIter>().map(|i| i.next())
}

// --- start-up ---

fn set_module(t: &ObjRef, module: &str) {
    t.ty_payload().dict().set_str("__module__", PyStr::new(module));
}

/// Create `deque` and its iterator types; called from `types::init()` after `native::init`.
pub fn init() {
    let t = new_builtin_type("deque", None, flags::BASETYPE);
    set_module(&t, "collections");
    DEQUE_TYPE.set(t);
    let t = DEQUE_TYPE.get();
    let d = t.ty_payload().dict();
    crate::types::native::add_new(t, "collections", deque_new);
    d.set_str("__hash__", none());
    d.set_str(
        "__doc__",
        PyStr::new("A list-like sequence optimized for data accesses near its endpoints."),
    );
    add_methods(
        t,
        &[
            ("__init__", deque_init),
            ("__repr__", deque_repr),
            ("__len__", deque_len),
            ("__getitem__", deque_getitem),
            ("__setitem__", deque_setitem),
            ("__delitem__", deque_delitem),
            ("__contains__", deque_contains),
            ("__iter__", deque_iter),
            ("__reversed__", deque_reversed),
            ("__add__", deque_add),
            ("__iadd__", deque_iadd),
            ("__mul__", deque_mul),
            ("__rmul__", deque_mul),
            ("__imul__", deque_imul),
            ("__eq__", deque_eq),
            ("__ne__", deque_ne),
            ("__lt__", deque_lt),
            ("__le__", deque_le),
            ("__gt__", deque_gt),
            ("__ge__", deque_ge),
            ("__copy__", deque_dunder_copy),
            ("__reduce__", deque_reduce),
            ("append", deque_append),
            ("appendleft", deque_appendleft),
            ("pop", deque_pop),
            ("popleft", deque_popleft),
            ("extend", deque_extend),
            ("extendleft", deque_extendleft),
            ("clear", deque_clear),
            ("copy", deque_copy),
            ("count", deque_count),
            ("index", deque_index),
            ("insert", deque_insert),
            ("remove", deque_remove),
            ("reverse", deque_reverse),
            ("rotate", deque_rotate),
        ],
    );
    add_classmethods(t, &[("__class_getitem__", deque_class_getitem)]);
    add_getsets(t, &[("maxlen", deque_maxlen, None)]);

    for (cell, name) in [(&DEQUE_ITER_TYPE, "_deque_iterator"), (&DEQUE_REVITER_TYPE, "_deque_reverse_iterator")] {
        let it = new_builtin_type(name, None, 0);
        set_module(&it, "_collections");
        cell.set(it);
        add_methods(
            cell.get(),
            &[("__iter__", iter_self), ("__next__", iter_next), ("__length_hint__", dequeiter_length_hint)],
        );
    }
}
