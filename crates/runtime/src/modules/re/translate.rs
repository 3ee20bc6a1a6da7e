//! Python regular-expression syntax → fancy-regex syntax.
//!
//! A single pass over the pattern (as code points) that validates it the way
//! CPython's parser does (same messages, same positions) and writes an
//! equivalent engine pattern. The engine sees no names and no verbose mode:
//! every Python group becomes one plain capturing group (so group numbers
//! agree), names live in `Translated::names`, and whitespace/comments of
//! VERBOSE are dropped here. Everything whose meaning differs between the two
//! dialects is spelled out explicitly: `.`, `^`, `$`, `\d`/`\w`/`\s` and `\b`
//! under ASCII, `\Z`, `(?P=name)`, numeric backreferences, octal escapes,
//! literal `{` and `[` inside classes.
//!
//! Python's `$` without MULTILINE matches at the end and before a final
//! newline; it is written as `EOL_MARK`, which the compiler replaces with `\z`
//! when the subject does not end in a newline (the common, fast case) and with
//! `(?=\n?\z)` otherwise.

use super::flags::{ASCII, DOTALL, IGNORECASE, LOCALE, MULTILINE, UNICODE, VERBOSE};

/// Stands for a non-MULTILINE `$` in `Translated::engine`; a literal U+E000
/// in a pattern is always written as an escape, so it never collides.
pub const EOL_MARK: char = '\u{E000}';

/// The message of the one error CPython raises as OverflowError (its `pos`
/// is `usize::MAX`).
pub const OVERFLOW: &str = "the repetition number is too large";

/// A syntax error: CPython's message and the code-point position it names.
#[derive(Debug)]
pub struct RegexError {
    pub msg: String,
    pub pos: usize,
}

pub struct Translated {
    /// The engine pattern, `EOL_MARK` standing for Python's `$`.
    pub engine: String,
    pub groups: usize,
    /// Group names in definition order.
    pub names: Vec<(String, usize)>,
    /// For group g (1-based, index g), the rank of its closing parenthesis in the
    /// pattern; `lastindex` picks, among groups ending last, the one closed last.
    pub close_rank: Vec<usize>,
    /// The caller's flags plus global inline flags.
    pub flags: u32,
    pub has_eol: bool,
}

type Res<T = ()> = Result<T, RegexError>;

fn err<T>(msg: impl Into<String>, pos: usize) -> Res<T> {
    Err(RegexError { msg: msg.into(), pos })
}

/// What an item of a sequence was, for the quantifier checks.
#[derive(Clone, Copy, PartialEq)]
enum Item {
    /// Something a quantifier may follow.
    Atom,
    /// `^`, `$`, `\b`, `\A`...: "nothing to repeat".
    Anchor,
    /// A comment or global flags: leaves the previous item in place.
    Nothing,
}

const ASCII_WORD: &str = "0-9A-Za-z_";
const PY_SPACE_EXTRA: &str = "\\x{1C}-\\x{1F}";

struct Tx<'a> {
    p: &'a [char],
    i: usize,
    out: String,
    flags: u32,
    global: u32,
    is_bytes: bool,
    groups: usize,
    open: Vec<usize>,
    names: Vec<(String, usize)>,
    close_rank: Vec<usize>,
    closed: usize,
    has_eol: bool,
    /// True until the first item other than global flags.
    at_start: bool,
}

/// Translate `pattern` (code points; a bytes pattern as Latin-1) under `flags`.
pub fn translate(pattern: &[char], flags: u32, is_bytes: bool) -> Res<Translated> {
    let mut flags = flags;
    if is_bytes || flags & ASCII != 0 {
        flags &= !UNICODE;
    } else if flags & LOCALE == 0 {
        flags |= UNICODE;
    }
    let mut tx = Tx {
        p: pattern,
        i: 0,
        out: String::with_capacity(pattern.len() + 8),
        flags,
        global: flags,
        is_bytes,
        groups: 0,
        open: Vec::new(),
        names: Vec::new(),
        close_rank: vec![0],
        closed: 0,
        has_eol: false,
        at_start: true,
    };
    if flags & IGNORECASE != 0 {
        tx.out.push_str("(?i)");
    }
    tx.alternation()?;
    if tx.i < tx.p.len() {
        return err("unbalanced parenthesis", tx.i);
    }
    let mut global = tx.global;
    if global & ASCII != 0 {
        global &= !UNICODE;
    }
    Ok(Translated { engine: tx.out, groups: tx.groups, names: tx.names, close_rank: tx.close_rank, flags: global, has_eol: tx.has_eol })
}

