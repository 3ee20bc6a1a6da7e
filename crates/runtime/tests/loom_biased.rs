//! Loom model test of biased reference counting (`rc_mode = "biased"`): 2-3
//! threads sharing one object, under every interleaving loom generates (and
//! every value a relaxed load may return): all of them for the two-thread
//! models, up to `LOOM_MAX_PREEMPTIONS` preemptions for the three-thread ones
//! (4 from scripts/loom.sh: about 300,000 interleavings, 20 s on 2 cores). Run it with `scripts/loom.sh` (`RUSTFLAGS="--cfg
//! gilfree_loom"`, `GILFREE_MODE=biased`, its own target dir; `--nocapture`
//! prints how many interleavings each model explored). The cfg is not the
//! customary `loom` because RUSTFLAGS reach every crate and a parser
//! dependency (char_str) has `cfg(loom)` code that does not build.
//!
//! Real (the code of the normal build, with its atomics, mutex, thread-locals
//! and globals taken from loom through `object/sync.rs`):
//! - `RefCount`: `new`, `incref`, `decref` (owner's plain `local` count, the
//!   atomic `shared` word, `QUEUED` and `MERGED`), `merge` (rc.rs);
//! - the merge queues (brc.rs): the registry, `queue_to_owner` (including the
//!   "owner already exited" path that merges in place), `merge_pending` (via
//!   `rc::merge_at_safe_point`), `thread_start`/`thread_exit` (via
//!   `rc::thread_started`/`thread_finished`) and the `PENDING` counter;
//! - thread ids (`current_thread_id`, a loom thread-local per model thread);
//! - the lock-free reader's side: `mark_maybe_shared` and `try_incref`, racing
//!   with the object's last decref (owner or shared), which must then go
//!   through a CAS so that exactly one of the two wins.
//!
//! Stubbed:
//! - the object around the count: a test `Obj` is `#[repr(C)]` with the
//!   `RefCount` at offset 0 (as in `Header`), padded to `size_of::<Header>()`,
//!   then a payload word in a loom `UnsafeCell`. brc frees queued objects
//!   through `brc::set_dealloc_hook` (`object/sync.rs`'s loom `dealloc_header`)
//!   and a `decref` that returns true frees through the same function `free`,
//!   which marks the payload dead and counts the free; the memory itself is
//!   released when the model execution ends;
//! - the eval breaker: `queue_to_owner` still raises it (a std atomic, not
//!   modelled); safe points are explicit `rc::merge_at_safe_point()` calls.
//!
//! Checked under every explored interleaving:
//! - every holder reads the payload while it holds a reference, and once more
//!   right before it gives the reference back; `free` writes it. So a free
//!   while any reference is still held is either seen (assertion) or races with
//!   that read (loom reports the causality violation): freed only after the
//!   last reference is gone, and with the right happens-before edges;
//! - `free` asserts the payload is still alive, so a second free fails;
//! - at the end (all threads joined, every thread exited) the object was freed
//!   exactly once and no queue holds anything (`!brc::anything_pending()`):
//!   nothing leaked, a queued object was merged even when its owner exited first.
//!
//! The models are not vacuous: each of these seeded bugs in rc.rs/brc.rs makes
//! at least one of them fail (double free, use after free or causality
//! violation, or leak): the owner freeing on a zero count while QUEUED;
//! Relaxed instead of AcqRel on the shared decref, the owner's give-up or the
//! merge CAS; requeueing an already QUEUED object; a merge that does not set
//! MERGED; `thread_exit` not merging its queue; `queue_to_owner` not merging
//! when the owner is gone, or looking the owner up and pushing under two
//! separate lock acquisitions.
#![cfg(gilfree_loom)]

#[cfg(not(rc_mode = "biased"))]
compile_error!("the loom test models biased reference counting: build with GILFREE_MODE=biased");

use std::mem::{size_of, MaybeUninit};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::sync::Arc;

use loom::cell::UnsafeCell;
use loom::sync::Mutex;
use loom::thread;

use runtime::object::rc::{self, RefCount};
use runtime::object::{brc, Header};

const ALIVE: u32 = 0xA11CE;
const FREED: u32 = 0xDEAD;

/// A stand-in object: the count where `Header` has it, then a payload.
#[repr(C)]
struct Obj {
    rc: RefCount,
    _rest_of_header: MaybeUninit<[u8; size_of::<Header>() - size_of::<RefCount>()]>,
    payload: UnsafeCell<u32>,
    /// How often it was freed (std atomic: only read after every thread joined).
    frees: AtomicUsize,
}

