//! Embeds the Python sources of `lib/` (the frozen stdlib modules) into the binary,
//! and selects the reference-counting mode of this build (`GILFREE_MODE`).

use std::fmt::Write;
use std::path::Path;

fn collect(dir: &Path, prefix: &str, out: &mut Vec<(String, String, bool)>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut entries: Vec<_> = entries.flatten().collect();
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let path = e.path();
        let name = e.file_name().to_string_lossy().into_owned();
        if name.starts_with('_') && name != "__init__.py" || name.starts_with('.') {
            if !(path.is_file() && name.ends_with(".py") && name != "__init__.py" && !name.starts_with("__")) {
                continue;
            }
        }
        if path.is_dir() {
            if name == "__pycache__" {
                continue;
            }
            let pkg = format!("{prefix}{name}");
            let init = path.join("__init__.py");
            if init.is_file() {
                out.push((pkg.clone(), init.to_string_lossy().into_owned(), true));
            }
            collect(&path, &format!("{pkg}."), out);
        } else if let Some(stem) = name.strip_suffix(".py") {
            if stem != "__init__" {
                out.push((format!("{prefix}{stem}"), path.to_string_lossy().into_owned(), false));
            }
        }
    }
}

/// The reference-counting mode this build compiles in (`GILFREE_MODE`, default `biased`).
fn select_mode() {
    println!("cargo:rerun-if-env-changed=GILFREE_MODE");
    println!("cargo:rustc-check-cfg=cfg(rc_mode, values(\"gil\", \"gil_atomic\", \"atomic\", \"biased\"))");
    // `--cfg gilfree_loom` (scripts/loom.sh): the loom model test of biased counting (object/sync.rs).
    println!("cargo:rustc-check-cfg=cfg(gilfree_loom)");
    let mode = std::env::var("GILFREE_MODE").unwrap_or_else(|_| "biased".into());
    let cfg = match mode.as_str() {
        "gil" => "gil",
        "gil-atomic" | "gil_atomic" => "gil_atomic",
        "atomic" => "atomic",
        "biased" | "" => "biased",
        other => panic!("GILFREE_MODE must be gil, gil-atomic, atomic or biased, not {other}"),
    };
    println!("cargo:rustc-cfg=rc_mode=\"{cfg}\"");
    println!("cargo:rustc-env=GILFREE_BUILT_MODE={}", cfg.replace('_', "-"));
}

fn main() {
    select_mode();
    let lib = Path::new(env!("CARGO_MANIFEST_DIR")).join("lib");
    println!("cargo:rerun-if-changed={}", lib.display());
    let mut mods = Vec::new();
    collect(&lib, "", &mut mods);
    let mut src = String::from("/// Frozen modules: (name, source, is_package).\npub static FROZEN: &[(&str, &str, bool)] = &[\n");
    for (name, path, pkg) in &mods {
        println!("cargo:rerun-if-changed={path}");
        let _ = writeln!(src, "    ({name:?}, include_str!({path:?}), {pkg}),");
    }
    src.push_str("];\n");
    let out = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("frozen.rs");
    std::fs::write(out, src).expect("write frozen.rs");
}
