//! The lock around a dict's table, which also counts the dict's writes.
//!
//! Every mutable use of the table goes through a `TableGuard`; when a guard
//! that was used for writing is dropped (still under the lock), the dict's
//! `writes` counter goes up by one. Lock-free caches remember the counter
//! they saw and trust what they cached only while it is unchanged: the
//! global-name cache of code objects (`vm/global_cache.rs`) does this for
//! module globals and builtins. A dict that is some type's namespace is
//! *watched*: its writes also invalidate the type attribute cache
//! (`types/type_cache.rs`). The guard also publishes the table's bloom word
//! (a bit per key hash ever added), so that `maybe_contains` can prove a key
//! absent without the lock: a method looked up on an instance first makes
//! sure the instance dict does not shadow it, and shared instances would
//! otherwise have every thread take their dict's lock for that.
//! In `biased` builds the lock also keeps the dict's read snapshot
//! (`dict/snapshot.rs`), valid while the write counter is unchanged.

use std::ops::{Deref, DerefMut};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering::*};

use parking_lot::{Mutex, MutexGuard};

use super::table::Table;

#[derive(Default)]
pub struct TableLock {
    table: Mutex<Table>,
    writes: AtomicU64,
    watched: AtomicBool,
    bloom: AtomicU64,
    #[cfg(rc_mode = "biased")]
    snapshot: crate::types::read_snapshot::SnapshotCell<super::snapshot::DictSnapshot>,
}

pub struct TableGuard<'a> {
    guard: MutexGuard<'a, Table>,
    lock: &'a TableLock,
    wrote: bool,
}

impl TableLock {
    pub fn new(table: Table) -> TableLock {
        let bloom = AtomicU64::new(table.bloom);
        TableLock { table: Mutex::new(table), bloom, ..TableLock::default() }
    }

    /// The published read snapshot, if it still equals the table (lock-free).
    #[cfg(rc_mode = "biased")]
    #[inline(always)]
    pub fn snapshot(&self) -> Option<&super::snapshot::DictSnapshot> {
        self.snapshot.current(&self.writes)
    }

    /// Would a locked read of the dict object `me` count towards a snapshot? (Cheap, lock-free.)
    #[cfg(rc_mode = "biased")]
    #[inline]
    pub fn wants_snapshot(&self, me: &crate::object::ObjRef) -> bool {
        self.snapshot.wants_snapshot(me)
    }

    /// A read of the dict object `me` took the lock (`t` is its guard): count
    /// it, and publish a read snapshot when enough reads did.
    #[inline]
    pub fn note_locked_read(&self, _me: &crate::object::ObjRef, _t: &TableGuard<'_>) {
        #[cfg(rc_mode = "biased")]
        if self.snapshot.wants_snapshot(_me) && self.snapshot.count_locked_read(_t.used) {
            let s = super::snapshot::DictSnapshot::build(_t, self.writes.load(Relaxed));
            self.snapshot.install(Box::new(s));
        }
    }

    #[inline]
    pub fn lock(&self) -> TableGuard<'_> {
        TableGuard { guard: self.table.lock(), lock: self, wrote: false }
    }

    /// How many writes the dict has seen (read without the lock).
    #[inline(always)]
    pub fn writes(&self) -> u64 {
        self.writes.load(Acquire)
    }

    /// False only if no key with this hash is in the dict (read without the lock).
    #[inline(always)]
    pub fn maybe_contains(&self, hash: i64) -> bool {
        self.bloom.load(Acquire) & super::table::bloom_bit(hash) != 0
    }

    /// From now on every write invalidates the type attribute cache.
    pub fn watch_for_types(&self) {
        self.watched.store(true, Release);
    }
}

impl Deref for TableGuard<'_> {
    type Target = Table;
    #[inline(always)]
    fn deref(&self) -> &Table {
        &self.guard
    }
}

impl DerefMut for TableGuard<'_> {
    #[inline(always)]
    fn deref_mut(&mut self) -> &mut Table {
        self.wrote = true;
        &mut self.guard
    }
}

impl Drop for TableGuard<'_> {
    #[inline]
    fn drop(&mut self) {
        if self.wrote {
            // Under the lock: no other writer, so plain stores suffice.
            self.lock.bloom.store(self.guard.bloom, Release);
            self.lock.writes.store(self.lock.writes.load(Relaxed) + 1, Release);
            if self.lock.watched.load(Relaxed) {
                crate::types::type_cache::invalidate();
            }
        }
    }
}
