//! "What each biased ingredient buys": `biased` against its ablation variants
//! (`biased+no-immortal`, `biased+no-deferred`, …), each the same build with one
//! ingredient switched off. Single-thread cost is the geomean time ratio to `biased`;
//! the threaded side is each engine's speedup at the headline thread count, per
//! threaded program and as a geomean, so the two can be read side by side.

use super::{geo_ratio, geo_speedup, headline_threads, opt_ratio, opt_x, single_programs, speedup, threaded_programs, wall, Table};
use crate::engines::{flags, ABLATION_FLAGS};
use crate::results::Results;

/// What a variant switches off, from its flags.
fn switched_off(mode: &str) -> String {
    let what: Vec<&str> = flags(mode)
        .into_iter()
        .map(|f| ABLATION_FLAGS.iter().find(|(k, _)| *k == f).map(|(_, w)| *w).unwrap_or(f))
        .collect();
    what.join("; ")
}

/// The table, when `biased` and at least one ablation variant were run.
pub fn table(r: &Results) -> Option<Table> {
    let biased = r.engines.iter().position(|e| e.mode.as_deref() == Some("biased"))?;
    let variants: Vec<usize> = (0..r.engines.len())
        .filter(|&e| r.engines[e].mode.as_deref().is_some_and(|m| m.starts_with("biased+")))
        .collect();
    if variants.is_empty() {
        return None;
    }
    let n = single_programs(r).len();
    let t = headline_threads(r);
    let threaded = threaded_programs(r);
    let mut rows = Vec::new();
    for e in std::iter::once(biased).chain(variants) {
        let mode = r.engines[e].mode.clone().unwrap_or_default();
        let mut row = vec![
            format!("`{}`", r.engines[e].label),
            if e == biased { "nothing (reference)".into() } else { switched_off(&mode) },
            opt_ratio(geo_ratio(r, e, Some(biased), wall), n),
            opt_x(if t > 1 { geo_speedup(r, e, t, |_| true) } else { None }),
        ];
        row.extend(threaded.iter().map(|&p| opt_x(if t > 1 { speedup(r, e, p, t) } else { None })));
        rows.push(row);
    }
    let mut header: Vec<String> = vec![
        "engine".into(),
        "switched off".into(),
        "1-thread time vs biased".into(),
        format!("{t}-thread speedup, all threaded (geomean)"),
    ];
    header.extend(threaded.iter().map(|&p| format!("{t}-thread speedup, {}", r.programs[p].name)));
    Some(Table {
        title: "What each biased ingredient buys".into(),
        note: format!(
            "Each variant is `biased` with one ingredient switched off (`gilfree -X rc=biased,FLAG`): \
             the objects listed are then reference-counted like any other. \
             Time: geometric mean over the {n} single-thread programs of median wall time divided by `biased`'s \
             (above 1.00x = the ingredient saves that much). Speedup: {t} threads doing {t}x the work, \
             {t} × T(1)/T({t}) with start-up subtracted (ideal {t}.00x); compare each variant's with `biased`'s. \
             — = not measured."
        ),
        header,
        rows,
    })
}

#[cfg(test)]
mod tests {
    use crate::engines::Engine;
    use crate::manifest::Program;
    use crate::measure::{Exit, Usage};
    use crate::results::{Results, RunRecord};

    fn engine(mode: &str) -> Engine {
        Engine { label: mode.into(), exe: "gilfree".into(), args: Vec::new(), mode: Some(mode.into()), version: String::new(), available: true }
    }

    fn program(name: &str, threaded: bool) -> Program {
        Program { name: name.into(), threaded, quick: 1, full: 1, what: String::new(), baseline: false }
    }

    fn run(engine: usize, program: usize, threads: usize, wall_s: f64) -> RunRecord {
        let usage = Usage { wall_s, user_s: wall_s, sys_s: 0.0, max_rss_kb: 1, exit: Exit::Code(0) };
        RunRecord { engine, program, size: 1, threads, rep: 0, usage: Some(usage), failure: None }
    }

    fn results(engines: &[&str], runs: Vec<RunRecord>) -> Results {
        Results {
            started: String::new(),
            quick: true,
            reps: 1,
            threads: vec![1, 2],
            machine: serde_json::json!({}),
            engines: engines.iter().map(|m| engine(m)).collect(),
            programs: vec![program("fib", false), program("mt_shared", true)],
            runs,
            micro: Vec::new(),
            callgrind: Vec::new(),
        }
    }

    #[test]
    fn compares_each_variant_with_biased() {
        // biased: fib 1.0s, mt_shared 1.0s → 1.0s at 2 threads (2.00x);
        // no-immortal: fib 1.2s; no-deferred: mt_shared 2.0s at 2 threads (1.00x).
        let runs = vec![
            run(0, 0, 1, 1.0), run(0, 1, 1, 1.0), run(0, 1, 2, 1.0),
            run(1, 0, 1, 1.2), run(1, 1, 1, 1.0), run(1, 1, 2, 1.0),
            run(2, 0, 1, 1.0), run(2, 1, 1, 1.0), run(2, 1, 2, 2.0),
        ];
        let t = super::table(&results(&["biased", "biased+no-immortal", "biased+no-deferred"], runs)).unwrap();
        assert_eq!(t.rows.len(), 3);
        assert_eq!(t.header.len(), 5);
        assert_eq!(t.rows[0][2..], ["1.00x", "2.00x", "2.00x"]);
        assert_eq!(t.rows[1][2..], ["1.20x", "2.00x", "2.00x"]);
        assert_eq!(t.rows[2][2..], ["1.00x", "1.00x", "1.00x"]);
        assert!(t.rows[1][1].starts_with("immortal") && t.rows[2][1].starts_with("deferred"));
    }

    #[test]
    fn absent_without_biased_or_variants() {
        assert!(super::table(&results(&["gil", "biased"], Vec::new())).is_none());
        assert!(super::table(&results(&["gil", "biased+no-immortal"], Vec::new())).is_none());
    }
}
