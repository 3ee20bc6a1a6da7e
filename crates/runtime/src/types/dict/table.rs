//! The storage of a dict: insertion-ordered entries plus a hash index.
//!
//! `entries` keeps insertion order (deleted entries become `None` holes);
//! `indices` maps a key's hash to its entry position. Holes are squeezed out
//! only when an insertion finds `entries` at `capacity`, which follows
//! CPython's sizing (a power-of-two index of at least 8 slots, 2/3 of it
//! usable, regrown to `3 * used`), so iterators that see keys deleted and
//! added meet the same entry positions as in CPython.
//! This table is plain data: it never calls into Python. Callers hold the
//! dict's lock while using it and release it before running Python code
//! (`__eq__`/`__hash__` of user keys); `version` tells them whether the table
//! changed structure while the lock was released.

use hashbrown::HashTable;

use crate::object::ObjRef;

pub struct Entry {
    pub hash: i64,
    pub key: ObjRef,
    pub value: ObjRef,
}

#[derive(Default)]
pub struct Table {
    indices: HashTable<u32>,
    pub entries: Vec<Option<Entry>>,
    pub used: usize,
    /// How many entries fit before the next compaction (0: not sized yet).
    capacity: usize,
    /// Bumped whenever a key is added or removed or entries move.
    pub version: u64,
    /// One bit (`bloom_bit`) for every key added since the table was last
    /// emptied: a clear bit proves a key absent (`dict/lock.rs` publishes it).
    pub bloom: u64,
}

/// The bloom bit of a key's hash.
#[inline(always)]
pub fn bloom_bit(hash: i64) -> u64 {
    1 << (mix(hash) >> 58)
}

/// Spread Python's hash (often a small int) over all 64 bits for hashbrown.
#[inline(always)]
pub fn mix(hash: i64) -> u64 {
    (hash as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15).rotate_left(26)
}

const MIN_INDEX: usize = 8;

/// CPython's index size for at least `n` slots: a power of two, at least 8.
fn index_size(n: usize) -> usize {
    n.max(MIN_INDEX).next_power_of_two()
}

/// How many entries an index of `size` slots holds (2/3 of it).
fn usable(size: usize) -> usize {
    (size << 1) / 3
}

/// What a probe of the table found.
pub enum Probe {
    /// The entry position of an equal key.
    Found(usize),
    /// No equal key; `pending` lists positions whose keys need Python `__eq__`.
    Missing { pending: Vec<(usize, ObjRef)> },
}

impl Table {
    pub fn with_capacity(n: usize) -> Table {
        let capacity = if n <= usable(MIN_INDEX) { 0 } else { usable(index_size((n * 3 + 1) / 2)) };
        Table { indices: HashTable::with_capacity(n), entries: Vec::with_capacity(n), used: 0, capacity, version: 0, bloom: 0 }
    }

    /// Find `key` using identity and `native_eq`; keys that need Python to
    /// compare are returned as pending instead.
    pub fn probe(&self, key: &ObjRef, hash: i64, native_eq: impl Fn(&ObjRef, &ObjRef) -> Option<bool>) -> Probe {
        let mut pending = Vec::new();
        for &pos in self.indices.iter_hash(mix(hash)) {
            let Some(e) = &self.entries[pos as usize] else { continue };
            if e.hash != hash {
                continue;
            }
            if e.key.is_same(key) {
                return Probe::Found(pos as usize);
            }
            match native_eq(&e.key, key) {
                Some(true) => return Probe::Found(pos as usize),
                Some(false) => {}
                None => pending.push((pos as usize, e.key.clone())),
            }
        }
        Probe::Missing { pending }
    }

    /// Find a str key by its text (`is_str_key` decides which entries hold `name`).
    pub fn probe_str(&self, hash: i64, matches: impl Fn(&ObjRef) -> bool) -> Option<usize> {
        for &pos in self.indices.iter_hash(mix(hash)) {
            if let Some(e) = &self.entries[pos as usize] {
                if e.hash == hash && matches(&e.key) {
                    return Some(pos as usize);
                }
            }
        }
        None
    }

    /// Append a new entry (the caller checked the key is absent).
    pub fn push(&mut self, hash: i64, key: ObjRef, value: ObjRef) {
        if self.entries.len() >= self.capacity {
            self.capacity = usable(index_size(self.used * 3));
            if self.entries.len() > self.used {
                self.compact();
            }
        }
        let pos = self.entries.len() as u32;
        self.entries.push(Some(Entry { hash, key, value }));
        let entries = &self.entries;
        self.indices.insert_unique(mix(hash), pos, |&p| mix(entries[p as usize].as_ref().map_or(0, |e| e.hash)));
        self.used += 1;
        self.version = self.version.wrapping_add(1);
        self.bloom |= bloom_bit(hash);
    }

    /// Remove the entry at `pos`, returning it.
    pub fn remove_at(&mut self, pos: usize) -> Option<Entry> {
        let e = self.entries[pos].take()?;
        if let Ok(slot) = self.indices.find_entry(mix(e.hash), |&p| p as usize == pos) {
            slot.remove();
        }
        self.used -= 1;
        self.version = self.version.wrapping_add(1);
        Some(e)
    }

    /// Squeeze out deleted holes and rebuild the index.
    fn compact(&mut self) {
        self.entries.retain(|e| e.is_some());
        self.indices.clear();
        let entries = &self.entries;
        for (pos, e) in entries.iter().enumerate() {
            let h = mix(e.as_ref().map_or(0, |e| e.hash));
            self.indices.insert_unique(h, pos as u32, |&p| mix(entries[p as usize].as_ref().map_or(0, |e| e.hash)));
        }
        self.version = self.version.wrapping_add(1);
    }

    pub fn clear(&mut self) -> Vec<Option<Entry>> {
        self.indices.clear();
        self.used = 0;
        self.capacity = 0;
        self.bloom = 0;
        self.version = self.version.wrapping_add(1);
        std::mem::take(&mut self.entries)
    }

    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().flatten()
    }

    /// The first live entry at or after `pos` and its position (for iterators).
    pub fn next_from(&self, mut pos: usize) -> Option<(usize, &Entry)> {
        while pos < self.entries.len() {
            if let Some(e) = &self.entries[pos] {
                return Some((pos, e));
            }
            pos += 1;
        }
        None
    }

    /// The last live entry before `end` and its position (for reverse iterators).
    pub fn prev_before(&self, end: usize) -> Option<(usize, &Entry)> {
        let end = end.min(self.entries.len());
        self.entries[..end].iter().enumerate().rev().find_map(|(i, e)| e.as_ref().map(|e| (i, e)))
    }

    /// One past the last entry position (where reverse iteration starts).
    pub fn end(&self) -> usize {
        self.entries.len()
    }

    pub fn last(&self) -> Option<(usize, &Entry)> {
        self.entries.iter().enumerate().rev().find_map(|(i, e)| e.as_ref().map(|e| (i, e)))
    }
}
