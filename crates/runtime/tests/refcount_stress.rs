//! Stress test of the reference-counting protocol of this build's mode
//! (`GILFREE_MODE`, default biased): objects created by one thread are cloned
//! and dropped by many threads at once, through the owner path, the shared
//! path, the merge queues and thread exit. Each object must be freed exactly
//! once, after its last reference is gone.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Barrier, OnceLock};

use runtime::object::{ObjRef, PyPayload};
use runtime::types::TypeCell;

static COUNTED_TYPE: TypeCell = TypeCell::new();
static FREED_SHARED: AtomicUsize = AtomicUsize::new(0);
static FREED_HANDED: AtomicUsize = AtomicUsize::new(0);

/// A payload that counts its destructions (each test has its own counter).
struct Counted {
    alive: AtomicUsize,
    freed: &'static AtomicUsize,
}

fn counted(freed: &'static AtomicUsize) -> ObjRef {
    ObjRef::new(Counted { alive: AtomicUsize::new(1), freed })
}

impl PyPayload for Counted {
    fn class() -> &'static ObjRef {
        COUNTED_TYPE.get()
    }
}

impl Drop for Counted {
    fn drop(&mut self) {
        assert_eq!(self.alive.swap(0, Ordering::SeqCst), 1, "object freed twice");
        self.freed.fetch_add(1, Ordering::SeqCst);
    }
}

/// GIL builds count with plain loads and stores and rely on the GIL, which
/// these bare Rust threads do not take: the protocol under test is the no-GIL one.
fn no_gil_build() -> bool {
    if runtime::object::rc::HAS_GIL {
        eprintln!("not applicable: this build counts under the GIL");
        return false;
    }
    true
}

fn setup() {
    static ONCE: OnceLock<()> = OnceLock::new();
    ONCE.get_or_init(|| {
        runtime::init_types();
        COUNTED_TYPE.set(runtime::types::typeobj::new_builtin_type("counted", None, 0));
    });
}

/// Merge queued objects as the interpreter does at safe points.
fn safe_point() {
    let _ = runtime::vm::breaker::pending();
    runtime::object::rc::merge_at_safe_point();
}

#[test]
fn shared_objects_are_freed_exactly_once() {
    if !no_gil_build() {
        return;
    }
    setup();
    const OBJECTS: usize = 2000;
    const THREADS: usize = 4;
    runtime::object::rc::thread_started();
    let objs: Vec<ObjRef> = (0..OBJECTS).map(|_| counted(&FREED_SHARED)).collect();
    let shared = Arc::new(objs.clone());
    let barrier = Arc::new(Barrier::new(THREADS + 1));
    let handles: Vec<_> = (0..THREADS)
        .map(|t| {
            let shared = shared.clone();
            let barrier = barrier.clone();
            std::thread::spawn(move || {
                runtime::object::rc::thread_started();
                barrier.wait();
                let mut held = Vec::new();
                for round in 0..20 {
                    for (i, o) in shared.iter().enumerate() {
                        if (i + t + round) % 3 == 0 {
                            held.push(o.clone());
                        }
                    }
                    // Drop half of what we hold, keep the rest across rounds.
                    let keep = held.split_off(held.len() / 2);
                    drop(held);
                    held = keep;
                    safe_point();
                }
                drop(held);
                runtime::object::rc::thread_finished();
            })
        })
        .collect();
    barrier.wait();
    // The owner drops its own references while the others work.
    drop(objs);
    for h in handles {
        h.join().expect("worker panicked");
    }
    safe_point();
    assert_eq!(FREED_SHARED.load(Ordering::SeqCst), 0, "objects still referenced by `shared` were freed");
    drop(shared);
    safe_point();
    assert_eq!(FREED_SHARED.load(Ordering::SeqCst), OBJECTS, "every object is freed once its last reference is gone");
}

#[test]
fn objects_handed_to_other_threads_die_there() {
    if !no_gil_build() {
        return;
    }
    setup();
    runtime::object::rc::thread_started();
    const N: usize = 1000;
    let objs: Vec<ObjRef> = (0..N).map(|_| counted(&FREED_HANDED)).collect();
    // Hand the only references to another thread, which drops them (non-owner decrefs).
    let h = std::thread::spawn(move || {
        runtime::object::rc::thread_started();
        drop(objs);
        runtime::object::rc::thread_finished();
    });
    h.join().expect("worker panicked");
    safe_point();
    assert_eq!(FREED_HANDED.load(Ordering::SeqCst), N);
}
