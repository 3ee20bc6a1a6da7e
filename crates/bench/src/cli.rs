//! Command-line options, parsed by hand (no argument-parsing crate: one small enum
//! of flags is not worth a dependency on a 2-core build machine).

use crate::engines::{check_mode, ABLATIONS, MODES};
use std::path::PathBuf;

pub const USAGE: &str = "\
gilfree-bench — run bench/programs on gilfree's refcount modes and on CPython

USAGE: gilfree-bench [OPTIONS]

  --quick               small sizes, 2 repetitions, threads 1,2 (under 2 minutes)
  --reps N              repetitions per cell (default: 5, quick: 2)
  --threads 1,2,4       thread counts for threaded programs (default: 1,2,4.. cores)
  --program a,b         only these programs (repeatable)
  --mode gil,biased     only these gilfree modes (repeatable; `none` = no gilfree);
                        ablations of biased: biased+no-immortal, biased+no-deferred, biased+no-lockfree
                        (default: all four modes, plus both ablations unless --quick)
  --gilfree PATH        gilfree binary (default: target/release/gilfree)
  --python PATH         also run this interpreter (repeatable); python3 always runs
  --no-discover         do not look for python3.13t / python3.13 builds
  --no-micro            skip the Rust micro-benchmarks of the primitives
  --micro-only          run only the micro-benchmarks
  --callgrind           also count instructions under valgrind (single-thread programs)
  --timeout SECS        kill a run after SECS (default: 60 quick, 600 full)
  --programs-dir DIR    where the programs live (default: bench/programs)
  --out DIR             output folder (default: bench/results/<timestamp>)
  --update-docs FILE    rewrite FILE's <!-- results:begin/end --> section
  -h, --help            this text

Writes OUT/results.json (every run), OUT/summary.md and OUT/report.html.";

#[derive(Debug, Default)]
pub struct Options {
    pub quick: bool,
    pub reps: Option<usize>,
    pub threads: Option<Vec<usize>>,
    pub programs: Vec<String>,
    pub modes: Vec<String>,
    pub gilfree: Option<PathBuf>,
    pub pythons: Vec<PathBuf>,
    pub no_discover: bool,
    pub no_micro: bool,
    pub micro_only: bool,
    pub callgrind: bool,
    pub timeout: Option<f64>,
    pub programs_dir: Option<PathBuf>,
    pub out: Option<PathBuf>,
    pub update_docs: Option<PathBuf>,
    pub help: bool,
}

fn list(v: &str) -> Vec<String> {
    v.split(',').map(str::trim).filter(|s| !s.is_empty()).map(String::from).collect()
}

pub fn parse(args: impl IntoIterator<Item = String>) -> Result<Options, String> {
    let mut o = Options::default();
    let mut it = args.into_iter();
    while let Some(arg) = it.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f.to_string(), Some(v.to_string())),
            _ => (arg.clone(), None),
        };
        let mut value = |name: &str| inline.clone().or_else(|| it.next()).ok_or(format!("{name} needs a value"));
        match flag.as_str() {
            "--quick" => o.quick = true,
            "--reps" => o.reps = Some(value("--reps")?.parse().map_err(|_| "--reps needs a number")?),
            "--threads" => {
                let t: Result<Vec<usize>, _> = list(&value("--threads")?).iter().map(|s| s.parse::<usize>()).collect();
                let t = t.map_err(|_| "--threads needs numbers like 1,2,4")?;
                if t.is_empty() || t.contains(&0) {
                    return Err("--threads needs positive numbers".into());
                }
                o.threads = Some(t);
            }
            "--program" => o.programs.extend(list(&value("--program")?)),
            "--mode" => {
                for m in list(&value("--mode")?) {
                    if m != "none" {
                        check_mode(&m)?;
                    }
                    if !o.modes.contains(&m) {
                        o.modes.push(m);
                    }
                }
            }
            "--gilfree" => o.gilfree = Some(value("--gilfree")?.into()),
            "--python" => o.pythons.push(value("--python")?.into()),
            "--no-discover" => o.no_discover = true,
            "--no-micro" => o.no_micro = true,
            "--micro-only" => o.micro_only = true,
            "--callgrind" => o.callgrind = true,
            "--timeout" => o.timeout = Some(value("--timeout")?.parse().map_err(|_| "--timeout needs seconds")?),
            "--programs-dir" => o.programs_dir = Some(value("--programs-dir")?.into()),
            "--out" => o.out = Some(value("--out")?.into()),
            "--update-docs" => o.update_docs = Some(value("--update-docs")?.into()),
            "-h" | "--help" => o.help = true,
            other => return Err(format!("unknown argument {other:?} (see --help)")),
        }
    }
    if o.reps == Some(0) {
        return Err("--reps must be at least 1".into());
    }
    Ok(o)
}

