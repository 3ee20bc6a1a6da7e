//! Turning `Results` into answers: per-cell medians, ratios against the two
//! references (gilfree's `gil` mode and CPython), thread speedups, and the tables
//! every output format shares. The format modules only lay these out.
//!
//! Definitions used everywhere:
//! - time ratio of engine E on program P = median wall(E, P) / median wall(ref, P),
//!   combined over programs by geometric mean, using only programs where both ran;
//! - speedup at T threads = T × net(1 thread) / net(T threads), because threaded
//!   programs do T times the work with T threads; ideal = T. `net` is the median wall
//!   time minus the engine's start-up time (the `startup` baseline program), so a
//!   slow-starting interpreter does not look like it scales.

pub mod ablation;
pub mod html;
pub mod markdown;
pub mod svg;

use crate::results::Results;
use crate::stats::{self, Summary};

/// A table that every format can render: a title, a note, a header and string cells.
pub struct Table {
    pub title: String,
    pub note: String,
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// Median wall time summary of a cell.
pub fn wall(r: &Results, e: usize, p: usize, t: usize) -> Option<Summary> {
    let v: Vec<f64> = r.cell(e, p, t).filter_map(|x| x.usage.map(|u| u.wall_s)).collect();
    stats::summarize(&v)
}

/// Median peak RSS (KiB) summary of a cell.
pub fn rss(r: &Results, e: usize, p: usize, t: usize) -> Option<Summary> {
    let v: Vec<f64> = r.cell(e, p, t).filter_map(|x| x.usage.map(|u| u.max_rss_kb as f64)).collect();
    stats::summarize(&v)
}

/// Median CPU seconds of a cell.
pub fn cpu(r: &Results, e: usize, p: usize, t: usize) -> Option<f64> {
    let v: Vec<f64> = r.cell(e, p, t).filter_map(|x| x.usage.map(|u| u.cpu_s())).collect();
    stats::median(&v)
}

/// Single-thread benchmark programs (baselines excluded).
fn single_programs(r: &Results) -> Vec<usize> {
    (0..r.programs.len()).filter(|&p| !r.programs[p].threaded && !r.programs[p].baseline).collect()
}

/// Median start-up time of engine `e`, if the baseline program ran.
pub fn startup(r: &Results, e: usize) -> Option<f64> {
    let p = r.programs.iter().position(|p| p.baseline)?;
    wall(r, e, p, 1).map(|s| s.median)
}

fn threaded_programs(r: &Results) -> Vec<usize> {
    (0..r.programs.len()).filter(|&p| r.programs[p].threaded).collect()
}

/// Per-program ratios of `metric(e)` to `metric(base)` over `progs` at 1 thread.
fn ratios(r: &Results, e: usize, base: usize, progs: &[usize], metric: fn(&Results, usize, usize, usize) -> Option<Summary>) -> Vec<f64> {
    progs
        .iter()
        .filter_map(|&p| Some(metric(r, e, p, 1)?.median / metric(r, base, p, 1)?.median))
        .collect()
}

/// Geomean ratio and how many programs it covers.
pub fn geo_ratio(r: &Results, e: usize, base: Option<usize>, metric: fn(&Results, usize, usize, usize) -> Option<Summary>) -> Option<(f64, usize)> {
    let v = ratios(r, e, base?, &single_programs(r), metric);
    stats::geomean(&v).map(|g| (g, v.len()))
}

/// Speedup of engine `e` on program `p` at `t` threads.
pub fn speedup(r: &Results, e: usize, p: usize, t: usize) -> Option<f64> {
    let base = startup(r, e).unwrap_or(0.0);
    let one = wall(r, e, p, 1)?.median;
    let many = wall(r, e, p, t)?.median;
    if one > base && many > base {
        Some(t as f64 * (one - base) / (many - base))
    } else {
        Some(t as f64 * one / many)
    }
}

/// Geomean speedup at `t` threads over the threaded programs whose names satisfy `pick`.
pub fn geo_speedup(r: &Results, e: usize, t: usize, pick: impl Fn(&str) -> bool) -> Option<f64> {
    let v: Vec<f64> = threaded_programs(r)
        .into_iter()
        .filter(|&p| pick(&r.programs[p].name))
        .filter_map(|p| speedup(r, e, p, t))
        .collect();
    stats::geomean(&v)
}

pub fn x(v: f64) -> String {
    format!("{v:.2}x")
}

fn opt_x(v: Option<f64>) -> String {
    v.map(x).unwrap_or_else(|| "—".into())
}

fn opt_ratio(v: Option<(f64, usize)>, total: usize) -> String {
    match v {
        Some((g, n)) if n == total => x(g),
        Some((g, n)) => format!("{} ({n}/{total})", x(g)),
        None => "—".into(),
    }
}

fn secs(s: &Summary) -> String {
    let pct = s.rel_spread() * 100.0;
    if s.n > 1 {
        format!("{:.3}s ±{pct:.0}%", s.median)
    } else {
        format!("{:.3}s", s.median)
    }
}

fn cell_text(r: &Results, e: usize, p: usize, t: usize, s: Option<Summary>, show: impl Fn(&Summary) -> String) -> String {
    match s {
        Some(s) => show(&s),
        None => match r.cell_failure(e, p, t) {
            Some(f) if f.starts_with("engine unavailable") => "n/a".into(),
            Some(_) => "FAIL".into(),
            None => "—".into(),
        },
    }
}

/// A warning when the machine was busy: the load average, and the median ratio of
/// CPU time to wall time of single-thread runs (about 1.0 on an idle machine; lower
/// means the process waited for a core, so its wall time is inflated by noise).
pub fn noise(r: &Results) -> Option<String> {
    let busy: Vec<f64> = r
        .runs
        .iter()
        .filter(|x| x.ok() && x.threads == 1 && !r.programs[x.program].baseline)
        .filter_map(|x| x.usage.map(|u| u.cpu_s() / u.wall_s))
        .collect();
    let util = stats::median(&busy)?;
    let load = |k: &str| r.machine[k].as_f64().map(|v| format!("{v:.2}")).unwrap_or_else(|| "?".into());
    let line = format!(
        "Load average {} at start, {} at end; single-thread runs got a median {:.0}% of a core.",
        load("load_average_at_start"),
        load("load_average_at_end"),
        util * 100.0
    );
    Some(if util < 0.93 {
        format!("**Noisy machine:** {line} Other work competed for the CPU; treat ratios as rough and rerun.")
    } else {
        line
    })
}

/// The thread count the headline reports speedup at: 2 if measured, else the largest.
pub fn headline_threads(r: &Results) -> usize {
    if r.threads.contains(&2) {
        2
    } else {
        r.threads.iter().copied().max().unwrap_or(1)
    }
}

/// The answer: single-thread cost of each engine vs gil and vs CPython, memory, and
/// thread speedup.
pub fn headline(r: &Results) -> Table {
    let n = single_programs(r).len();
    let t = headline_threads(r);
    let cpy = r.cpython();
    let gil = r.gil();
    let mut rows = Vec::new();
    for (e, eng) in r.engines.iter().enumerate() {
        let total_cells = r.runs.iter().filter(|x| x.engine == e && x.rep == 0).count();
        let failed_cells = (0..r.programs.len())
            .flat_map(|p| r.threads.iter().map(move |&t| (p, t)))
            .filter(|&(p, t)| r.runs.iter().any(|x| x.engine == e && x.program == p && x.threads == t) && r.cell_failure(e, p, t).is_some())
            .count();
        let name = if eng.is_gilfree() { format!("gilfree `{}`", eng.label) } else { format!("{} ({})", eng.label, eng.version) };
        rows.push(vec![
            name,
            opt_ratio(geo_ratio(r, e, gil, wall), n),
            opt_ratio(geo_ratio(r, e, cpy, wall), n),
            opt_ratio(geo_ratio(r, e, gil, rss), n),
            opt_ratio(geo_ratio(r, e, cpy, rss), n),
            opt_x(geo_speedup(r, e, t, |p| p == "mt_independent")),
            opt_x(geo_speedup(r, e, t, |p| p == "mt_shared")),
            opt_x(geo_speedup(r, e, t, |_| true)),
            format!("{}/{}", total_cells - failed_cells.min(total_cells), total_cells),
        ]);
    }
    let cpy_label = cpy.map(|c| r.engines[c].label.clone()).unwrap_or_else(|| "CPython".into());
    Table {
        title: "Headline".into(),
        note: format!(
            "Single-thread columns: geometric mean over the {n} single-thread programs of median wall time \
             (or peak RSS) divided by gilfree `gil` mode's / {cpy_label}'s (lower is better; 1.00x = same). \
             Speedup columns: {t} threads doing {t}x the work, {t} × T(1)/T({t}) with start-up time subtracted; ideal {t}.00x. \
             — = no successful runs to compare."
        ),
        header: vec![
            "engine".into(),
            "time vs gil".into(),
            format!("time vs {cpy_label}"),
            "memory vs gil".into(),
            format!("memory vs {cpy_label}"),
            format!("{t}-thread speedup, independent"),
            format!("{t}-thread speedup, shared objects"),
            format!("{t}-thread speedup, all threaded (geomean)"),
            "cells ok".into(),
        ],
        rows,
    }
}

/// Single-thread programs: median wall time per engine, with spread.
pub fn single_thread_times(r: &Results) -> Table {
    let cpy = r.cpython();
    let mut rows = Vec::new();
    let baseline = r.programs.iter().position(|p| p.baseline);
    for p in baseline.into_iter().chain(single_programs(r)) {
        let label = if r.programs[p].baseline {
            format!("{} (baseline, not in means)", r.programs[p].name)
        } else {
            format!("{} ({})", r.programs[p].name, r.programs[p].size(r.quick))
        };
        let mut row = vec![label];
        for e in 0..r.engines.len() {
            let s = wall(r, e, p, 1);
            let base = cpy.and_then(|c| wall(r, c, p, 1));
            row.push(cell_text(r, e, p, 1, s, |s| match (base, Some(e) != cpy) {
                (Some(b), true) => format!("{} ({})", secs(s), x(s.median / b.median)),
                _ => secs(s),
            }));
        }
        rows.push(row);
    }
    let mut header = vec!["program (size)".to_string()];
    header.extend(r.engines.iter().map(|e| e.label.clone()));
    Table {
        title: "Single-thread wall time".into(),
        note: "Median over repetitions ± half the min–max range; in parentheses the ratio to the CPython reference.".into(),
        header,
        rows,
    }
}

/// Peak memory per single-thread program.
pub fn memory(r: &Results) -> Table {
    let mut rows = Vec::new();
    for p in single_programs(r).into_iter().chain(threaded_programs(r)) {
        let mut row = vec![r.programs[p].name.clone()];
        for e in 0..r.engines.len() {
            row.push(cell_text(r, e, p, 1, rss(r, e, p, 1), |s| format!("{:.1} MiB", s.median / 1024.0)));
        }
        rows.push(row);
    }
    let mut header = vec!["program (1 thread)".to_string()];
    header.extend(r.engines.iter().map(|e| e.label.clone()));
    Table { title: "Peak memory (max RSS)".into(), note: "Median of ru_maxrss over repetitions.".into(), header, rows }
}

/// Threaded programs: wall time and speedup per engine and thread count.
pub fn threaded(r: &Results) -> Table {
    let mut rows = Vec::new();
    for p in threaded_programs(r) {
        for &t in &r.threads {
            let mut row = vec![format!("{} ({})", r.programs[p].name, r.programs[p].size(r.quick)), t.to_string()];
            for e in 0..r.engines.len() {
                let s = wall(r, e, p, t);
                let cpu_ratio = cpu(r, e, p, t).zip(s).map(|(c, s)| c / s.median);
                row.push(cell_text(r, e, p, t, s, |s| {
                    let sp = speedup(r, e, p, t).map(x).unwrap_or_default();
                    let util = cpu_ratio.map(|u| format!(", cpu {u:.1}")).unwrap_or_default();
                    if t == 1 {
                        format!("{}{util}", secs(s))
                    } else {
                        format!("{} → {sp}{util}", secs(s))
                    }
                }));
            }
            rows.push(row);
        }
    }
    let mut header = vec!["program (size per thread)".to_string(), "threads".to_string()];
    header.extend(r.engines.iter().map(|e| e.label.clone()));
    Table {
        title: "Threaded programs".into(),
        note: "Median wall time; → speedup T × T(1)/T(T) after subtracting the engine's start-up time (ideal = T); cpu = CPU seconds / wall seconds (cores kept busy).".into(),
        header,
        rows,
    }
}

/// The physics table.
pub fn micro(r: &Results) -> Table {
    let plain = r.micro.first().map(|m| m.ns_per_op).filter(|v| *v > 0.0);
    let rows = r
        .micro
        .iter()
        .map(|m| {
            vec![
                m.name.clone(),
                m.threads.to_string(),
                format!("{:.2}", m.ns_per_op),
                format!("{:.2}–{:.2}", m.min_ns, m.max_ns),
                plain.map(|p| x(m.ns_per_op / p)).unwrap_or_default(),
                m.note.clone(),
            ]
        })
        .collect();
    Table {
        title: "Primitive costs (micro-benchmarks)".into(),
        note: "One incref+decref pair (or lock+unlock) per op, ns per op per thread; median of 5 trials.".into(),
        header: ["primitive", "threads", "ns/op", "min–max", "vs plain", "what it stands for"].map(String::from).to_vec(),
        rows,
    }
}

/// Callgrind instruction counts, if collected.
pub fn callgrind(r: &Results) -> Option<Table> {
    if r.callgrind.is_empty() {
        return None;
    }
    let cpy = r.cpython();
    let mut rows = Vec::new();
    for p in single_programs(r) {
        let mut row = vec![r.programs[p].name.clone()];
        let base = cpy.and_then(|c| r.callgrind.iter().find(|x| x.engine == c && x.program == p)?.instructions);
        for e in 0..r.engines.len() {
            let rec = r.callgrind.iter().find(|x| x.engine == e && x.program == p);
            row.push(match rec {
                Some(c) => match (c.instructions, base) {
                    (Some(i), Some(b)) if Some(e) != cpy => format!("{:.1}M ({})", i as f64 / 1e6, x(i as f64 / b as f64)),
                    (Some(i), _) => format!("{:.1}M", i as f64 / 1e6),
                    (None, _) if c.failure.as_deref().is_some_and(|f| f.starts_with("engine unavailable")) => "n/a".into(),
                    (None, _) => "FAIL".into(),
                },
                None => "—".into(),
            });
        }
        rows.push(row);
    }
    let mut header = vec!["program (quick size)".to_string()];
    header.extend(r.engines.iter().map(|e| e.label.clone()));
    Some(Table {
        title: "Instructions executed (callgrind)".into(),
        note: "Millions of instructions, whole process; in parentheses the ratio to CPython. Repeatable to the instruction.".into(),
        header,
        rows,
    })
}

/// Every failed cell with its reason (first failure only).
pub fn failures(r: &Results) -> Vec<String> {
    let mut out = Vec::new();
    let mut seen = Vec::new();
    let mut unavailable = Vec::new();
    for run in &r.runs {
        if let Some(f) = &run.failure {
            if f.starts_with("engine unavailable") {
                if !unavailable.contains(&run.engine) {
                    unavailable.push(run.engine);
                    out.push(format!("{}: every cell — {f}", r.engines[run.engine].label));
                }
                continue;
            }
            let key = (run.engine, run.program, run.threads);
            if seen.contains(&key) {
                continue;
            }
            seen.push(key);
            out.push(format!("{} / {} / {} thread(s): {}", r.engines[run.engine].label, r.programs[run.program].name, run.threads, f));
        }
    }
    out
}
