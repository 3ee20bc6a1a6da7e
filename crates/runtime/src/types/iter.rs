//! Builtin iterator objects and the native fast path of `next()`.
//!
//! `next_native` recognises the iterator payloads implemented in Rust and
//! advances them without a method lookup or a StopIteration object;
//! it returns None for iterators it does not know (Python `__next__`).
//!
//! Sequence iterators (list, tuple, range) keep their position in an atomic
//! and take the container's lock for one step only. The iterator types that
//! Python code can subclass (enumerate, zip, map, filter, reversed) take the
//! fast path only for exact instances, so a subclass's `__next__` is honoured.
//! No iterator holds a lock while it calls Python code.

use std::sync::atomic::{AtomicIsize, AtomicUsize, Ordering::Relaxed};

use num_bigint::BigInt;
use parking_lot::Mutex;

use crate::error::{PyErr, PyResult};
use crate::object::{ObjRef, PyPayload};
use crate::types::int::PyInt;
use crate::types::list::PyList;
use crate::types::native::{add_methods, Args};
use crate::types::tuple::PyTuple;
use crate::types::typeobj::{flags, new_builtin_type};
use crate::types::TypeCell;
use crate::vm::ops::type_name;
use crate::vm::Vm;

pub static SEQ_ITER_TYPE: TypeCell = TypeCell::new();

/// Iterator over an object with `__getitem__` (index 0, 1, ... until IndexError).
pub struct PySeqIter {
    pub seq: Mutex<Option<ObjRef>>,
    pub index: Mutex<i64>,
}

impl PyPayload for PySeqIter {
    fn class() -> &'static ObjRef {
        SEQ_ITER_TYPE.get()
    }
}

fn is_index_or_stop(e: &PyErr) -> bool {
    let t = crate::types::exception::types();
    e.matches(&t.index_error) || e.matches(&t.stop_iteration)
}

impl PySeqIter {
    pub fn new_ref(seq: ObjRef) -> ObjRef {
        ObjRef::new(PySeqIter { seq: Mutex::new(Some(seq)), index: Mutex::new(0) })
    }

    pub fn next(&self, vm: &mut Vm) -> PyResult<Option<ObjRef>> {
        let Some(seq) = self.seq.lock().clone() else { return Ok(None) };
        let i = {
            let mut idx = self.index.lock();
            let i = *idx;
            *idx += 1;
            i
        };
        let key = PyInt::new(i);
        match vm.get_item(&seq, &key) {
            Ok(v) => Ok(Some(v)),
            Err(e) if is_index_or_stop(&e) => {
                *self.seq.lock() = None;
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }
}

pub static CALLABLE_ITER_TYPE: TypeCell = TypeCell::new();

/// `iter(callable, sentinel)`: call until the sentinel comes back.
pub struct PyCallableIter {
    callable: Mutex<Option<ObjRef>>,
    sentinel: ObjRef,
}

impl PyPayload for PyCallableIter {
    fn class() -> &'static ObjRef {
        CALLABLE_ITER_TYPE.get()
    }
}

impl PyCallableIter {
    pub fn new_ref(callable: ObjRef, sentinel: ObjRef) -> ObjRef {
        ObjRef::new(PyCallableIter { callable: Mutex::new(Some(callable)), sentinel })
    }

    pub fn next(&self, vm: &mut Vm) -> PyResult<Option<ObjRef>> {
        let Some(c) = self.callable.lock().clone() else { return Ok(None) };
        let v = match vm.call(&c, &[]) {
            Ok(v) => v,
            Err(e) if e.matches(&crate::types::exception::types().stop_iteration) => {
                *self.callable.lock() = None;
                return Ok(None);
            }
            Err(e) => return Err(e),
        };
        if vm.eq(&v, &self.sentinel)? {
            *self.callable.lock() = None;
            return Ok(None);
        }
        Ok(Some(v))
    }
}

// --- list and tuple iterators ---

pub static LIST_ITER_TYPE: TypeCell = TypeCell::new();
pub static LIST_REVITER_TYPE: TypeCell = TypeCell::new();
pub static TUPLE_ITER_TYPE: TypeCell = TypeCell::new();

/// `iter(list)`: the next index to read; `usize::MAX` once exhausted (a list
/// that grows afterwards does not revive it).
pub struct PyListIter {
    list: ObjRef,
    index: AtomicUsize,
}

impl PyPayload for PyListIter {
    fn class() -> &'static ObjRef {
        LIST_ITER_TYPE.get()
    }
}

