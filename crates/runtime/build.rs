//! Embeds the Python sources of `lib/` (the frozen stdlib modules) into the binary.

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

fn main() {
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
