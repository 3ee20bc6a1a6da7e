//! Quiescent-state-based reclamation (QSBR), for the lock-free readers of
//! `biased` builds: memory that a reader may still hold a raw pointer into (an
//! old read snapshot of a container, a dead object that was in one) is
//! *retired* instead of freed, and freed once every thread that runs Python
//! has passed a quiescent state — a moment at which it holds no such pointer.
//!
//! A reader holds raw pointers only inside one Rust operation (`list[i]`,
//! `d[k]`), so every safe point of the eval loop is quiescent, and so is all
//! the time a thread spends blocked (`Vm::allow_threads`) or not yet started.
//! Readers pay nothing: the costs fall on the rare retiring thread.
//!
//! Protocol: a global sequence `GLOBAL` only grows. Retiring an item advances
//! it and tags the item with the new value (its *goal*). Each registered thread
//! publishes in its slot the value of `GLOBAL` it saw at its last quiescent
//! state, or 0 while it is offline (blocked). An item may be freed once every
//! online slot shows at least its goal. A thread going online (or reporting a
//! quiescent state) stores its slot and then issues a SeqCst fence before it
//! reads any shared pointer; a retiring thread unpublishes the item before it
//! advances `GLOBAL`. So a reader that still saw the old pointer is online with
//! a slot below the goal, and the item waits for it.
//!
//! While anything is retired the eval breaker's `RECLAIM` request stays up, so
//! every thread reports a quiescent state at its next safe point and the owner
//! of retired items frees them soon after. Items left by an exiting thread go
//! to a shared orphan list that any thread's reclaim pass also serves.

use std::cell::RefCell;
use std::sync::atomic::{fence, AtomicBool, AtomicU64, AtomicUsize, Ordering::*};
use std::sync::Arc;

use parking_lot::Mutex;

use crate::vm::breaker;

/// Something whose memory readers may still see; dropping it frees it.
pub type Retired = Box<dyn Send>;

static GLOBAL: AtomicU64 = AtomicU64::new(1);
/// Retired items not yet freed, over all threads (the `RECLAIM` request's reason).
static PENDING: AtomicUsize = AtomicUsize::new(0);
static SLOTS: Mutex<Vec<Arc<AtomicU64>>> = Mutex::new(Vec::new());
static ORPHANS: Mutex<Vec<(u64, Retired)>> = Mutex::new(Vec::new());
static HAVE_ORPHANS: AtomicBool = AtomicBool::new(false);
/// Has a second thread ever run Python? (Until then nothing is read lock-free.)
static MULTITHREADED: AtomicBool = AtomicBool::new(false);

thread_local! {
    static SLOT: RefCell<Option<Arc<AtomicU64>>> = const { RefCell::new(None) };
    static RETIRED: RefCell<Vec<(u64, Retired)>> = const { RefCell::new(Vec::new()) };
}

/// Register the calling thread as a possible reader (it starts online).
pub fn thread_start() {
    let slot = Arc::new(AtomicU64::new(GLOBAL.load(SeqCst)));
    let mut slots = SLOTS.lock();
    slots.push(slot.clone());
    if slots.len() > 1 {
        MULTITHREADED.store(true, Relaxed);
    }
    drop(slots);
    fence(SeqCst);
    SLOT.with(|s| *s.borrow_mut() = Some(slot));
}

/// The calling thread stops running Python: hand its retired items over, deregister.
pub fn thread_exit() {
    let Some(slot) = SLOT.with(|s| s.borrow_mut().take()) else { return };
    slot.store(0, Release);
    SLOTS.lock().retain(|s| !Arc::ptr_eq(s, &slot));
    hand_over_retired();
}

/// A thread is about to start another: caches that lend objects only while
/// one thread runs (`vm/global_cache.rs`) stop doing so before it exists.
pub fn second_thread_coming() {
    MULTITHREADED.store(true, SeqCst);
}

/// Has more than one thread ever run Python in this process?
#[inline]
pub fn multithreaded() -> bool {
    MULTITHREADED.load(Relaxed)
}

