//! The biased-reference-counting merge queues (used only in `biased` builds).
//!
//! Every thread that runs Python registers a queue. A non-owner whose decref
//! drives an object's shared count below zero pushes the object onto its
//! owner's queue (the object's `QUEUED` flag guarantees it is queued at most
//! once) and raises the eval breaker; the owner merges its queue at its next
//! safe point (`merge_pending`) and when it exits (`thread_exit`). If the owner
//! has already exited, the queueing thread merges the object itself: a dead
//! owner never touches its local counts again. The registry lock orders a
//! queueing thread against an exiting owner, so no queued object is lost.

use std::collections::HashMap;
use std::sync::OnceLock;

// Atomics, lock and statics from `sync`: std's and parking_lot's normally,
// loom's in the loom model test (`tests/loom_biased.rs`).
use super::sync::atomic::{AtomicUsize, Ordering};
use super::sync::{global, Mutex};

use super::rc::{current_thread_id, RefCount};
use super::Header;
#[cfg(not(gilfree_loom))]
use super::dealloc_header;
// Under loom the model test frees objects itself (through this hook).
#[cfg(gilfree_loom)]
use super::sync::dealloc_header;
#[cfg(gilfree_loom)]
pub use super::sync::set_dealloc_hook;

struct Queued(*const Header);
// SAFETY: a queued pointer is kept alive by the object's QUEUED flag until merged.
unsafe impl Send for Queued {}

fn registry() -> &'static Mutex<HashMap<u32, Vec<Queued>>> {
    global! { static REG: OnceLock<Mutex<HashMap<u32, Vec<Queued>>>> = OnceLock::new(); }
    REG.get_or_init(|| Mutex::new(HashMap::new()))
}

global! {
    /// Objects queued in total and not yet merged (a cheap "anything to do?" test).
    static PENDING: AtomicUsize = AtomicUsize::new(0);
}

/// Is any object waiting in any queue?
pub fn anything_pending() -> bool {
    PENDING.load(Ordering::Relaxed) != 0
}

/// Register the calling thread as an owner that will merge its queue.
pub fn thread_start() {
    registry().lock().entry(current_thread_id()).or_default();
}

/// Merge the calling thread's queue; called at safe points.
pub fn merge_pending() {
    if PENDING.load(Ordering::Relaxed) == 0 {
        return;
    }
    let me = current_thread_id();
    let items = match registry().lock().get_mut(&me) {
        Some(q) if !q.is_empty() => std::mem::take(q),
        _ => return,
    };
    merge_all(items);
}

/// The calling thread stops running Python: merge what is queued and deregister.
pub fn thread_exit() {
    let me = current_thread_id();
    let items = registry().lock().remove(&me).unwrap_or_default();
    merge_all(items);
}

fn merge_all(items: Vec<Queued>) {
    PENDING.fetch_sub(items.len(), Ordering::Relaxed);
    for Queued(h) in items {
        // SAFETY: QUEUED kept the object alive; we are its owner (or it is dead).
        let rc: &RefCount = unsafe { &(*h).rc };
        if rc.merge() {
            // SAFETY: the merged count is zero: this is the last reference.
            unsafe { dealloc_header(h) };
        }
    }
}

/// Hand `rc`'s object to its owner for merging (its QUEUED flag is now set).
pub(super) fn queue_to_owner(rc: &RefCount, owner: u32) {
    let h = rc as *const RefCount as *const Header;
    let mut reg = registry().lock();
    match reg.get_mut(&owner) {
        Some(q) => {
            q.push(Queued(h));
            PENDING.fetch_add(1, Ordering::Relaxed);
            drop(reg);
            crate::vm::breaker::request(crate::vm::breaker::MERGE);
        }
        None => {
            drop(reg);
            if rc.merge() {
                // SAFETY: the owner exited; the merged count is zero.
                unsafe { dealloc_header(h) };
            }
        }
    }
}
