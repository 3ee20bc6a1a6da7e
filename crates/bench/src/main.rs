//! `gilfree-bench`: the benchmark harness.
//!
//! One session: find the engines (gilfree's modes, CPython builds), walk the matrix
//! programs × engines × thread counts × repetitions round-robin, validate every output
//! before keeping its time, run the primitive micro-benchmarks (and callgrind if
//! asked), then write `results.json`, `summary.md` and `report.html`. A broken or
//! missing gilfree never stops the session: its cells become failures in the report.
//! Module map: `cli` options · `engines` what runs · `manifest` what is run ·
//! `matrix` in which order · `runner`/`measure`/`validate` one run · `stats` ·
//! `results` the record · `report` (+ ablation, markdown, html, svg) · `micro` · `callgrind` ·
//! `machine` · `docs` · `progress` · `clock`.

mod callgrind;
mod cli;
mod clock;
mod docs;
mod engines;
mod machine;
mod manifest;
mod matrix;
mod measure;
mod micro;
mod progress;
mod report;
mod results;
mod runner;
mod stats;
mod validate;

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

/// `bench/programs` relative to the current directory, else relative to this crate.
fn default_programs_dir() -> PathBuf {
    let here = PathBuf::from("bench/programs");
    if here.join("manifest.json").exists() {
        return here;
    }
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../bench/programs")
}

fn default_gilfree() -> PathBuf {
    let here = PathBuf::from("target/release/gilfree");
    if here.exists() {
        return here;
    }
    let built = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/release/gilfree");
    if built.exists() {
        built
    } else {
        here
    }
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

fn session(o: cli::Options) -> Result<(), String> {
    let programs_dir = o.programs_dir.clone().unwrap_or_else(default_programs_dir);
    let mut programs = manifest::load(&programs_dir)?;
    if !o.programs.is_empty() {
        for name in &o.programs {
            if !programs.iter().any(|p| &p.name == name) {
                return Err(format!("unknown program {name:?}"));
            }
        }
        // the start-up baseline always runs: speedups are computed net of it
        programs.retain(|p| p.baseline || o.programs.contains(&p.name));
    }
    let cores = machine::cores();
    let threads = o.threads.clone().unwrap_or_else(|| if o.quick { vec![1, 2] } else { matrix::default_threads(cores) });
    let reps = o.reps.unwrap_or(if o.quick { 2 } else { 5 });
    let (started, stamp) = clock::now();
    let out = o.out.clone().unwrap_or_else(|| PathBuf::from("bench/results").join(&stamp));
    std::fs::create_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;
    let scratch = out.join(".scratch");
    std::fs::create_dir_all(&scratch).map_err(|e| format!("{}: {e}", scratch.display()))?;

    let gilfree_path = o.gilfree.clone().unwrap_or_else(default_gilfree);
    let mut engines = engines::gilfree(&gilfree_path, &o.selected_modes());
    engines.extend(engines::external(&o.pythons, !o.no_discover));
    for e in &engines {
        eprintln!("engine {:<18} {} {}", e.label, if e.available { "ok  " } else { "FAIL" }, e.version);
    }
    let machine = machine::describe(&engines);
    eprintln!("machine: {}", machine::one_line(&machine));

    let mut results = results::Results {
        started,
        quick: o.quick,
        reps,
        threads: threads.clone(),
        machine,
        engines,
        programs,
        runs: Vec::new(),
        micro: Vec::new(),
        callgrind: Vec::new(),
    };
    if !o.micro_only {
        let runner = runner::Runner {
            programs_dir: programs_dir.clone(),
            scratch: scratch.clone(),
            quick: o.quick,
            timeout: Duration::from_secs_f64(o.timeout.unwrap_or(if o.quick { 60.0 } else { 600.0 })),
        };
        let cells = matrix::cells(results.engines.len(), &results.programs, &threads);
        results.runs = runner.run_matrix(&results.engines, &results.programs, &cells, reps);
    }
    if !o.no_micro {
        results.micro = micro::run(o.quick, cores);
    }
    if o.callgrind && !o.micro_only {
        if callgrind::available() {
            results.callgrind = callgrind::run(&results.engines, &results.programs, &programs_dir, &scratch);
        } else {
            eprintln!("warning: --callgrind given but valgrind is not installed; skipped");
        }
    }
    let _ = std::fs::remove_dir_all(&scratch);
    results.machine["load_average_at_end"] = serde_json::json!(machine::load_average());

    let json = serde_json::to_string_pretty(&results.to_json()).map_err(|e| e.to_string())?;
    write(&out.join("results.json"), &json)?;
    let summary = report::markdown::summary(&results);
    write(&out.join("summary.md"), &summary)?;
    write(&out.join("report.html"), &report::html::report(&results))?;
    if let Some(doc) = &o.update_docs {
        let page = std::fs::read_to_string(doc).map_err(|e| format!("{}: {e}", doc.display()))?;
        let body = format!(
            "_Generated by `gilfree-bench {}--update-docs` on {}; raw data in `{}`._\n\n{}",
            if o.quick { "--quick " } else { "" },
            results.started,
            out.join("results.json").display(),
            report::markdown::body(&results)
        );
        write(doc, &docs::replace_section(&page, &body).map_err(|e| format!("{}: {e}", doc.display()))?)?;
        eprintln!("updated {}", doc.display());
    }
    println!("{}", report::markdown::table(&report::headline(&results)));
    println!("wrote {}/results.json, summary.md, report.html", out.display());
    Ok(())
}

fn main() -> ExitCode {
    let opts = match cli::parse(std::env::args().skip(1)) {
        Ok(o) => o,
        Err(e) => {
            eprintln!("gilfree-bench: {e}\n\n{}", cli::USAGE);
            return ExitCode::from(2);
        }
    };
    if opts.help {
        println!("{}", cli::USAGE);
        return ExitCode::SUCCESS;
    }
    match session(opts) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("gilfree-bench: {e}");
            ExitCode::FAILURE
        }
    }
}