/// Free `item` once no reader can hold a pointer into it any more.
pub fn retire(item: Retired) {
    // The caller has already unpublished the item; SeqCst orders that first.
    let goal = GLOBAL.fetch_add(1, SeqCst) + 1;
    PENDING.fetch_add(1, Relaxed);
    let mut entry = Some((goal, item));
    // A thread that has left (or never joined) reclamation hands its items over.
    if SLOT.try_with(|s| s.borrow().is_some()).unwrap_or(false) {
        let _ = RETIRED.try_with(|r| r.borrow_mut().push(entry.take().expect("entry")));
    }
    if let Some(entry) = entry {
        ORPHANS.lock().push(entry);
        HAVE_ORPHANS.store(true, Release);
    }
    breaker::request(breaker::RECLAIM);
}

/// The calling thread holds no pointer from a lock-free read (for a blocking
/// call). Its retired items go to the orphans, so that a long wait (a `join`)
/// does not keep them, and every other thread's eval breaker, waiting.
#[inline]
pub fn go_offline() {
    SLOT.with(|s| {
        if let Some(slot) = &*s.borrow() {
            slot.store(0, Release);
        }
    });
    if RETIRED.with(|r| !r.borrow().is_empty()) {
        hand_over_retired();
    }
}

#[cold]
fn hand_over_retired() {
    let mine = RETIRED.with(|r| std::mem::take(&mut *r.borrow_mut()));
    if !mine.is_empty() {
        ORPHANS.lock().extend(mine);
        HAVE_ORPHANS.store(true, Release);
    }
}

/// The calling thread may read lock-free again (after a blocking call).
#[inline]
pub fn go_online() {
    quiescent_state();
}

/// Report a quiescent state (a safe point) without freeing anything.
fn quiescent_state() {
    SLOT.with(|s| {
        if let Some(slot) = &*s.borrow() {
            slot.store(GLOBAL.load(SeqCst), SeqCst);
        }
    });
    fence(SeqCst);
}

/// The lowest sequence value an online thread may still be reading under.
fn safe_bound() -> u64 {
    SLOTS.lock().iter().map(|s| s.load(SeqCst)).filter(|&v| v != 0).min().unwrap_or(u64::MAX)
}

/// A safe point: report a quiescent state and free what has become safe.
pub fn reclaim() {
    quiescent_state();
    let mine = RETIRED.with(|r| !r.borrow().is_empty());
    let orphaned = HAVE_ORPHANS.load(Acquire);
    if !mine && !orphaned {
        return;
    }
    let bound = safe_bound();
    let ready: Vec<Retired> = RETIRED.with(|r| take_ready(&mut r.borrow_mut(), bound));
    let orphans: Vec<Retired> = match orphaned.then(|| ORPHANS.try_lock()).flatten() {
        Some(mut o) => {
            let ready = take_ready(&mut o, bound);
            HAVE_ORPHANS.store(!o.is_empty(), Release);
            ready
        }
        None => Vec::new(),
    };
    let freed = ready.len() + orphans.len();
    // Dropping may decref (and retire) other objects: no borrow is held here.
    drop(ready);
    drop(orphans);
    if freed != 0 && PENDING.fetch_sub(freed, AcqRel) == freed {
        breaker::clear(breaker::RECLAIM);
        // A retire that raced with the clear re-raises the request itself.
        if PENDING.load(Acquire) != 0 {
            breaker::request(breaker::RECLAIM);
        }
    }
}

fn take_ready(items: &mut Vec<(u64, Retired)>, bound: u64) -> Vec<Retired> {
    let mut ready = Vec::new();
    let mut i = 0;
    while i < items.len() {
        if items[i].0 <= bound {
            ready.push(items.swap_remove(i).1);
        } else {
            i += 1;
        }
    }
    ready
}

/// Interpreter exit with no other thread running Python: free everything now.
pub fn drain_at_exit() {
    if SLOTS.lock().len() > 1 {
        // Daemon threads may still be reading: leave the memory to the process exit.
        return;
    }
    loop {
        let mut items = RETIRED.with(|r| std::mem::take(&mut *r.borrow_mut()));
        items.append(&mut ORPHANS.lock());
        if items.is_empty() {
            return;
        }
        PENDING.fetch_sub(items.len(), AcqRel);
        drop(items);
    }
}
