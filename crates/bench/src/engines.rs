//! Engines: the things a program is run on.
//!
//! An engine is an executable plus fixed leading arguments: one per gilfree refcount
//! mode (`gilfree -X rc=MODE`), one per ablation variant of `biased` (`biased+FLAG`
//! runs `gilfree -X rc=biased,FLAG`: `+` because `--mode` lists split on commas), and
//! one per external interpreter (`python3` always,
//! free-threaded and GIL builds of CPython 3.13 when present, and every `--python`).
//! The first external is the CPython reference that ratios are taken against; gilfree's
//! `gil` mode is the other reference. External candidates are probed with a tiny
//! script and dropped silently if they do not run (pyenv shims for missing versions).

use std::path::{Path, PathBuf};
use std::process::Command;

/// gilfree's refcount modes in the order the report lists them.
pub const MODES: [&str; 4] = ["gil", "gil-atomic", "atomic", "biased"];

/// The ablation flags `biased` accepts, each switching one of its ingredients off,
/// with what that ingredient is.
pub const ABLATION_FLAGS: [(&str, &str); 3] = [
    ("no-immortal", "immortal objects: None, True/False, small ints, interned strings, builtin types"),
    ("no-deferred", "deferred objects: module-level functions and classes, modules, code constants, module globals read by other threads"),
    ("no-lockfree", "lock-free reads: list items, dict lookups and instance attributes of containers other threads read"),
];

/// The ablation variants as engine names, in the order the report lists them (right
/// after `biased`). Full runs include them by default; `--quick` runs do not.
pub const ABLATIONS: [&str; 3] = ["biased+no-immortal", "biased+no-deferred", "biased+no-lockfree"];

/// Checks an engine name given to `--mode`: one of `MODES`, or `biased` followed by
/// one or more distinct `+FLAG`s from `ABLATION_FLAGS`.
pub fn check_mode(name: &str) -> Result<(), String> {
    let mut parts = name.split('+');
    let base = parts.next().unwrap_or("");
    let flags: Vec<&str> = parts.collect();
    if !MODES.contains(&base) {
        return Err(format!("unknown mode {name:?}; modes: {}, {}", MODES.join(", "), ABLATIONS.join(", ")));
    }
    if !flags.is_empty() && base != "biased" {
        return Err(format!("mode {name:?}: ablation flags apply only to biased (e.g. {})", ABLATIONS[0]));
    }
    for (i, f) in flags.iter().enumerate() {
        if !ABLATION_FLAGS.iter().any(|(k, _)| k == f) {
            let known: Vec<&str> = ABLATION_FLAGS.iter().map(|(k, _)| *k).collect();
            return Err(format!("mode {name:?}: unknown ablation flag {f:?}; flags: {}", known.join(", ")));
        }
        if flags[..i].contains(f) {
            return Err(format!("mode {name:?}: flag {f:?} given twice"));
        }
    }
    Ok(())
}

/// The ablation flags of an engine name (`biased+no-immortal` → `["no-immortal"]`).
pub fn flags(name: &str) -> Vec<&str> {
    name.split('+').skip(1).collect()
}

/// The `-X` value that runs an engine name: `biased+no-immortal` → `rc=biased,no-immortal`.
pub fn rc_arg(name: &str) -> String {
    format!("rc={}", name.replace('+', ","))
}

#[derive(Clone, Debug)]
pub struct Engine {
    /// Short unique name used in tables: a mode name or e.g. `python3.13t`.
    pub label: String,
    pub exe: PathBuf,
    pub args: Vec<String>,
    /// The gilfree mode, or `None` for an external interpreter.
    pub mode: Option<String>,
    /// Version line as the engine reports it, or why it could not be asked.
    pub version: String,
    /// Whether the engine could start at all (probe succeeded).
    pub available: bool,
}

impl Engine {
    pub fn is_gilfree(&self) -> bool {
        self.mode.is_some()
    }
}

/// Prints the version (with `t` for a free-threaded build) and implementation on one
/// line and `sys.executable` on the next.
const PROBE: &str = "import sys; print(sys.version.split()[0] + ('t' if not getattr(sys, '_is_gil_enabled', lambda: True)() else ''), sys.implementation.name); print(sys.executable)";

/// The real interpreter behind a launcher (a pyenv shim adds ~100 ms of bash to every
/// start, which would swamp quick-mode timings): `sys.executable` from the probe.
fn resolve(exe: &Path, probe_out: &str) -> PathBuf {
    match probe_out.lines().nth(1).map(str::trim) {
        Some(real) if !real.is_empty() && Path::new(real).is_file() => PathBuf::from(real),
        _ => exe.to_path_buf(),
    }
}