impl PyListIter {
    pub fn new_ref(list: ObjRef) -> ObjRef {
        ObjRef::new(PyListIter { list, index: AtomicUsize::new(0) })
    }

    #[inline]
    pub fn next(&self) -> Option<ObjRef> {
        let l = self.list.downcast_ref::<PyList>()?;
        let items = l.lock();
        // The list lock orders every step of this iterator, so load+store is atomic.
        let i = self.index.load(Relaxed);
        match items.get(i) {
            Some(v) => {
                self.index.store(i + 1, Relaxed);
                Some(v.clone())
            }
            None => {
                self.index.store(usize::MAX, Relaxed);
                None
            }
        }
    }

    fn remaining(&self) -> usize {
        let i = self.index.load(Relaxed);
        self.list.downcast_ref::<PyList>().map_or(0, |l| l.len().saturating_sub(i))
    }
}

/// `reversed(list)`: the next index to read, counting down; -1 once exhausted.
pub struct PyListRevIter {
    list: ObjRef,
    index: AtomicIsize,
}

impl PyPayload for PyListRevIter {
    fn class() -> &'static ObjRef {
        LIST_REVITER_TYPE.get()
    }
}

impl PyListRevIter {
    pub fn new_ref(list: ObjRef, len: usize) -> ObjRef {
        ObjRef::new(PyListRevIter { list, index: AtomicIsize::new(len as isize - 1) })
    }

    pub fn next(&self) -> Option<ObjRef> {
        let l = self.list.downcast_ref::<PyList>()?;
        let items = l.lock();
        let i = self.index.load(Relaxed);
        if i >= 0 && (i as usize) < items.len() {
            self.index.store(i - 1, Relaxed);
            return Some(items[i as usize].clone());
        }
        self.index.store(-1, Relaxed);
        None
    }
}

/// `iter(tuple)`: tuples never change, so a fetch-add is the whole step.
pub struct PyTupleIter {
    tuple: ObjRef,
    index: AtomicUsize,
}

impl PyPayload for PyTupleIter {
    fn class() -> &'static ObjRef {
        TUPLE_ITER_TYPE.get()
    }
}

impl PyTupleIter {
    pub fn new_ref(tuple: ObjRef) -> ObjRef {
        ObjRef::new(PyTupleIter { tuple, index: AtomicUsize::new(0) })
    }

    #[inline]
    pub fn next(&self) -> Option<ObjRef> {
        let t = self.tuple.downcast_ref::<PyTuple>()?;
        let i = self.index.load(Relaxed);
        if i >= t.len() {
            return None;
        }
        let i = self.index.fetch_add(1, Relaxed);
        t.get(i).cloned()
    }
}

// --- enumerate, zip, map, filter, reversed ---

pub static ENUMERATE_TYPE: TypeCell = TypeCell::new();
pub static ZIP_TYPE: TypeCell = TypeCell::new();
pub static MAP_TYPE: TypeCell = TypeCell::new();
pub static FILTER_TYPE: TypeCell = TypeCell::new();
pub static REVERSED_TYPE: TypeCell = TypeCell::new();

enum Count {
    Small(i64),
    Big(BigInt),
}

/// `enumerate(iterable, start=0)`.
pub struct PyEnumerate {
    it: ObjRef,
    count: Mutex<Count>,
}

impl PyPayload for PyEnumerate {
    fn class() -> &'static ObjRef {
        ENUMERATE_TYPE.get()
    }
}

impl PyEnumerate {
    fn next(&self, vm: &mut Vm) -> PyResult<Option<ObjRef>> {
        let Some(x) = vm.next(&self.it)? else { return Ok(None) };
        let n = {
            let mut c = self.count.lock();
            match &mut *c {
                Count::Small(v) => {
                    let n = PyInt::new(*v);
                    match v.checked_add(1) {
                        Some(w) => *v = w,
                        None => *c = Count::Big(BigInt::from(*v) + 1),
                    }
                    n
                }
                Count::Big(b) => {
                    let n = PyInt::from_bigint(b.clone());
                    *b += 1;
                    n
                }
            }
        };
        Ok(Some(PyTuple::new(vec![n, x])))
    }
}

/// `zip(*iterables, strict=False)`.
pub struct PyZip {
    its: Vec<ObjRef>,
    strict: bool,
}

impl PyPayload for PyZip {
    fn class() -> &'static ObjRef {
        ZIP_TYPE.get()
    }
}

fn zip_args_text(i: usize) -> String {
    if i == 1 {
        "argument 1".to_string()
    } else {
        format!("arguments 1-{i}")
    }
}

