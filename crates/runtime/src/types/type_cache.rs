//! The type attribute cache: `(type, name) -> attribute or absent`, read
//! without locks by every thread.
//!
//! Looking an attribute up along a class's MRO means one dict probe per class
//! (each behind that dict's lock), and instance attribute access does it on
//! every `obj.name` to rule out a descriptor. This cache, like CPython's, keeps
//! the answer in a fixed table of slots indexed by the type and the name. It
//! caches a miss always and a hit when the attribute is immortal (builtin
//! methods, and what classes defined at module level hold, which is deferred:
//! see `object/deferred.rs`) — or, under a GIL, any attribute — so a reader
//! never fears that the object was freed. Names must be immortal too
//! (interned identifiers), so a name's address is its identity forever.
//!
//! Validity: a global epoch goes up whenever any type namespace is written
//! (type dicts are watched, `dict/lock.rs`), a type's bases change or a type
//! is freed; a slot is trusted only if it was filled in the current epoch.
//! Each slot is a tiny seqlock: a writer claims it by making its sequence odd
//! and publishes by making it even again; a reader that sees an odd or changed
//! sequence treats the slot as empty. Slots are only a cache: a lost race
//! costs a slow lookup, never a wrong answer.

use std::sync::atomic::{fence, AtomicU32, AtomicU64, AtomicUsize, Ordering::*};

use crate::object::ObjRef;

const SLOTS: usize = 4096;

struct Slot {
    seq: AtomicU32,
    ty: AtomicUsize,
    name: AtomicUsize,
    epoch: AtomicU64,
    /// The attribute's address, or 0 for "absent".
    value: AtomicUsize,
}

#[allow(clippy::declare_interior_mutable_const)]
const EMPTY: Slot = Slot {
    seq: AtomicU32::new(0),
    ty: AtomicUsize::new(0),
    name: AtomicUsize::new(0),
    epoch: AtomicU64::new(0),
    value: AtomicUsize::new(0),
};

static CACHE: [Slot; SLOTS] = [EMPTY; SLOTS];

/// Starts at 1 so that never-filled slots (epoch 0) are never valid.
static EPOCH: AtomicU64 = AtomicU64::new(1);

/// Forget everything cached (a type namespace or hierarchy changed).
#[inline]
pub fn invalidate() {
    EPOCH.fetch_add(1, AcqRel);
}

#[inline(always)]
fn slot_of(ty: usize, name: usize) -> &'static Slot {
    // All address bits matter: threads' allocators hand out objects at equal
    // offsets within their own pages, so low bits alone collide.
    let h = (ty ^ name.rotate_left(29)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    &CACHE[(h >> (64 - SLOTS.trailing_zeros())) as usize]
}

/// What the cache knows about `name` on the type whose `PyType` lives at `ty`: `None` if nothing, `Some(None)`
/// for a cached miss, `Some(Some(v))` for a cached attribute.
#[inline]
pub fn get(ty: usize, name: &ObjRef) -> Option<Option<ObjRef>> {
    let (t, n) = (ty, name.as_ptr() as usize);
    let slot = slot_of(t, n);
    let s1 = slot.seq.load(Acquire);
    if s1 & 1 != 0 {
        return None;
    }
    let hit = slot.ty.load(Relaxed) == t && slot.name.load(Relaxed) == n && slot.epoch.load(Relaxed) == EPOCH.load(Acquire);
    let value = slot.value.load(Relaxed);
    fence(Acquire);
    if !hit || slot.seq.load(Relaxed) != s1 {
        return None;
    }
    if value == 0 {
        return Some(None);
    }
    // SAFETY: a cached value is immortal, or (GIL builds) still held by the type
    // dict whose unchanged epoch we just checked, with no other thread running.
    Some(Some(unsafe { ObjRef::clone_from_ptr(value as *const crate::object::Header) }))
}

/// Remember the result of a full lookup made in `epoch` (read before the lookup).
#[inline]
pub fn put(ty: usize, name: &ObjRef, epoch: u64, value: Option<&ObjRef>) {
    if !name.is_immortal() || value.is_some_and(|v| !crate::object::deferred::cacheable(v)) {
        return;
    }
    let (t, n) = (ty, name.as_ptr() as usize);
    let slot = slot_of(t, n);
    let s = slot.seq.load(Relaxed);
    if s & 1 != 0 || slot.seq.compare_exchange(s, s + 1, Acquire, Relaxed).is_err() {
        return;
    }
    fence(Release);
    slot.ty.store(t, Relaxed);
    slot.name.store(n, Relaxed);
    slot.epoch.store(epoch, Relaxed);
    slot.value.store(value.map_or(0, |v| v.as_ptr() as usize), Relaxed);
    slot.seq.store(s + 2, Release);
}

/// The current epoch (read it before a lookup whose result goes to `put`).
#[inline(always)]
pub fn epoch() -> u64 {
    EPOCH.load(Acquire)
}
