//! Reference counting: the one place that touches an object's counts.
//!
//! Contract (every strategy keeps it):
//! - `incref(h)` makes one more reference to a live object; it never fails.
//! - `decref(h)` gives one reference back and returns `true` exactly once per
//!   object: for the call that dropped the last reference. The caller must then
//!   deallocate and must not touch the object again.
//! - Immortal objects (`local == IMMORTAL`) are never counted and never freed.
//!
//! The layout leaves room for biased reference counting (Choi et al., PACT 2018):
//! `owner` is the small id of the thread that created the object, `local` its
//! plain (non-atomic in effect: relaxed load + store, never an RMW) count, and
//! `shared` the atomic count used by every other thread. Today only the owner
//! path is exercised with one thread; other threads' increfs and decrefs go to
//! `shared`, and an object is freed when both counts reach zero. The queueing of
//! objects whose shared count goes negative to their owner and the merge at
//! thread exit belong to the threading issue and must land here, not elsewhere.

use std::cell::Cell;
use std::sync::atomic::{AtomicI64, AtomicU32, Ordering::*};

/// `local` value that marks an immortal object.
pub const IMMORTAL: u32 = u32::MAX;

/// The counting half of an object header (16 bytes).
#[repr(C)]
pub struct RefCount {
    owner: AtomicU32,
    local: AtomicU32,
    shared: AtomicI64,
}

thread_local! {
    static THREAD_ID: Cell<u32> = const { Cell::new(0) };
}

static NEXT_THREAD_ID: AtomicU32 = AtomicU32::new(1);

/// The small id of the calling thread (never 0), assigned on first use.
#[inline(always)]
pub fn current_thread_id() -> u32 {
    let id = THREAD_ID.with(|c| c.get());
    if id != 0 {
        id
    } else {
        assign_thread_id()
    }
}

#[cold]
#[inline(never)]
fn assign_thread_id() -> u32 {
    let id = NEXT_THREAD_ID.fetch_add(1, Relaxed);
    THREAD_ID.with(|c| c.set(id));
    id
}

impl RefCount {
    /// A count of one owned by the calling thread.
    #[inline]
    pub fn new() -> RefCount {
        RefCount { owner: AtomicU32::new(current_thread_id()), local: AtomicU32::new(1), shared: AtomicI64::new(0) }
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

    #[inline(always)]
    pub fn incref(&self) {
        let local = self.local.load(Relaxed);
        if local == IMMORTAL {
            return;
        }
        if self.owner.load(Relaxed) == current_thread_id() {
            self.local.store(local + 1, Relaxed);
        } else {
            self.shared.fetch_add(1, Relaxed);
        }
    }

    /// Returns true when the last reference is gone.
    #[inline(always)]
    pub fn decref(&self) -> bool {
        let local = self.local.load(Relaxed);
        if local == IMMORTAL {
            return false;
        }
        if self.owner.load(Relaxed) == current_thread_id() {
            if local > 1 {
                self.local.store(local - 1, Relaxed);
                return false;
            }
            self.owner_released_last_local()
        } else {
            self.shared_decref()
        }
    }

    /// The owner's local count hit zero: the object dies unless other threads hold it.
    #[cold]
    #[inline(never)]
    fn owner_released_last_local(&self) -> bool {
        if self.shared.load(Acquire) == 0 {
            self.local.store(0, Relaxed);
            return true;
        }
        // Other threads hold references: hand the object over to the shared count.
        self.owner.store(0, Relaxed);
        self.local.store(0, Relaxed);
        false
    }

    #[cold]
    #[inline(never)]
    fn shared_decref(&self) -> bool {
        let prev = self.shared.fetch_sub(1, AcqRel);
        prev == 1 && self.owner.load(Acquire) == 0 && self.local.load(Acquire) == 0
    }

    /// Total references (approximate while other threads run): `sys.getrefcount`.
    pub fn total(&self) -> i64 {
        let local = self.local.load(Relaxed);
        if local == IMMORTAL {
            return u32::MAX as i64;
        }
        local as i64 + self.shared.load(Relaxed)
    }
}

impl Default for RefCount {
    fn default() -> Self {
        RefCount::new()
    }
}
