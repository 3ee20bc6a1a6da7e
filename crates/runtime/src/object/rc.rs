//! Reference counting: the one place that touches an object's counts, with
//! one strategy per build mode (chosen at compile time by `GILFREE_MODE`, so
//! no mode pays for another in its hot path).
//!
//! Contract (every strategy keeps it):
//! - `incref(h)` makes one more reference to a live object; it never fails.
//! - `decref(h)` gives one reference back and returns `true` exactly once per
//!   object: for the call that dropped the last reference. The caller must then
//!   deallocate and must not touch the object again.
//! - Immortal objects (`local == IMMORTAL`) are never counted and never freed.
//!
//! Strategies:
//! - `gil`: one plain count (`local`), changed with an ordinary load and store;
//!   correct because the GIL lets only one thread run Python at a time.
//! - `gil-atomic` and `atomic`: one count changed with atomic read-modify-write
//!   instructions (`lock xadd`) on every incref and decref.
//! - `biased` (Choi, Shull, Torrellas, PACT 2018): the creating thread (`owner`)
//!   counts in `local` with plain loads and stores; every other thread uses the
//!   atomic `shared` word, which holds a count (in units of `SHARED_ONE`) and two
//!   flags. When a non-owner's decref drives the shared count below zero, the
//!   object is queued to its owner (`brc::queue_to_owner`, `QUEUED` flag), which
//!   merges the two counts at its next safe point. When the owner's local count
//!   reaches zero while others still hold references, the owner gives the object
//!   up (`MERGED` flag, `owner = 0`) and from then on only `shared` counts.
//!   Exactly one thread observes the combined count reach zero, through a
//!   compare-and-swap on `shared`, and frees the object.
//! - Lock-free readers (`biased` only): a container that other threads read
//!   publishes a snapshot of raw item pointers (`types/read_snapshot.rs`); its
//!   items are flagged `MAYBE_SHARED` first. A reader takes its reference with
//!   `try_incref`, which fails once the object is dead (`MERGED` with a zero
//!   count), and a flagged object's memory is freed only after every thread has
//!   passed a quiescent state (`qsbr.rs`), so a reader never touches freed memory.
//!   A flagged object can only die through a compare-and-swap on `shared`.

use std::cell::Cell;

// From `sync` (std's normally, loom's in the loom model test).
use super::sync::atomic::{AtomicI64, AtomicU32, Ordering::*};

/// `local` value that marks an immortal object.
pub const IMMORTAL: u32 = u32::MAX;

/// Where the count starts in the `shared` word (the low three bits are flags).
pub const SHARED_SHIFT: u32 = 3;
/// One reference in the `shared` word.
pub const SHARED_ONE: i64 = 1 << SHARED_SHIFT;
/// The object sits in its owner's merge queue.
pub const QUEUED: i64 = 1;
/// The owner gave the object up: `shared` alone holds its count.
pub const MERGED: i64 = 2;
/// A lock-free reader may hold a raw pointer to the object: free it only after
/// a grace period (`qsbr.rs`), and never without a compare-and-swap on `shared`.
pub const MAYBE_SHARED: i64 = 4;

/// The name of the mode this binary was built for.
pub const MODE: &str = env!("GILFREE_BUILT_MODE");

/// Does this build run Python under a global interpreter lock?
pub const HAS_GIL: bool = cfg!(any(rc_mode = "gil", rc_mode = "gil_atomic"));

/// The counting half of an object header (16 bytes).
#[repr(C)]
pub struct RefCount {
    owner: AtomicU32,
    local: AtomicU32,
    shared: AtomicI64,
}

/// `THREAD_ID` of a thread that has no id yet. No object's `owner` is ever
/// this value (objects take their owner from `current_thread_id`), so the
/// refcount fast paths compare `owner` with the raw thread-local and need no
/// "assigned yet?" test: an unassigned thread simply never owns anything.
const UNASSIGNED: u32 = u32::MAX;

super::sync::thread_local! {
    static THREAD_ID: Cell<u32> = const { Cell::new(UNASSIGNED) };
}

// A std atomic even under loom: ids only need to be unique, also across model executions.
static NEXT_THREAD_ID: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(1);

/// The small id of the calling thread (never 0, never reused), assigned on first use.
#[inline(always)]
pub fn current_thread_id() -> u32 {
    let id = THREAD_ID.with(|c| c.get());
    if id != UNASSIGNED {
        id
    } else {
        assign_thread_id()
    }
}

/// Does the calling thread own an object whose `owner` field reads `owner`?
/// (False for merged and immortal objects, `owner == 0`, and for a thread
/// without an id.)
#[cfg(rc_mode = "biased")]
#[inline(always)]
fn owned_by_me(owner: u32) -> bool {
    owner == THREAD_ID.with(|c| c.get())
}

