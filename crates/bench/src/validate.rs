//! Output validation: a run only counts if it printed exactly the expected text.
//!
//! Expected outputs are produced by CPython 3.11 (`bench/gen_expected.py`) and stored
//! as `bench/programs/expected/<name>.<size>.txt`. Comparison is exact except that
//! `\r\n` is read as `\n`; a mismatch is described by its first differing line so the
//! report can show what went wrong without dumping whole outputs.

use std::path::{Path, PathBuf};

/// Path of the expected output for `name` at `size` inside `programs_dir`.
pub fn expected_path(programs_dir: &Path, name: &str, size: u64) -> PathBuf {
    programs_dir.join("expected").join(format!("{name}.{size}.txt"))
}

/// `Ok(())` when `actual` matches `expected`, else a one-line description of the
/// first difference.
pub fn check(actual: &str, expected: &str) -> Result<(), String> {
    let a = actual.replace("\r\n", "\n");
    let e = expected.replace("\r\n", "\n");
    if a == e {
        return Ok(());
    }
    let mut al = a.split_inclusive('\n');
    let mut el = e.split_inclusive('\n');
    let mut line = 1;
    loop {
        match (al.next(), el.next()) {
            (Some(x), Some(y)) if x == y => line += 1,
            (Some(x), Some(y)) if x.trim_end_matches('\n') == y.trim_end_matches('\n') => {
                return Err(format!("line {line}: newline at end of line differs"))
            }
            (Some(x), Some(y)) => {
                return Err(format!("line {line}: got {:?}, expected {:?}", clip(x.trim_end_matches('\n')), clip(y.trim_end_matches('\n'))))
            }
            (Some(x), None) => {
                return Err(format!("line {line}: unexpected extra output {:?}", clip(x.trim_end_matches('\n'))))
            }
            (None, Some(y)) => {
                return Err(format!("line {line}: output ended, expected {:?}", clip(y.trim_end_matches('\n'))))
            }
            (None, None) => return Err("outputs differ".to_string()),
        }
    }
}

fn clip(s: &str) -> String {
    if s.chars().count() > 80 {
        let head: String = s.chars().take(77).collect();
        format!("{head}...")
    } else {
        s.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identical_outputs_pass() {
        assert_eq!(check("a\nb\n", "a\nb\n"), Ok(()));
        assert_eq!(check("a\r\nb\r\n", "a\nb\n"), Ok(()));
    }

    #[test]
    fn first_difference_is_reported() {
        let err = check("a\nX\nc\n", "a\nb\nc\n").unwrap_err();
        assert!(err.starts_with("line 2:"), "{err}");
        assert!(err.contains("\"X\"") && err.contains("\"b\""), "{err}");
    }

    #[test]
    fn missing_and_extra_lines_are_failures() {
        assert!(check("a\n", "a\nb\n").unwrap_err().contains("line 2"));
        assert!(check("a\nb\nc\n", "a\nb\n").unwrap_err().contains("extra"));
        assert!(check("", "x\n").is_err());
    }

    #[test]
    fn missing_trailing_newline_is_a_failure() {
        assert!(check("a", "a\n").is_err());
    }

    #[test]
    fn expected_path_layout() {
        let p = expected_path(Path::new("bench/programs"), "fib", 25);
        assert_eq!(p, PathBuf::from("bench/programs/expected/fib.25.txt"));
    }
}
