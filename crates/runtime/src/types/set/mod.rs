//! `set` and `frozenset`: one payload (`PySet`), two classes. A frozenset is
//! never mutated once its constructor returns, so its hash is cached.
//!
//! The elements live in a `SetTable` (CPython's table layout, so iteration
//! order matches `python3` for deterministic hashes) behind the set's lock.
//! Elements whose equality Rust decides (`dict::native_eq`) are found in one
//! probe under the lock; for others the lock is released, Python `__eq__`
//! runs, and the probe resumes — or restarts if the table changed meanwhile.
//! No Python code (`__eq__`, `__hash__`, iteration of an argument) ever runs
//! while a set's lock is held, and no code holds two set locks at once.

pub mod algebra;
pub mod iter;
pub mod methods;
pub mod table;

use std::sync::atomic::{AtomicI64, Ordering::Relaxed};

use parking_lot::{Mutex, MutexGuard};

use crate::error::PyResult;
use crate::object::{ObjRef, PyPayload};
use crate::types::dict::{native_eq, PyDict};
use crate::types::typeobj::{flags, is_subtype, new_builtin_type};
use crate::types::TypeCell;
use crate::vm::Vm;
use table::{SetTable, Step};

pub static SET_TYPE: TypeCell = TypeCell::new();
pub static FROZENSET_TYPE: TypeCell = TypeCell::new();

/// The frozenset hash is not computed yet.
const NO_HASH: i64 = -1;

pub struct PySet {
    table: Mutex<SetTable>,
    /// Cached `hash()` of a frozenset (`NO_HASH` until first asked).
    hash: AtomicI64,
}

impl Default for PySet {
    fn default() -> Self {
        PySet { table: Mutex::new(SetTable::new()), hash: AtomicI64::new(NO_HASH) }
    }
}

impl PyPayload for PySet {
    fn class() -> &'static ObjRef {
        SET_TYPE.get()
    }
}

/// Is `o` a set or frozenset (or an instance of a subclass)?
pub fn is_anyset(o: &ObjRef) -> bool {
    o.is::<PySet>()
}

/// Is `o` a frozenset (or an instance of a subclass of it)?
pub fn is_frozen(o: &ObjRef) -> bool {
    is_subtype(o.class(), FROZENSET_TYPE.get())
}

/// An empty set object of class `cls`.
pub fn new_of_class(cls: &ObjRef) -> ObjRef {
    ObjRef::new_with(PySet::new(), cls.clone(), None)
}

/// An empty exact set (or frozenset) matching the base type of `like`
/// (CPython's `make_new_set_basetype`: results of set algebra drop subclasses).
pub fn new_basetype_of(like: &ObjRef) -> ObjRef {
    if is_frozen(like) {
        new_of_class(FROZENSET_TYPE.get())
    } else {
        ObjRef::new(PySet::new())
    }
}

impl PySet {
    pub fn new() -> PySet {
        PySet::default()
    }

    pub fn len(&self) -> usize {
        self.table.lock().used
    }

    /// Replace this set's contents with `other`'s table, as it is (layout included).
    pub fn replace_contents(&self, other: PySet) {
        let table = std::mem::replace(&mut *other.table.lock(), SetTable::new());
        let old = std::mem::replace(&mut *self.table.lock(), table);
        drop(old);
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The elements in iteration order (a snapshot).
    pub fn items(&self) -> Vec<ObjRef> {
        self.table.lock().entries().map(|(_, k)| k.clone()).collect()
    }

    /// `(hash, element)` pairs in iteration order (a snapshot).
    pub fn entries(&self) -> Vec<(i64, ObjRef)> {
        self.table.lock().entries().map(|(h, k)| (h, k.clone())).collect()
    }

    pub(crate) fn lock(&self) -> MutexGuard<'_, SetTable> {
        self.table.lock()
    }

