//! Character properties behind the `is*` predicates, `repr` and case mapping.
//!
//! Python answers these from the Unicode database (general categories,
//! numeric types, case mappings). gilfree has no copy of that database: it
//! builds each answer from Rust's `char` properties plus small tables for
//! the categories Rust does not expose (decimal digits, format characters,
//! title case). The tables follow Unicode 14 (Python 3.11); the known
//! approximations are combining marks (Rust counts some as alphabetic) and
//! unassigned code points (treated as printable outside the largest gaps).

/// First code point of each run of ten decimal digits (category Nd).
const DECIMAL_RUNS: &[u32] = &[
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6, 0xE50, 0xED0,
    0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620,
    0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10, 0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0,
    0x112F0, 0x11450, 0x114D0, 0x11650, 0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60,
    0x16AC0, 0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

/// The decimal value of a category-Nd character.
pub fn decimal_value(c: char) -> Option<u32> {
    let n = c as u32;
    if c.is_ascii() {
        return c.to_digit(10);
    }
    let i = DECIMAL_RUNS.partition_point(|&s| s <= n);
    let start = *DECIMAL_RUNS.get(i.checked_sub(1)?)?;
    (n - start < 10).then_some(n - start)
}

pub fn is_decimal(c: char) -> bool {
    decimal_value(c).is_some()
}

/// Characters with a digit value that are not decimal (superscripts, circled digits, ...).
const DIGIT_RANGES: &[(u32, u32)] = &[
    (0xB2, 0xB3),
    (0xB9, 0xB9),
    (0x1369, 0x1371),
    (0x19DA, 0x19DA),
    (0x2070, 0x2070),
    (0x2074, 0x2079),
    (0x2080, 0x2089),
    (0x2460, 0x2468),
    (0x2474, 0x247C),
    (0x2488, 0x2490),
    (0x24EA, 0x24EA),
    (0x24F5, 0x24FD),
    (0x24FF, 0x24FF),
    (0x2776, 0x277E),
    (0x2780, 0x2788),
    (0x278A, 0x2792),
    (0x10A40, 0x10A43),
    (0x10E60, 0x10E68),
    (0x11052, 0x1105A),
    (0x1F100, 0x1F10A),
];

fn in_ranges(c: char, ranges: &[(u32, u32)]) -> bool {
    let n = c as u32;
    let i = ranges.partition_point(|&(lo, _)| lo <= n);
    i > 0 && n <= ranges[i - 1].1
}

pub fn is_digit(c: char) -> bool {
    is_decimal(c) || in_ranges(c, DIGIT_RANGES)
}

/// Han characters with a numeric value (category Lo, so Rust does not call them numeric).
const HAN_NUMERALS: &[u32] = &[
    0x3405, 0x3483, 0x382A, 0x3B4D, 0x4E00, 0x4E03, 0x4E07, 0x4E09, 0x4E5D, 0x4E8C, 0x4E94, 0x4E96, 0x4EBF, 0x4EC0,
    0x4EDF, 0x4EE8, 0x4F0D, 0x4F70, 0x5104, 0x5146, 0x5169, 0x516B, 0x516D, 0x5341, 0x5343, 0x5344, 0x5345, 0x534C,
    0x53C1, 0x53C2, 0x53C3, 0x53C4, 0x56DB, 0x58F1, 0x58F9, 0x5E7A, 0x5EFE, 0x5EFF, 0x5F0C, 0x5F0D, 0x5F0E, 0x5F10,
    0x62FE, 0x634C, 0x67D2, 0x6F06, 0x7396, 0x767E, 0x8086, 0x842C, 0x8CAE, 0x8CB3, 0x8D30, 0x9621, 0x9646, 0x964C,
    0x9678, 0x96F6,
];

pub fn is_numeric(c: char) -> bool {
    c.is_numeric() || HAN_NUMERALS.binary_search(&(c as u32)).is_ok()
}

/// Letters: categories Lu, Ll, Lt, Lm, Lo (Rust's Alphabetic also has Nl and some marks).
pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    c.is_alphabetic() && !c.is_numeric() && !is_combining_mark(c)
}

/// The commonest spacing and non-spacing combining marks that Rust counts as alphabetic.
fn is_combining_mark(c: char) -> bool {
    in_ranges(
        c,
        &[
            (0x0300, 0x036F),
            (0x0483, 0x0489),
            (0x0591, 0x05BD),
            (0x05BF, 0x05C7),
            (0x0610, 0x061A),
            (0x064B, 0x065F),
            (0x0670, 0x0670),
            (0x06D6, 0x06DC),
            (0x06DF, 0x06E4),
            (0x06E7, 0x06E8),
            (0x06EA, 0x06ED),
            (0x0900, 0x0903),
            (0x093A, 0x093C),
            (0x093E, 0x094F),
            (0x0951, 0x0957),
            (0x0962, 0x0963),
            (0x0981, 0x0983),
            (0x09BC, 0x09BC),
            (0x09BE, 0x09CD),
            (0x0E31, 0x0E31),
            (0x0E34, 0x0E3A),
            (0x0E47, 0x0E4E),
            (0x1AB0, 0x1AFF),
            (0x1DC0, 0x1DFF),
            (0x20D0, 0x20FF),
            (0xFE20, 0xFE2F),
        ],
    )
}

pub fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_decimal(c) || is_digit(c) || is_numeric(c)
}

/// Python's whitespace: White_Space plus the ASCII information separators.
#[inline]
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