/// A thread starts running Python: register it for the biased merge queues.
pub fn thread_started() {
    #[cfg(rc_mode = "biased")]
    super::brc::thread_start();
    #[cfg(all(rc_mode = "biased", not(gilfree_loom)))]
    super::qsbr::thread_start();
}

/// A thread stops running Python: merge its queue and leave the registry.
pub fn thread_finished() {
    #[cfg(rc_mode = "biased")]
    super::brc::thread_exit();
    #[cfg(all(rc_mode = "biased", not(gilfree_loom)))]
    super::qsbr::thread_exit();
}

/// Merge the calling thread's queued objects (a safe point).
pub fn merge_at_safe_point() {
    #[cfg(rc_mode = "biased")]
    super::brc::merge_pending();
}

/// Reserve a thread id for a thread about to be started (by the thread that
/// starts it: from here on the process counts as multithreaded).
pub fn allocate_thread_id() -> u32 {
    #[cfg(all(rc_mode = "biased", not(gilfree_loom)))]
    super::qsbr::second_thread_coming();
    NEXT_THREAD_ID.fetch_add(1, Relaxed)
}

/// Make `id` (from `allocate_thread_id`) the calling thread's id; call first thing in the thread.
pub fn adopt_thread_id(id: u32) {
    THREAD_ID.with(|c| c.set(id));
}

#[cold]
#[inline(never)]
fn assign_thread_id() -> u32 {
    let id = NEXT_THREAD_ID.fetch_add(1, Relaxed);
    THREAD_ID.with(|c| c.set(id));
    id
}

impl RefCount {
    /// A count of one, owned by the calling thread.
    #[inline]
    pub fn new() -> RefCount {
        let owner = if cfg!(rc_mode = "biased") { current_thread_id() } else { 0 };
        RefCount { owner: AtomicU32::new(owner), local: AtomicU32::new(1), shared: AtomicI64::new(0) }
    }

    pub fn new_immortal() -> RefCount {
        RefCount { owner: AtomicU32::new(0), local: AtomicU32::new(IMMORTAL), shared: AtomicI64::new(0) }
    }

    #[inline(always)]
    pub fn is_immortal(&self) -> bool {
        self.local.load(Relaxed) == IMMORTAL
    }

    pub fn make_immortal(&self) {
        self.local.store(IMMORTAL, Relaxed);
    }

    /// Total references (approximate while other threads run): `sys.getrefcount`.
    pub fn total(&self) -> i64 {
        let local = self.local.load(Relaxed);
        if local == IMMORTAL {
            return u32::MAX as i64;
        }
        local as i64 + (self.shared.load(Relaxed) >> SHARED_SHIFT)
    }
}

impl Default for RefCount {
    fn default() -> Self {
        RefCount::new()
    }
}

// --- gil: plain counting -------------------------------------------------

#[cfg(rc_mode = "gil")]
impl RefCount {
    #[inline(always)]
    pub fn incref(&self) {
        let local = self.local.load(Relaxed);
        if local != IMMORTAL {
            self.local.store(local + 1, Relaxed);
        }
    }

    #[inline(always)]
    pub fn decref(&self) -> bool {
        let local = self.local.load(Relaxed);
        if local == IMMORTAL {
            return false;
        }
        self.local.store(local - 1, Relaxed);
        local == 1
    }
}

// --- gil-atomic and atomic: every change is an atomic RMW ----------------

#[cfg(any(rc_mode = "gil_atomic", rc_mode = "atomic"))]
impl RefCount {
    #[inline(always)]
    pub fn incref(&self) {
        if self.local.load(Relaxed) != IMMORTAL {
            self.local.fetch_add(1, Relaxed);
        }
    }

    #[inline(always)]
    pub fn decref(&self) -> bool {
        if self.local.load(Relaxed) == IMMORTAL {
            return false;
        }
        if self.local.fetch_sub(1, Release) == 1 {
            std::sync::atomic::fence(Acquire);
            return true;
        }
        false
    }
}

// --- biased ---------------------------------------------------------------

#[cfg(rc_mode = "biased")]
impl RefCount {
    #[inline(always)]
    pub fn incref(&self) {
        let local = self.local.load(Relaxed);
        if local == IMMORTAL {
            return;
        }
        if owned_by_me(self.owner.load(Relaxed)) {
            self.local.store(local + 1, Relaxed);
        } else {
            self.shared.fetch_add(SHARED_ONE, Relaxed);
        }
    }

    #[inline(always)]
    pub fn decref(&self) -> bool {
        let local = self.local.load(Relaxed);
        if local == IMMORTAL {
            return false;
        }
        if owned_by_me(self.owner.load(Relaxed)) {
            if local > 1 {
                self.local.store(local - 1, Relaxed);
                return false;
            }
            self.local.store(0, Relaxed);
            self.owner_released_last_local()
        } else {
            self.shared_decref()
        }
    }

