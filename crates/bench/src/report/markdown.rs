//! Markdown rendering: `summary.md` and the generated section of the docs page.
//! The headline table comes first, then the machine, then the details.

use super::Table;
use crate::machine;
use crate::results::Results;

pub fn table(t: &Table) -> String {
    let mut s = format!("### {}\n\n{}\n\n", t.title, t.note);
    s.push_str(&format!("| {} |\n", t.header.join(" | ")));
    s.push_str(&format!("|{}\n", t.header.iter().map(|_| "---|").collect::<String>()));
    for row in &t.rows {
        let cells: Vec<String> = row.iter().map(|c| c.replace('|', "\\|")).collect();
        s.push_str(&format!("| {} |\n", cells.join(" | ")));
    }
    s.push('\n');
    s
}

fn header(r: &Results) -> String {
    format!(
        "Machine: {}. Mode: {} ({} repetition(s), interleaved). Started {}.\n\n",
        machine::one_line(&r.machine),
        if r.quick { "quick" } else { "full" },
        r.reps,
        r.started
    )
}

fn engines(r: &Results) -> String {
    let mut s = String::from("Engines:\n\n");
    for e in &r.engines {
        let cmd = std::iter::once(e.exe.display().to_string()).chain(e.args.iter().cloned()).collect::<Vec<_>>().join(" ");
        s.push_str(&format!("- `{}`: `{cmd}` — {}\n", e.label, e.version));
    }
    s.push('\n');
    s
}

fn failures(r: &Results) -> String {
    let f = super::failures(r);
    if f.is_empty() {
        return "### Failures\n\nNone: every run printed the expected output.\n".into();
    }
    let mut s = String::from("### Failures\n\nFailed cells are not timed. First failure of each cell:\n\n");
    for line in f {
        s.push_str(&format!("- {line}\n"));
    }
    s
}

/// The body shared by `summary.md` and the docs section (no top-level title).
pub fn body(r: &Results) -> String {
    let mut s = header(r);
    s.push_str(&table(&super::headline(r)));
    if let Some(n) = super::noise(r) {
        s.push_str(&format!("{n}\n\n"));
    }
    if let Some(t) = super::ablation::table(r) {
        s.push_str(&table(&t));
    }
    s.push_str(&table(&super::micro(r)));
    s.push_str(&table(&super::single_thread_times(r)));
    s.push_str(&table(&super::threaded(r)));
    s.push_str(&table(&super::memory(r)));
    if let Some(t) = super::callgrind(r) {
        s.push_str(&table(&t));
    }
    s.push_str(&engines(r));
    s.push_str(&failures(r));
    s
}

pub fn summary(r: &Results) -> String {
    format!("# gilfree benchmark summary\n\n{}", body(r))
}
