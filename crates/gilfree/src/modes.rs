//! Choosing the reference-counting mode: `-X rc=MODE` or `GILFREE_RC=MODE`.
//!
//! Each mode is a separate build of the runtime (so no mode pays for another in
//! its hot path); `scripts/build-modes.sh` builds them all next to `gilfree` as
//! `gilfree-gil`, `gilfree-gil-atomic`, `gilfree-atomic` and `gilfree-biased`.
//! When the requested mode is not the one this binary was built with, gilfree
//! replaces itself with the sibling binary of that mode.

use std::os::unix::process::CommandExt;

/// The modes gilfree knows.
pub const MODES: [&str; 4] = ["gil", "gil-atomic", "atomic", "biased"];

/// The requested mode: the last `-X rc=...` before the program, else `GILFREE_RC`.
fn requested(args: &[String]) -> Option<String> {
    let mut mode = None;
    let mut i = 1;
    while i < args.len() {
        let a = &args[i];
        let opt = if a == "-X" {
            i += 1;
            args.get(i).cloned()
        } else {
            a.strip_prefix("-X").map(str::to_string)
        };
        match opt {
            Some(o) => {
                if let Some(v) = o.strip_prefix("rc=") {
                    mode = Some(v.to_string());
                }
            }
            None if a == "-c" || a == "-m" || !a.starts_with('-') || a == "-" => break,
            None => {}
        }
        i += 1;
    }
    mode.or_else(|| std::env::var("GILFREE_RC").ok().filter(|m| !m.is_empty()))
}

/// Re-exec the binary of the requested mode if it is not this one; returns only
/// when this binary should run the program, or `Err(exit_code)` on a bad request.
pub fn dispatch(args: &[String]) -> Result<(), i32> {
    let Some(spec) = requested(args) else { return Ok(()) };
    // Ablation flags (`biased,no-immortal`) follow the mode name after commas.
    let mode = spec.split(',').next().unwrap_or("").to_string();
    if !MODES.contains(&mode.as_str()) {
        eprintln!("gilfree: unknown rc mode '{mode}' (expected one of: {})", MODES.join(", "));
        return Err(2);
    }
    let unknown = runtime::object::deferred::unknown_flags(&spec);
    if !unknown.is_empty() {
        eprintln!("gilfree: unknown rc flag '{}' (expected: {})", unknown.join(","), runtime::object::deferred::FLAGS.join(", "));
        return Err(2);
    }
    if mode == runtime::object::rc::MODE && std::env::var("GILFREE_RC").ok().as_deref() != Some(spec.as_str()) {
        // The runtime reads its ablation switches from GILFREE_RC: re-exec this
        // binary with it set, so that `-X rc=biased,no-immortal` means the same.
        if spec.contains(',') {
            let exe = std::env::current_exe().map_err(|_| 2)?;
            let err = std::process::Command::new(&exe).arg0(&args[0]).args(&args[1..]).env("GILFREE_RC", &spec).exec();
            eprintln!("gilfree: cannot run {}: {err}", exe.display());
            return Err(2);
        }
    }
    if mode == runtime::object::rc::MODE {
        return Ok(());
    }
    let exe = std::env::current_exe().map_err(|_| 2)?;
    let dir = exe.parent().map(|d| d.to_path_buf()).unwrap_or_default();
    let sibling = dir.join(format!("gilfree-{mode}"));
    if !sibling.is_file() {
        eprintln!(
            "gilfree: this binary is built for rc mode '{}'; '{}' needs {} (build it with scripts/build-modes.sh)",
            runtime::object::rc::MODE,
            mode,
            sibling.display()
        );
        return Err(2);
    }
    let err = std::process::Command::new(&sibling).arg0(&args[0]).args(&args[1..]).env("GILFREE_RC", &spec).exec();
    eprintln!("gilfree: cannot run {}: {err}", sibling.display());
    Err(2)
}
