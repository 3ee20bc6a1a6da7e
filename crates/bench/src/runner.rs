//! Running the matrix: spawn each program, validate its output, keep its measurement.
//!
//! A run counts only if the process exited 0 and printed exactly the expected output;
//! otherwise it is recorded as a failure with its reason and its time is not used.
//! A cell that failed once is not retried in later repetitions (a broken mode should
//! cost seconds, not minutes), and an engine that could not start at all is recorded
//! as failing every cell without being spawned. Children get `PYTHONHASHSEED=0` and
//! write stdout/stderr to scratch files, so the harness never blocks on a pipe.

use crate::engines::Engine;
use crate::manifest::Program;
use crate::matrix::Cell;
use crate::measure::{self, Exit};
use crate::progress::Progress;
use crate::results::RunRecord;
use crate::validate;
use std::collections::HashMap;
use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

pub struct Runner {
    pub programs_dir: PathBuf,
    pub scratch: PathBuf,
    pub quick: bool,
    pub timeout: Duration,
}

/// The command line for one run: `ENGINE ARGS prog.py SIZE [THREADS]`.
pub fn command_for(engine: &Engine, prog_path: &Path, size: u64, threads: Option<usize>) -> Command {
    let mut cmd = Command::new(&engine.exe);
    cmd.args(&engine.args).arg(prog_path).arg(size.to_string());
    if let Some(t) = threads {
        cmd.arg(t.to_string());
    }
    cmd.env("PYTHONHASHSEED", "0");
    cmd
}

impl Runner {
    fn expected(&self, prog: &Program, size: u64) -> Result<String, String> {
        let path = validate::expected_path(&self.programs_dir, &prog.name, size);
        std::fs::read_to_string(&path)
            .map_err(|_| format!("no expected output {} (run bench/gen_expected.py)", path.display()))
    }

    /// Runs `engine` on `prog` once and returns its record (rep and indices filled in
    /// by the caller).
    pub fn run_once(&self, engine: &Engine, prog: &Program, threads: usize) -> (Option<measure::Usage>, Option<String>) {
        let size = prog.size(self.quick);
        let expected = match self.expected(prog, size) {
            Ok(e) => e,
            Err(e) => return (None, Some(e)),
        };
        let out_path = self.scratch.join("stdout.txt");
        let err_path = self.scratch.join("stderr.txt");
        let files = File::create(&out_path).and_then(|o| Ok((o, File::create(&err_path)?)));
        let (out, err) = match files {
            Ok(f) => f,
            Err(e) => return (None, Some(format!("scratch file: {e}"))),
        };
        let mut cmd = command_for(engine, &prog.path(&self.programs_dir), size, prog.threaded.then_some(threads));
        cmd.stdin(Stdio::null()).stdout(out).stderr(err);
        let usage = match measure::run(&mut cmd, self.timeout) {
            Ok(u) => u,
            Err(e) => return (None, Some(format!("cannot start {}: {e}", engine.exe.display()))),
        };
        let stdout = std::fs::read(&out_path).map(|b| String::from_utf8_lossy(&b).into_owned()).unwrap_or_default();
        let failure = match usage.exit {
            Exit::Code(0) => validate::check(&stdout, &expected).err().map(|d| format!("wrong output: {d}")),
            Exit::Code(c) => Some(format!("exit status {c}: {}", stderr_tail(&err_path))),
            Exit::Signal(s) => Some(format!("killed by signal {s}: {}", stderr_tail(&err_path))),
            Exit::TimedOut => Some(format!("timed out after {:.0}s", self.timeout.as_secs_f64())),
        };
        (Some(usage), failure)
    }

    /// Walks `cells` `reps` times (round-robin) and returns every run.
    pub fn run_matrix(&self, engines: &[Engine], programs: &[Program], cells: &[Cell], reps: usize) -> Vec<RunRecord> {
        let mut records = Vec::new();
        let mut failed: HashMap<Cell, String> = HashMap::new();
        let mut progress = Progress::new(cells.len() * reps);
        for rep in 0..reps {
            for &cell in cells {
                let engine = &engines[cell.engine];
                let prog = &programs[cell.program];
                let size = prog.size(self.quick);
                let what = format!("rep {}/{reps} {} {} {size} t={}", rep + 1, engine.label, prog.name, cell.threads);
                if failed.contains_key(&cell) {
                    progress.step(&format!("{what}: skipped (failed before)"));
                    continue;
                }
                let (usage, failure) = if engine.available {
                    self.run_once(engine, prog, cell.threads)
                } else {
                    (None, Some(format!("engine unavailable: {}", engine.version)))
                };
                let note = match (&usage, &failure) {
                    (_, Some(f)) => format!("FAILED {}", first_line(f)),
                    (Some(u), None) => format!("{:.3}s", u.wall_s),
                    (None, None) => String::new(),
                };
                progress.step(&format!("{what}: {note}"));
                if let Some(f) = &failure {
                    failed.insert(cell, f.clone());
                }
                records.push(RunRecord {
                    engine: cell.engine,
                    program: cell.program,
                    size,
                    threads: cell.threads,
                    rep,
                    usage,
                    failure,
                });
            }
        }
        progress.finish();
        records
    }
}

fn first_line(s: &str) -> &str {
    s.lines().next().unwrap_or("")
}

/// The last non-empty line of a child's stderr, clipped, for failure messages.
fn stderr_tail(path: &Path) -> String {
    let text = std::fs::read(path).map(|b| String::from_utf8_lossy(&b).into_owned()).unwrap_or_default();
    let last = text.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("(no stderr)").trim();
    last.chars().take(200).collect()
}
