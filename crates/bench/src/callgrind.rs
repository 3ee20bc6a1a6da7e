//! Instruction counts under valgrind's callgrind: deterministic numbers that do not
//! move with machine noise, for the single-thread programs at their quick size.
//!
//! Each program runs once per engine as `valgrind --tool=callgrind
//! --callgrind-out-file=F ENGINE prog.py SIZE`; the total comes from the `summary:`
//! (or `totals:`) line of F. The output is validated like a timed run.

use crate::engines::Engine;
use crate::manifest::Program;
use crate::results::CallgrindRecord;
use crate::validate;
use std::path::Path;
use std::process::Command;

/// Whether `valgrind` can be started.
pub fn available() -> bool {
    Command::new("valgrind").arg("--version").output().map(|o| o.status.success()).unwrap_or(false)
}

/// Parses the total instruction count from a callgrind output file.
pub fn parse_total(text: &str) -> Option<u64> {
    text.lines()
        .find(|l| l.starts_with("summary:"))
        .or_else(|| text.lines().find(|l| l.starts_with("totals:")))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|n| n.parse().ok())
}

/// What to run under valgrind for `engine`. `gilfree -X rc=MODE` re-executes the
/// binary of that mode (`gilfree-MODE` beside it), and valgrind does not follow an
/// exec: run that binary directly, with the mode and ablation flags in `GILFREE_RC`.
fn direct_binary(engine: &Engine) -> (std::path::PathBuf, Vec<String>, Option<String>) {
    if let Some(mode) = &engine.mode {
        let spec = mode.replace('+', ",");
        let base = spec.split(',').next().unwrap_or_default().to_string();
        let sibling = engine.exe.with_file_name(format!("gilfree-{base}"));
        if sibling.is_file() {
            return (sibling, Vec::new(), Some(spec));
        }
    }
    (engine.exe.clone(), engine.args.clone(), None)
}

pub fn run(engines: &[Engine], programs: &[Program], dir: &Path, scratch: &Path) -> Vec<CallgrindRecord> {
    let mut out = Vec::new();
    for (p, prog) in programs.iter().enumerate().filter(|(_, p)| !p.threaded && !p.baseline) {
        let size = prog.quick;
        for (e, engine) in engines.iter().enumerate() {
            let mut rec = CallgrindRecord { engine: e, program: p, size, instructions: None, failure: None };
            if !engine.available {
                rec.failure = Some(format!("engine unavailable: {}", engine.version));
                out.push(rec);
                continue;
            }
            let file = scratch.join(format!("callgrind.{}.{}.out", engine.label.replace('/', "_"), prog.name));
            eprintln!("callgrind: {} {} {size}", engine.label, prog.name);
            let (exe, args, rc_env) = direct_binary(engine);
            let mut cmd = Command::new("valgrind");
            if let Some(spec) = rc_env {
                cmd.env("GILFREE_RC", spec);
            }
            let result = cmd
                .arg("--tool=callgrind")
                .arg(format!("--callgrind-out-file={}", file.display()))
                .arg(&exe)
                .args(&args)
                .arg(prog.path(dir))
                .arg(size.to_string())
                .env("PYTHONHASHSEED", "0")
                .output();
            match result {
                Err(e) => rec.failure = Some(format!("cannot start valgrind: {e}")),
                Ok(o) if !o.status.success() => rec.failure = Some(format!("exit status {:?}", o.status.code())),
                Ok(o) => {
                    let expected = std::fs::read_to_string(validate::expected_path(dir, &prog.name, size)).unwrap_or_default();
                    match validate::check(&String::from_utf8_lossy(&o.stdout), &expected) {
                        Err(d) => rec.failure = Some(format!("wrong output: {d}")),
                        Ok(()) => {
                            rec.instructions = std::fs::read_to_string(&file).ok().as_deref().and_then(parse_total);
                            if rec.instructions.is_none() {
                                rec.failure = Some("no summary line in callgrind output".into());
                            }
                        }
                    }
                }
            }
            let _ = std::fs::remove_file(&file);
            out.push(rec);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn parses_summary_line() {
        let text = "version: 1\nevents: Ir\nfn=main\n1 5\nsummary: 123456\ntotals: 123456\n";
        assert_eq!(super::parse_total(text), Some(123456));
        assert_eq!(super::parse_total("events: Ir\n"), None);
    }
}
