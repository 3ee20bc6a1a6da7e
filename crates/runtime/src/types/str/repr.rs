//! `repr(str)`: CPython's quote choice and escapes.
//!
//! Single quotes unless the text contains `'` and no `"`; backslash, the
//! chosen quote, `\t \n \r` are escaped by name, other non-printable
//! characters as `\xhh`, `\uhhhh` or `\Uhhhhhhhh` (see `unicode::is_printable`).

use std::fmt::Write;

use super::unicode::is_printable;

/// The repr of a str with this text.
pub fn repr_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        push_escaped(&mut out, c, quote);
    }
    out.push(quote);
    out
}

/// Push `c` as it appears inside a repr quoted with `quote`.
pub fn push_escaped(out: &mut String, c: char, quote: char) {
    match c {
        '\\' => out.push_str("\\\\"),
        '\t' => out.push_str("\\t"),
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        _ if c == quote => {
            out.push('\\');
            out.push(c);
        }
        _ if is_printable(c) => out.push(c),
        _ => {
            let n = c as u32;
            let _ = if n < 0x100 {
                write!(out, "\\x{n:02x}")
            } else if n < 0x10000 {
                write!(out, "\\u{n:04x}")
            } else {
                write!(out, "\\U{n:08x}")
            };
        }
    }
}
