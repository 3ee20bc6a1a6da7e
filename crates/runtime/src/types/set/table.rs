//! The storage of a set: an open-addressing hash table laid out the way
//! CPython lays out its sets, so that iteration order (slot order) matches
//! `python3` for elements with deterministic hashes (ints, floats, None,
//! tuples of them).
//!
//! Invariants:
//! - `slots.len()` is a power of two, at least `MIN_SIZE`; `mask = len - 1`.
//! - A slot is empty (`key: None, hash: 0`), a dummy left by a deletion
//!   (`key: None, hash: -1`; real hashes are never -1) or active.
//! - `fill` counts active + dummy slots, `used` active ones; `fill < len`
//!   always (the table grows once it is 3/5 full), so every probe ends.
//! - The probe sequence from slot `i = hash & mask`: `i` and the next
//!   `LINEAR_PROBES` slots when they fit below `mask`, then
//!   `i = 5*i + 1 + perturb` (perturb starts at the hash and loses
//!   `PERTURB_SHIFT` bits per round), again with its linear run.
//!
//! This file is plain data: it never calls into Python. Callers hold the
//! set's lock while using it; `version` changes whenever a key is added or
//! removed or slots move, so a caller that released the lock to run `__eq__`
//! can tell whether its probe still holds.

use crate::object::ObjRef;

pub const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
const DUMMY_HASH: i64 = -1;

#[derive(Clone, Default)]
pub struct Slot {
    pub hash: i64,
    pub key: Option<ObjRef>,
}

impl Slot {
    #[inline]
    fn is_empty(&self) -> bool {
        self.key.is_none() && self.hash != DUMMY_HASH
    }
}

/// A resumable walk over the probe sequence of one hash.
pub struct ProbeSeq {
    base: usize,
    step: usize,
    run: usize,
    perturb: u64,
    mask: usize,
}

impl ProbeSeq {
    pub fn new(hash: i64, mask: usize) -> ProbeSeq {
        let base = (hash as u64 as usize) & mask;
        ProbeSeq { base, step: 0, run: run_len(base, mask), perturb: hash as u64, mask }
    }

    #[inline]
    fn next_slot(&mut self) -> usize {
        if self.step <= self.run {
            let i = self.base + self.step;
            self.step += 1;
            return i;
        }
        self.perturb >>= PERTURB_SHIFT;
        self.base = self.base.wrapping_mul(5).wrapping_add(1).wrapping_add(self.perturb as usize) & self.mask;
        self.run = run_len(self.base, self.mask);
        self.step = 1;
        self.base
    }
}

#[inline]
fn run_len(base: usize, mask: usize) -> usize {
    if base + LINEAR_PROBES <= mask {
        LINEAR_PROBES
    } else {
        0
    }
}

/// One stretch of a lookup, ended by an answer or by a key that needs Python `__eq__`.
pub enum Step {
    /// The key is at this slot.
    Found(usize),
    /// The key is absent; a new entry belongs at this slot.
    Absent(usize),
    /// The active key at this slot has the same hash but needs Python to compare.
    Compare(usize, ObjRef),
}

/// Where a lookup stands between stretches.
pub struct Lookup {
    seq: ProbeSeq,
    freeslot: Option<usize>,
}

#[derive(Clone)]
pub struct SetTable {
    slots: Vec<Slot>,
    pub fill: usize,
    pub used: usize,
    /// Where `pop()` starts looking.
    pub finger: usize,
    pub version: u64,
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable::new()
    }
}

impl SetTable {
    pub fn new() -> SetTable {
        SetTable { slots: vec![Slot::default(); MIN_SIZE], fill: 0, used: 0, finger: 0, version: 0 }
    }

    #[inline]
    pub fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    pub fn lookup(&self, hash: i64) -> Lookup {
        Lookup { seq: ProbeSeq::new(hash, self.mask()), freeslot: None }
    }

    /// Continue `lk` until an answer or a comparison Rust cannot make
    /// (`native_eq` returns None). After a `Compare` the caller runs `__eq__`
    /// without the lock and, if the version is unchanged and the keys differ,
    /// calls `scan` again with the same `lk`.
    pub fn scan(
        &self,
        lk: &mut Lookup,
        key: &ObjRef,
        hash: i64,
        native_eq: impl Fn(&ObjRef, &ObjRef) -> Option<bool>,
    ) -> Step {
        loop {
            let i = lk.seq.next_slot();
            let slot = &self.slots[i];
            match &slot.key {
                // CPython remembers the last dummy passed, not the first.
                None if slot.hash == DUMMY_HASH => lk.freeslot = Some(i),
                None => return Step::Absent(lk.freeslot.unwrap_or(i)),
                Some(k) if slot.hash == hash => {
                    if k.is_same(key) {
                        return Step::Found(i);
                    }
                    match native_eq(k, key) {
                        Some(true) => return Step::Found(i),
                        Some(false) => {}
                        None => return Step::Compare(i, k.clone()),
                    }
                }
                Some(_) => {}
            }
        }
    }

