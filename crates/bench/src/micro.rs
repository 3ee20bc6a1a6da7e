//! The physics table: what the refcount and lock primitives cost on this machine.
//!
//! Each benchmark performs one incref/decref *pair* per operation (or one lock +
//! unlock), through `black_box` so the compiler can neither merge nor drop the
//! memory operations, repeated in several trials; the median trial is reported in
//! nanoseconds per operation per thread. Rows:
//! - plain non-atomic add/sub (the `gil` mode's count);
//! - `fetch_add`/`fetch_sub` on an uncontended atomic (`lock xadd` on x86: a full
//!   barrier that drains the store buffer, the `gil-atomic` mode's count);
//! - one atomic hammered by 1..N threads (the cache line holding the count of None,
//!   a builtin or a shared function ping-pongs between cores);
//! - N threads on N counters in separate cache lines (no sharing: the contrast);
//! - biased refcounting's owner path (compare the owner id, plain add) and non-owner
//!   path (atomic add on the shared count);
//! - an uncontended mutex lock/unlock (std and parking_lot), the per-object lock cost.

use crate::results::MicroRecord;
use crate::stats;
use std::cell::Cell;
use std::hint::black_box;
use std::sync::atomic::{AtomicIsize, AtomicUsize, Ordering};
use std::sync::{Arc, Barrier};
use std::time::Instant;

const TRIALS: usize = 5;

#[repr(align(128))]
struct Padded(AtomicUsize);

/// An emulated object header for biased refcounting.
struct BiasedHeader {
    owner: usize,
    local: Cell<u32>,
    shared: AtomicIsize,
}

fn thread_id() -> usize {
    thread_local!(static ID: u8 = const { 0 });
    ID.with(|x| x as *const u8 as usize)
}

impl BiasedHeader {
    #[inline(always)]
    fn incref(&self, me: usize) {
        if self.owner == me {
            self.local.set(self.local.get() + 1);
        } else {
            self.shared.fetch_add(1, Ordering::Relaxed);
        }
    }

    #[inline(always)]
    fn decref(&self, me: usize) {
        if self.owner == me {
            self.local.set(self.local.get() - 1);
        } else {
            self.shared.fetch_sub(1, Ordering::Release);
        }
    }
}

/// Median/min/max of `TRIALS` trials of `f(iters)`, in ns per op.
fn trials(iters: u64, mut f: impl FnMut(u64) -> f64) -> (f64, f64, f64) {
    let v: Vec<f64> = (0..TRIALS).map(|_| f(iters) / iters as f64 * 1e9).collect();
    let s = stats::summarize(&v).unwrap_or(stats::Summary { n: 0, median: 0.0, min: 0.0, max: 0.0, q1: 0.0, q3: 0.0 });
    (s.median, s.min, s.max)
}

fn time(f: impl FnOnce()) -> f64 {
    let t = Instant::now();
    f();
    t.elapsed().as_secs_f64()
}

fn plain_pair(iters: u64) -> f64 {
    let mut count: usize = 1;
    time(|| {
        for _ in 0..iters {
            let c = black_box(&mut count);
            *c += 1;
            let c = black_box(c);
            *c -= 1;
        }
    })
}

fn atomic_pair(iters: u64) -> f64 {
    let count = AtomicUsize::new(1);
    time(|| {
        for _ in 0..iters {
            black_box(&count).fetch_add(1, Ordering::Relaxed);
            black_box(&count).fetch_sub(1, Ordering::Release);
        }
    })
}

/// `threads` threads each doing `iters` pairs, on one shared atomic or on one
/// padded atomic each; returns the slowest thread's seconds.
fn many_threads(iters: u64, threads: usize, shared: bool) -> f64 {
    let counters: Arc<Vec<Padded>> = Arc::new((0..threads.max(1)).map(|_| Padded(AtomicUsize::new(1))).collect());
    let barrier = Arc::new(Barrier::new(threads));
    let handles: Vec<_> = (0..threads)
        .map(|i| {
            let counters = Arc::clone(&counters);
            let barrier = Arc::clone(&barrier);
            std::thread::spawn(move || {
                let c = &counters[if shared { 0 } else { i }].0;
                barrier.wait();
                time(|| {
                    for _ in 0..iters {
                        black_box(c).fetch_add(1, Ordering::Relaxed);
                        black_box(c).fetch_sub(1, Ordering::Release);
                    }
                })
            })
        })
        .collect();
    handles.into_iter().map(|h| h.join().unwrap_or(f64::NAN)).fold(0.0, f64::max)
}

fn biased_pair(iters: u64, owner: bool) -> f64 {
    let me = thread_id();
    let h = BiasedHeader { owner: if owner { me } else { me ^ 1 }, local: Cell::new(1), shared: AtomicIsize::new(0) };
    time(|| {
        for _ in 0..iters {
            let me = black_box(me);
            black_box(&h).incref(me);
            black_box(&h).decref(me);
        }
    })
}

fn std_mutex(iters: u64) -> f64 {
    let m = std::sync::Mutex::new(0u64);
    time(|| {
        for _ in 0..iters {
            if let Ok(mut g) = black_box(&m).lock() {
                *g += 1;
            }
        }
    })
}

fn parking_lot_mutex(iters: u64) -> f64 {
    let m = parking_lot::Mutex::new(0u64);
    time(|| {
        for _ in 0..iters {
            *black_box(&m).lock() += 1;
        }
    })
}

/// Runs the whole table. `quick` uses fewer iterations (about a second in all).
pub fn run(quick: bool, max_threads: usize) -> Vec<MicroRecord> {
    let n: u64 = if quick { 2_000_000 } else { 20_000_000 };
    let mut out = Vec::new();
    let mut push = |name: &str, threads: usize, r: (f64, f64, f64), note: &str| {
        eprintln!("micro: {name} x{threads}: {:.2} ns/op", r.0);
        out.push(MicroRecord { name: name.into(), threads, ns_per_op: r.0, min_ns: r.1, max_ns: r.2, note: note.into() });
    };
    push("plain incref+decref", 1, trials(n, plain_pair), "non-atomic add/sub: the gil mode");
    push("atomic incref+decref (uncontended)", 1, trials(n, atomic_pair), "lock xadd pair: gil-atomic mode, one thread");
    let counts: Vec<usize> = (1..=max_threads.max(2)).collect();
    for &t in &counts {
        let per = n / 4;
        push("one atomic shared by all threads", t, trials(per, |i| many_threads(i, t, true)), "same cache line: ping-pong");
    }
    for &t in &counts {
        let per = n / 4;
        push("one atomic per thread (padded)", t, trials(per, |i| many_threads(i, t, false)), "no sharing: the contrast");
    }
    push("biased RC owner path", 1, trials(n, |i| biased_pair(i, true)), "owner-id compare + plain add");
    push("biased RC non-owner path", 1, trials(n, |i| biased_pair(i, false)), "atomic add on the shared count");
    push("std::sync::Mutex lock+unlock", 1, trials(n / 2, std_mutex), "uncontended");
    push("parking_lot::Mutex lock+unlock", 1, trials(n / 2, parking_lot_mutex), "uncontended, one-byte lock");
    out
}
