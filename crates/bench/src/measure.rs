//! Measuring one child process: wall time, CPU time and peak resident memory.
//!
//! The child is reaped with `wait4`, which hands back the kernel's own accounting of
//! that child (user and system CPU, `ru_maxrss`) — no sampling, no /proc polling, and
//! no counting of the harness itself. Wall time runs from just before `spawn` to just
//! after the reap, so it includes interpreter start-up, identically for every engine.
//! A watchdog thread kills the child if it outlives its time limit.

use std::io;
use std::process::Command;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// What the kernel reported about one finished child.
#[derive(Clone, Copy, Debug)]
pub struct Usage {
    pub wall_s: f64,
    pub user_s: f64,
    pub sys_s: f64,
    /// Peak resident set size in KiB (Linux reports `ru_maxrss` in KiB).
    pub max_rss_kb: u64,
    pub exit: Exit,
}

/// How the child ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exit {
    Code(i32),
    Signal(i32),
    TimedOut,
}

impl Usage {
    pub fn cpu_s(&self) -> f64 {
        self.user_s + self.sys_s
    }
}

fn timeval_s(tv: libc::timeval) -> f64 {
    tv.tv_sec as f64 + tv.tv_usec as f64 * 1e-6
}

/// Spawns `cmd`, waits for it with `wait4` and returns its usage. The child is
/// killed with SIGKILL after `limit`. Errors only when the spawn or wait itself fails.
pub fn run(cmd: &mut Command, limit: Duration) -> io::Result<Usage> {
    let start = Instant::now();
    let child = cmd.spawn()?;
    let pid = child.id() as libc::pid_t;
    let timed_out = Arc::new(AtomicBool::new(false));
    let (done_tx, done_rx) = mpsc::channel::<()>();
    let watchdog = {
        let timed_out = Arc::clone(&timed_out);
        std::thread::spawn(move || {
            if let Err(mpsc::RecvTimeoutError::Timeout) = done_rx.recv_timeout(limit) {
                timed_out.store(true, Ordering::SeqCst);
                // SAFETY: `pid` is our unreaped child (the reap below has not returned,
                // or it would have sent on the channel), so the id cannot be reused yet.
                unsafe { libc::kill(pid, libc::SIGKILL) };
            }
        })
    };
    let mut status: libc::c_int = 0;
    // SAFETY: rusage is plain old data; zeroed is a valid value that wait4 overwrites.
    let mut ru: libc::rusage = unsafe { std::mem::zeroed() };
    loop {
        // SAFETY: valid pointers to locals; pid is our child.
        let r = unsafe { libc::wait4(pid, &mut status, 0, &mut ru) };
        if r == pid {
            break;
        }
        let err = io::Error::last_os_error();
        if err.kind() != io::ErrorKind::Interrupted {
            let _ = done_tx.send(());
            let _ = watchdog.join();
            return Err(err);
        }
    }
    let wall_s = start.elapsed().as_secs_f64();
    let _ = done_tx.send(());
    let _ = watchdog.join();
    drop(child); // already reaped; dropping only closes our handles
    let exit = if timed_out.load(Ordering::SeqCst) {
        Exit::TimedOut
    } else if libc::WIFEXITED(status) {
        Exit::Code(libc::WEXITSTATUS(status))
    } else if libc::WIFSIGNALED(status) {
        Exit::Signal(libc::WTERMSIG(status))
    } else {
        Exit::Code(-1)
    };
    Ok(Usage {
        wall_s,
        user_s: timeval_s(ru.ru_utime),
        sys_s: timeval_s(ru.ru_stime),
        max_rss_kb: ru.ru_maxrss.max(0) as u64,
        exit,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn measures_a_short_child() {
        let u = run(Command::new("sh").args(["-c", "exit 3"]), Duration::from_secs(10)).unwrap();
        assert_eq!(u.exit, Exit::Code(3));
        assert!(u.wall_s > 0.0 && u.max_rss_kb > 0);
    }

    #[test]
    fn kills_on_timeout() {
        let u = run(Command::new("sleep").arg("5"), Duration::from_millis(100)).unwrap();
        assert_eq!(u.exit, Exit::TimedOut);
        assert!(u.wall_s < 4.0);
    }

    #[test]
    fn missing_binary_is_an_error() {
        assert!(run(&mut Command::new("/nonexistent/gilfree"), Duration::from_secs(1)).is_err());
    }
}
