//! Conformance test runner for `tests/programs`.
//!
//! Every `tests/programs/<area>/<name>.py` (files or folders starting with `_`
//! are helpers and are skipped) is one test named `programs::<area>/<name>.py`.
//! The test runs the `gilfree` binary as `gilfree <name>.py` with the current
//! directory set to the program's folder, stdin from /dev/null and a 60 s
//! timeout (the child is killed and the test fails on timeout), then compares:
//!
//! * stdout, byte for byte, with `<name>.out` (a failure shows the first
//!   differing line, expected vs got);
//! * the exit code: 0 unless `<name>.err` exists; `<name>.err` has two lines,
//!   `exit: N` and the expected last non-empty line of stderr (an empty second
//!   line means stderr must have no non-empty line). Without `.err`, stderr is
//!   not compared.
//!
//! Expectations are produced by CPython: `python3 tests/bless.py` (re-check
//! with `python3 tests/bless.py --check`).
//!
//! Running:
//!   cargo test -p gilfree --test programs                    # all programs
//!   cargo test -p gilfree --test programs -- syntax/         # filter by substring
//!   GILFREE_TEST_MODES=gil,biased cargo test -p gilfree --test programs
//!
//! Known failures: `tests/known-failures.txt` lists tests (paths below
//! `tests/programs/`, one per line, `#` comments) that gilfree does not pass
//! yet. A listed test that fails is reported on stderr and counted as passing;
//! a listed test that passes prints a reminder to remove it from the list.
//! The list is public and every entry is a known gap, not a hidden skip.
//!
//! `GILFREE_TEST_MODES` (comma-separated) runs each program once per mode,
//! setting `GILFREE_RC=<mode>` in the child's environment; the test fails if
//! any mode fails, and the report names the mode. When unset (or empty) each
//! program runs once without `GILFREE_RC` (any inherited value is removed).

use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_secs(60);

struct Outcome {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    code: Option<i32>,
    signal: Option<i32>,
}

fn run_child(dir: &Path, file: &str, mode: Option<&str>) -> Result<Outcome, String> {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_gilfree"));
    cmd.arg(file)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONIOENCODING", "utf-8");
    match mode {
        Some(m) => {
            cmd.env("GILFREE_RC", m);
        }
        None => {
            cmd.env_remove("GILFREE_RC");
        }
    }
    let mut child = cmd
        .spawn()
        .map_err(|e| format!("cannot spawn {}: {e}", env!("CARGO_BIN_EXE_gilfree")))?;
    // Drain both pipes on threads so a chatty child can't deadlock on a full pipe.
    let mut out_pipe = child.stdout.take().expect("stdout piped");
    let mut err_pipe = child.stderr.take().expect("stderr piped");
    let out_thread = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = out_pipe.read_to_end(&mut buf);
        buf
    });
    let err_thread = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = err_pipe.read_to_end(&mut buf);
        buf
    });
    let start = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) => {
                if start.elapsed() >= TIMEOUT {
                    let _ = child.kill();
                    let _ = child.wait();
                    // The pipes close once the child is gone; grandchildren
                    // could keep them open, so don't join the readers.
                    return Err(format!("timed out after {} s (killed)", TIMEOUT.as_secs()));
                }
                std::thread::sleep(Duration::from_millis(5));
            }
            Err(e) => return Err(format!("wait failed: {e}")),
        }
    };
    let stdout = out_thread.join().unwrap_or_default();
    let stderr = err_thread.join().unwrap_or_default();
    #[cfg(unix)]
    let signal = {
        use std::os::unix::process::ExitStatusExt;
        status.signal()
    };
    #[cfg(not(unix))]
    let signal = None;
    Ok(Outcome {
        stdout,
        stderr,
        code: status.code(),
        signal,
    })
}

fn last_nonempty_line(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes)
        .lines()
        .filter(|l| !l.trim().is_empty())
        .last()
        .map(|l| l.trim_end().to_string())
        .unwrap_or_default()
}

fn tail(bytes: &[u8], n: usize) -> String {
    let s = String::from_utf8_lossy(bytes);
    let lines: Vec<&str> = s.lines().collect();
    let from = lines.len().saturating_sub(n);
    lines[from..].join("\n")
}

/// A readable description of the first difference between two outputs.
fn describe_diff(expected: &[u8], got: &[u8]) -> String {
    let exp = String::from_utf8_lossy(expected);
    let got_s = String::from_utf8_lossy(got);
    let el: Vec<&str> = exp.split_inclusive('\n').collect();
    let gl: Vec<&str> = got_s.split_inclusive('\n').collect();
    let n = el.len().max(gl.len());
    for i in 0..n {
        let e = el.get(i).copied();
        let g = gl.get(i).copied();
        if e != g {
            let show = |x: Option<&str>| match x {
                Some(s) => format!("{s:?}"),
                None => "<end of output>".to_string(),
            };
            return format!(
                "stdout differs at line {} (expected {} lines, got {}):\n  expected: {}\n  got:      {}",
                i + 1,
                el.len(),
                gl.len(),
                show(e),
                show(g)
            );
        }
    }
    "stdout differs (invalid UTF-8 bytes)".to_string()
}

