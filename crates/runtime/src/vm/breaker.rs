//! The eval breaker: requests from other threads (or signal handlers) that a
//! thread running bytecode must act on at its next safe point — a backward
//! jump or a function call. One relaxed load of a global word is all a safe
//! point costs when nothing is requested.

use std::sync::atomic::{AtomicU32, Ordering};

use crate::error::PyResult;
use crate::vm::Vm;

/// The GIL holder should let a waiting thread run (gil modes).
pub const GIL_DROP: u32 = 1;
/// Some thread has objects queued for a biased-refcount merge.
pub const MERGE: u32 = 2;
/// SIGINT arrived: raise KeyboardInterrupt in the main thread.
pub const SIGINT: u32 = 4;
/// Memory waits for a grace period: every thread reports a quiescent state (`object/qsbr.rs`).
pub const RECLAIM: u32 = 8;

static BREAKER: AtomicU32 = AtomicU32::new(0);

pub fn request(bits: u32) {
    BREAKER.fetch_or(bits, Ordering::Release);
}

pub fn clear(bits: u32) {
    BREAKER.fetch_and(!bits, Ordering::Release);
}

/// Is anything requested? (The safe-point test.)
#[inline(always)]
pub fn pending() -> bool {
    BREAKER.load(Ordering::Relaxed) != 0
}

impl Vm {
    /// Serve the pending requests; the only error is KeyboardInterrupt.
    #[cold]
    #[inline(never)]
    pub fn handle_breaker(&mut self) -> PyResult<()> {
        let bits = BREAKER.load(Ordering::Acquire);
        if bits & MERGE != 0 {
            #[cfg(rc_mode = "biased")]
            {
                crate::object::brc::merge_pending();
                if !crate::object::brc::anything_pending() {
                    clear(MERGE);
                }
            }
            #[cfg(not(rc_mode = "biased"))]
            clear(MERGE);
        }
        if bits & RECLAIM != 0 {
            #[cfg(rc_mode = "biased")]
            crate::object::qsbr::reclaim();
            #[cfg(not(rc_mode = "biased"))]
            clear(RECLAIM);
        }
        if bits & GIL_DROP != 0 {
            crate::vm::gil::yield_gil();
        }
        if bits & SIGINT != 0 && self.is_main_thread {
            clear(SIGINT);
            return Err(crate::error::PyErr::with_args(&crate::types::exception::types().keyboard_interrupt, vec![]));
        }
        Ok(())
    }
}