impl Options {
    /// The gilfree engines to run, in canonical order: the modes, then the ablations
    /// of biased (right after it), then any other flag combinations as given. Without
    /// `--mode`: all modes, plus the ablations in a full run (a quick run stays short).
    pub fn selected_modes(&self) -> Vec<String> {
        let canonical: Vec<&str> = MODES.iter().chain(ABLATIONS.iter()).copied().collect();
        if self.modes.is_empty() {
            let n = if self.quick { MODES.len() } else { canonical.len() };
            return canonical[..n].iter().map(|m| m.to_string()).collect();
        }
        let mut out: Vec<String> = canonical.iter().filter(|m| self.modes.iter().any(|x| x == *m)).map(|m| m.to_string()).collect();
        out.extend(self.modes.iter().filter(|m| *m != "none" && !canonical.contains(&m.as_str())).cloned());
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(a: &[&str]) -> Result<Options, String> {
        parse(a.iter().map(|s| s.to_string()))
    }

    #[test]
    fn parses_lists_and_values() {
        let o = p(&["--quick", "--threads", "1,2", "--program=fib,nbody", "--program", "text", "--mode", "biased,gil"]).unwrap();
        assert!(o.quick);
        assert_eq!(o.threads, Some(vec![1, 2]));
        assert_eq!(o.programs, ["fib", "nbody", "text"]);
        assert_eq!(o.selected_modes(), ["gil", "biased"]);
    }

    #[test]
    fn rejects_bad_input() {
        assert!(p(&["--mode", "fast"]).is_err());
        assert!(p(&["--threads", "0"]).is_err());
        assert!(p(&["--reps"]).is_err());
        assert!(p(&["--bogus"]).is_err());
    }

    #[test]
    fn ablation_modes_parse_and_sort_after_biased() {
        let o = p(&["--mode", "biased+no-deferred,gil", "--mode=biased+no-immortal,biased"]).unwrap();
        assert_eq!(o.selected_modes(), ["gil", "biased", "biased+no-immortal", "biased+no-deferred"]);
        let o = p(&["--mode", "biased+no-immortal+no-deferred,biased"]).unwrap();
        assert_eq!(o.selected_modes(), ["biased", "biased+no-immortal+no-deferred"]);
        assert_eq!(p(&["--mode", "biased+no-immortal,biased+no-immortal"]).unwrap().selected_modes(), ["biased+no-immortal"]);
    }

    #[test]
    fn rejects_unknown_modes_and_flags() {
        for bad in ["biased+no-gc", "gil+no-immortal", "biased+", "atomic+no-deferred", "biased+no-immortal+no-immortal", "nobiased"] {
            assert!(p(&["--mode", bad]).is_err(), "{bad}");
        }
        let e = p(&["--mode", "biased+no-gc"]).unwrap_err();
        assert!(e.contains("no-gc") && e.contains("no-immortal"), "{e}");
    }

    #[test]
    fn default_modes_include_ablations_only_in_full_runs() {
        let full = p(&[]).unwrap().selected_modes();
        assert_eq!(full, ["gil", "gil-atomic", "atomic", "biased", "biased+no-immortal", "biased+no-deferred", "biased+no-lockfree"]);
        assert_eq!(p(&["--quick"]).unwrap().selected_modes(), MODES);
    }

    #[test]
    fn mode_none_selects_no_gilfree() {
        assert!(p(&["--mode", "none"]).unwrap().selected_modes().is_empty());
    }
}