// SAFETY: the count is atomic and the payload is only accessed through loom's
// checked `UnsafeCell` (a race on it is what the test looks for).
unsafe impl Sync for Obj {}

/// The object's deallocation: from brc's merges (hook) and from a decref that returned true.
fn free(h: *const Header) {
    // SAFETY: every Header pointer in this test points to an `Obj` (offset 0),
    // whose memory outlives the model execution's threads.
    let o = unsafe { &*(h as *const Obj) };
    o.payload.with_mut(|p| {
        // SAFETY: loom checks this write against every other access.
        unsafe {
            assert_eq!(*p, ALIVE, "object freed twice");
            *p = FREED;
        }
    });
    o.frees.fetch_add(1, Relaxed);
}

/// One counted reference, held by one thread at a time (the `Arc` only keeps
/// the memory; the count under test is `rc`).
struct Ref(Arc<Obj>);

impl Ref {
    /// A new object owned by the calling thread, and its first reference.
    fn new_object() -> (Arc<Obj>, Ref) {
        assert_eq!(std::mem::offset_of!(Header, rc), 0);
        let o = Arc::new(Obj {
            rc: RefCount::new(),
            _rest_of_header: MaybeUninit::uninit(),
            payload: UnsafeCell::new(ALIVE),
            frees: AtomicUsize::new(0),
        });
        (o.clone(), Ref(o))
    }

    /// Read the payload (a reference is held, so it must be alive).
    fn touch(&self) {
        self.0.payload.with(|p| {
            // SAFETY: loom checks this read against the write in `free`.
            assert_eq!(unsafe { *p }, ALIVE, "use after free");
        });
    }

    /// `Clone` of an `ObjRef`: incref.
    fn incref(&self) -> Ref {
        self.0.rc.incref();
        Ref(self.0.clone())
    }
}

impl Drop for Ref {
    /// `Drop` of an `ObjRef`: decref, and free on the last reference.
    fn drop(&mut self) {
        self.touch();
        if self.0.rc.decref() {
            free(&*self.0 as *const Obj as *const Header);
        }
    }
}

/// A container slot (a dict entry, say): its reference is counted by whoever
/// stored it; readers incref under the container's lock.
struct Slot(Mutex<Option<Ref>>);

impl Slot {
    fn holding(r: Ref) -> Arc<Slot> {
        Arc::new(Slot(Mutex::new(Some(r))))
    }

    /// Read the slot: a new reference if the object is still there.
    fn get(&self) -> Option<Ref> {
        self.0.lock().unwrap().as_ref().map(Ref::incref)
    }

    /// Take the reference out (moving it, no count changes), if there is one.
    fn take(&self) -> Option<Ref> {
        self.0.lock().unwrap().take()
    }

    /// Remove the object and give its reference back (outside the lock).
    fn clear(&self) {
        drop(self.take());
    }

    /// Move a reference in (a mailbox to another thread).
    fn put(&self, r: Ref) {
        let old = self.0.lock().unwrap().replace(r);
        assert!(old.is_none());
    }
}

/// A thread that runs Python: registers its merge queue first, exits (merging it) last.
fn spawn_python(f: impl FnOnce() + Send + 'static) -> thread::JoinHandle<()> {
    thread::spawn(move || {
        rc::thread_started();
        f();
        rc::thread_finished();
    })
}

/// Run `f` under loom: with no preemption bound (every interleaving) for two
/// threads; for three, bounded by `LOOM_MAX_PREEMPTIONS` (3 if unset;
/// scripts/loom.sh sets 4).
/// Prints how many interleavings it explored (`scripts/loom.sh --nocapture`).
fn model(threads: usize, f: impl Fn() + Sync + Send + 'static) {
    model_bounded(threads != 2, f)
}

/// `model`, with the preemption bound also for two threads whose model is too
/// long to explore exhaustively.
fn model_bounded(bounded: bool, f: impl Fn() + Sync + Send + 'static) {
    brc::set_dealloc_hook(free);
    let mut b = loom::model::Builder::new();
    b.preemption_bound = match bounded {
        false => None,
        true => b.preemption_bound.or(Some(3)),
    };
    let runs = Arc::new(AtomicUsize::new(0));
    let counted = runs.clone();
    b.check(move || {
        counted.fetch_add(1, Relaxed);
        f()
    });
    let name = std::thread::current().name().unwrap_or("?").to_string();
    println!("{name}: {} interleavings (preemption bound {:?})", runs.load(Relaxed), b.preemption_bound);
}

