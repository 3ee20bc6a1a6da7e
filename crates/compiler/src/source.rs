//! Source positions: byte offsets → (line, column), and a cheap bracket scan.
//!
//! `LineIndex` turns the parser's byte offsets into the 1-based lines and 0-based
//! UTF-8 byte columns that `Location` stores. `scan_brackets` walks the raw text
//! once, skipping comments and string literals, and reports bracket nesting deeper
//! than CPython's tokenizer allows (200) before the parser ever sees it, so that
//! pathological inputs such as a million `(` fail cleanly instead of building an
//! AST too deep to compile or even to drop.

use crate::bytecode::Location;
use ruff_text_size::TextRange;

/// CPython's tokenizer limit on bracket nesting (`MAXLEVEL`).
pub const MAX_BRACKET_DEPTH: usize = 200;

/// Line starts of a source text.
pub struct LineIndex {
    starts: Vec<u32>,
}

impl LineIndex {
    pub fn new(source: &str) -> LineIndex {
        let mut starts = vec![0u32];
        for (i, b) in source.bytes().enumerate() {
            if b == b'\n' {
                starts.push(i as u32 + 1);
            }
        }
        LineIndex { starts }
    }

    /// 1-based line and 0-based byte column of a byte offset.
    pub fn line_col(&self, offset: u32) -> (u32, u32) {
        let line = match self.starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        (line as u32 + 1, offset - self.starts[line])
    }

    pub fn location(&self, range: TextRange) -> Location {
        let (line, col) = self.line_col(range.start().into());
        let (end_line, end_col) = self.line_col(range.end().into());
        Location { line, end_line, col, end_col }
    }

    /// The text of 1-based `line`, without its line terminator.
    pub fn line_text<'s>(&self, source: &'s str, line: u32) -> &'s str {
        let i = (line.max(1) - 1) as usize;
        let Some(&start) = self.starts.get(i) else { return "" };
        let end = self.starts.get(i + 1).map(|&e| e as usize).unwrap_or(source.len());
        let text = source.get(start as usize..end).unwrap_or("");
        text.trim_end_matches(['\n', '\r'])
    }
}

/// Outcome of the bracket scan.
pub enum BracketProblem {
    /// Nesting exceeded `MAX_BRACKET_DEPTH` at this byte offset.
    TooDeep(usize),
    /// This opening bracket (byte offset, char) was never closed.
    Unclosed(usize, char),
}

/// Scan `source` for bracket nesting problems, ignoring comments and strings.
/// Returns the first too-deep position, else the innermost unclosed bracket, if any.
pub fn scan_brackets(source: &str) -> Option<BracketProblem> {
    let bytes = source.as_bytes();
    let mut stack: Vec<(usize, u8)> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            b'#' => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'\'' | b'"' => {
                let triple = i + 2 < bytes.len() && bytes[i + 1] == b && bytes[i + 2] == b;
                i += if triple { 3 } else { 1 };
                while i < bytes.len() {
                    let c = bytes[i];
                    if c == b'\\' {
                        i += 2;
                        continue;
                    }
                    if triple {
                        if c == b && i + 2 < bytes.len() && bytes[i + 1] == b && bytes[i + 2] == b {
                            i += 3;
                            break;
                        }
                    } else if c == b {
                        i += 1;
                        break;
                    } else if c == b'\n' {
                        break;
                    }
                    i += 1;
                }
                continue;
            }
            b'(' | b'[' | b'{' => {
                stack.push((i, b));
                if stack.len() > MAX_BRACKET_DEPTH {
                    return Some(BracketProblem::TooDeep(i));
                }
            }
            b')' | b']' | b'}' => {
                stack.pop();
            }
            _ => {}
        }
        i += 1;
    }
    stack.last().map(|&(pos, c)| BracketProblem::Unclosed(pos, c as char))
}
