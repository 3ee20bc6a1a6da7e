//! Describing the machine a result came from: CPU model, core count, memory, OS,
//! kernel, and the versions of every engine. Reports name the machine because ratios
//! between atomic and plain instructions differ between CPU generations.

use crate::engines::Engine;
use serde_json::{json, Value};

fn read(path: &str) -> String {
    std::fs::read_to_string(path).unwrap_or_default()
}

fn cpu_model() -> String {
    read("/proc/cpuinfo")
        .lines()
        .find(|l| l.starts_with("model name"))
        .and_then(|l| l.split(':').nth(1))
        .map(|s| s.trim().to_string())
        .unwrap_or_else(|| std::env::consts::ARCH.to_string())
}

fn mem_total_gib() -> f64 {
    read("/proc/meminfo")
        .lines()
        .find(|l| l.starts_with("MemTotal:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|kb| kb.parse::<f64>().ok())
        .map(|kb| kb / 1024.0 / 1024.0)
        .unwrap_or(0.0)
}

fn os_name() -> String {
    read("/etc/os-release")
        .lines()
        .find(|l| l.starts_with("PRETTY_NAME="))
        .map(|l| l["PRETTY_NAME=".len()..].trim_matches('"').to_string())
        .unwrap_or_else(|| std::env::consts::OS.to_string())
}

fn kernel() -> String {
    // SAFETY: utsname is plain data; uname fills it with NUL-terminated strings.
    unsafe {
        let mut u: libc::utsname = std::mem::zeroed();
        if libc::uname(&mut u) != 0 {
            return String::new();
        }
        let field = |f: &[libc::c_char]| {
            let bytes: Vec<u8> = f.iter().take_while(|c| **c != 0).map(|c| *c as u8).collect();
            String::from_utf8_lossy(&bytes).into_owned()
        };
        format!("{} {}", field(&u.sysname), field(&u.release))
    }
}

/// The 1-minute load average, from /proc/loadavg.
pub fn load_average() -> Option<f64> {
    read("/proc/loadavg").split_whitespace().next()?.parse().ok()
}

/// Logical cores available to this process.
pub fn cores() -> usize {
    std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1)
}

pub fn describe(engines: &[Engine]) -> Value {
    let versions: Vec<Value> = engines
        .iter()
        .map(|e| json!({"label": e.label, "exe": e.exe.display().to_string(), "version": e.version}))
        .collect();
    json!({
        "cpu": cpu_model(),
        "cores": cores(),
        "memory_gib": (mem_total_gib() * 10.0).round() / 10.0,
        "os": os_name(),
        "kernel": kernel(),
        "arch": std::env::consts::ARCH,
        "load_average_at_start": load_average(),
        "engines": versions,
    })
}

/// One line naming the machine, for report headers.
pub fn one_line(m: &Value) -> String {
    format!(
        "{} ({} cores, {} GiB), {}, {}",
        m["cpu"].as_str().unwrap_or("?"),
        m["cores"],
        m["memory_gib"],
        m["os"].as_str().unwrap_or("?"),
        m["kernel"].as_str().unwrap_or("?")
    )
}
