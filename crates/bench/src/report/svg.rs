//! Hand-written SVG charts, inlined into `report.html` (no plotting crate, no
//! JavaScript). Two shapes: grouped horizontal bars of ratios with a reference line at
//! 1.0, and speedup-vs-threads lines with the dashed ideal diagonal.

use std::fmt::Write;

const PALETTE: [&str; 10] =
    ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"];

pub fn color(i: usize) -> &'static str {
    PALETTE[i % PALETTE.len()]
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// Series names with their colours, as a legend row.
fn legend(out: &mut String, series: &[(usize, String)], x0: f64, y: f64) {
    let mut x = x0;
    for (c, name) in series {
        let _ = write!(out, r#"<rect x="{x}" y="{}" width="10" height="10" fill="{}"/>"#, y - 9.0, color(*c));
        let _ = write!(out, r#"<text x="{}" y="{y}" font-size="11">{}</text>"#, x + 14.0, esc(name));
        x += 24.0 + 7.0 * name.len() as f64;
    }
}

/// Grouped horizontal bars: `groups` are (label, value per series; None = missing).
/// `series` are (colour index, name). A vertical line marks 1.0.
pub fn ratio_bars(title: &str, series: &[(usize, String)], groups: &[(String, Vec<Option<f64>>)]) -> String {
    let bar = 9.0;
    let gap = 8.0;
    let left = 130.0;
    let width = 560.0;
    let top = 44.0;
    let group_h = series.len() as f64 * bar + gap;
    let height = top + groups.len() as f64 * group_h + 30.0;
    let max = groups
        .iter()
        .flat_map(|(_, v)| v.iter().flatten().copied())
        .fold(1.0f64, f64::max)
        .min(20.0)
        * 1.08;
    let sx = |v: f64| left + v.min(max) / max * width;
    let mut s = String::new();
    let _ = write!(s, r#"<svg xmlns="http://www.w3.org/2000/svg" width="{}" height="{height}" font-family="sans-serif">"#, left + width + 60.0);
    let _ = write!(s, r#"<text x="4" y="16" font-size="14" font-weight="bold">{}</text>"#, esc(title));
    legend(&mut s, series, 4.0, 34.0);
    for (g, (label, values)) in groups.iter().enumerate() {
        let y0 = top + g as f64 * group_h;
        let _ = write!(s, r#"<text x="{}" y="{}" font-size="11" text-anchor="end">{}</text>"#, left - 6.0, y0 + group_h / 2.0, esc(label));
        for (i, v) in values.iter().enumerate() {
            let y = y0 + i as f64 * bar;
            match v {
                Some(v) => {
                    let _ = write!(s, r#"<rect x="{left}" y="{y}" width="{:.1}" height="{}" fill="{}"><title>{}: {v:.3}</title></rect>"#,
                        sx(*v) - left, bar - 1.0, color(series[i].0), esc(&series[i].1));
                    let _ = write!(s, r#"<text x="{:.1}" y="{}" font-size="8">{v:.2}</text>"#, sx(*v) + 2.0, y + bar - 2.0);
                }
                None => {
                    let _ = write!(s, r##"<text x="{}" y="{}" font-size="8" fill="#999">n/a</text>"##, left + 2.0, y + bar - 2.0);
                }
            }
        }
    }
    let bottom = top + groups.len() as f64 * group_h;
    let one = sx(1.0);
    let _ = write!(s, r##"<line x1="{one}" y1="{top}" x2="{one}" y2="{bottom}" stroke="#000" stroke-dasharray="3,3"/>"##);
    let _ = write!(s, r#"<text x="{one}" y="{}" font-size="10" text-anchor="middle">1.0</text>"#, bottom + 14.0);
    s.push_str("</svg>");
    s
}

/// Speedup vs threads for one program: one polyline per series, the ideal y = x dashed.
pub fn speedup_lines(title: &str, threads: &[usize], series: &[(usize, String, Vec<Option<f64>>)]) -> String {
    let (w, h, left, top, bottom) = (300.0, 220.0, 36.0, 24.0, 40.0);
    let tmax = threads.iter().copied().max().unwrap_or(1).max(2) as f64;
    let ymax = series.iter().flat_map(|(_, _, v)| v.iter().flatten().copied()).fold(tmax, f64::max) * 1.05;
    let px = |t: f64| left + (t - 1.0) / (tmax - 1.0) * (w - left - 10.0);
    let py = |v: f64| top + (1.0 - v / ymax) * (h - top - bottom);
    let mut s = String::new();
    let _ = write!(s, r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" font-family="sans-serif">"#);
    let _ = write!(s, r#"<text x="4" y="14" font-size="12" font-weight="bold">{}</text>"#, esc(title));
    let _ = write!(s, r##"<line x1="{left}" y1="{}" x2="{}" y2="{}" stroke="#000"/>"##, py(0.0), w - 10.0, py(0.0));
    let _ = write!(s, r##"<line x1="{left}" y1="{top}" x2="{left}" y2="{}" stroke="#000"/>"##, py(0.0));
    for &t in threads {
        let _ = write!(s, r#"<text x="{:.1}" y="{}" font-size="10" text-anchor="middle">{t}</text>"#, px(t as f64), py(0.0) + 12.0);
    }
    let mut tick = 0.0;
    while tick <= ymax {
        let _ = write!(s, r#"<text x="{}" y="{:.1}" font-size="9" text-anchor="end">{tick}</text>"#, left - 3.0, py(tick) + 3.0);
        tick += if ymax > 8.0 { 2.0 } else { 0.5 };
    }
    let _ = write!(s, r##"<line x1="{:.1}" y1="{:.1}" x2="{:.1}" y2="{:.1}" stroke="#888" stroke-dasharray="4,3"><title>ideal</title></line>"##,
        px(1.0), py(1.0), px(tmax), py(tmax));
    for (c, name, values) in series {
        let pts: Vec<String> = threads
            .iter()
            .zip(values)
            .filter_map(|(t, v)| v.map(|v| format!("{:.1},{:.1}", px(*t as f64), py(v))))
            .collect();
        if pts.is_empty() {
            continue;
        }
        let _ = write!(s, r#"<polyline points="{}" fill="none" stroke="{}" stroke-width="2"><title>{}</title></polyline>"#, pts.join(" "), color(*c), esc(name));
        for p in &pts {
            let (x, y) = p.split_once(',').unwrap_or(("0", "0"));
            let _ = write!(s, r#"<circle cx="{x}" cy="{y}" r="2.5" fill="{}"/>"#, color(*c));
        }
    }
    let _ = write!(s, r#"<text x="{}" y="{}" font-size="10" text-anchor="middle">threads (ideal dashed)</text>"#, w / 2.0, h - 6.0);
    s.push_str("</svg>");
    s
}

#[cfg(test)]
mod tests {
    #[test]
    fn charts_are_well_formed_enough() {
        let s = super::ratio_bars("t<", &[(0, "a".into())], &[("p".into(), vec![Some(1.5)])]);
        assert!(s.starts_with("<svg") && s.ends_with("</svg>") && s.contains("t&lt;"));
        let l = super::speedup_lines("x", &[1, 2], &[(0, "a".into(), vec![Some(1.0), None])]);
        assert!(l.contains("polyline"));
    }
}