    /// Find `key`: `Found(slot)` or `Absent(slot to insert at)`, with the lock
    /// held so the answer stays true while the caller acts on it.
    fn find(&self, vm: &mut Vm, key: &ObjRef, hash: i64) -> PyResult<(MutexGuard<'_, SetTable>, Step)> {
        'restart: loop {
            let mut t = self.table.lock();
            let version = t.version;
            let mut lk = t.lookup(hash);
            loop {
                match t.scan(&mut lk, key, hash, native_eq) {
                    Step::Compare(slot, other) => {
                        drop(t);
                        let equal = vm.eq(&other, key)?;
                        drop(other);
                        t = self.table.lock();
                        if t.version != version {
                            continue 'restart;
                        }
                        if equal {
                            return Ok((t, Step::Found(slot)));
                        }
                    }
                    answer => return Ok((t, answer)),
                }
            }
        }
    }

    pub fn add(&self, vm: &mut Vm, item: ObjRef) -> PyResult<()> {
        let hash = vm.hash(&item)?;
        self.add_hashed(vm, item, hash)?;
        Ok(())
    }

    /// Add `item` whose hash is known; true if it was new.
    pub fn add_hashed(&self, vm: &mut Vm, item: ObjRef, hash: i64) -> PyResult<bool> {
        let (mut t, step) = self.find(vm, &item, hash)?;
        match step {
            Step::Absent(slot) => {
                t.insert_at(slot, item, hash);
                Ok(true)
            }
            _ => Ok(false),
        }
    }

    /// A set laid out as CPython lays out a constant literal of three or more
    /// items (`{10, 20, 30, 40, 50}`): its compiler folds them into a frozenset
    /// and the new set merges that in, which sizes the table differently from
    /// adding the items one by one (`BuildSet` of computed values).
    pub fn from_constant_items(vm: &mut Vm, items: Vec<ObjRef>) -> PyResult<PySet> {
        let folded = PySet::new();
        for x in items {
            folded.add(vm, x)?;
        }
        if folded.len() < 3 {
            return Ok(folded);
        }
        let out = PySet::new();
        out.table.lock().merge_into_empty(&folded.table.lock());
        Ok(out)
    }

    pub fn contains(&self, vm: &mut Vm, item: &ObjRef) -> PyResult<bool> {
        let hash = vm.hash(item)?;
        self.contains_hashed(vm, item, hash)
    }

    pub fn contains_hashed(&self, vm: &mut Vm, item: &ObjRef, hash: i64) -> PyResult<bool> {
        let (_t, step) = self.find(vm, item, hash)?;
        Ok(matches!(step, Step::Found(_)))
    }

    /// Remove `item` if present; returns the removed element.
    pub fn discard_hashed(&self, vm: &mut Vm, item: &ObjRef, hash: i64) -> PyResult<Option<ObjRef>> {
        let (mut t, step) = self.find(vm, item, hash)?;
        match step {
            Step::Found(slot) => {
                let old = t.remove_at(slot);
                drop(t);
                Ok(old)
            }
            _ => Ok(None),
        }
    }

    /// Remove every element (dropped after the lock is released).
    pub fn clear(&self) {
        let old = self.table.lock().clear();
        drop(old);
    }

    /// Remove and return an arbitrary element.
    pub fn pop(&self) -> Option<ObjRef> {
        self.table.lock().pop()
    }

    /// Replace the contents with those of `other` (swapping tables; `other` gets
    /// ours). Each keeps its `pop()` finger, as in CPython.
    pub fn swap_bodies(&self, other: &PySet) {
        let mine = std::mem::take(&mut *self.table.lock());
        let (my_finger, my_version) = (mine.finger, mine.version);
        let mut theirs = {
            let mut o = other.table.lock();
            let mut theirs = std::mem::replace(&mut *o, mine);
            o.finger = theirs.finger;
            o.version = theirs.version.wrapping_add(1);
            theirs.finger = my_finger;
            theirs.version = my_version.wrapping_add(1);
            theirs
        };
        // Finders that saw the placeholder table (version 0) must retry too.
        theirs.version = theirs.version.max(1).wrapping_add(1);
        let old = std::mem::replace(&mut *self.table.lock(), theirs);
        drop(old);
    }

    /// A plain copy of the table (the slots share their elements).
    fn snapshot_table(&self) -> SetTable {
        self.table.lock().clone()
    }

    /// The frozenset hash, computed once.
    pub fn frozen_hash(&self) -> i64 {
        let h = self.hash.load(Relaxed);
        if h != NO_HASH {
            return h;
        }
        let h = self.table.lock().hash();
        self.hash.store(h, Relaxed);
        h
    }

    /// Both frozenset hashes are cached and differ (so the sets cannot be equal).
    pub fn hash_differs(&self, other: &PySet) -> bool {
        let (a, b) = (self.hash.load(Relaxed), other.hash.load(Relaxed));
        a != NO_HASH && b != NO_HASH && a != b
    }

    /// Add every element of `other` (CPython's `set_update_internal`): sets and
    /// exact dicts reuse their stored hashes, anything else is iterated.
    pub fn update_from(&self, vm: &mut Vm, this: &ObjRef, other: &ObjRef) -> PyResult<()> {
        if let Some(o) = other.downcast_ref::<PySet>() {
            if other.is_same(this) {
                return Ok(());
            }
            let theirs = o.snapshot_table();
            if theirs.used == 0 {
                return Ok(());
            }
            {
                let mut t = self.table.lock();
                if t.fill == 0 {
                    t.merge_into_empty(&theirs);
                    return Ok(());
                }
                t.reserve_for(theirs.used);
            }
            for (h, k) in theirs.entries() {
                self.add_hashed(vm, k.clone(), h)?;
            }
            return Ok(());
        }
        if other.class().is_same(PyDict::class()) {
            if let Some(d) = other.downcast_ref::<PyDict>() {
                let entries: Vec<(i64, ObjRef)> = d.table.lock().iter().map(|e| (e.hash, e.key.clone())).collect();
                self.table.lock().reserve_for(entries.len());
                for (h, k) in entries {
                    self.add_hashed(vm, k, h)?;
                }
                return Ok(());
            }
        }
        let it = vm.iter(other)?;
        while let Some(x) = vm.next(&it)? {
            self.add(vm, x)?;
        }
        Ok(())
    }
}

/// A new set of exact class set/frozenset (per `like`) holding the elements of `src`.
pub fn copy_basetype(vm: &mut Vm, like: &ObjRef) -> PyResult<ObjRef> {
    let r = new_basetype_of(like);
    if let Some(s) = r.downcast_ref::<PySet>() {
        s.update_from(vm, &r, like)?;
    }
    Ok(r)
}

pub fn init() {
    SET_TYPE.set(new_builtin_type("set", None, flags::BASETYPE));
    FROZENSET_TYPE.set(new_builtin_type("frozenset", None, flags::BASETYPE));
    iter::init();
    methods::init();
}
