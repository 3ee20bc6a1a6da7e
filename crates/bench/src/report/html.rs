//! `report.html`: one self-contained page (inline CSS and SVG, no scripts, no fetches).
//! The headline table is the first thing on the page; plots and details follow.

use super::{svg, Table};
use crate::machine;
use crate::results::Results;
use std::fmt::Write;

fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// Renders backticks as <code> and escapes the rest.
fn inline(s: &str) -> String {
    let mut out = String::new();
    for (i, part) in esc(s).split('`').enumerate() {
        if i % 2 == 1 {
            let _ = write!(out, "<code>{part}</code>");
        } else {
            out.push_str(part);
        }
    }
    out
}

fn table(t: &Table) -> String {
    let mut s = format!("<h2>{}</h2><p class=note>{}</p><table><tr>", esc(&t.title), inline(&t.note));
    for h in &t.header {
        let _ = write!(s, "<th>{}</th>", esc(h));
    }
    s.push_str("</tr>");
    for row in &t.rows {
        s.push_str("<tr>");
        for (i, c) in row.iter().enumerate() {
            let class = if c == "FAIL" { " class=fail" } else if c == "n/a" { " class=na" } else { "" };
            let tag = if i == 0 { "th" } else { "td" };
            let _ = write!(s, "<{tag}{class}>{}</{tag}>", inline(c));
        }
        s.push_str("</tr>");
    }
    s.push_str("</table>");
    s
}

fn ratio_chart(r: &Results, title: &str, base: Option<usize>, metric: fn(&Results, usize, usize, usize) -> Option<crate::stats::Summary>) -> String {
    let Some(base) = base else { return String::new() };
    let series: Vec<(usize, String)> = r.engines.iter().enumerate().filter(|(e, _)| *e != base).map(|(e, x)| (e, x.label.clone())).collect();
    let groups: Vec<(String, Vec<Option<f64>>)> = (0..r.programs.len())
        .filter(|&p| !r.programs[p].threaded && !r.programs[p].baseline)
        .map(|p| {
            let b = metric(r, base, p, 1).map(|s| s.median);
            let vals = series.iter().map(|(e, _)| Some(metric(r, *e, p, 1)?.median / b?)).collect();
            (r.programs[p].name.clone(), vals)
        })
        .collect();
    if groups.iter().all(|(_, v)| v.iter().all(Option::is_none)) {
        return format!("<p class=note>{}: no data (the reference engine has no successful runs).</p>", esc(title));
    }
    svg::ratio_bars(title, &series, &groups)
}

fn speedup_charts(r: &Results) -> String {
    let mut s = String::from("<div class=grid>");
    for (p, prog) in r.programs.iter().enumerate().filter(|(_, p)| p.threaded) {
        let series: Vec<(usize, String, Vec<Option<f64>>)> = r
            .engines
            .iter()
            .enumerate()
            .map(|(e, eng)| (e, eng.label.clone(), r.threads.iter().map(|&t| super::speedup(r, e, p, t)).collect()))
            .collect();
        s.push_str(&svg::speedup_lines(&prog.name, &r.threads, &series));
    }
    s.push_str("</div>");
    s
}

const CSS: &str = "body{font-family:sans-serif;margin:1.2em;max-width:1200px}table{border-collapse:collapse;margin:.4em 0 1.2em}\
td,th{border:1px solid #ccc;padding:2px 6px;font-size:13px;text-align:right}th{background:#f4f4f4}tr th:first-child{text-align:left}\
.note{color:#555;font-size:12px;max-width:1000px}.fail{background:#fdd}.na{color:#999}.grid{display:flex;flex-wrap:wrap;gap:8px}\
code{background:#f4f4f4;padding:0 2px}h1{font-size:22px}h2{font-size:17px;margin-top:1.4em}";

pub fn report(r: &Results) -> String {
    let mut s = String::new();
    let _ = write!(s, "<!doctype html><html><head><meta charset=utf-8><title>gilfree benchmark report</title><style>{CSS}</style></head><body>");
    let _ = write!(s, "<h1>gilfree: what reference counting costs, measured</h1><p class=note>{} — {} mode, {} repetition(s), interleaved — started {}</p>",
        esc(&machine::one_line(&r.machine)), if r.quick { "quick" } else { "full" }, r.reps, esc(&r.started));
    s.push_str(&table(&super::headline(r)));
    if let Some(n) = super::noise(r) {
        let _ = write!(s, "<p class=note>{}</p>", inline(&n.replace("**", "")));
    }
    if let Some(t) = super::ablation::table(r) {
        s.push_str(&table(&t));
    }
    let legend: Vec<String> = r.engines.iter().enumerate().map(|(i, e)| format!("<span style=\"color:{}\">■</span> {}", svg::color(i), esc(&e.label))).collect();
    let _ = write!(s, "<p class=note>Engines: {}</p>", legend.join(" &nbsp; "));
    s.push_str("<h2>Single-thread time, normalised</h2>");
    s.push_str(&ratio_chart(r, "wall time / CPython (lower is better)", r.cpython(), super::wall));
    s.push_str(&ratio_chart(r, "wall time / gilfree gil mode (lower is better)", r.gil(), super::wall));
    s.push_str("<h2>Peak memory, normalised</h2>");
    s.push_str(&ratio_chart(r, "max RSS / CPython (lower is better)", r.cpython(), super::rss));
    s.push_str(&ratio_chart(r, "max RSS / gilfree gil mode (lower is better)", r.gil(), super::rss));
    s.push_str("<h2>Speedup vs threads</h2><p class=note>Threads × T(1)/T(threads), start-up time subtracted; each thread does a full share of work, so the dashed diagonal is perfect scaling and a flat line at 1 is a GIL.</p>");
    s.push_str(&speedup_charts(r));
    s.push_str(&table(&super::micro(r)));
    s.push_str(&table(&super::single_thread_times(r)));
    s.push_str(&table(&super::threaded(r)));
    s.push_str(&table(&super::memory(r)));
    if let Some(t) = super::callgrind(r) {
        s.push_str(&table(&t));
    }
    s.push_str("<h2>Engines</h2><ul>");
    for e in &r.engines {
        let cmd = std::iter::once(e.exe.display().to_string()).chain(e.args.iter().cloned()).collect::<Vec<_>>().join(" ");
        let _ = write!(s, "<li><b>{}</b>: <code>{}</code> — {}</li>", esc(&e.label), esc(&cmd), esc(&e.version));
    }
    s.push_str("</ul><h2>Failures</h2><ul>");
    let f = super::failures(r);
    if f.is_empty() {
        s.push_str("<li>None: every run printed the expected output.</li>");
    }
    for line in f {
        let _ = write!(s, "<li>{}</li>", esc(&line));
    }
    s.push_str("</ul><p class=note>Raw measurements: results.json beside this file.</p></body></html>\n");
    s
}
