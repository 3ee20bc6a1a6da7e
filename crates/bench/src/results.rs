//! The raw record of a benchmark session and its JSON form (`results.json`).
//!
//! Every run is kept — successes with their measurements, failures with their reason —
//! so any report can be recomputed from the file alone. Reports read cells through
//! `Results::cell`, which returns only validated, successful runs.

use crate::engines::Engine;
use crate::manifest::Program;
use crate::measure::Usage;
use serde_json::{json, Value};

/// One execution of one program on one engine.
#[derive(Clone, Debug)]
pub struct RunRecord {
    pub engine: usize,
    pub program: usize,
    pub size: u64,
    pub threads: usize,
    pub rep: usize,
    /// Kernel accounting, when the process ran at all.
    pub usage: Option<Usage>,
    /// `None` when the run exited 0 and printed the expected output.
    pub failure: Option<String>,
}

impl RunRecord {
    pub fn ok(&self) -> bool {
        self.failure.is_none() && self.usage.is_some()
    }
}

/// Instruction count of one program under callgrind.
#[derive(Clone, Debug)]
pub struct CallgrindRecord {
    pub engine: usize,
    pub program: usize,
    pub size: u64,
    pub instructions: Option<u64>,
    pub failure: Option<String>,
}

/// One micro-benchmark row (see `micro.rs`).
#[derive(Clone, Debug)]
pub struct MicroRecord {
    pub name: String,
    pub threads: usize,
    /// Median nanoseconds per operation per thread.
    pub ns_per_op: f64,
    pub min_ns: f64,
    pub max_ns: f64,
    pub note: String,
}

pub struct Results {
    pub started: String,
    pub quick: bool,
    pub reps: usize,
    pub threads: Vec<usize>,
    pub machine: Value,
    pub engines: Vec<Engine>,
    pub programs: Vec<Program>,
    pub runs: Vec<RunRecord>,
    pub micro: Vec<MicroRecord>,
    pub callgrind: Vec<CallgrindRecord>,
}

impl Results {
    /// Successful runs of one (engine, program, threads) cell.
    pub fn cell(&self, engine: usize, program: usize, threads: usize) -> impl Iterator<Item = &RunRecord> {
        self.runs
            .iter()
            .filter(move |r| r.engine == engine && r.program == program && r.threads == threads && r.ok())
    }

    /// The first failure reason of a cell, if every run of it failed.
    pub fn cell_failure(&self, engine: usize, program: usize, threads: usize) -> Option<&str> {
        let mut runs = self.runs.iter().filter(|r| r.engine == engine && r.program == program && r.threads == threads);
        let mut reason = None;
        for r in runs.by_ref() {
            match &r.failure {
                None => return None,
                Some(f) if reason.is_none() => reason = Some(f.as_str()),
                Some(_) => {}
            }
        }
        reason
    }

    /// Index of the CPython reference (the first external engine).
    pub fn cpython(&self) -> Option<usize> {
        self.engines.iter().position(|e| !e.is_gilfree())
    }

    /// Index of gilfree's `gil` mode engine.
    pub fn gil(&self) -> Option<usize> {
        self.engines.iter().position(|e| e.mode.as_deref() == Some("gil"))
    }

    pub fn to_json(&self) -> Value {
        let engines: Vec<Value> = self
            .engines
            .iter()
            .map(|e| {
                json!({"label": e.label, "exe": e.exe.display().to_string(), "args": e.args,
                       "mode": e.mode, "version": e.version, "available": e.available})
            })
            .collect();
        let programs: Vec<Value> = self
            .programs
            .iter()
            .map(|p| json!({"name": p.name, "threaded": p.threaded, "quick": p.quick, "full": p.full, "what": p.what, "baseline": p.baseline}))
            .collect();
        let runs: Vec<Value> = self
            .runs
            .iter()
            .map(|r| {
                let mut v = json!({
                    "engine": self.engines[r.engine].label, "program": self.programs[r.program].name,
                    "size": r.size, "threads": r.threads, "rep": r.rep, "ok": r.ok(), "failure": r.failure,
                });
                if let Some(u) = &r.usage {
                    v["wall_s"] = json!(u.wall_s);
                    v["cpu_s"] = json!(u.cpu_s());
                    v["user_s"] = json!(u.user_s);
                    v["sys_s"] = json!(u.sys_s);
                    v["max_rss_kb"] = json!(u.max_rss_kb);
                }
                v
            })
            .collect();
        let micro: Vec<Value> = self
            .micro
            .iter()
            .map(|m| json!({"name": m.name, "threads": m.threads, "ns_per_op": m.ns_per_op,
                            "min_ns": m.min_ns, "max_ns": m.max_ns, "note": m.note}))
            .collect();
        let callgrind: Vec<Value> = self
            .callgrind
            .iter()
            .map(|c| json!({"engine": self.engines[c.engine].label, "program": self.programs[c.program].name,
                            "size": c.size, "instructions": c.instructions, "failure": c.failure}))
            .collect();
        json!({
            "schema": 1, "started": self.started, "quick": self.quick, "reps": self.reps,
            "threads": self.threads, "machine": self.machine, "engines": engines,
            "programs": programs, "runs": runs, "micro": micro, "callgrind": callgrind,
        })
    }
}