impl Tx<'_> {
    fn peek(&self) -> Option<char> {
        self.p.get(self.i).copied()
    }

    fn peek_at(&self, k: usize) -> Option<char> {
        self.p.get(self.i + k).copied()
    }

    fn ascii(&self) -> bool {
        self.is_bytes || self.flags & ASCII != 0
    }

    /// In VERBOSE mode, skip whitespace and `#` comments.
    fn skip_verbose(&mut self) {
        if self.flags & VERBOSE == 0 {
            return;
        }
        while let Some(c) = self.peek() {
            if matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c') {
                self.i += 1;
            } else if c == '#' {
                while let Some(c) = self.peek() {
                    self.i += 1;
                    if c == '\n' {
                        break;
                    }
                }
            } else {
                break;
            }
        }
    }

    /// Branches separated by `|`, up to `)` or the end.
    fn alternation(&mut self) -> Res {
        loop {
            self.sequence()?;
            if self.peek() == Some('|') {
                self.i += 1;
                self.at_start = false;
                self.out.push('|');
            } else {
                return Ok(());
            }
        }
    }

    fn sequence(&mut self) -> Res {
        // Output offset where the last atom starts (for possessive wrapping).
        let mut last: Option<(usize, Item)> = None;
        let mut after_repeat = false;
        loop {
            self.skip_verbose();
            let Some(c) = self.peek() else { return Ok(()) };
            if c == '|' || c == ')' {
                return Ok(());
            }
            let qpos = self.i;
            if let Some(q) = self.quantifier()? {
                match last {
                    None | Some((_, Item::Anchor)) => return err("nothing to repeat", qpos),
                    Some(_) if after_repeat => return err("multiple repeat", qpos),
                    Some((start, _)) => {
                        self.out.push_str(&q);
                        if self.peek() == Some('?') {
                            self.i += 1;
                            self.out.push('?');
                        } else if self.peek() == Some('+') {
                            self.i += 1;
                            self.out.insert_str(start, "(?>");
                            self.out.push(')');
                        }
                        after_repeat = true;
                    }
                }
                continue;
            }
            let start = self.out.len();
            let item = self.atom()?;
            if item != Item::Nothing {
                self.at_start = false;
                last = Some((start, item));
                after_repeat = false;
            }
        }
    }

    /// A quantifier at the cursor, in engine syntax; `{` that does not open a
    /// valid quantifier is a literal (None, cursor unmoved).
    fn quantifier(&mut self) -> Res<Option<String>> {
        let Some(c) = self.peek() else { return Ok(None) };
        match c {
            '*' | '+' | '?' => {
                self.i += 1;
                Ok(Some(c.to_string()))
            }
            '{' => {
                let start = self.i;
                let mut j = self.i + 1;
                let digits = |j: &mut usize| {
                    let s = *j;
                    while self.p.get(*j).is_some_and(|c| c.is_ascii_digit()) {
                        *j += 1;
                    }
                    self.p[s..*j].iter().collect::<String>()
                };
                if self.p.get(j) == Some(&'}') {
                    return Ok(None);
                }
                let lo = digits(&mut j);
                let hi;
                let comma = self.p.get(j) == Some(&',');
                if comma {
                    j += 1;
                    hi = digits(&mut j);
                } else {
                    hi = lo.clone();
                }
                if self.p.get(j) != Some(&'}') {
                    return Ok(None);
                }
                self.i = j + 1;
                let parse = |s: &str| -> Res<Option<u64>> {
                    if s.is_empty() {
                        return Ok(None);
                    }
                    match s.parse::<u64>() {
                        Ok(v) if v < 4294967295 => Ok(Some(v)),
                        _ => Err(RegexError { msg: OVERFLOW.to_string(), pos: usize::MAX }),
                    }
                };
                let lo_v = parse(&lo)?.unwrap_or(0);
                let hi_v = parse(&hi)?;
                if let Some(h) = hi_v {
                    if h < lo_v {
                        return err("min repeat greater than max repeat", start + 1);
                    }
                }
                Ok(Some(match (comma, hi_v) {
                    (false, _) => format!("{{{lo_v}}}"),
                    (true, None) => format!("{{{lo_v},}}"),
                    (true, Some(h)) => format!("{{{lo_v},{h}}}"),
                }))
            }
            _ => Ok(None),
        }
    }

    fn atom(&mut self) -> Res<Item> {
        let Some(c) = self.peek() else { return Ok(Item::Nothing) };
        match c {
            '(' => self.group(),
            '[' => {
                self.class()?;
                Ok(Item::Atom)
            }
            '.' => {
                self.i += 1;
                self.out.push_str(if self.flags & DOTALL != 0 { "(?s:.)" } else { "." });
                Ok(Item::Atom)
            }
            '^' => {
                self.i += 1;
                self.out.push_str(if self.flags & MULTILINE != 0 { "(?m:^)" } else { "^" });
                Ok(Item::Anchor)
            }
            '$' => {
                self.i += 1;
                if self.flags & MULTILINE != 0 {
                    self.out.push_str("(?m:$)");
                } else {
                    self.has_eol = true;
                    self.out.push(EOL_MARK);
                }
                Ok(Item::Anchor)
            }
            '\\' => self.escape(),
            _ => {
                self.i += 1;
                push_literal(&mut self.out, c);
                Ok(Item::Atom)
            }
        }
    }

    // --- escapes ---

    /// An escape outside a class.
    fn escape(&mut self) -> Res<Item> {
        let start = self.i;
        let Some(c) = self.peek_at(1) else { return err("bad escape (end of pattern)", start) };
        self.i += 2;
        match c {
            'd' | 'D' | 's' | 'S' | 'w' | 'W' => {
                let class = self.class_escape(c, false);
                self.out.push_str(&class);
                Ok(Item::Atom)
            }
            'b' | 'B' => {
                if self.ascii() && !self.is_bytes {
                    let w = format!("[{ASCII_WORD}]");
                    let s = if c == 'b' {
                        format!("(?:(?<={w})(?!{w})|(?<!{w})(?={w}))")
                    } else {
                        format!("(?:(?<={w})(?={w})|(?<!{w})(?!{w}))")
                    };
                    self.out.push_str(&s);
                } else {
                    self.out.push('\\');
                    self.out.push(c);
                }
                Ok(Item::Anchor)
            }
            'A' => {
                self.out.push_str("\\A");
                Ok(Item::Anchor)
            }
            'Z' => {
                self.out.push_str("\\z");
                Ok(Item::Anchor)
            }
            '1'..='9' => {
                // Three octal digits make an octal escape; otherwise a group reference.
                if c <= '7' && self.peek().is_some_and(is_octal) && self.peek_at(1).is_some_and(is_octal) {
                    let ch = self.octal(start)?;
                    push_literal(&mut self.out, ch);
                    return Ok(Item::Atom);
                }
                let mut n = c as usize - '0' as usize;
                if let Some(d) = self.peek().filter(|d| d.is_ascii_digit()) {
                    n = n * 10 + (d as usize - '0' as usize);
                    self.i += 1;
                }
                self.check_group_ref(n, start + 1)?;
                self.out.push_str(&format!("\\k<{n}>"));
                Ok(Item::Atom)
            }
            _ => {
                self.i = start;
                let ch = self.char_escape(false)?;
                push_literal(&mut self.out, ch);
                Ok(Item::Atom)
            }
        }
    }

    fn check_group_ref(&self, n: usize, pos: usize) -> Res {
        if n > self.groups || n == 0 {
            return err(format!("invalid group reference {n}"), pos);
        }
        if self.open.contains(&n) {
            return err("cannot refer to an open group", pos - 1);
        }
        Ok(())
    }

    /// `\d` and friends as engine syntax; `in_class` gives a form usable inside `[...]`.
    fn class_escape(&self, c: char, in_class: bool) -> String {
        let ascii = self.ascii();
        let (body, negated) = match c.to_ascii_lowercase() {
            'd' if ascii => ("0-9".to_string(), c == 'D'),
            'w' if ascii => (ASCII_WORD.to_string(), c == 'W'),
            's' if ascii => ("\\t\\n\\x{0B}\\x{0C}\\r ".to_string(), c == 'S'),
            'd' => return format!("\\{c}"),
            'w' => return format!("\\{c}"),
            _ => (format!("\\s{PY_SPACE_EXTRA}"), c == 'S'),
        };
        match (negated, in_class) {
            (false, true) => body,
            (false, false) => format!("[{body}]"),
            (true, _) => format!("[^{body}]"),
        }
    }

    /// A single-character escape (`\n`, `\x41`, `\.`) at the cursor (on the
    /// backslash); errors for unknown ASCII letters.
    fn char_escape(&mut self, in_class: bool) -> Res<char> {
        let start = self.i;
        let Some(c) = self.peek_at(1) else { return err("bad escape (end of pattern)", start) };
        self.i += 2;
        Ok(match c {
            'a' => '\x07',
            'b' if in_class => '\x08',
            'f' => '\x0c',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            'v' => '\x0b',
            '\\' => '\\',
            'x' => self.hex(start, 2, 'x')?,
            'u' if !self.is_bytes => self.hex(start, 4, 'u')?,
            'U' if !self.is_bytes => self.hex(start, 8, 'U')?,
            '0' => self.octal(start)?,
            '1'..='7' if in_class => self.octal(start)?,
            'N' if !self.is_bytes => return err("named Unicode escapes (\\N{...}) are not supported", start),
            c if c.is_ascii_alphanumeric() => return err(format!("bad escape \\{c}"), start),
            c => c,
        })
    }

    fn hex(&mut self, start: usize, n: usize, letter: char) -> Res<char> {
        let mut v: u32 = 0;
        for k in 0..n {
            match self.peek().and_then(|c| c.to_digit(16)) {
                Some(d) => {
                    v = v * 16 + d;
                    self.i += 1;
                }
                None => {
                    let got: String = self.p[start + 2..start + 2 + k].iter().collect();
                    return err(format!("incomplete escape \\{letter}{got}"), start);
                }
            }
        }
        char::from_u32(v).ok_or_else(|| {
            let s: String = self.p[start..self.i].iter().collect();
            RegexError { msg: format!("bad escape {s}"), pos: start }
        })
    }

    /// An octal escape of up to three digits starting right after the
    /// backslash at `start` (the first digit is already consumed).
    fn octal(&mut self, start: usize) -> Res<char> {
        let first = start + 1;
        let mut end = self.i.max(first + 1);
        while end < first + 3 && self.p.get(end).is_some_and(|c| is_octal(*c)) {
            end += 1;
        }
        self.i = end;
        let digits: String = self.p[first..end].iter().collect();
        let v = u32::from_str_radix(&digits, 8).unwrap_or(0);
        if v > 0o377 {
            return err(format!("octal escape value \\{digits} outside of range 0-0o377"), start);
        }
        Ok(char::from_u32(v).unwrap_or('\0'))
    }

    // --- groups ---

    fn group(&mut self) -> Res<Item> {
        let start = self.i;
        self.i += 1;
        if self.peek() != Some('?') {
            self.groups += 1;
            let n = self.groups;
            self.close_rank.push(0);
            self.open.push(n);
            self.out.push('(');
            self.body(start, "missing ), unterminated subpattern")?;
            self.open.pop();
            self.closed += 1;
            if let Some(r) = self.close_rank.get_mut(n) {
                *r = self.closed;
            }
            return Ok(Item::Atom);
        }
        self.i += 1;
        let Some(c) = self.peek() else { return err("unexpected end of pattern", self.i) };
        match c {
            ':' => {
                self.i += 1;
                self.out.push_str("(?:");
                self.body(start, "missing ), unterminated subpattern")?;
                Ok(Item::Atom)
            }
            'P' => {
                self.i += 1;
                match self.peek() {
                    Some('<') => {
                        self.i += 1;
                        let name = self.name('>', "missing >, unterminated name")?;
                        let name_pos = self.i - 1 - name.chars().count();
                        if !is_identifier(&name) {
                            return err(format!("bad character in group name '{name}'"), name_pos);
                        }
                        self.groups += 1;
                        let n = self.groups;
                        if let Some((_, was)) = self.names.iter().find(|(x, _)| *x == name) {
                            return err(format!("redefinition of group name '{name}' as group {n}; was group {was}"), name_pos);
                        }
                        self.names.push((name, n));
                        self.close_rank.push(0);
                        self.open.push(n);
                        self.out.push('(');
                        self.body(start, "missing ), unterminated subpattern")?;
                        self.open.pop();
                        self.closed += 1;
                        if let Some(r) = self.close_rank.get_mut(n) {
                            *r = self.closed;
                        }
                        Ok(Item::Atom)
                    }
                    Some('=') => {
                        self.i += 1;
                        let name = self.name(')', "missing ), unterminated name")?;
                        let name_pos = self.i - 1 - name.chars().count();
                        if !is_identifier(&name) {
                            return err(format!("bad character in group name '{name}'"), name_pos);
                        }
                        let Some(&(_, n)) = self.names.iter().find(|(x, _)| *x == name) else {
                            return err(format!("unknown group name '{name}'"), name_pos);
                        };
                        if self.open.contains(&n) {
                            return err("cannot refer to an open group", name_pos);
                        }
                        self.out.push_str(&format!("\\k<{n}>"));
                        Ok(Item::Atom)
                    }
                    Some(x) => err(format!("unknown extension ?P{x}"), start + 1),
                    None => err("unexpected end of pattern", self.i),
                }
            }
            '#' => {
                while let Some(c) = self.peek() {
                    self.i += 1;
                    if c == ')' {
                        return Ok(Item::Nothing);
                    }
                }
                err("missing ), unterminated comment", start)
            }
            '=' | '!' => {
                self.i += 1;
                self.out.push_str(if c == '=' { "(?=" } else { "(?!" });
                self.body(start, "missing ), unterminated subpattern")?;
                Ok(Item::Atom)
            }
            '<' => {
                self.i += 1;
                match self.peek() {
                    Some(d @ ('=' | '!')) => {
                        self.i += 1;
                        self.out.push_str(if d == '=' { "(?<=" } else { "(?<!" });
                        self.body(start, "missing ), unterminated subpattern")?;
                        Ok(Item::Atom)
                    }
                    Some(x) => err(format!("unknown extension ?<{x}"), start + 1),
                    None => err("unexpected end of pattern", self.i),
                }
            }
            '>' => {
                self.i += 1;
                self.out.push_str("(?>");
                self.body(start, "missing ), unterminated subpattern")?;
                Ok(Item::Atom)
            }
            '(' => {
                self.i += 1;
                let name = self.name(')', "missing ), unterminated name")?;
                let name_pos = self.i - 1 - name.chars().count();
                let n = if let Ok(n) = name.parse::<usize>() {
                    if n == 0 {
                        return err("bad group number", name_pos);
                    }
                    if n > self.groups {
                        return err(format!("invalid group reference {n}"), name_pos);
                    }
                    n
                } else if !is_identifier(&name) {
                    return err(format!("bad character in group name '{name}'"), name_pos);
                } else {
                    match self.names.iter().find(|(x, _)| *x == name) {
                        Some(&(_, n)) => n,
                        None => return err(format!("unknown group name '{name}'"), name_pos),
                    }
                };
                self.out.push_str(&format!("(?({n})"));
                self.body(start, "missing ), unterminated subpattern")?;
                Ok(Item::Atom)
            }
            _ if c == '-' || super::flags::from_letter(c).is_some() => self.inline_flags(start),
            _ => err(format!("unknown extension ?{c}"), start + 1),
        }
    }

    /// The inside of a group up to and including its `)`.
    fn body(&mut self, start: usize, unterminated: &str) -> Res {
        self.at_start = false;
        self.alternation()?;
        if self.peek() != Some(')') {
            return err(unterminated, start);
        }
        self.i += 1;
        self.out.push(')');
        Ok(())
    }

    /// A name up to `close` (consumed).
    fn name(&mut self, close: char, unterminated: &str) -> Res<String> {
        let from = self.i;
        while let Some(c) = self.peek() {
            if c == close {
                let name: String = self.p[from..self.i].iter().collect();
                self.i += 1;
                if name.is_empty() {
                    return err("missing group name", from);
                }
                return Ok(name);
            }
            self.i += 1;
        }
        if from == self.i {
            return err("missing group name", from);
        }
        err(unterminated, from)
    }

    /// `(?imsx)`, `(?i:...)`, `(?-i:...)`, `(?i-s:...)`; cursor after `(?`.
    fn inline_flags(&mut self, start: usize) -> Res<Item> {
        let mut on = 0u32;
        let mut off = 0u32;
        while let Some(c) = self.peek() {
            match super::flags::from_letter(c) {
                Some(f) => {
                    on |= f;
                    self.i += 1;
                }
                None => break,
            }
        }
        if self.peek() == Some('-') {
            self.i += 1;
            let before = self.i;
            while let Some(c) = self.peek() {
                match super::flags::from_letter(c) {
                    Some(f) => {
                        if f & (ASCII | UNICODE | LOCALE) != 0 {
                            return err("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", self.i + 1);
                        }
                        off |= f;
                        self.i += 1;
                    }
                    None => break,
                }
            }
            if self.i == before {
                return match self.peek() {
                    None => err("missing flag", self.i),
                    Some(c) if c.is_alphabetic() => err("unknown flag", self.i),
                    Some(_) => err("missing flag", self.i),
                };
            }
        }
        if on & (ASCII | UNICODE) == (ASCII | UNICODE) {
            return err("bad inline flags: flags 'a', 'u' and 'L' are incompatible", self.i);
        }
        if on & LOCALE != 0 && !self.is_bytes {
            return err("bad inline flags: cannot use 'L' flag with a str pattern", self.i);
        }
        if on & UNICODE != 0 && self.is_bytes {
            return err("bad inline flags: cannot use 'u' flag with a bytes pattern", self.i);
        }
        match self.peek() {
            Some(')') if off == 0 => {
                self.i += 1;
                if !self.at_start {
                    return err("global flags not at the start of the expression", start);
                }
                self.global |= on;
                self.flags |= on;
                if on & ASCII != 0 {
                    self.flags &= !UNICODE;
                }
                if on & IGNORECASE != 0 {
                    self.out.push_str("(?i)");
                }
                Ok(Item::Nothing)
            }
            Some(':') => {
                self.i += 1;
                let saved = self.flags;
                self.flags = (self.flags | on) & !off;
                if on & ASCII != 0 {
                    self.flags &= !UNICODE;
                }
                self.out.push_str(match (on & IGNORECASE != 0, off & IGNORECASE != 0) {
                    (true, _) => "(?i:",
                    (false, true) => "(?-i:",
                    _ => "(?:",
                });
                let r = self.body(start, "missing ), unterminated subpattern");
                self.flags = saved;
                r?;
                Ok(Item::Atom)
            }
            Some(')') => err("missing :", self.i),
            None => err("missing -, : or )", self.i),
            Some(c) if c.is_alphabetic() => err("unknown flag", self.i),
            Some(_) => err("missing -, : or )", self.i),
        }
    }

    // --- character classes ---

    fn class(&mut self) -> Res {
        let start = self.i;
        self.i += 1;
        self.out.push('[');
        if self.peek() == Some('^') {
            self.i += 1;
            self.out.push('^');
        }
        let mut first = true;
        loop {
            let Some(c) = self.peek() else { return err("unterminated character set", start) };
            if c == ']' && !first {
                self.i += 1;
                self.out.push(']');
                return Ok(());
            }
            first = false;
            let item_pos = self.i;
            let a = self.class_item()?;
            if self.peek() == Some('-') && self.peek_at(1).is_some_and(|c| c != ']') {
                self.i += 1;
                let b = self.class_item()?;
                let (ClassItem::Char(lo), ClassItem::Char(hi)) = (&a, &b) else {
                    let text: String = self.p[item_pos..self.i].iter().collect();
                    return err(format!("bad character range {text}"), item_pos);
                };
                if lo > hi {
                    let text: String = self.p[item_pos..self.i].iter().collect();
                    return err(format!("bad character range {text}"), item_pos);
                }
                push_class_literal(&mut self.out, *lo);
                self.out.push('-');
                push_class_literal(&mut self.out, *hi);
            } else if self.peek() == Some('-') && self.peek_at(1).is_none() {
                return err("unterminated character set", start);
            } else {
                match a {
                    ClassItem::Char(c) => push_class_literal(&mut self.out, c),
                    ClassItem::Set(s) => self.out.push_str(&s),
                }
            }
        }
    }

    fn class_item(&mut self) -> Res<ClassItem> {
        let Some(c) = self.peek() else { return err("unterminated character set", self.i) };
        if c != '\\' {
            self.i += 1;
            return Ok(ClassItem::Char(c));
        }
        match self.peek_at(1) {
            Some(e @ ('d' | 'D' | 's' | 'S' | 'w' | 'W')) => {
                self.i += 2;
                Ok(ClassItem::Set(self.class_escape(e, true)))
            }
            Some(e @ ('8' | '9')) => err(format!("bad escape \\{e}"), self.i),
            _ => Ok(ClassItem::Char(self.char_escape(true)?)),
        }
    }
}