struct ErrSpec {
    exit: i32,
    last_line: String,
}

fn parse_err(text: &str) -> Result<ErrSpec, String> {
    let mut lines = text.lines();
    let first = lines.next().unwrap_or("");
    let exit = first
        .strip_prefix("exit:")
        .map(str::trim)
        .and_then(|n| n.parse::<i32>().ok())
        .ok_or_else(|| format!("malformed .err file, first line {first:?}"))?;
    let last_line = lines.next().unwrap_or("").trim_end().to_string();
    Ok(ErrSpec { exit, last_line })
}

fn check_one(path: &Path, mode: Option<&str>) -> Result<(), String> {
    let dir = path.parent().ok_or("test has no parent folder")?;
    let file = path
        .file_name()
        .and_then(|f| f.to_str())
        .ok_or("test file name is not UTF-8")?;
    let out_path = path.with_extension("out");
    let err_path = path.with_extension("err");
    let expected_out = std::fs::read(&out_path)
        .map_err(|e| format!("cannot read {}: {e} (run python3 tests/bless.py)", out_path.display()))?;
    let err_spec = match std::fs::read_to_string(&err_path) {
        Ok(text) => Some(parse_err(&text)?),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(format!("cannot read {}: {e}", err_path.display())),
    };

    let outcome = run_child(dir, file, mode)?;
    let mut problems = Vec::new();

    let expected_code = err_spec.as_ref().map_or(0, |s| s.exit);
    match (outcome.code, outcome.signal) {
        (Some(c), _) if c == expected_code => {}
        (Some(c), _) => problems.push(format!("exit code {c}, expected {expected_code}")),
        (None, Some(sig)) => problems.push(format!("killed by signal {sig}, expected exit code {expected_code}")),
        (None, None) => problems.push(format!("no exit code, expected {expected_code}")),
    }
    if let Some(spec) = &err_spec {
        let got = last_nonempty_line(&outcome.stderr);
        if got != spec.last_line {
            problems.push(format!(
                "last stderr line differs:\n  expected: {:?}\n  got:      {:?}",
                spec.last_line, got
            ));
        }
    }
    if outcome.stdout != expected_out {
        problems.push(describe_diff(&expected_out, &outcome.stdout));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        let stderr_tail = tail(&outcome.stderr, 8);
        if !stderr_tail.is_empty() {
            problems.push(format!("stderr (last lines):\n{stderr_tail}"));
        }
        Err(problems.join("\n"))
    }
}

fn modes() -> Vec<Option<String>> {
    match std::env::var("GILFREE_TEST_MODES") {
        Ok(v) if !v.trim().is_empty() => v
            .split(',')
            .map(str::trim)
            .filter(|m| !m.is_empty())
            .map(|m| Some(m.to_string()))
            .collect(),
        _ => vec![None],
    }
}

/// Error whose `Debug` output is the raw message: datatest-stable reports
/// failures with `{:?}`, and a boxed `String` would print escaped on one line.
struct Failure(String);

impl std::fmt::Debug for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Failure {}

/// The tests listed in `tests/known-failures.txt`.
fn known_failures() -> &'static Vec<String> {
    static LIST: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    LIST.get_or_init(|| {
        let text = std::fs::read_to_string("../../tests/known-failures.txt").unwrap_or_default();
        text.lines()
            .map(|l| l.split('#').next().unwrap_or("").trim().to_string())
            .filter(|l| !l.is_empty())
            .collect()
    })
}

fn relative_name(path: &Path) -> String {
    let p = path.to_string_lossy().replace('\\', "/");
    match p.find("tests/programs/") {
        Some(i) => p[i + "tests/programs/".len()..].to_string(),
        None => p,
    }
}

fn programs(path: &Path) -> datatest_stable::Result<()> {
    let result = run_all_modes(path);
    let name = relative_name(path);
    if known_failures().iter().any(|k| *k == name) {
        match result {
            Ok(()) => eprintln!("note: {name} passes now; remove it from tests/known-failures.txt"),
            Err(e) => eprintln!("known failure: {name}: {}", e.to_string().lines().next().unwrap_or("")),
        }
        return Ok(());
    }
    result
}

fn run_all_modes(path: &Path) -> datatest_stable::Result<()> {
    let mut failures = Vec::new();
    for mode in modes() {
        if let Err(msg) = check_one(path, mode.as_deref()) {
            match &mode {
                Some(m) => failures.push(format!("[GILFREE_RC={m}] {msg}")),
                None => failures.push(msg),
            }
        }
    }
    if failures.is_empty() {
        Ok(())
    } else {
        Err(Box::new(Failure(failures.join("\n"))))
    }
}

// Root is relative to the crate directory. The pattern selects `.py` files
// whose path below `tests/programs/` has no component starting with `_`.
datatest_stable::harness!(
    programs,
    "../../tests/programs",
    r"tests/programs/(?:[^_/][^/]*/)*[^_/][^/]*\.py$",
);
