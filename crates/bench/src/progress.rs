//! A one-line progress indicator on stderr.
//!
//! On a terminal the line is rewritten in place; otherwise (logs, CI) each step is
//! printed on its own line so the log shows what ran. Never writes to stdout.

use std::io::{IsTerminal, Write};
use std::time::Instant;

pub struct Progress {
    total: usize,
    done: usize,
    start: Instant,
    tty: bool,
}

impl Progress {
    pub fn new(total: usize) -> Progress {
        Progress { total, done: 0, start: Instant::now(), tty: std::io::stderr().is_terminal() }
    }

    /// Records one finished step described by `what`.
    pub fn step(&mut self, what: &str) {
        self.done += 1;
        let elapsed = self.start.elapsed().as_secs_f64();
        let eta = if self.done > 0 { elapsed / self.done as f64 * (self.total - self.done.min(self.total)) as f64 } else { 0.0 };
        let line = format!("[{:>4}/{}] {:>5.0}s elapsed, ~{:.0}s left  {what}", self.done, self.total, elapsed, eta);
        let mut err = std::io::stderr().lock();
        if self.tty {
            let _ = write!(err, "\r\x1b[2K{}", truncate(&line, 118));
            let _ = err.flush();
        } else {
            let _ = writeln!(err, "{line}");
        }
    }

    /// Ends the line on a terminal.
    pub fn finish(&self) {
        if self.tty {
            eprintln!();
        }
    }
}

fn truncate(s: &str, n: usize) -> String {
    s.chars().take(n).collect()
}