enum ClassItem {
    Char(char),
    Set(String),
}

fn is_octal(c: char) -> bool {
    ('0'..='7').contains(&c)
}

fn is_identifier(s: &str) -> bool {
    let mut cs = s.chars();
    match cs.next() {
        Some(c) if c == '_' || c.is_alphabetic() => cs.all(|c| c == '_' || c.is_alphanumeric()),
        _ => false,
    }
}

/// A literal character outside a class.
fn push_literal(out: &mut String, c: char) {
    if c.is_ascii_alphanumeric() || c == '_' || c == ' ' || c == '<' || c == '>' || c == '\'' || c == '"' || c == '/' || c == ',' || c == '=' || c == ':' || c == ';' || c == '@' || c == '!' || c == '%' || c == '`' {
        out.push(c);
    } else if c.is_ascii_punctuation() {
        out.push('\\');
        out.push(c);
    } else if (c as u32) < 0x20 || c == '\x7f' || c == EOL_MARK || (!c.is_ascii() && (c.is_whitespace() || c.is_control())) {
        out.push_str(&format!("\\x{{{:X}}}", c as u32));
    } else {
        out.push(c);
    }
}

/// A literal character inside a class: set operators and brackets escaped.
fn push_class_literal(out: &mut String, c: char) {
    if c.is_ascii_alphanumeric() || c == '_' || c == ' ' {
        out.push(c);
    } else if c.is_ascii_punctuation() && c != '<' && c != '>' {
        out.push('\\');
        out.push(c);
    } else if c.is_ascii() || c == EOL_MARK || c.is_whitespace() || c.is_control() {
        out.push_str(&format!("\\x{{{:X}}}", c as u32));
    } else {
        out.push(c);
    }
}

/// `re.escape`: a backslash before every character that is special in a pattern.
pub fn escape_char(c: char) -> bool {
    "()[]{}?*+-|^$\\.&~# \t\n\r\x0b\x0c".contains(c)
}
