//! The read snapshot of a dict (`biased` builds; `types/read_snapshot.rs` has
//! the protocol): an immutable open-addressing table of (hash, key, value) raw
//! pointers in which other threads look keys up without the dict's lock.
//!
//! Only keys whose equality Rust decides (`native_eq`: identity, exact str,
//! int, float, tuples of those) are looked up here; any other candidate key
//! sends the reader back to the locked path, which may run Python `__eq__`.
//! Comparing reads the stored key's contents: the key is flagged, so even a
//! key deleted meanwhile keeps its contents until a grace period has passed.

use std::mem::ManuallyDrop;

use super::table::{mix, Table};
use crate::object::{Header, ObjRef};
use crate::object::PyPayload;
use crate::types::read_snapshot::Snapshot;

struct Slot {
    hash: i64,
    /// Null marks an empty slot.
    key: *const Header,
    value: *const Header,
}

pub struct DictSnapshot {
    writes: u64,
    mask: usize,
    slots: Box<[Slot]>,
}

// SAFETY: the pointers are only read, and objects only reached through
// `try_from_shared_ptr` or compared while a grace period keeps them.
unsafe impl Send for DictSnapshot {}

impl Snapshot for DictSnapshot {
    fn writes(&self) -> u64 {
        self.writes
    }
}

/// What a lookup in a snapshot found.
pub enum Lookup {
    /// The value stored for the key (a raw pointer: take it with `try_from_shared_ptr`).
    Found(*const Header),
    Missing,
    /// A candidate key needs Python to compare: use the locked path.
    NeedLock,
}

impl DictSnapshot {
    /// Copy `table` (under its lock; `writes` is the dict's write counter),
    /// flagging every key and value for lock-free readers.
    pub fn build(table: &Table, writes: u64) -> DictSnapshot {
        let size = (table.used * 2).max(8).next_power_of_two();
        let mask = size - 1;
        let mut slots: Vec<Slot> =
            (0..size).map(|_| Slot { hash: 0, key: std::ptr::null(), value: std::ptr::null() }).collect();
        for e in table.iter() {
            e.key.mark_maybe_shared();
            e.value.mark_maybe_shared();
            let mut i = mix(e.hash) as usize & mask;
            while !slots[i].key.is_null() {
                i = (i + 1) & mask;
            }
            slots[i] = Slot { hash: e.hash, key: e.key.as_ptr(), value: e.value.as_ptr() };
        }
        DictSnapshot { writes, mask, slots: slots.into_boxed_slice() }
    }

    /// Find `key` (whose hash is `hash`); `equal` decides candidates with the same hash.
    #[inline]
    fn find_by(&self, hash: i64, equal: impl Fn(&ObjRef) -> Option<bool>) -> Lookup {
        let mut i = mix(hash) as usize & self.mask;
        loop {
            let slot = &self.slots[i];
            if slot.key.is_null() {
                return Lookup::Missing;
            }
            if slot.hash == hash {
                // SAFETY: the key is flagged; its memory and contents outlive this
                // operation (grace period). ManuallyDrop: no reference is taken.
                let k = ManuallyDrop::new(unsafe { ObjRef::from_raw(slot.key) });
                match equal(&k) {
                    Some(true) => return Lookup::Found(slot.value),
                    Some(false) => {}
                    None => return Lookup::NeedLock,
                }
            }
            i = (i + 1) & self.mask;
        }
    }

    /// Find any key.
    pub fn find(&self, key: &ObjRef, hash: i64) -> Lookup {
        self.find_by(hash, |k| super::native_eq(k, key))
    }

    /// Find an exact-str key (`name`, whose text is `text`).
    pub fn find_name(&self, name: &ObjRef, text: &str, hash: i64) -> Lookup {
        self.find_by(hash, |k| {
            if k.is_same(name) {
                return Some(true);
            }
            match k.downcast_ref::<crate::types::str::PyStr>() {
                Some(s) if k.class().is_same(crate::types::str::PyStr::class()) => Some(s.as_str() == text),
                _ => None,
            }
        })
    }
}
