//! `dict`: the insertion-ordered hash map, shared by instance `__dict__`s,
//! module globals, type namespaces and Python-level dicts.
//!
//! All state sits in one `Table` behind the dict's lock. Keys whose equality
//! Rust can decide (`native_eq`: str, int, float, bool, None, tuples of those)
//! are found under the lock in one probe; other keys are compared with Python
//! `__eq__` after the lock is released, and the probe is retried if the table
//! changed meanwhile. No Python code ever runs while the lock is held.

pub mod iter;
pub mod lock;
pub mod methods;
#[cfg(rc_mode = "biased")]
pub mod snapshot;
pub mod table;
pub mod views;

use crate::error::PyResult;
use crate::object::{ObjRef, PyPayload};
use crate::types::float::PyFloat;
use crate::types::int::PyInt;
use crate::types::str::{str_hash, PyStr};
use crate::types::tuple::PyTuple;
use crate::types::{singletons, TypeCell};
use crate::vm::Vm;
use table::{Probe, Table};

pub static DICT_TYPE: TypeCell = TypeCell::new();

#[derive(Default)]
pub struct PyDict {
    pub table: lock::TableLock,
}

impl PyPayload for PyDict {
    fn class() -> &'static ObjRef {
        DICT_TYPE.get()
    }
}

/// Equality of two keys when Rust can decide it without running Python code.
pub fn native_eq(a: &ObjRef, b: &ObjRef) -> Option<bool> {
    if a.is_same(b) {
        return Some(true);
    }
    let (ta, tb) = (a.class(), b.class());
    if let (Some(x), Some(y)) = (a.downcast_ref::<PyStr>(), b.downcast_ref::<PyStr>()) {
        if ta.is_same(PyStr::class()) && tb.is_same(PyStr::class()) {
            return Some(x.as_str() == y.as_str());
        }
        return None;
    }
    let exact_num = |t: &ObjRef| {
        t.is_same(PyInt::class()) || t.is_same(singletons::bool_type()) || t.is_same(PyFloat::class())
    };
    if exact_num(ta) && exact_num(tb) {
        return Some(crate::types::float::numeric_eq(a, b));
    }
    if let (Some(x), Some(y)) = (a.downcast_ref::<PyTuple>(), b.downcast_ref::<PyTuple>()) {
        if ta.is_same(PyTuple::class()) && tb.is_same(PyTuple::class()) {
            if x.len() != y.len() {
                return Some(false);
            }
            for (p, q) in x.iter().zip(y.iter()) {
                match native_eq(p, q)? {
                    true => {}
                    false => return Some(false),
                }
            }
            return Some(true);
        }
        return None;
    }
    let builtin = |t: &ObjRef| {
        exact_num(t) || t.is_same(PyStr::class()) || t.is_same(PyTuple::class()) || t.is_same(singletons::none_type())
    };
    if builtin(ta) && builtin(tb) {
        return Some(false);
    }
    None
}

impl PyDict {
    pub fn new() -> PyDict {
        PyDict::default()
    }

    pub fn with_capacity(n: usize) -> PyDict {
        PyDict { table: lock::TableLock::new(Table::with_capacity(n)) }
    }

    /// A new empty dict object.
    pub fn new_ref() -> ObjRef {
        ObjRef::new(PyDict::new())
    }