    /// Put a key known to be absent at `slot` (from `Step::Absent`), growing if needed.
    pub fn insert_at(&mut self, slot: usize, key: ObjRef, hash: i64) {
        let s = &mut self.slots[slot];
        let was_empty = s.is_empty();
        s.key = Some(key);
        s.hash = hash;
        self.used += 1;
        self.version = self.version.wrapping_add(1);
        if was_empty {
            self.fill += 1;
            if self.fill * 5 >= self.mask() * 3 {
                self.resize(if self.used > 50000 { self.used * 2 } else { self.used * 4 });
            }
        }
    }

    /// Insert a key known to be absent from a table without dummies (copies, resizes).
    fn insert_clean(slots: &mut [Slot], key: ObjRef, hash: i64) {
        let mut seq = ProbeSeq::new(hash, slots.len() - 1);
        loop {
            let i = seq.next_slot();
            if slots[i].key.is_none() {
                slots[i] = Slot { hash, key: Some(key) };
                return;
            }
        }
    }

    /// Rebuild with the smallest power-of-two size above `min_used`, dropping dummies.
    pub fn resize(&mut self, min_used: usize) {
        let mut size = MIN_SIZE;
        while size <= min_used {
            size <<= 1;
        }
        let old = std::mem::replace(&mut self.slots, vec![Slot::default(); size]);
        for s in old {
            if let Some(k) = s.key {
                Self::insert_clean(&mut self.slots, k, s.hash);
            }
        }
        self.fill = self.used;
        self.version = self.version.wrapping_add(1);
    }

    /// Take the key out of an active slot, leaving a dummy.
    pub fn remove_at(&mut self, slot: usize) -> Option<ObjRef> {
        let s = &mut self.slots[slot];
        let k = s.key.take()?;
        s.hash = DUMMY_HASH;
        self.used -= 1;
        self.version = self.version.wrapping_add(1);
        Some(k)
    }

    /// After bulk deletions: rebuild when more than a quarter of the slots are dummies.
    pub fn shrink_dummies(&mut self) {
        if self.fill - self.used > self.mask() / 4 {
            self.resize(if self.used > 50000 { self.used * 2 } else { self.used * 4 });
        }
    }

    /// Grow ahead of adding about `incoming` keys, as a bulk update does.
    pub fn reserve_for(&mut self, incoming: usize) {
        if (self.fill + incoming) * 5 >= self.mask() * 3 {
            self.resize((self.used + incoming) * 2);
        }
    }

    /// Remove and return an arbitrary key (the first active slot from the finger on).
    pub fn pop(&mut self) -> Option<ObjRef> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = self.finger & mask;
        while self.slots[i].key.is_none() {
            i = (i + 1) & mask;
        }
        self.finger = i + 1;
        self.remove_at(i)
    }

    /// Empty the table (back to the minimum size), returning the old slots so the
    /// caller can drop the keys after releasing the lock.
    pub fn clear(&mut self) -> Vec<Slot> {
        self.fill = 0;
        self.used = 0;
        self.version = self.version.wrapping_add(1);
        std::mem::replace(&mut self.slots, vec![Slot::default(); MIN_SIZE])
    }

    /// Copy `other` into this table, which must be empty (`set(other_set)`, `copy()`).
    pub fn merge_into_empty(&mut self, other: &SetTable) {
        debug_assert!(self.fill == 0);
        self.reserve_for(other.used);
        if self.slots.len() == other.slots.len() && other.fill == other.used {
            self.slots.clone_from(&other.slots);
        } else {
            for s in &other.slots {
                if let Some(k) = &s.key {
                    Self::insert_clean(&mut self.slots, k.clone(), s.hash);
                }
            }
        }
        self.fill = other.used;
        self.used = other.used;
        self.version = self.version.wrapping_add(1);
    }

    /// The active `(hash, key)` pairs in slot order.
    pub fn entries(&self) -> impl Iterator<Item = (i64, &ObjRef)> {
        self.slots.iter().filter_map(|s| s.key.as_ref().map(|k| (s.hash, k)))
    }

    /// The first active slot at or after `pos`, for iterators.
    pub fn next_from(&self, mut pos: usize) -> Option<(usize, &ObjRef)> {
        while pos < self.slots.len() {
            if let Some(k) = &self.slots[pos].key {
                return Some((pos, k));
            }
            pos += 1;
        }
        None
    }

    /// CPython's frozenset hash: order-independent, from the stored hashes.
    pub fn hash(&self) -> i64 {
        fn shuffle(h: u64) -> u64 {
            ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
        }
        let mut h: u64 = 0;
        for (eh, _) in self.entries() {
            h ^= shuffle(eh as u64);
        }
        h ^= (self.used as u64 + 1).wrapping_mul(1927868237);
        h ^= (h >> 11) ^ (h >> 25);
        h = h.wrapping_mul(69069).wrapping_add(907133923);
        if h == u64::MAX {
            h = 590923713;
        }
        h as i64
    }
}
