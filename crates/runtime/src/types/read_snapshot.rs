//! Lock-free reads of shared lists and dicts (`biased` builds): a container
//! that other threads keep reading publishes an immutable *read snapshot* of
//! its items — raw pointers, no references — stamped with the container's
//! write counter. A reader that finds the stamp equal to the counter knows the
//! snapshot equals the container at that moment, takes its reference to the
//! item with `try_incref` and never touches the container's lock; threads
//! that only read a dict or list share its cache lines in peace.
//!
//! Why nothing read here is ever freed memory:
//! - every object a snapshot points to is flagged `MAYBE_SHARED` before the
//!   snapshot is published, so once dead it keeps its memory (and its
//!   contents: a str key can still be compared) until a grace period has passed
//!   (`object/qsbr.rs`), and `try_incref` sees that it is dead;
//! - a replaced snapshot is retired through the same grace period; the
//!   container's own drop frees its snapshot at once (a reader holds a
//!   reference to the container, so none can be reading it then).
//!
//! Policy: a snapshot is built under the container's lock by a read that could
//! not use one, once a program has more than one thread, when the container is
//! owned by another thread or already had a snapshot, and after enough such
//! reads to pay for the copy (a container written as often as it is read keeps
//! using its lock). `-X rc=biased,no-lockfree` switches all of it off. Other
//! builds compile the cell to nothing: `gil` and `gil-atomic` need no lock-free
//! reads, and `atomic` is defined as locking on every access.

/// A published copy of a container's items.
pub trait Snapshot: Send + 'static {
    /// The container's write counter when the copy was taken.
    fn writes(&self) -> u64;
}

#[cfg(rc_mode = "biased")]
pub use lockfree::SnapshotCell;

#[cfg(rc_mode = "biased")]
mod lockfree {
    use std::sync::atomic::{AtomicPtr, AtomicU32, AtomicU64, Ordering::*};

    use super::Snapshot;
    use crate::object::{deferred, qsbr, rc, ObjRef};

    /// Where a container keeps its read snapshot.
    pub struct SnapshotCell<S: Snapshot> {
        ptr: AtomicPtr<S>,
        /// Reads that took the lock since the last build (counted under the lock).
        locked_reads: AtomicU32,
    }

    impl<S: Snapshot> Default for SnapshotCell<S> {
        fn default() -> Self {
            SnapshotCell { ptr: AtomicPtr::new(std::ptr::null_mut()), locked_reads: AtomicU32::new(0) }
        }
    }

    impl<S: Snapshot> SnapshotCell<S> {
        /// The snapshot, if one is published and still equal to the container
        /// whose write counter is `writes`. Valid until the calling thread's
        /// next quiescent state: use it within one operation.
        #[inline(always)]
        pub fn current(&self, writes: &AtomicU64) -> Option<&S> {
            let p = self.ptr.load(Acquire);
            if p.is_null() {
                return None;
            }
            // SAFETY: a published snapshot is freed only after a grace period
            // (or with the container, which the caller holds a reference to).
            let s = unsafe { &*p };
            (s.writes() == writes.load(Acquire)).then_some(s)
        }

        /// Should a read of `container` that could not use a snapshot count
        /// towards building one? (Cheap, without the lock.)
        #[inline]
        pub fn wants_snapshot(&self, container: &ObjRef) -> bool {
            qsbr::multithreaded() && self.wants_snapshot_slow(container)
        }

        #[cold]
        #[inline(never)]
        fn wants_snapshot_slow(&self, container: &ObjRef) -> bool {
            deferred::lockfree_enabled()
                && (!self.ptr.load(Relaxed).is_null() || container.owner_thread() != rc::current_thread_id())
        }

        /// Count one such read of a container of `len` items, under its lock:
        /// true when enough reads took the lock to pay for building (and
        /// `install`ing) a snapshot now.
        pub fn count_locked_read(&self, len: usize) -> bool {
            let reads = self.locked_reads.load(Relaxed) + 1;
            let build = reads as usize > len / 8 + 4;
            self.locked_reads.store(if build { 0 } else { reads }, Relaxed);
            build
        }

        /// Publish `s` (built under the container's lock, its objects already
        /// flagged); the snapshot it replaces is freed after a grace period.
        pub fn install(&self, s: Box<S>) {
            let old = self.ptr.swap(Box::into_raw(s), AcqRel);
            if !old.is_null() {
                // SAFETY: `old` came from Box::into_raw in an earlier install and is unpublished now.
                qsbr::retire(unsafe { Box::from_raw(old) });
            }
        }
    }

    impl<S: Snapshot> Drop for SnapshotCell<S> {
        fn drop(&mut self) {
            let p = *self.ptr.get_mut();
            if !p.is_null() {
                // SAFETY: the container is being dropped, so nobody reads through it.
                drop(unsafe { Box::from_raw(p) });
            }
        }
    }
}