    pub fn len(&self) -> usize {
        self.table.lock().used
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    // --- str-keyed access (namespaces); never runs Python code ---

    pub fn get_str(&self, name: &str) -> Option<ObjRef> {
        let hash = str_hash(name);
        let t = self.table.lock();
        let pos = t.probe_str(hash, |k| k.downcast_ref::<PyStr>().is_some_and(|s| s.as_str() == name))?;
        t.entries[pos].as_ref().map(|e| e.value.clone())
    }

    /// Look up an attribute name (a str object, usually interned): its cached
    /// hash and identity make this the fast path for namespaces.
    #[inline]
    pub fn get_name(&self, name: &ObjRef) -> Option<ObjRef> {
        match name.downcast_ref::<PyStr>() {
            Some(s) if name.class().is_same(PyStr::class()) => {
                let hash = s.hash();
                if !self.table.maybe_contains(hash) {
                    return None;
                }
                let t = self.table.lock();
                let pos = t.probe_str(hash, |k| k.is_same(name) || k.downcast_ref::<PyStr>().is_some_and(|k| k.as_str() == s.as_str()))?;
                t.entries[pos].as_ref().map(|e| e.value.clone())
            }
            _ => self.get_native(name),
        }
    }

    /// `get_name` on the dict object `me` that another thread may share: reads
    /// its read snapshot if it has one (biased builds), and counts locked reads
    /// towards publishing one.
    #[inline]
    pub fn get_name_of(&self, me: &ObjRef, name: &ObjRef) -> Option<ObjRef> {
        let Some(s) = name.downcast_ref::<PyStr>().filter(|_| name.class().is_same(PyStr::class())) else {
            return self.get_native(name);
        };
        let hash = s.hash();
        if !self.table.maybe_contains(hash) {
            return None;
        }
        #[cfg(rc_mode = "biased")]
        if let Some(snap) = self.table.snapshot() {
            match snap.find_name(name, s.as_str(), hash) {
                snapshot::Lookup::Missing => return None,
                // SAFETY: a snapshot's values are flagged; we are inside one operation.
                snapshot::Lookup::Found(p) => {
                    if let Some(v) = unsafe { ObjRef::try_from_shared_ptr(p) } {
                        return Some(v);
                    }
                }
                snapshot::Lookup::NeedLock => {}
            }
        }
        let t = self.table.lock();
        let pos = t.probe_str(hash, |k| k.is_same(name) || k.downcast_ref::<PyStr>().is_some_and(|k| k.as_str() == s.as_str()));
        let v = pos.and_then(|pos| t.entries[pos].as_ref().map(|e| e.value.clone()));
        self.table.note_locked_read(me, &t);
        v
    }

    pub fn set_str(&self, name: &str, value: ObjRef) {
        let key = PyStr::new(name);
        self.set_native(key, value);
    }

    pub fn del_str(&self, name: &str) -> Option<ObjRef> {
        let hash = str_hash(name);
        let mut t = self.table.lock();
        let pos = t.probe_str(hash, |k| k.downcast_ref::<PyStr>().is_some_and(|s| s.as_str() == name))?;
        t.remove_at(pos).map(|e| e.value)
    }

    /// Insert a key whose hash and equality are native (str, int, ...), no VM needed.
    pub fn set_native(&self, key: ObjRef, value: ObjRef) {
        let hash = native_hash(&key).expect("set_native needs a natively hashable key");
        let mut t = self.table.lock();
        match t.probe(&key, hash, native_eq) {
            Probe::Found(pos) => {
                if let Some(e) = t.entries[pos].as_mut() {
                    let old = std::mem::replace(&mut e.value, value);
                    drop(t);
                    drop(old);
                }
            }
            Probe::Missing { .. } => t.push(hash, key, value),
        }
    }

    /// Look up a key whose hash and equality are native (e.g. an interned name); no VM needed.
    #[inline]
    pub fn get_native(&self, key: &ObjRef) -> Option<ObjRef> {
        let hash = native_hash(key)?;
        let t = self.table.lock();
        match t.probe(key, hash, native_eq) {
            Probe::Found(pos) => t.entries[pos].as_ref().map(|e| e.value.clone()),
            Probe::Missing { .. } => None,
        }
    }

    // --- general access; may run `__hash__` / `__eq__` of keys ---

    /// Position of `key` (or its absence) and the table version the answer holds for,
    /// comparing with Python `__eq__` where needed.
    fn find(&self, vm: &mut Vm, key: &ObjRef, hash: i64) -> PyResult<(Option<usize>, u64)> {
        'retry: loop {
            let (pending, version) = {
                let t = self.table.lock();
                match t.probe(key, hash, native_eq) {
                    Probe::Found(pos) => return Ok((Some(pos), t.version)),
                    Probe::Missing { pending } if pending.is_empty() => return Ok((None, t.version)),
                    Probe::Missing { pending } => (pending, t.version),
                }
            };
            for (pos, k) in pending {
                let equal = vm.eq(&k, key)?;
                if self.table.lock().version != version {
                    continue 'retry;
                }
                if equal {
                    return Ok((Some(pos), version));
                }
            }
            return Ok((None, version));
        }
    }

    pub fn get_item(&self, vm: &mut Vm, key: &ObjRef) -> PyResult<Option<ObjRef>> {
        let hash = vm.hash(key)?;
        self.get_item_hashed(vm, key, hash)
    }

    /// `get_item` on the dict object `me` that another thread may share (see `get_name_of`).
    pub fn get_item_of(&self, vm: &mut Vm, me: &ObjRef, key: &ObjRef) -> PyResult<Option<ObjRef>> {
        let hash = vm.hash(key)?;
        #[cfg(rc_mode = "biased")]
        if let Some(snap) = self.table.snapshot() {
            match snap.find(key, hash) {
                snapshot::Lookup::Missing => return Ok(None),
                // SAFETY: a snapshot's values are flagged; we are inside one operation.
                snapshot::Lookup::Found(p) => {
                    if let Some(v) = unsafe { ObjRef::try_from_shared_ptr(p) } {
                        return Ok(Some(v));
                    }
                }
                snapshot::Lookup::NeedLock => {}
            }
        }
        let v = self.get_item_hashed(vm, key, hash)?;
        #[cfg(rc_mode = "biased")]
        if self.table.wants_snapshot(me) {
            self.table.note_locked_read(me, &self.table.lock());
        }
        #[cfg(not(rc_mode = "biased"))]
        let _ = me;
        Ok(v)
    }

    pub fn get_item_hashed(&self, vm: &mut Vm, key: &ObjRef, hash: i64) -> PyResult<Option<ObjRef>> {
        loop {
            let (found, version) = self.find(vm, key, hash)?;
            let Some(pos) = found else { return Ok(None) };
            let t = self.table.lock();
            if t.version == version {
                return Ok(t.entries[pos].as_ref().map(|e| e.value.clone()));
            }
        }
    }

