//! The ablation switches of the biased mode (`-X rc=biased,no-immortal`,
//! `-X rc=biased,no-deferred`, `-X rc=biased,no-lockfree`): they are accepted, really switch the feature
//! off (visible through `sys.getrefcount`, which reports immortal objects with
//! a huge count), leave program behaviour unchanged, and unknown switches are
//! rejected with exit code 2. Only meaningful for a `biased` build; in the
//! other modes these tests check nothing but the rejection.

use std::path::Path;
use std::process::Command;

fn gilfree(args: &[&str], dir: Option<&Path>) -> (i32, String, String) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_gilfree"));
    cmd.args(args).env_remove("GILFREE_RC");
    if let Some(d) = dir {
        cmd.current_dir(d);
    }
    let out = cmd.output().expect("gilfree runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn biased_build() -> bool {
    runtime::object::rc::MODE == "biased"
}

/// Is `sys.getrefcount` of the expression huge (immortal) under `-X rc=spec`?
fn immortal_under(spec: &str, setup: &str, expr: &str) -> bool {
    let code = format!("{setup}\nimport sys\nprint(sys.getrefcount({expr}) > 2**30)");
    let (rc, out, err) = gilfree(&["-X", &format!("rc={spec}"), "-c", &code], None);
    assert_eq!(rc, 0, "gilfree -X rc={spec} failed: {err}");
    out.trim() == "True"
}

#[test]
fn no_immortal_counts_singletons() {
    if !biased_build() {
        return;
    }
    assert!(immortal_under("biased", "", "None"));
    assert!(!immortal_under("biased,no-immortal", "", "None"));
    assert!(!immortal_under("biased,no-immortal", "", "len"));
}

#[test]
fn no_deferred_counts_module_level_functions() {
    if !biased_build() {
        return;
    }
    let setup = "def f():\n    pass";
    assert!(immortal_under("biased", setup, "f"));
    assert!(!immortal_under("biased,no-deferred", setup, "f"));
    // Nested functions are never deferred.
    let nested = "def outer():\n    def inner():\n        pass\n    return inner\ng = outer()";
    assert!(!immortal_under("biased", nested, "g"));
}

#[test]
fn ablations_do_not_change_behaviour() {
    if !biased_build() {
        return;
    }
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/programs/threads");
    for test in ["race_globals", "race_dict", "race_attrs", "race_lockfree_reads"] {
        let expected = std::fs::read_to_string(dir.join(format!("{test}.out"))).expect("expected output");
        for spec in ["biased,no-immortal", "biased,no-deferred", "biased,no-lockfree", "biased,no-immortal,no-deferred,no-lockfree"] {
            let (rc, out, err) = gilfree(&["-X", &format!("rc={spec}"), &format!("{test}.py")], Some(&dir));
            assert_eq!((rc, out.as_str()), (0, expected.as_str()), "{test} under {spec}: {err}");
        }
    }
}

#[test]
fn unknown_switch_is_rejected() {
    let mode = runtime::object::rc::MODE;
    let (rc, _, err) = gilfree(&["-X", &format!("rc={mode},no-such-thing"), "-c", "pass"], None);
    assert_eq!(rc, 2);
    assert!(err.contains("unknown rc flag 'no-such-thing'"), "{err}");
}