    /// The owner's local count reached zero: free the object, or give it up to
    /// the shared count if other threads still hold references.
    #[cold]
    #[inline(never)]
    fn owner_released_last_local(&self) -> bool {
        self.owner.store(0, Relaxed);
        let mut v = self.shared.load(Acquire);
        if v == 0 {
            // No other thread counts it (local + shared = 0) and, unflagged, no
            // lock-free reader can start to: the common single-thread death needs no CAS.
            return true;
        }
        loop {
            let new = v | MERGED;
            match self.shared.compare_exchange_weak(v, new, AcqRel, Acquire) {
                // A count of zero: nobody else holds it. (If it is queued, the
                // queue still points to it: the merge will free it instead.)
                Ok(_) => return v >> SHARED_SHIFT == 0 && v & QUEUED == 0,
                Err(cur) => v = cur,
            }
        }
    }

    /// A decref by a thread that does not own the object.
    #[cold]
    #[inline(never)]
    fn shared_decref(&self) -> bool {
        let mut v = self.shared.load(Relaxed);
        loop {
            let mut new = v - SHARED_ONE;
            let mut enqueue = false;
            if new & MERGED == 0 && new >> SHARED_SHIFT < 0 && new & QUEUED == 0 {
                new |= QUEUED;
                enqueue = true;
            }
            match self.shared.compare_exchange_weak(v, new, AcqRel, Relaxed) {
                Ok(_) => {
                    if enqueue {
                        super::brc::queue_to_owner(self, self.owner.load(Relaxed));
                        return false;
                    }
                    return new & MERGED != 0 && new >> SHARED_SHIFT == 0 && new & QUEUED == 0;
                }
                Err(cur) => v = cur,
            }
        }
    }

    /// Fold the local count into the shared one (by the owner at a safe point,
    /// or by anyone once the owner has exited). True if the object is now dead.
    pub fn merge(&self) -> bool {
        let local = self.local.swap(0, Relaxed) as i64;
        self.owner.store(0, Relaxed);
        let mut v = self.shared.load(Acquire);
        loop {
            let new = ((v >> SHARED_SHIFT) + local) << SHARED_SHIFT | MERGED | (v & MAYBE_SHARED);
            match self.shared.compare_exchange_weak(v, new, AcqRel, Acquire) {
                Ok(_) => return new >> SHARED_SHIFT == 0,
                Err(cur) => v = cur,
            }
        }
    }

    pub fn owner(&self) -> u32 {
        self.owner.load(Relaxed)
    }

    /// Ask the owner to fold its local count into the shared one at its next
    /// safe point (or do it now if the owner has exited). Another thread may
    /// stop counting an object (`deferred::defer_if_shared_global`) only once
    /// it is merged: from then on no thread writes its local count with the
    /// owner's plain stores, which could overwrite the immortal mark.
    pub fn request_merge(&self) {
        let mut v = self.shared.load(Relaxed);
        while v & (QUEUED | MERGED) == 0 {
            match self.shared.compare_exchange_weak(v, v | QUEUED, AcqRel, Relaxed) {
                Ok(_) => return super::brc::queue_to_owner(self, self.owner.load(Relaxed)),
                Err(cur) => v = cur,
            }
        }
    }

    /// Flag the object for lock-free readers (before a raw pointer to it is published).
    #[inline]
    pub fn mark_maybe_shared(&self) {
        if self.local.load(Relaxed) != IMMORTAL && self.shared.load(Relaxed) & MAYBE_SHARED == 0 {
            self.shared.fetch_or(MAYBE_SHARED, Relaxed);
        }
    }

    /// Must the object's memory outlive a grace period once it is dead?
    #[inline]
    pub fn maybe_shared(&self) -> bool {
        self.shared.load(Relaxed) & MAYBE_SHARED != 0
    }

    /// Take a reference to an object read through a raw pointer (a flagged
    /// object, or one whose memory a grace period keeps); false if it is
    /// already dead. The caller must not have passed a quiescent state since
    /// it read the pointer.
    #[inline]
    pub fn try_incref(&self) -> bool {
        let local = self.local.load(Relaxed);
        if local == IMMORTAL {
            return true;
        }
        if owned_by_me(self.owner.load(Relaxed)) {
            // Only this thread could have freed it (directly or by merging), and
            // it was alive when its pointer was read.
            self.local.store(local + 1, Relaxed);
            return true;
        }
        let mut v = self.shared.load(Relaxed);
        loop {
            if v & MERGED != 0 && v >> SHARED_SHIFT <= 0 {
                return false;
            }
            match self.shared.compare_exchange_weak(v, v + SHARED_ONE, Acquire, Relaxed) {
                Ok(_) => return true,
                Err(cur) => v = cur,
            }
        }
    }
}

#[cfg(not(rc_mode = "biased"))]
impl RefCount {
    pub fn merge(&self) -> bool {
        false
    }

    /// Only biased builds have lock-free readers.
    #[inline(always)]
    pub fn maybe_shared(&self) -> bool {
        false
    }
}

