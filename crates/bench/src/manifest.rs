//! The program list: `bench/programs/manifest.json`.
//!
//! Each entry names a program file (`<name>.py`), whether it takes a thread count as
//! its second argument, and its size in quick and full mode. Adding a benchmark means
//! adding a file, a manifest entry and its expected outputs — nothing in Rust.

use serde_json::Value;
use std::path::{Path, PathBuf};

#[derive(Clone, Debug)]
pub struct Program {
    pub name: String,
    pub threaded: bool,
    pub quick: u64,
    pub full: u64,
    pub what: String,
    /// Not a benchmark: measures start-up; excluded from means, subtracted from
    /// threaded runs before speedups.
    pub baseline: bool,
}

impl Program {
    pub fn size(&self, quick: bool) -> u64 {
        if quick {
            self.quick
        } else {
            self.full
        }
    }

    pub fn path(&self, dir: &Path) -> PathBuf {
        dir.join(format!("{}.py", self.name))
    }
}

/// Reads and checks the manifest in `dir`.
pub fn load(dir: &Path) -> Result<Vec<Program>, String> {
    let path = dir.join("manifest.json");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    parse(&text).map_err(|e| format!("{}: {e}", path.display()))
}

pub fn parse(text: &str) -> Result<Vec<Program>, String> {
    let doc: Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
    let list = doc["programs"].as_array().ok_or("no \"programs\" array")?;
    let mut out = Vec::new();
    for (i, p) in list.iter().enumerate() {
        let field = |k: &str| p.get(k).ok_or_else(|| format!("program {i}: missing {k:?}"));
        out.push(Program {
            name: field("name")?.as_str().ok_or("name must be a string")?.to_string(),
            threaded: field("threaded")?.as_bool().ok_or("threaded must be a bool")?,
            quick: field("quick")?.as_u64().ok_or("quick must be a positive integer")?,
            full: field("full")?.as_u64().ok_or("full must be a positive integer")?,
            what: p.get("what").and_then(Value::as_str).unwrap_or("").to_string(),
            baseline: p.get("baseline").and_then(Value::as_bool).unwrap_or(false),
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    #[test]
    fn parses_entries() {
        let ps = super::parse(
            r#"{"programs":[{"name":"fib","threaded":false,"quick":5,"full":9,"what":"calls"}]}"#,
        )
        .unwrap();
        assert_eq!(ps.len(), 1);
        assert_eq!((ps[0].size(true), ps[0].size(false)), (5, 9));
    }

    #[test]
    fn rejects_missing_fields() {
        assert!(super::parse(r#"{"programs":[{"name":"fib"}]}"#).is_err());
    }
}
