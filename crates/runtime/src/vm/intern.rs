//! Interned strings: one immortal str object per distinct identifier, so that
//! names in code objects, attribute names and dict keys made from them share
//! one object (and identity comparison finds them first in a dict probe).

use std::collections::HashMap;
use std::sync::atomic::{AtomicPtr, Ordering::*};
use std::sync::OnceLock;

use parking_lot::Mutex;

use crate::object::ObjRef;
use crate::types::str::PyStr;

fn table() -> &'static Mutex<HashMap<Box<str>, ObjRef>> {
    static TABLE: OnceLock<Mutex<HashMap<Box<str>, ObjRef>>> = OnceLock::new();
    TABLE.get_or_init(|| Mutex::new(HashMap::new()))
}

/// The interned str object for `name`.
pub fn intern(name: &str) -> ObjRef {
    let mut t = table().lock();
    if let Some(s) = t.get(name) {
        return s.clone();
    }
    let s = PyStr::new(name);
    s.make_immortal();
    t.insert(name.into(), s.clone());
    s
}

/// The interned str object for a name written in Rust source (a dunder such
/// as `"__setitem__"`), found by the text's address in a global table that is
/// read without a lock: no hashing of the text and no thread-local on the way
/// to the type attribute cache.
///
/// Each slot holds a pointer to an immutable, never-freed entry (the text's
/// address and its interned str), published once with a compare-and-swap, so
/// a reader sees either nothing or a whole entry. Names whose slot another
/// name took go through `intern` (a lock and a hash).
#[inline]
pub fn static_name(name: &'static str) -> ObjRef {
    let key = name.as_ptr() as usize ^ (name.len() << 48);
    let slot = &STATIC_NAMES[static_slot(key)];
    let entry = slot.load(Acquire);
    if !entry.is_null() {
        // SAFETY: published entries are leaked boxes, never changed or freed.
        let entry = unsafe { &*entry };
        if entry.0 == key {
            return entry.1.clone();
        }
    }
    static_name_slow(name, key, slot)
}

const STATIC_SLOTS: usize = 2048;

#[allow(clippy::declare_interior_mutable_const)]
const EMPTY_SLOT: AtomicPtr<(usize, ObjRef)> = AtomicPtr::new(std::ptr::null_mut());

static STATIC_NAMES: [AtomicPtr<(usize, ObjRef)>; STATIC_SLOTS] = [EMPTY_SLOT; STATIC_SLOTS];

#[inline(always)]
fn static_slot(key: usize) -> usize {
    ((key as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - STATIC_SLOTS.trailing_zeros())) as usize
}

#[cold]
#[inline(never)]
fn static_name_slow(name: &'static str, key: usize, slot: &AtomicPtr<(usize, ObjRef)>) -> ObjRef {
    let s = intern(name);
    if slot.load(Relaxed).is_null() {
        let entry = Box::into_raw(Box::new((key, s.clone())));
        if slot.compare_exchange(std::ptr::null_mut(), entry, Release, Relaxed).is_err() {
            // SAFETY: the entry was never published.
            drop(unsafe { Box::from_raw(entry) });
        }
    }
    s
}
