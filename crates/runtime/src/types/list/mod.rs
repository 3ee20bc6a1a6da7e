//! `list`: a mutable sequence behind its own lock.
//!
//! Every access takes the lock for the duration of one Rust operation only;
//! code that must call Python (comparisons in `sort`, `index`, `==`) copies
//! what it needs out first, or re-reads one item at a time, so a list's lock
//! is never held across Python code.
//!
//! In `biased` builds a list also counts its writes, and a list that other
//! threads keep reading publishes a read snapshot (`types/read_snapshot.rs`):
//! `item` then reads without the lock.
//!
//! `methods.rs` holds the Python-visible methods, `sort.rs` the merge sort.

mod methods;
pub use methods::bool_arg;
pub mod sort;

use std::ops::{Deref, DerefMut};

use parking_lot::{Mutex, MutexGuard};

use crate::object::{ObjRef, PyPayload};
use crate::types::TypeCell;

pub static LIST_TYPE: TypeCell = TypeCell::new();

#[derive(Default)]
pub struct PyList {
    items: Mutex<Vec<ObjRef>>,
    /// Bumped (under the lock) by every guard that was used for writing.
    #[cfg(rc_mode = "biased")]
    writes: std::sync::atomic::AtomicU64,
    #[cfg(rc_mode = "biased")]
    snapshot: crate::types::read_snapshot::SnapshotCell<ListSnapshot>,
}

/// The items of a list at one moment, for lock-free readers.
#[cfg(rc_mode = "biased")]
pub struct ListSnapshot {
    writes: u64,
    items: Box<[*const crate::object::Header]>,
}

// SAFETY: the pointers are only read, and only through `try_from_shared_ptr`.
#[cfg(rc_mode = "biased")]
unsafe impl Send for ListSnapshot {}

#[cfg(rc_mode = "biased")]
impl crate::types::read_snapshot::Snapshot for ListSnapshot {
    fn writes(&self) -> u64 {
        self.writes
    }
}

/// The locked items of a list; a guard used mutably counts as one write.
pub struct ListGuard<'a> {
    guard: MutexGuard<'a, Vec<ObjRef>>,
    #[cfg(rc_mode = "biased")]
    list: &'a PyList,
    #[cfg(rc_mode = "biased")]
    wrote: bool,
}

impl Deref for ListGuard<'_> {
    type Target = Vec<ObjRef>;
    #[inline(always)]
    fn deref(&self) -> &Vec<ObjRef> {
        &self.guard
    }
}

impl DerefMut for ListGuard<'_> {
    #[inline(always)]
    fn deref_mut(&mut self) -> &mut Vec<ObjRef> {
        #[cfg(rc_mode = "biased")]
        {
            self.wrote = true;
        }
        &mut self.guard
    }
}

#[cfg(rc_mode = "biased")]
impl Drop for ListGuard<'_> {
    #[inline]
    fn drop(&mut self) {
        if self.wrote {
            use std::sync::atomic::Ordering::*;
            // Under the lock: no other writer, so a plain store suffices.
            self.list.writes.store(self.list.writes.load(Relaxed) + 1, Release);
        }
    }
}

impl PyPayload for PyList {
    fn class() -> &'static ObjRef {
        LIST_TYPE.get()
    }
}

impl PyList {
    pub fn from_vec(items: Vec<ObjRef>) -> PyList {
        PyList { items: Mutex::new(items), ..PyList::default() }
    }

    pub fn new(items: Vec<ObjRef>) -> ObjRef {
        ObjRef::new(PyList::from_vec(items))
    }

    /// Lock the items. Never call Python code while holding the guard.
    #[inline(always)]
    pub fn lock(&self) -> ListGuard<'_> {
        ListGuard {
            guard: self.items.lock(),
            #[cfg(rc_mode = "biased")]
            list: self,
            #[cfg(rc_mode = "biased")]
            wrote: false,
        }
    }

    /// `list[i]` (negative `i` counts from the end) of the list object `me`,
    /// lock-free where the list publishes a read snapshot; None if out of range.
    #[inline]
    pub fn item(&self, me: &ObjRef, i: i64) -> Option<ObjRef> {
        #[cfg(rc_mode = "biased")]
        if let Some(s) = self.snapshot.current(&self.writes) {
            let n = s.items.len() as i64;
            let idx = if i < 0 { i + n } else { i };
            if idx < 0 || idx >= n {
                return None;
            }
            // SAFETY: snapshot items are flagged and we are inside one operation.
            if let Some(v) = unsafe { ObjRef::try_from_shared_ptr(s.items[idx as usize]) } {
                return Some(v);
            }
        }
        self.item_locked(me, i)
    }

    fn item_locked(&self, _me: &ObjRef, i: i64) -> Option<ObjRef> {
        let items = self.items.lock();
        let idx = if i < 0 { i + items.len() as i64 } else { i };
        let v = if idx >= 0 { items.get(idx as usize).cloned() } else { None };
        #[cfg(rc_mode = "biased")]
        if self.snapshot.wants_snapshot(_me) && self.snapshot.count_locked_read(items.len()) {
            self.publish_snapshot(&items);
        }
        v
    }

    /// Publish the items for lock-free readers (under the lock).
    #[cfg(rc_mode = "biased")]
    #[cold]
    fn publish_snapshot(&self, items: &[ObjRef]) {
        for x in items {
            x.mark_maybe_shared();
        }
        let writes = self.writes.load(std::sync::atomic::Ordering::Relaxed);
        self.snapshot.install(Box::new(ListSnapshot { writes, items: items.iter().map(ObjRef::as_ptr).collect() }));
    }

    pub fn len(&self) -> usize {
        self.items.lock().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn snapshot(&self) -> Vec<ObjRef> {
        self.items.lock().clone()
    }

    pub fn get(&self, i: usize) -> Option<ObjRef> {
        self.items.lock().get(i).cloned()
    }

    pub fn push(&self, v: ObjRef) {
        self.lock().push(v);
    }

    /// Replace the whole contents; the old items are dropped after the lock is released.
    pub fn replace(&self, items: Vec<ObjRef>) -> Vec<ObjRef> {
        std::mem::replace(&mut *self.lock(), items)
    }
}

pub fn init() {
    LIST_TYPE.set(crate::types::typeobj::new_builtin_type("list", None, crate::types::typeobj::flags::BASETYPE));
}

/// Methods are added after `native::init` (method descriptors need their type).
pub fn init_methods() {
    methods::register(LIST_TYPE.get());
}