/// After every thread finished: freed exactly once, nothing left queued.
fn assert_freed_once(o: &Obj) {
    assert_eq!(o.frees.load(Relaxed), 1, "object freed {} times", o.frees.load(Relaxed));
    assert!(!brc::anything_pending(), "an object is still queued");
}

/// The owner hands a reference to a second thread, which increfs and decrefs
/// it (shared count, driven below zero: QUEUED, queued to the owner); the
/// owner drops its own and merges at safe points, then exits after the join.
#[test]
fn owner_and_one_sharer() {
    model(2, || {
        rc::thread_started();
        let (obj, r) = Ref::new_object();
        let given = r.incref();
        let t = spawn_python(move || {
            given.touch();
            let mine = given.incref();
            mine.touch();
            drop(given);
            rc::merge_at_safe_point();
            drop(mine);
        });
        r.touch();
        drop(r);
        rc::merge_at_safe_point();
        t.join().unwrap();
        rc::merge_at_safe_point();
        rc::thread_finished();
        assert_freed_once(&obj);
    });
}

/// The owner drops its reference and exits while the other thread still holds
/// one: that thread's decref queues to a live owner (merged at the owner's
/// exit) or finds the owner gone (merges in place).
#[test]
fn owner_exits_first() {
    model(2, || {
        rc::thread_started();
        let (obj, r) = Ref::new_object();
        let given = r.incref();
        let t = spawn_python(move || {
            given.touch();
            drop(given);
        });
        drop(r);
        rc::thread_finished();
        t.join().unwrap();
        assert_freed_once(&obj);
    });
}

/// The other thread takes its own reference from a container (shared count
/// up first); the owner drops its reference and clears the container, so its
/// local count reaches zero while the other may still hold one: the owner
/// gives the object up (MERGED) and the last shared decref frees it.
#[test]
fn owner_gives_object_up() {
    model(2, || {
        rc::thread_started();
        let (obj, r) = Ref::new_object();
        let slot = Slot::holding(r.incref());
        let reader = slot.clone();
        let t = spawn_python(move || {
            if let Some(mine) = reader.get() {
                mine.touch();
                drop(mine);
            }
            rc::merge_at_safe_point();
        });
        drop(r);
        slot.clear();
        rc::merge_at_safe_point();
        t.join().unwrap();
        rc::thread_finished();
        assert_freed_once(&obj);
    });
}

/// References move both ways: the other thread drops the reference it was
/// handed (counted in `local`: the shared count goes below zero, QUEUED), then
/// reads one from a container (shared count back up) and moves it to the
/// owner, whose decref of it is local. So the owner can reach a local count of
/// zero while the object is still QUEUED with a shared count of zero: only the
/// merge may free it then.
#[test]
fn references_move_back_to_owner() {
    model(2, || {
        rc::thread_started();
        let (obj, r) = Ref::new_object();
        let slot = Slot::holding(r.incref());
        let mailbox = Arc::new(Slot(Mutex::new(None)));
        let given = r.incref();
        let (reader, sender) = (slot.clone(), mailbox.clone());
        let t = spawn_python(move || {
            drop(given);
            if let Some(mine) = reader.get() {
                sender.put(mine);
            }
        });
        slot.clear();
        drop(mailbox.take());
        drop(r);
        t.join().unwrap();
        drop(mailbox.take());
        rc::merge_at_safe_point();
        rc::thread_finished();
        assert_freed_once(&obj);
    });
}

/// Three threads: one handed a reference by the owner (counted locally,
/// dropped in the shared count: QUEUED), one reading it from a container
/// (shared incref/decref), and the owner clearing the container and exiting
/// first (MERGED, possibly while QUEUED; queue drained at exit or merged in place).
#[test]
fn three_threads_owner_exits_first() {
    model(3, || {
        rc::thread_started();
        let (obj, r) = Ref::new_object();
        let slot = Slot::holding(r.incref());
        let given = r.incref();
        let t1 = spawn_python(move || {
            given.touch();
            drop(given);
        });
        let reader = slot.clone();
        let t2 = spawn_python(move || {
            if let Some(mine) = reader.get() {
                let again = mine.incref();
                drop(mine);
                again.touch();
                drop(again);
            }
        });
        drop(r);
        slot.clear();
        rc::thread_finished();
        t1.join().unwrap();
        t2.join().unwrap();
        assert_freed_once(&obj);
    });
}