/// Runs `exe ARGS -c PROBE`; returns the version line when it works.
fn probe(exe: &Path, args: &[String]) -> Result<String, String> {
    let out = Command::new(exe)
        .args(args)
        .args(["-c", PROBE])
        .output()
        .map_err(|e| e.to_string())?;
    if !out.status.success() {
        let err = String::from_utf8_lossy(&out.stderr);
        let last = err.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("").trim();
        return Err(if last.is_empty() { format!("{}", out.status) } else { last.to_string() });
    }
    Ok(String::from_utf8_lossy(&out.stdout).trim().to_string())
}

/// The gilfree engines for the selected modes. A missing binary still yields engines
/// (marked unavailable) so its cells appear as failures in the report.
pub fn gilfree(exe: &Path, modes: &[String]) -> Vec<Engine> {
    modes
        .iter()
        .map(|m| {
            let args = vec!["-X".to_string(), rc_arg(m)];
            // An existing binary is always run, even if the probe script fails: an
            // interpreter under construction may lack `sys` details yet run programs.
            let (available, version) = if !exe.is_file() {
                (false, format!("binary not found: {}", exe.display()))
            } else {
                match probe(exe, &args) {
                    Ok(v) => (true, v.lines().next().unwrap_or("").to_string()),
                    Err(e) => (true, format!("version unknown (probe failed: {e})")),
                }
            };
            Engine { label: m.clone(), exe: exe.to_path_buf(), args, mode: Some(m.clone()), version, available }
        })
        .collect()
}

fn on_path(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path).map(|d| d.join(name)).find(|p| p.is_file())
}

/// External interpreters: `python3`, then every `--python`, then (unless
/// `discover` is false) CPython 3.13 builds from PATH and /opt/cpython313. Duplicates
/// (same canonical file) and candidates that fail the probe are dropped.
pub fn external(explicit: &[PathBuf], discover: bool) -> Vec<Engine> {
    let mut candidates: Vec<PathBuf> = Vec::new();
    candidates.push(on_path("python3").unwrap_or_else(|| PathBuf::from("python3")));
    candidates.extend(explicit.iter().cloned());
    if discover {
        for name in ["python3.13t", "python3.13"] {
            if let Some(p) = on_path(name) {
                candidates.push(p);
            }
        }
        candidates.push(PathBuf::from("/opt/cpython313/ft/bin/python3.13t"));
        candidates.push(PathBuf::from("/opt/cpython313/gil/bin/python3.13"));
    }
    let mut seen: Vec<PathBuf> = Vec::new();
    let mut out: Vec<Engine> = Vec::new();
    for (i, exe) in candidates.into_iter().enumerate() {
        let explicit_one = i >= 1 && i <= explicit.len();
        let canon = std::fs::canonicalize(&exe).unwrap_or_else(|_| exe.clone());
        if seen.contains(&canon) {
            continue;
        }
        seen.push(canon);
        let (version, real) = match probe(&exe, &[]) {
            Ok(v) => (v.lines().next().unwrap_or("").to_string(), resolve(&exe, &v)),
            Err(e) => {
                if explicit_one || i == 0 {
                    eprintln!("warning: {} does not run ({e}); skipped", exe.display());
                }
                continue;
            }
        };
        let base = exe.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
        let mut label = base.clone();
        if out.iter().any(|e| e.label == label) {
            label = format!("{base}@{}", exe.parent().map(|p| p.display().to_string()).unwrap_or_default());
        }
        out.push(Engine { label, exe: real, args: Vec::new(), mode: None, version, available: true });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ablations_are_valid_modes_that_run_biased_with_flags() {
        for a in ABLATIONS {
            assert!(check_mode(a).is_ok(), "{a}");
        }
        assert_eq!(rc_arg("biased+no-immortal"), "rc=biased,no-immortal");
        assert_eq!(rc_arg("gil"), "rc=gil");
        assert_eq!(flags("biased+no-deferred"), ["no-deferred"]);
        assert!(flags("biased").is_empty());
    }

    #[test]
    fn bad_modes_and_flags_are_rejected() {
        for bad in ["fast", "gil+no-immortal", "biased+no-gc", "biased+", "biased+no-immortal+no-immortal", "+no-immortal", "biased,no-immortal"] {
            assert!(check_mode(bad).is_err(), "{bad}");
        }
        assert!(check_mode("biased+no-immortal+no-deferred").is_ok());
    }
}
