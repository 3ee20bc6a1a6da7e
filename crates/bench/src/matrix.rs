//! The benchmark matrix and the order it is walked in.
//!
//! Cells are (engine, program, thread count). Single-thread programs get one thread
//! count (1); threaded programs get every selected count. Each repetition walks all
//! cells with the engine as the innermost loop, so the engines' runs of one program
//! sit next to each other in time: a noisy neighbour or a frequency change then hits
//! every engine alike and the ratios survive it (round-robin interleaving).

use crate::manifest::Program;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Cell {
    pub engine: usize,
    pub program: usize,
    pub threads: usize,
}

/// Thread counts 1, 2, 4, … up to `cores`, always ending with `cores` itself.
pub fn default_threads(cores: usize) -> Vec<usize> {
    let mut out = vec![1];
    let mut t = 2;
    while t < cores {
        out.push(t);
        t *= 2;
    }
    if cores > 1 {
        out.push(cores);
    }
    out
}

/// All cells in walking order: program, then thread count, then engine.
pub fn cells(engines: usize, programs: &[Program], threads: &[usize]) -> Vec<Cell> {
    let mut out = Vec::new();
    for (p, prog) in programs.iter().enumerate() {
        let counts: &[usize] = if prog.threaded { threads } else { &[1] };
        for &t in counts {
            for e in 0..engines {
                out.push(Cell { engine: e, program: p, threads: t });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prog(name: &str, threaded: bool) -> Program {
        Program { name: name.into(), threaded, quick: 1, full: 2, what: String::new(), baseline: false }
    }

    #[test]
    fn thread_counts_end_at_core_count() {
        assert_eq!(default_threads(1), vec![1]);
        assert_eq!(default_threads(2), vec![1, 2]);
        assert_eq!(default_threads(6), vec![1, 2, 4, 6]);
        assert_eq!(default_threads(8), vec![1, 2, 4, 8]);
    }

    #[test]
    fn engines_are_innermost_and_single_thread_programs_run_once() {
        let ps = [prog("a", false), prog("b", true)];
        let cs = cells(2, &ps, &[1, 2]);
        assert_eq!(cs.len(), 2 + 2 * 2);
        assert_eq!((cs[0].engine, cs[1].engine), (0, 1));
        assert!(cs[..2].iter().all(|c| c.program == 0 && c.threads == 1));
        assert_eq!(cs[4], Cell { engine: 0, program: 1, threads: 2 });
    }
}