impl PyZip {
    fn next(&self, vm: &mut Vm) -> PyResult<Option<ObjRef>> {
        if self.its.is_empty() {
            return Ok(None);
        }
        let mut out = Vec::with_capacity(self.its.len());
        for (i, it) in self.its.iter().enumerate() {
            match vm.next(it)? {
                Some(v) => out.push(v),
                None if !self.strict => return Ok(None),
                None if i > 0 => {
                    return Err(PyErr::value_error(format!(
                        "zip() argument {} is shorter than {}",
                        i + 1,
                        zip_args_text(i)
                    )))
                }
                None => {
                    for (j, other) in self.its.iter().enumerate().skip(1) {
                        if vm.next(other)?.is_some() {
                            return Err(PyErr::value_error(format!(
                                "zip() argument {} is longer than {}",
                                j + 1,
                                zip_args_text(j)
                            )));
                        }
                    }
                    return Ok(None);
                }
            }
        }
        Ok(Some(PyTuple::new(out)))
    }
}

/// `map(func, *iterables)`.
pub struct PyMap {
    func: ObjRef,
    its: Vec<ObjRef>,
}

impl PyPayload for PyMap {
    fn class() -> &'static ObjRef {
        MAP_TYPE.get()
    }
}

impl PyMap {
    fn next(&self, vm: &mut Vm) -> PyResult<Option<ObjRef>> {
        let mut args = Vec::with_capacity(self.its.len());
        for it in &self.its {
            match vm.next(it)? {
                Some(v) => args.push(v),
                None => return Ok(None),
            }
        }
        vm.call(&self.func, &args).map(Some)
    }
}

/// `filter(func, iterable)`; `func` None (or `bool`) keeps the true items.
pub struct PyFilter {
    func: Option<ObjRef>,
    it: ObjRef,
}

impl PyPayload for PyFilter {
    fn class() -> &'static ObjRef {
        FILTER_TYPE.get()
    }
}

impl PyFilter {
    fn next(&self, vm: &mut Vm) -> PyResult<Option<ObjRef>> {
        while let Some(x) = vm.next(&self.it)? {
            let keep = match &self.func {
                None => vm.is_true(&x)?,
                Some(f) => {
                    let r = vm.call(f, std::slice::from_ref(&x))?;
                    vm.is_true(&r)?
                }
            };
            if keep {
                return Ok(Some(x));
            }
        }
        Ok(None)
    }
}

/// `reversed(seq)` for sequences without `__reversed__`: `seq[len-1]`, ..., `seq[0]`.
pub struct PyReversed {
    seq: Mutex<Option<ObjRef>>,
    index: AtomicIsize,
}

impl PyPayload for PyReversed {
    fn class() -> &'static ObjRef {
        REVERSED_TYPE.get()
    }
}

impl PyReversed {
    fn next(&self, vm: &mut Vm) -> PyResult<Option<ObjRef>> {
        let Some(seq) = self.seq.lock().clone() else { return Ok(None) };
        let i = self.index.fetch_sub(1, Relaxed);
        if i >= 0 {
            match vm.get_item(&seq, &PyInt::new(i as i64)) {
                Ok(v) => return Ok(Some(v)),
                Err(e) if is_index_or_stop(&e) => {}
                Err(e) => return Err(e),
            }
        }
        self.index.store(-1, Relaxed);
        *self.seq.lock() = None;
        Ok(None)
    }
}

// --- dispatch ---

/// Advance a Rust-implemented iterator whatever its class; None if `it` is not one.
#[inline]
fn advance(vm: &mut Vm, it: &ObjRef) -> Option<PyResult<Option<ObjRef>>> {
    if let Some(l) = it.downcast_ref::<PyListIter>() {
        return Some(Ok(l.next()));
    }
    if let Some(r) = it.downcast_ref::<crate::types::range::PyRangeIter>() {
        return Some(Ok(r.next()));
    }
    if let Some(g) = it.downcast_ref::<crate::vm::generator::PyGenerator>() {
        return Some(g.next(vm, it));
    }
    if let Some(t) = it.downcast_ref::<PyTupleIter>() {
        return Some(Ok(t.next()));
    }
    if let Some(e) = it.downcast_ref::<PyEnumerate>() {
        return Some(e.next(vm));
    }
    if let Some(z) = it.downcast_ref::<PyZip>() {
        return Some(z.next(vm));
    }
    if let Some(m) = it.downcast_ref::<PyMap>() {
        return Some(m.next(vm));
    }
    if let Some(f) = it.downcast_ref::<PyFilter>() {
        return Some(f.next(vm));
    }
    if let Some(l) = it.downcast_ref::<PyListRevIter>() {
        return Some(Ok(l.next()));
    }
    if let Some(r) = it.downcast_ref::<PyReversed>() {
        return Some(r.next(vm));
    }
    if let Some(r) = it.downcast_ref::<crate::types::range::PyLongRangeIter>() {
        return Some(Ok(r.next()));
    }
    if let Some(s) = it.downcast_ref::<PySeqIter>() {
        return Some(s.next(vm));
    }
    if let Some(s) = it.downcast_ref::<PyCallableIter>() {
        return Some(s.next(vm));
    }
    crate::types::iter_native_hook(vm, it)
}

