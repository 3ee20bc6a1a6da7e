//! The synchronisation pieces of reference counting (`rc.rs`, `brc.rs`), taken
//! from one place so that the loom model test (`tests/loom_biased.rs`, run by
//! `scripts/loom.sh` with `RUSTFLAGS="--cfg gilfree_loom"`) can swap in loom's checked
//! versions and explore every interleaving of the real protocol code.
//!
//! Normal builds get exactly the types they used before (std's atomics and
//! `thread_local!`, parking_lot's `Mutex`, plain `static`s), so they compile to
//! the same code. Under `cfg(gilfree_loom)`:
//! - atomics, the mutex and thread-locals are loom's;
//! - `global!` statics are `loom::lazy_static!`s, built afresh for every model
//!   execution (a loom object belongs to one execution);
//! - `dealloc_header` calls a hook the test installs (`brc::set_dealloc_hook`)
//!   instead of running the object machinery (vtables, types, the trashcan).

// The lock and `global!` serve brc.rs, which only biased builds have.
#![cfg_attr(not(rc_mode = "biased"), allow(unused))]

#[cfg(not(gilfree_loom))]
pub(crate) use std::sync::atomic;
#[cfg(gilfree_loom)]
pub(crate) use loom::sync::atomic;

#[cfg(not(gilfree_loom))]
pub(crate) use std::thread_local;
/// `loom::thread_local!`, also taking std's `const { INIT }` form (which loom's
/// macro, an `expr` matcher of edition 2018, does not).
#[cfg(gilfree_loom)]
macro_rules! loom_thread_local {
    ($(#[$attr:meta])* $vis:vis static $name:ident: $t:ty = const { $init:expr };) => {
        loom::thread_local! { $(#[$attr])* $vis static $name: $t = $init; }
    };
    ($(#[$attr:meta])* $vis:vis static $name:ident: $t:ty = $init:expr;) => {
        loom::thread_local! { $(#[$attr])* $vis static $name: $t = $init; }
    };
}
#[cfg(gilfree_loom)]
pub(crate) use loom_thread_local as thread_local;

#[cfg(not(gilfree_loom))]
pub(crate) use parking_lot::Mutex;

/// loom's mutex with parking_lot's `lock` (no poisoning).
#[cfg(gilfree_loom)]
pub(crate) struct Mutex<T>(loom::sync::Mutex<T>);

#[cfg(gilfree_loom)]
impl<T> Mutex<T> {
    pub(crate) fn new(value: T) -> Mutex<T> {
        Mutex(loom::sync::Mutex::new(value))
    }

    pub(crate) fn lock(&self) -> loom::sync::MutexGuard<'_, T> {
        self.0.lock().unwrap()
    }
}

/// `global! { static NAME: T = INIT; }`: a plain `static` normally (INIT is
/// const), a `loom::lazy_static!` under loom.
#[cfg(not(gilfree_loom))]
macro_rules! global {
    ($($(#[$attr:meta])* static $name:ident: $t:ty = $init:expr;)*) => {
        $($(#[$attr])* static $name: $t = $init;)*
    };
}
#[cfg(gilfree_loom)]
macro_rules! global {
    ($($(#[$attr:meta])* static $name:ident: $t:ty = $init:expr;)*) => {
        loom::lazy_static! { $($(#[$attr])* static ref $name: $t = $init;)* }
    };
}
pub(crate) use global;

#[cfg(gilfree_loom)]
static DEALLOC_HOOK: std::sync::OnceLock<fn(*const super::Header)> = std::sync::OnceLock::new();

/// Under loom: what `brc` calls to free an object whose merged count reached zero.
#[cfg(gilfree_loom)]
pub fn set_dealloc_hook(hook: fn(*const super::Header)) {
    let installed = *DEALLOC_HOOK.get_or_init(|| hook);
    assert!(installed as usize == hook as usize, "one dealloc hook per test binary");
}

/// Under loom: free through the test's hook (see `set_dealloc_hook`).
///
/// # Safety
/// As `object::dealloc_header`.
#[cfg(gilfree_loom)]
pub(crate) unsafe fn dealloc_header(h: *const super::Header) {
    (DEALLOC_HOOK.get().expect("loom test: call brc::set_dealloc_hook first"))(h)
}
