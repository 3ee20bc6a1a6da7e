//! The flag bits of `re` (their values are CPython's, so `re.I | re.M`
//! and `pattern.flags` print the same numbers) and the inline-flag letters
//! of `(?aiLmsux)` groups.

pub const TEMPLATE: u32 = 1;
pub const IGNORECASE: u32 = 2;
pub const LOCALE: u32 = 4;
pub const MULTILINE: u32 = 8;
pub const DOTALL: u32 = 16;
pub const UNICODE: u32 = 32;
pub const VERBOSE: u32 = 64;
pub const DEBUG: u32 = 128;
pub const ASCII: u32 = 256;

/// Module attributes: every name a flag is reachable by.
pub const NAMES: &[(&str, u32)] = &[
    ("A", ASCII),
    ("ASCII", ASCII),
    ("DEBUG", DEBUG),
    ("I", IGNORECASE),
    ("IGNORECASE", IGNORECASE),
    ("L", LOCALE),
    ("LOCALE", LOCALE),
    ("M", MULTILINE),
    ("MULTILINE", MULTILINE),
    ("NOFLAG", 0),
    ("S", DOTALL),
    ("DOTALL", DOTALL),
    ("T", TEMPLATE),
    ("TEMPLATE", TEMPLATE),
    ("U", UNICODE),
    ("UNICODE", UNICODE),
    ("X", VERBOSE),
    ("VERBOSE", VERBOSE),
];

/// The flag of one inline letter, if it is one.
pub fn from_letter(c: char) -> Option<u32> {
    Some(match c {
        'a' => ASCII,
        'i' => IGNORECASE,
        'L' => LOCALE,
        'm' => MULTILINE,
        's' => DOTALL,
        'u' => UNICODE,
        'x' => VERBOSE,
        _ => return None,
    })
}

/// `re.IGNORECASE|re.MULTILINE` as `Pattern.__repr__` shows it (UNICODE is
/// left out for str patterns, where it is implied); unknown bits in hex.
pub fn repr(flags: u32, is_bytes: bool) -> String {
    let order = [
        (TEMPLATE, "TEMPLATE"),
        (IGNORECASE, "IGNORECASE"),
        (LOCALE, "LOCALE"),
        (MULTILINE, "MULTILINE"),
        (DOTALL, "DOTALL"),
        (UNICODE, "UNICODE"),
        (VERBOSE, "VERBOSE"),
        (DEBUG, "DEBUG"),
        (ASCII, "ASCII"),
    ];
    let mut rest = if is_bytes { flags } else { flags & !UNICODE };
    let mut parts = Vec::new();
    for (bit, name) in order {
        if rest & bit != 0 {
            parts.push(format!("re.{name}"));
            rest &= !bit;
        }
    }
    if rest != 0 {
        parts.push(format!("0x{rest:x}"));
    }
    parts.join("|")
}
