//! Replacement templates of `sub`, `subn` and `Match.expand`: `\1`, `\g<2>`,
//! `\g<name>`, `\g<0>` and the character escapes, parsed once per call into
//! literal runs and group references.
//!
//! A template is read as code points (a bytes template as Latin-1, like the
//! subject). Groups that did not take part in the match expand to nothing.

use super::translate::RegexError;

pub enum Piece {
    Lit(String),
    Group(usize),
}

/// Why a template is bad: a `re.error` (message and position) or, for an
/// unknown group name, an IndexError (as CPython raises it).
pub enum TemplateError {
    Syntax(RegexError),
    UnknownName(String),
}

fn syntax<T>(msg: impl Into<String>, pos: usize) -> Result<T, TemplateError> {
    Err(TemplateError::Syntax(RegexError { msg: msg.into(), pos }))
}

/// Parse `t` for a pattern with `groups` groups and the given names.
pub fn parse(t: &[char], groups: usize, names: &[(String, usize)]) -> Result<Vec<Piece>, TemplateError> {
    let mut pieces = Vec::new();
    let mut lit = String::new();
    let mut i = 0;
    let group_ref = |n: usize, pos: usize| -> Result<usize, TemplateError> {
        if n > groups {
            return syntax(format!("invalid group reference {n}"), pos);
        }
        Ok(n)
    };
    while i < t.len() {
        let c = t[i];
        if c != '\\' {
            lit.push(c);
            i += 1;
            continue;
        }
        let start = i;
        let Some(&e) = t.get(i + 1) else { return syntax("bad escape (end of pattern)", start) };
        i += 2;
        let group = match e {
            'g' => {
                if t.get(i) != Some(&'<') {
                    return syntax("missing <", i);
                }
                let from = i + 1;
                let Some(len) = t[from..].iter().position(|&c| c == '>') else {
                    if from >= t.len() {
                        return syntax("missing group name", from);
                    }
                    return syntax("missing >, unterminated name", from);
                };
                let name: String = t[from..from + len].iter().collect();
                i = from + len + 1;
                if name.is_empty() {
                    return syntax("missing group name", from);
                }
                if name.chars().all(|c| c.is_ascii_digit()) {
                    let n = name.parse::<usize>().unwrap_or(usize::MAX);
                    Some(group_ref(n, from)?)
                } else if name.starts_with(|c: char| c == '_' || c.is_alphabetic()) && name.chars().all(|c| c == '_' || c.is_alphanumeric()) {
                    match names.iter().find(|(x, _)| *x == name) {
                        Some(&(_, n)) => Some(n),
                        None => return Err(TemplateError::UnknownName(name)),
                    }
                } else {
                    return syntax(format!("bad character in group name '{name}'"), from);
                }
            }
            '0' => {
                let mut v = 0u32;
                let mut k = 0;
                while k < 2 && t.get(i).is_some_and(|c| ('0'..='7').contains(c)) {
                    v = v * 8 + (t[i] as u32 - '0' as u32);
                    i += 1;
                    k += 1;
                }
                lit.push(char::from_u32(v).unwrap_or('\0'));
                None
            }
            '1'..='9' => {
                let octal = |c: Option<&char>| c.is_some_and(|c| ('0'..='7').contains(c));
                if e <= '7' && octal(t.get(i)) && octal(t.get(i + 1)) {
                    let digits: String = t[i - 1..i + 2].iter().collect();
                    i += 2;
                    let v = u32::from_str_radix(&digits, 8).unwrap_or(0);
                    if v > 0o377 {
                        return syntax(format!("octal escape value \\{digits} outside of range 0-0o377"), start);
                    }
                    lit.push(char::from_u32(v).unwrap_or('\0'));
                    None
                } else {
                    let mut n = e as usize - '0' as usize;
                    if let Some(d) = t.get(i).filter(|d| d.is_ascii_digit()) {
                        n = n * 10 + (*d as usize - '0' as usize);
                        i += 1;
                    }
                    Some(group_ref(n, start + 1)?)
                }
            }
            'a' => {
                lit.push('\x07');
                None
            }
            'b' => {
                lit.push('\x08');
                None
            }
            'f' => {
                lit.push('\x0c');
                None
            }
            'n' => {
                lit.push('\n');
                None
            }
            'r' => {
                lit.push('\r');
                None
            }
            't' => {
                lit.push('\t');
                None
            }
            'v' => {
                lit.push('\x0b');
                None
            }
            '\\' => {
                lit.push('\\');
                None
            }
            e if e.is_ascii_alphabetic() => return syntax(format!("bad escape \\{e}"), start),
            e => {
                lit.push('\\');
                lit.push(e);
                None
            }
        };
        if let Some(g) = group {
            if !lit.is_empty() {
                pieces.push(Piece::Lit(std::mem::take(&mut lit)));
            }
            pieces.push(Piece::Group(g));
        }
    }
    if !lit.is_empty() {
        pieces.push(Piece::Lit(lit));
    }
    Ok(pieces)
}

/// Append the expansion of `pieces` to `out`; `group(n)` gives a group's text.
pub fn expand<'a>(pieces: &[Piece], out: &mut String, group: impl Fn(usize) -> Option<&'a str>) {
    for p in pieces {
        match p {
            Piece::Lit(s) => out.push_str(s),
            Piece::Group(n) => {
                if let Some(s) = group(*n) {
                    out.push_str(s);
                }
            }
        }
    }
}
