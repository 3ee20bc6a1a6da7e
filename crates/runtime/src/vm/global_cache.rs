//! The global-name cache of a code object: one slot per name, read without
//! locks by every thread that runs the code.
//!
//! `LoadGlobal` otherwise probes the module's globals dict and then the
//! builtins dict, each behind its lock; threads that run the same functions
//! would all take the same two locks on every global name they read. A slot
//! remembers the value found together with the write counts of both dicts
//! (`dict/lock.rs`) at the time of the lookup; while neither dict has been
//! written since, the value is still the right answer. Without a GIL only
//! immortal values are cached (builtins, and the functions, classes and
//! modules a module defines, which are deferred: `object/deferred.rs`); under
//! a GIL any value is (`deferred::cacheable`). `biased` builds also cache any
//! value while only one thread has ever run Python, marked as *borrowed*: a
//! borrowed slot reads as empty once a second thread exists (the spawning
//! thread says so before the spawn, `rc::allocate_thread_id`), because only
//! then could another thread free the value. Only immortal dicts (module
//! namespaces) are cached, so their addresses identify them forever. Each
//! slot is a small seqlock, as in `types/type_cache.rs`: a torn or racing slot
//! reads as empty.

use std::sync::atomic::{fence, AtomicU32, AtomicU64, AtomicUsize, Ordering::*};

use crate::object::ObjRef;
use crate::types::dict::PyDict;

/// Low bit of a slot's value: borrowed while single-threaded (see the module doc).
#[cfg(rc_mode = "biased")]
const BORROWED: usize = 1;

#[derive(Default)]
struct Slot {
    seq: AtomicU32,
    globals: AtomicUsize,
    globals_writes: AtomicU64,
    builtins_writes: AtomicU64,
    value: AtomicUsize,
}

/// One slot per entry of a code object's `names`.
pub struct GlobalCache {
    slots: Box<[Slot]>,
}

/// The dicts' write counts read before a lookup (for `GlobalCache::put`).
pub struct Stamp {
    globals_writes: u64,
    builtins_writes: u64,
}

impl GlobalCache {
    pub fn new(names: usize) -> GlobalCache {
        GlobalCache { slots: (0..names).map(|_| Slot::default()).collect() }
    }

    /// The cached value of name `i` in `globals` / `builtins`, if still valid.
    #[inline]
    pub fn get(&self, i: usize, globals: &ObjRef, g: &PyDict, b: &PyDict) -> Option<ObjRef> {
        let slot = self.slots.get(i)?;
        let s1 = slot.seq.load(Acquire);
        if s1 & 1 != 0 {
            return None;
        }
        let valid = slot.globals.load(Relaxed) == globals.as_ptr() as usize
            && slot.globals_writes.load(Relaxed) == g.table.writes()
            && slot.builtins_writes.load(Relaxed) == b.table.writes();
        let value = slot.value.load(Relaxed);
        fence(Acquire);
        if !valid || value == 0 || slot.seq.load(Relaxed) != s1 {
            return None;
        }
        #[cfg(rc_mode = "biased")]
        let value = if value & BORROWED == 0 {
            value
        } else if crate::object::qsbr::multithreaded() {
            return None;
        } else {
            value & !BORROWED
        };
        // SAFETY: the value is immortal, or still held by the dict whose unchanged
        // write count we just checked with no other thread running (GIL builds,
        // and borrowed slots while this is the only thread there has been).
        Some(unsafe { ObjRef::clone_from_ptr(value as *const crate::object::Header) })
    }

    /// Read the dicts' write counts; call before the lookup whose result goes to `put`.
    #[inline]
    pub fn stamp(g: &PyDict, b: &PyDict) -> Stamp {
        Stamp { globals_writes: g.table.writes(), builtins_writes: b.table.writes() }
    }

    /// Remember `value` for name `i` if a cache may hold it (`deferred::cacheable`)
    /// and both namespaces are immortal.
    pub fn put(&self, i: usize, globals: &ObjRef, builtins: &ObjRef, stamp: Stamp, value: &ObjRef) {
        if !(globals.is_immortal() && builtins.is_immortal()) {
            return;
        }
        let stored = value.as_ptr() as usize;
        let lendable = crate::object::deferred::cacheable(value);
        #[cfg(rc_mode = "biased")]
        let (stored, lendable) = match lendable || crate::object::qsbr::multithreaded() {
            true => (stored, lendable),
            false => (stored | BORROWED, true),
        };
        if !lendable {
            return;
        }
        let Some(slot) = self.slots.get(i) else { return };
        let s = slot.seq.load(Relaxed);
        if s & 1 != 0 || slot.seq.compare_exchange(s, s + 1, Acquire, Relaxed).is_err() {
            return;
        }
        fence(Release);
        slot.globals.store(globals.as_ptr() as usize, Relaxed);
        slot.globals_writes.store(stamp.globals_writes, Relaxed);
        slot.builtins_writes.store(stamp.builtins_writes, Relaxed);
        slot.value.store(stored, Relaxed);
        slot.seq.store(s + 2, Release);
    }
}
