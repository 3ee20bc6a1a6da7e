//! Immortal and deferred objects, and the switches that turn each off (and
//! the lock-free reads of `types/read_snapshot.rs`) for the report's ablations
//! (`-X rc=biased,no-immortal`, `-X rc=biased,no-deferred`, `-X rc=biased,no-lockfree`).
//!
//! *Immortal* objects (None, True, False, small ints, interned strings,
//! builtin types, functions and modules) are never counted: `incref` and
//! `decref` see the `IMMORTAL` mark and return, so threads that share them
//! never write to their cache lines.
//!
//! *Deferred* objects are the ones a program keeps until it ends in practice:
//! code objects and their constants,
//! functions and classes defined at module level (not inside a function, and
//! not lambdas or comprehensions, which are made again and again). CPython's
//! free-threaded build stops counting the references interpreter frames hold
//! to them and leaves their reclamation to the cycle collector. gilfree has no
//! cycle collector yet, so here a deferred object is counted as immortal from
//! the moment it is created: it costs no refcount traffic from any thread and
//! is never freed (README: what leaks).
//!
//! A module global that a thread other than its owner reads is deferred too
//! (`defer_if_shared_global`): threads that share module-level data would
//! otherwise all write to its counts on every read. The reader first has the
//! owner merge the object's counts (the owner writes `local` with plain
//! stores, which could undo an immortal mark written beside them) and defers
//! it at a later read, once merged. This leaks the values a module rebinds
//! after other threads read them, until a cycle collector exists.
//!
//! Deferral exists only in `biased` builds. The caches that read without
//! locks (`vm/global_cache.rs`, `types/type_cache.rs`) hand out only immortal
//! values in builds without a GIL (the global cache also lends any value while
//! a single thread has run), so a reader never counts an object another
//! thread may be freeing; switching immortality or deferral off switches those
//! fast paths off for the affected objects, which is what the ablation
//! measures. Under a GIL (`gil`, `gil-atomic`) nothing can free a cached value
//! between the validity check and the reader's incref, so those builds cache
//! every value, as CPython's specialising interpreter does. The switches are
//! read only where objects are created, never in a hot path.

use std::sync::OnceLock;

use super::ObjRef;

struct Switches {
    immortal: bool,
    deferred: bool,
    lockfree: bool,
}

/// The ablation flags `GILFREE_RC` may carry after the mode name.
pub const FLAGS: [&str; 3] = ["no-immortal", "no-deferred", "no-lockfree"];

/// The switches, from the ablation flags after the mode in `GILFREE_RC`
/// (`biased,no-immortal,no-deferred,no-lockfree`); all on by default.
fn switches() -> &'static Switches {
    static S: OnceLock<Switches> = OnceLock::new();
    S.get_or_init(|| {
        let spec = std::env::var("GILFREE_RC").unwrap_or_default();
        let flags: Vec<&str> = spec.split(',').skip(1).map(str::trim).collect();
        Switches {
            immortal: !flags.contains(&"no-immortal"),
            deferred: !flags.contains(&"no-deferred"),
            lockfree: !flags.contains(&"no-lockfree"),
        }
    })
}

/// Are immortal objects switched on (the default)?
pub fn immortal_enabled() -> bool {
    switches().immortal
}

/// Are deferred objects switched on? Only `biased` builds defer (as in
/// CPython, where deferred counting belongs to the free-threaded build); the
/// other modes count every object that is not immortal.
pub fn deferred_enabled() -> bool {
    cfg!(rc_mode = "biased") && switches().deferred
}

/// Are lock-free reads of shared lists and dicts switched on? (`biased` builds only.)
pub fn lockfree_enabled() -> bool {
    cfg!(rc_mode = "biased") && switches().lockfree
}

/// Unknown ablation flags in `spec` (for the command line to reject).
pub fn unknown_flags(spec: &str) -> Vec<String> {
    spec.split(',').skip(1).map(str::trim).filter(|f| !FLAGS.contains(f)).map(String::from).collect()
}

/// Mark `obj` deferred: immortal while deferral is on (biased builds), an
/// ordinary counted object otherwise.
pub fn defer(obj: &ObjRef) {
    if deferred_enabled() {
        obj.stop_counting();
    }
}

/// A module global read by a thread that does not own it: from now on it is
/// shared by threads that will read it again and again (a table, a config
/// object, a shared instance), so defer it (biased builds only; see the module
/// doc for what that costs).
#[inline]
pub fn defer_if_shared_global(value: &ObjRef) {
    #[cfg(rc_mode = "biased")]
    if value.counted_elsewhere() && deferred_enabled() {
        // The owner changes the local count with plain stores, which could undo
        // the immortal mark: defer only a merged object (owner 0), and otherwise
        // ask the owner to merge it (a later read that misses the cache defers it).
        match value.owner_thread() {
            0 => value.stop_counting(),
            _ => value.request_merge(),
        }
    }
    #[cfg(not(rc_mode = "biased"))]
    let _ = value;
}

/// Is a function with this qualified name made once per program (defined at
/// module or class level), so that it can be deferred? Nested functions,
/// lambdas and comprehensions are created over and over and stay counted.
pub fn is_defined_once(qualname: &str) -> bool {
    !qualname.contains("<locals>") && !qualname.ends_with('>')
}

/// May a lock-free cache hold `value` without owning a reference? Immortal
/// values always; any value in builds with a GIL (see the module doc).
#[inline(always)]
pub fn cacheable(value: &ObjRef) -> bool {
    super::rc::HAS_GIL || value.is_immortal()
}