    pub fn set_item(&self, vm: &mut Vm, key: ObjRef, value: ObjRef) -> PyResult<()> {
        let hash = vm.hash(&key)?;
        self.set_item_hashed(vm, key, hash, value)
    }

    pub fn set_item_hashed(&self, vm: &mut Vm, key: ObjRef, hash: i64, value: ObjRef) -> PyResult<()> {
        loop {
            let (found, version) = self.find(vm, &key, hash)?;
            let mut t = self.table.lock();
            if t.version != version {
                continue;
            }
            match found {
                Some(pos) => {
                    let old = t.entries[pos].as_mut().map(|e| std::mem::replace(&mut e.value, value));
                    drop(t);
                    drop(old);
                }
                None => t.push(hash, key, value),
            }
            return Ok(());
        }
    }

    /// Remove `key`, returning its value (None if absent).
    pub fn del_item(&self, vm: &mut Vm, key: &ObjRef) -> PyResult<Option<ObjRef>> {
        let hash = vm.hash(key)?;
        loop {
            let (found, version) = self.find(vm, key, hash)?;
            let Some(pos) = found else { return Ok(None) };
            let mut t = self.table.lock();
            if t.version == version {
                let e = t.remove_at(pos);
                drop(t);
                return Ok(e.map(|e| e.value));
            }
        }
    }

    /// `d.setdefault(key, default)`: the value of `key`, inserting `default` if absent.
    pub fn setdefault(&self, vm: &mut Vm, key: ObjRef, default: ObjRef) -> PyResult<ObjRef> {
        let hash = vm.hash(&key)?;
        loop {
            let (found, version) = self.find(vm, &key, hash)?;
            let mut t = self.table.lock();
            if t.version != version {
                continue;
            }
            return Ok(match found {
                Some(pos) => t.entries[pos].as_ref().map_or(default, |e| e.value.clone()),
                None => {
                    t.push(hash, key, default.clone());
                    default
                }
            });
        }
    }

    pub fn contains(&self, vm: &mut Vm, key: &ObjRef) -> PyResult<bool> {
        Ok(self.get_item(vm, key)?.is_some())
    }

    /// A snapshot of the items, in order.
    pub fn items(&self) -> Vec<(ObjRef, ObjRef)> {
        self.table.lock().iter().map(|e| (e.key.clone(), e.value.clone())).collect()
    }

    pub fn keys(&self) -> Vec<ObjRef> {
        self.table.lock().iter().map(|e| e.key.clone()).collect()
    }

    pub fn values(&self) -> Vec<ObjRef> {
        self.table.lock().iter().map(|e| e.value.clone()).collect()
    }

    pub fn clear(&self) {
        let old = self.table.lock().clear();
        drop(old);
    }

    /// A shallow copy.
    pub fn copy(&self) -> PyDict {
        let t = self.table.lock();
        let mut n = Table::with_capacity(t.used);
        for e in t.iter() {
            n.push(e.hash, e.key.clone(), e.value.clone());
        }
        PyDict { table: lock::TableLock::new(n) }
    }

    /// Add every item of `other` (a dict) into this one.
    pub fn update_from(&self, vm: &mut Vm, other: &PyDict) -> PyResult<()> {
        let items: Vec<(i64, ObjRef, ObjRef)> =
            other.table.lock().iter().map(|e| (e.hash, e.key.clone(), e.value.clone())).collect();
        for (h, k, v) in items {
            self.set_item_hashed(vm, k, h, v)?;
        }
        Ok(())
    }
}

/// The hash of keys whose hash needs no Python code (exact str, int, float, bool, None, tuples of them).
pub fn native_hash(key: &ObjRef) -> Option<i64> {
    let t = key.class();
    if t.is_same(PyStr::class()) {
        return key.downcast_ref::<PyStr>().map(|s| s.hash());
    }
    if t.is_same(PyInt::class()) || t.is_same(singletons::bool_type()) {
        return key.downcast_ref::<PyInt>().map(|i| i.hash());
    }
    if t.is_same(PyFloat::class()) {
        return key.downcast_ref::<PyFloat>().map(|f| crate::types::float::hash_float(f.0));
    }
    if t.is_same(singletons::none_type()) {
        return Some(0xFCA86420 >> 4);
    }
    if t.is_same(PyTuple::class()) {
        let tup = key.downcast_ref::<PyTuple>()?;
        let mut hashes = Vec::with_capacity(tup.len());
        for item in tup.iter() {
            hashes.push(native_hash(item)?);
        }
        return Some(crate::types::tuple::hash_of_hashes(&hashes));
    }
    None
}

/// Called early in start-up (before method descriptors exist): nothing to do yet.
pub fn init_methods() {}

/// The dict's methods, views and iterators; called once native descriptors exist.
pub fn init() {
    iter::init();
    views::init();
    methods::init();
}