/// Is `it` an instance of a Python subclass of a subclassable builtin iterator?
fn is_iter_subclass(it: &ObjRef) -> bool {
    let c = it.class();
    let exact = [&ENUMERATE_TYPE, &ZIP_TYPE, &MAP_TYPE, &FILTER_TYPE, &REVERSED_TYPE];
    (it.is::<PyEnumerate>() || it.is::<PyZip>() || it.is::<PyMap>() || it.is::<PyFilter>() || it.is::<PyReversed>())
        && !exact.iter().any(|t| c.is_same(t.get()))
}

/// Advance a Rust-implemented iterator; None if `it` is not one (or is an
/// instance of a Python subclass, whose `__next__` may be overridden).
#[inline]
pub fn next_native(vm: &mut Vm, it: &ObjRef) -> Option<PyResult<Option<ObjRef>>> {
    if let Some(l) = it.downcast_ref::<PyListIter>() {
        return Some(Ok(l.next()));
    }
    if is_iter_subclass(it) {
        return None;
    }
    advance(vm, it)
}

// --- constructors ---

fn new_instance<T: PyPayload>(cls: &ObjRef, exact: &'static TypeCell, payload: T) -> ObjRef {
    if cls.is_same(exact.get()) {
        ObjRef::new(payload)
    } else {
        ObjRef::new_with(payload, cls.clone(), None)
    }
}

fn enumerate_new(vm: &mut Vm, args: Args) -> PyResult {
    let rest = Args::new(&args.items[1..], args.kwnames);
    for (k, _) in rest.kwargs() {
        if k != "iterable" && k != "start" {
            return Err(PyErr::type_error(format!("'{k}' is an invalid keyword argument for enumerate()")));
        }
    }
    let a = rest.bind("enumerate", &["iterable", "start"], 1)?;
    let Some(iterable) = &a[0] else { return Err(PyErr::type_error("enumerate() missing required argument 'iterable'")) };
    let count = match &a[1] {
        None => Count::Small(0),
        Some(s) => {
            let b = crate::types::slice::index_bigint(vm, s)?;
            match i64::try_from(&b) {
                Ok(v) => Count::Small(v),
                Err(_) => Count::Big(b),
            }
        }
    };
    let it = vm.iter(iterable)?;
    Ok(new_instance(&args.items[0], &ENUMERATE_TYPE, PyEnumerate { it, count: Mutex::new(count) }))
}

fn zip_new(vm: &mut Vm, args: Args) -> PyResult {
    let mut strict = false;
    for (k, v) in args.kwargs() {
        if k != "strict" {
            return Err(PyErr::type_error(format!("'{k}' is an invalid keyword argument for zip()")));
        }
        strict = vm.is_true(v)?;
    }
    let mut its = Vec::with_capacity(args.positional().len());
    for x in &args.positional()[1..] {
        its.push(vm.iter(x)?);
    }
    Ok(new_instance(&args.items[0], &ZIP_TYPE, PyZip { its, strict }))
}

fn map_new(vm: &mut Vm, args: Args) -> PyResult {
    if args.has_kwargs() {
        return Err(PyErr::type_error("map() takes no keyword arguments"));
    }
    if args.items.len() < 3 {
        return Err(PyErr::type_error("map() must have at least two arguments."));
    }
    let mut its = Vec::with_capacity(args.items.len() - 2);
    for x in &args.items[2..] {
        its.push(vm.iter(x)?);
    }
    Ok(new_instance(&args.items[0], &MAP_TYPE, PyMap { func: args.items[1].clone(), its }))
}