/// Line boundaries of `splitlines`.
#[inline]
pub fn is_linebreak(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// Category Lt.
const TITLECASE_LETTERS: &[u32] = &[
    0x1C5, 0x1C8, 0x1CB, 0x1F2, 0x1F88, 0x1F89, 0x1F8A, 0x1F8B, 0x1F8C, 0x1F8D, 0x1F8E, 0x1F8F, 0x1F98, 0x1F99, 0x1F9A,
    0x1F9B, 0x1F9C, 0x1F9D, 0x1F9E, 0x1F9F, 0x1FA8, 0x1FA9, 0x1FAA, 0x1FAB, 0x1FAC, 0x1FAD, 0x1FAE, 0x1FAF, 0x1FBC,
    0x1FCC, 0x1FFC,
];

pub fn is_titlecase(c: char) -> bool {
    !c.is_ascii() && TITLECASE_LETTERS.binary_search(&(c as u32)).is_ok()
}

pub fn is_upper(c: char) -> bool {
    c.is_uppercase()
}

pub fn is_lower(c: char) -> bool {
    c.is_lowercase()
}

pub fn is_cased(c: char) -> bool {
    c.is_uppercase() || c.is_lowercase() || is_titlecase(c)
}

/// Push the title-case form of `c` (its first letter of a word).
pub fn push_title(out: &mut String, c: char) {
    let n = c as u32;
    let t = match n {
        0x1C4..=0x1C6 => Some('\u{1C5}'),
        0x1C7..=0x1C9 => Some('\u{1C8}'),
        0x1CA..=0x1CC => Some('\u{1CB}'),
        0x1F1..=0x1F3 => Some('\u{1F2}'),
        _ if is_titlecase(c) => Some(c),
        _ => None,
    };
    if let Some(t) = t {
        out.push(t);
        return;
    }
    let special = match c {
        'ß' => "Ss",
        '\u{FB00}' => "Ff",
        '\u{FB01}' => "Fi",
        '\u{FB02}' => "Fl",
        '\u{FB03}' => "Ffi",
        '\u{FB04}' => "Ffl",
        '\u{FB05}' | '\u{FB06}' => "St",
        '\u{149}' => "\u{2BC}N",
        _ => "",
    };
    if !special.is_empty() {
        out.push_str(special);
    } else {
        out.extend(c.to_uppercase());
    }
}

/// Push the case-folded form of `c`.
pub fn push_casefold(out: &mut String, c: char) {
    let special = match c {
        'ß' | '\u{1E9E}' => "ss",
        'ς' => "σ",
        'ſ' => "s",
        '\u{149}' => "\u{2BC}n",
        '\u{FB00}' => "ff",
        '\u{FB01}' => "fi",
        '\u{FB02}' => "fl",
        '\u{FB03}' => "ffi",
        '\u{FB04}' => "ffl",
        '\u{FB05}' | '\u{FB06}' => "st",
        'ϐ' => "β",
        'ϑ' => "θ",
        'ϕ' => "φ",
        'ϖ' => "π",
        'ϰ' => "κ",
        'ϱ' => "ρ",
        'ϵ' => "ε",
        '\u{1E9B}' => "\u{1E61}",
        '\u{345}' => "ι",
        _ => "",
    };
    if !special.is_empty() {
        out.push_str(special);
    } else {
        out.extend(c.to_lowercase());
    }
}

/// Category Cf (format characters), which `repr` escapes.
const FORMAT_CHARS: &[(u32, u32)] = &[
    (0xAD, 0xAD),
    (0x600, 0x605),
    (0x61C, 0x61C),
    (0x6DD, 0x6DD),
    (0x70F, 0x70F),
    (0x890, 0x891),
    (0x8E2, 0x8E2),
    (0x180E, 0x180E),
    (0x200B, 0x200F),
    (0x202A, 0x202E),
    (0x2060, 0x2064),
    (0x2066, 0x206F),
    (0xFEFF, 0xFEFF),
    (0xFFF9, 0xFFFB),
    (0x110BD, 0x110BD),
    (0x110CD, 0x110CD),
    (0x13430, 0x13438),
    (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A),
    (0xE0001, 0xE0001),
    (0xE0020, 0xE007F),
];

/// Is `c` printable in `repr` (not in categories Cc, Cf, Co, Cn, Zl, Zp, Zs other than space)?
pub fn is_printable(c: char) -> bool {
    let n = c as u32;
    if n < 0x7F {
        return n >= 0x20;
    }
    if n < 0xA0 {
        return false;
    }
    if c.is_whitespace() || in_ranges(c, FORMAT_CHARS) {
        return false;
    }
    // Private use areas and the largest unassigned stretches.
    if (0xE000..=0xF8FF).contains(&n) || n >= 0xF0000 || (0x3134B..=0xE0000).contains(&n) || (0xE01F0..=0xEFFFF).contains(&n) {
        return false;
    }
    // Noncharacters.
    if (0xFDD0..=0xFDEF).contains(&n) || (n & 0xFFFE) == 0xFFFE {
        return false;
    }
    true
}

/// `str.isidentifier` for one character: may it start (`first`) or continue an identifier?
pub fn is_id_char(c: char, first: bool) -> bool {
    if c == '_' {
        return true;
    }
    if c.is_ascii() {
        return if first { c.is_ascii_alphabetic() } else { c.is_ascii_alphanumeric() };
    }
    if first {
        c.is_alphabetic()
    } else {
        c.is_alphanumeric() || is_combining_mark(c) || is_decimal(c) || c == '\u{B7}' || c == '\u{387}'
    }
}
