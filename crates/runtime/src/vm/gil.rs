//! The global interpreter lock of the `gil` and `gil-atomic` builds (in the
//! other builds every function here compiles to nothing).
//!
//! A thread holds the GIL while it runs Python code. A thread that wants it
//! and has waited one switch interval (`sys.setswitchinterval`, default 5 ms)
//! raises the eval breaker's `GIL_DROP` request; the holder then releases it
//! at its next safe point and waits until another thread has taken it before
//! competing again (forced switching, so the waiter really gets a turn).
//! Blocking calls release the GIL around the wait (`Vm::allow_threads`).

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use parking_lot::{Condvar, Mutex};

use crate::vm::breaker;

struct GilState {
    held: bool,
    /// Incremented on every acquisition: waiters detect progress with it.
    switches: u64,
    waiters: usize,
}

static STATE: Mutex<GilState> = Mutex::new(GilState { held: false, switches: 0, waiters: 0 });
static COND: Condvar = Condvar::new();
static SWITCHED: Condvar = Condvar::new();

/// The switch interval in microseconds.
static INTERVAL_US: AtomicU64 = AtomicU64::new(5000);

pub fn set_switch_interval(seconds: f64) {
    INTERVAL_US.store((seconds * 1e6).max(1.0) as u64, Ordering::Relaxed);
}

pub fn switch_interval() -> f64 {
    INTERVAL_US.load(Ordering::Relaxed) as f64 / 1e6
}

/// Take the GIL (blocking). No-op in builds without a GIL.
pub fn acquire() {
    if !crate::object::rc::HAS_GIL {
        return;
    }
    let mut s = STATE.lock();
    if s.held {
        s.waiters += 1;
        while s.held {
            let seen = s.switches;
            let interval = Duration::from_micros(INTERVAL_US.load(Ordering::Relaxed));
            let timed_out = COND.wait_for(&mut s, interval).timed_out();
            if timed_out && s.held && s.switches == seen {
                breaker::request(breaker::GIL_DROP);
            }
        }
        s.waiters -= 1;
    }
    s.held = true;
    s.switches = s.switches.wrapping_add(1);
    drop(s);
    SWITCHED.notify_all();
}

/// Give the GIL up. No-op in builds without a GIL.
pub fn release() {
    if !crate::object::rc::HAS_GIL {
        return;
    }
    let mut s = STATE.lock();
    s.held = false;
    if s.waiters == 0 {
        breaker::clear(breaker::GIL_DROP);
    }
    drop(s);
    COND.notify_one();
}

/// Answer a drop request: release, wait until another thread took the GIL, re-acquire.
pub fn yield_gil() {
    if !crate::object::rc::HAS_GIL {
        breaker::clear(breaker::GIL_DROP);
        return;
    }
    breaker::clear(breaker::GIL_DROP);
    let mut s = STATE.lock();
    if s.waiters == 0 {
        return;
    }
    let seen = s.switches;
    s.held = false;
    COND.notify_one();
    while s.switches == seen && s.waiters > 0 {
        SWITCHED.wait_for(&mut s, Duration::from_millis(50));
    }
    drop(s);
    acquire();
}

impl crate::vm::Vm {
    /// Run a blocking operation with the GIL released (in GIL builds); in
    /// biased builds the thread is offline for lock-free reclamation meanwhile.
    #[inline]
    pub fn allow_threads<R>(&mut self, f: impl FnOnce() -> R) -> R {
        release();
        #[cfg(rc_mode = "biased")]
        crate::object::qsbr::go_offline();
        let r = f();
        #[cfg(rc_mode = "biased")]
        crate::object::qsbr::go_online();
        acquire();
        r
    }
}