fn filter_new(vm: &mut Vm, args: Args) -> PyResult {
    if args.has_kwargs() {
        return Err(PyErr::type_error("filter() takes no keyword arguments"));
    }
    let a = Args::positional_only(&args.items[1..]).exact("filter", 2)?;
    let f = &a[0];
    let func = if f.is_none() || f.is_same(crate::types::singletons::bool_type()) { None } else { Some(f.clone()) };
    let it = vm.iter(&a[1])?;
    Ok(new_instance(&args.items[0], &FILTER_TYPE, PyFilter { func, it }))
}

fn reversed_new(vm: &mut Vm, args: Args) -> PyResult {
    if args.has_kwargs() {
        return Err(PyErr::type_error("reversed() takes no keyword arguments"));
    }
    let a = Args::positional_only(&args.items[1..]).exact("reversed", 1)?;
    let seq = &a[0];
    if let Some(m) = vm.lookup_special(seq, "__reversed__") {
        if m.is_none() {
            return Err(not_reversible(seq));
        }
        return vm.call_unbound(&m, seq, &[]);
    }
    if vm.lookup_special(seq, "__getitem__").is_none() || seq.is::<crate::types::dict::PyDict>() {
        return Err(not_reversible(seq));
    }
    let n = vm.len(seq)?;
    let payload = PyReversed { seq: Mutex::new(Some(seq.clone())), index: AtomicIsize::new(n as isize - 1) };
    Ok(new_instance(&args.items[0], &REVERSED_TYPE, payload))
}

#[cold]
fn not_reversible(o: &ObjRef) -> PyErr {
    PyErr::type_error(format!("'{}' object is not reversible", type_name(o)))
}

/// `__length_hint__` of the list iterator (used by `operator.length_hint`).
fn list_iter_length_hint(_vm: &mut Vm, args: Args) -> PyResult {
    let n = args.items[0].downcast_ref::<PyListIter>().map_or(0, |l| l.remaining());
    Ok(PyInt::new(n as i64))
}

fn set_new(t: &ObjRef, name: &'static str, f: crate::types::native::NativeFn) {
    crate::types::native::add_new(t, name, f);
}

pub fn init() {
    SEQ_ITER_TYPE.set(new_builtin_type("iterator", None, 0));
    CALLABLE_ITER_TYPE.set(new_builtin_type("callable_iterator", None, 0));
    LIST_ITER_TYPE.set(new_builtin_type("list_iterator", None, 0));
    LIST_REVITER_TYPE.set(new_builtin_type("list_reverseiterator", None, 0));
    TUPLE_ITER_TYPE.set(new_builtin_type("tuple_iterator", None, 0));
    ENUMERATE_TYPE.set(new_builtin_type("enumerate", None, flags::BASETYPE));
    ZIP_TYPE.set(new_builtin_type("zip", None, flags::BASETYPE));
    MAP_TYPE.set(new_builtin_type("map", None, flags::BASETYPE));
    FILTER_TYPE.set(new_builtin_type("filter", None, flags::BASETYPE));
    REVERSED_TYPE.set(new_builtin_type("reversed", None, flags::BASETYPE));
    for t in [
        &SEQ_ITER_TYPE,
        &CALLABLE_ITER_TYPE,
        &LIST_ITER_TYPE,
        &LIST_REVITER_TYPE,
        &TUPLE_ITER_TYPE,
        &ENUMERATE_TYPE,
        &ZIP_TYPE,
        &MAP_TYPE,
        &FILTER_TYPE,
        &REVERSED_TYPE,
    ] {
        add_methods(t.get(), &[("__iter__", iter_self), ("__next__", iter_next)]);
    }
    add_methods(LIST_ITER_TYPE.get(), &[("__length_hint__", list_iter_length_hint)]);
    set_new(ENUMERATE_TYPE.get(), "enumerate", enumerate_new);
    set_new(ZIP_TYPE.get(), "zip", zip_new);
    set_new(MAP_TYPE.get(), "map", map_new);
    set_new(FILTER_TYPE.get(), "filter", filter_new);
    set_new(REVERSED_TYPE.get(), "reversed", reversed_new);
}

/// `__iter__` of every iterator: itself.
pub fn iter_self(_vm: &mut Vm, args: Args) -> PyResult {
    args.items.first().cloned().ok_or_else(|| PyErr::type_error("__iter__ needs self"))
}

/// `__next__` of Rust iterators: the native step, with StopIteration at the end.
pub fn iter_next(vm: &mut Vm, args: Args) -> PyResult {
    let it = args.items.first().ok_or_else(|| PyErr::type_error("__next__ needs self"))?;
    match advance(vm, it) {
        Some(r) => r?.ok_or_else(|| PyErr::stop_iteration(None)),
        None => Err(PyErr::type_error("not a native iterator")),
    }
}
