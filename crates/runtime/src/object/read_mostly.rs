//! `ReadMostlySlot`: an optional object reference that every call reads and
//! almost nothing replaces — a function's `__defaults__` and `__kwdefaults__`.
//!
//! Readers borrow the value for one Rust operation (`with`) without a lock and
//! without counting a reference, so threads calling the same function do not
//! write to a shared lock word or count. That is safe where a replaced value
//! cannot be freed under a reader: under a GIL (the replacing thread cannot
//! run meanwhile) and in `biased` builds (the old value is flagged, so its
//! memory outlives a grace period, `qsbr.rs`). `atomic` builds, which lock on
//! every access by definition, take the slot's lock instead.

use std::mem::ManuallyDrop;
use std::ptr;
use std::sync::atomic::{AtomicPtr, Ordering::*};

use super::{Header, ObjRef};

pub struct ReadMostlySlot {
    ptr: AtomicPtr<Header>,
    #[cfg(rc_mode = "atomic")]
    lock: parking_lot::Mutex<()>,
}

fn into_ptr(v: Option<ObjRef>) -> *mut Header {
    v.map_or(ptr::null_mut(), |v| v.into_raw() as *mut Header)
}

impl ReadMostlySlot {
    pub fn new(v: Option<ObjRef>) -> ReadMostlySlot {
        ReadMostlySlot {
            ptr: AtomicPtr::new(into_ptr(v)),
            #[cfg(rc_mode = "atomic")]
            lock: parking_lot::Mutex::new(()),
        }
    }

    /// Run `f` on the current value, borrowed. `f` must not run Python code.
    #[inline]
    pub fn with<R>(&self, f: impl FnOnce(Option<&ObjRef>) -> R) -> R {
        #[cfg(rc_mode = "atomic")]
        let _guard = self.lock.lock();
        let p = self.ptr.load(Acquire);
        if p.is_null() {
            return f(None);
        }
        // SAFETY: the slot's reference keeps the value alive while it is
        // installed, and a replaced value outlives every reader (module doc).
        // The borrowed ObjRef is never dropped.
        let v = ManuallyDrop::new(unsafe { ObjRef::from_raw(p) });
        f(Some(&v))
    }

    /// A counted reference to the current value.
    pub fn get(&self) -> Option<ObjRef> {
        self.with(|v| v.cloned())
    }

    /// Install `v`; the old value is released after the swap (biased builds:
    /// once a grace period has passed, if that was its last reference).
    pub fn replace(&self, v: Option<ObjRef>) {
        #[cfg(rc_mode = "atomic")]
        let guard = self.lock.lock();
        let old = self.ptr.swap(into_ptr(v), AcqRel);
        #[cfg(rc_mode = "atomic")]
        drop(guard);
        if !old.is_null() {
            // SAFETY: the slot owned the old pointer's reference.
            let old = unsafe { ObjRef::from_raw(old) };
            #[cfg(rc_mode = "biased")]
            old.mark_maybe_shared();
            drop(old);
        }
    }
}

impl Drop for ReadMostlySlot {
    fn drop(&mut self) {
        let p = *self.ptr.get_mut();
        if !p.is_null() {
            // SAFETY: the slot owns one reference; nobody reads a dropped slot.
            drop(unsafe { ObjRef::from_raw(p) });
        }
    }
}