/// Three threads: the owner hands one reference to each of two threads, which
/// both drop theirs in the shared count (the first below zero queues it, the
/// second does not queue it again); the owner merges at a safe point while
/// still holding its own reference, then drops it (through the shared count
/// if the merge already happened) and exits after the joins.
#[test]
fn three_threads_owner_merges_while_holding() {
    model(3, || {
        rc::thread_started();
        let (obj, r) = Ref::new_object();
        let given1 = r.incref();
        let given2 = r.incref();
        let t1 = spawn_python(move || drop(given1));
        let t2 = spawn_python(move || drop(given2));
        rc::merge_at_safe_point();
        r.touch();
        drop(r);
        t1.join().unwrap();
        t2.join().unwrap();
        rc::thread_finished();
        assert_freed_once(&obj);
    });
}

/// A lock-free reader (`types/read_snapshot.rs`) holds a raw pointer to a
/// flagged object, read from a snapshot, while its last counted reference is
/// dropped: `try_incref` either wins (and the object stays alive until the
/// reader's own decref) or finds it dead and takes nothing. (QSBR keeps the
/// memory; here the `Arc` does.)
fn read_lock_free(obj: &Arc<Obj>) {
    if obj.rc.try_incref() {
        let mine = Ref(obj.clone());
        mine.touch();
        drop(mine);
    }
}

/// The owner drops the last reference (its local count reaches zero, and the
/// flag forces the give-up CAS) while another thread reads lock-free.
#[test]
fn lock_free_reader_races_owner_release() {
    model(2, || {
        rc::thread_started();
        let (obj, r) = Ref::new_object();
        obj.rc.mark_maybe_shared();
        let seen = obj.clone();
        let t = spawn_python(move || {
            read_lock_free(&seen);
            rc::merge_at_safe_point();
        });
        drop(r);
        rc::merge_at_safe_point();
        t.join().unwrap();
        rc::merge_at_safe_point();
        rc::thread_finished();
        assert_freed_once(&obj);
    });
}

/// The last reference is a shared one, dropped by a third thread after the
/// owner let go of its own (the object dies in the shared count, or at a
/// merge), while a lock-free reader races with both.
#[test]
fn three_threads_lock_free_reader_races_shared_release() {
    model(3, || {
        rc::thread_started();
        let (obj, r) = Ref::new_object();
        obj.rc.mark_maybe_shared();
        let given = r.incref();
        let t1 = spawn_python(move || drop(given));
        let seen = obj.clone();
        let t2 = spawn_python(move || read_lock_free(&seen));
        drop(r);
        rc::merge_at_safe_point();
        t1.join().unwrap();
        t2.join().unwrap();
        rc::merge_at_safe_point();
        rc::thread_finished();
        assert_freed_once(&obj);
    });
}

/// Deferral of an object another thread owns (a shared module global): the
/// reader asks the owner to merge the object first and stops counting it only
/// once it is merged, while the owner goes on counting it with plain stores
/// and merges at its safe points. Making it immortal at once instead (the
/// earlier code) lets the owner's store undo the mark after the reader skipped
/// an incref, and the object dies under the owner's feet: loom finds that.
#[test]
fn deferral_waits_for_the_owners_merge() {
    fn defer_if_merged_else_ask(r: &Ref) {
        if r.0.rc.owner() == 0 {
            r.0.rc.make_immortal();
        } else {
            r.0.rc.request_merge();
        }
    }
    // Two threads, but many steps (merges, queueing): bounded like the 3-thread models.
    model_bounded(true, || {
        rc::thread_started();
        let (obj, r) = Ref::new_object();
        let given = r.incref();
        let t = spawn_python(move || {
            defer_if_merged_else_ask(&given);
            let mine = given.incref();
            mine.touch();
            defer_if_merged_else_ask(&given);
            drop(mine);
            drop(given);
        });
        let again = r.incref();
        again.touch();
        drop(again);
        rc::merge_at_safe_point();
        r.touch();
        t.join().unwrap();
        rc::merge_at_safe_point();
        drop(r);
        rc::thread_finished();
        assert!(obj.frees.load(Relaxed) <= 1, "object freed twice");
        assert!(!brc::anything_pending(), "an object is still queued");
    });
}
