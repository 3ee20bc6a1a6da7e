//! Floats as text, both ways, matching CPython digit for digit.
//!
//! Every conversion goes through decimal digits plus a decimal-point
//! position (`value = 0.DIGITS * 10**decpt`): the shortest round-trip digits
//! come from `ryu`, fixed-precision digits from Rust's exactly rounded
//! `{:.N}` / `{:.Ne}` formatting (ties to even, like CPython's dtoa), and
//! CPython's layout rules (when to switch to exponent form, `1e+16`,
//! `1e-05`, trailing `.0`) are applied to them here. Parsing uses Rust's
//! correctly rounded `str::parse` after checking Python's grammar.

/// Digits (no leading/trailing zeros; empty for zero) and decimal point
/// position of the text Rust or ryu printed for a finite non-negative value.
fn digits_of(s: &str) -> (String, i32) {
    let (mant, exp) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], s[i + 1..].parse::<i32>().unwrap_or(0)),
        None => (s, 0),
    };
    let (int, frac) = match mant.find('.') {
        Some(i) => (&mant[..i], &mant[i + 1..]),
        None => (mant, ""),
    };
    let mut digits: String = int.chars().chain(frac.chars()).collect();
    let mut decpt = int.len() as i32 + exp;
    let lead = digits.len() - digits.trim_start_matches('0').len();
    digits.drain(..lead);
    decpt -= lead as i32;
    let trimmed = digits.trim_end_matches('0').len();
    digits.truncate(trimmed);
    if digits.is_empty() {
        decpt = 1;
    }
    (digits, decpt)
}

/// Shortest digits that round-trip `v` (finite, non-negative).
fn shortest(v: f64) -> (String, i32) {
    if v == 0.0 {
        return (String::new(), 1);
    }
    let mut b = ryu::Buffer::new();
    digits_of(b.format_finite(v))
}

/// `digits × 10**(decpt-1)` in exponent form: `d.ddde+XX`.
fn exp_form(digits: &str, decpt: i32, min_frac: usize, alt: bool, e: char) -> String {
    let d = if digits.is_empty() { "0" } else { digits };
    let mut out = String::new();
    out.push_str(&d[..1]);
    let mut frac = d[1..].to_string();
    while frac.len() < min_frac {
        frac.push('0');
    }
    if !frac.is_empty() || alt {
        out.push('.');
        out.push_str(&frac);
    }
    let x = if digits.is_empty() { 0 } else { decpt - 1 };
    out.push(e);
    out.push(if x < 0 { '-' } else { '+' });
    out.push_str(&format!("{:02}", x.abs()));
    out
}

/// Fixed form with at least `min_frac` digits after the point.
fn fixed_form(digits: &str, decpt: i32, min_frac: usize, alt: bool) -> String {
    let mut int = String::new();
    let mut frac = String::new();
    if decpt <= 0 {
        int.push('0');
        frac.push_str(&"0".repeat((-decpt) as usize));
        frac.push_str(digits);
    } else if decpt as usize >= digits.len() {
        int.push_str(digits);
        int.push_str(&"0".repeat(decpt as usize - digits.len()));
        if int.is_empty() {
            int.push('0');
        }
    } else {
        int.push_str(&digits[..decpt as usize]);
        frac.push_str(&digits[decpt as usize..]);
    }
    while frac.len() < min_frac {
        frac.push('0');
    }
    if frac.is_empty() && !alt {
        int
    } else {
        format!("{int}.{frac}")
    }
}

/// `repr(float)`: shortest round-trip digits, exponent form when the
/// exponent is below -4 or at least 16; `add_dot_0` gives `1.0` (float) or `1` (complex parts).
pub fn repr_f64(v: f64, add_dot_0: bool) -> String {
    if v.is_nan() {
        return "nan".into();
    }
    if v.is_infinite() {
        return if v > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sign = if v.is_sign_negative() { "-" } else { "" };
    let (digits, decpt) = shortest(v.abs());
    let body = if !digits.is_empty() && (decpt <= -4 || decpt > 16) {
        exp_form(&digits, decpt, 0, false, 'e')
    } else {
        fixed_form(&digits, decpt, usize::from(add_dot_0), false)
    };
    format!("{sign}{body}")
}

/// The body (no sign) of a finite non-negative `v` in presentation type
/// `ty` (`e E f F g G r`, `r` = repr style) with `prec`.
/// `add_dot_0`: the "no type" variant of `g`/`r` that keeps a `.0`.
pub fn format_body(v: f64, ty: char, prec: usize, alt: bool, add_dot_0: bool) -> String {
    let upper = ty.is_ascii_uppercase();
    let e = if upper { 'E' } else { 'e' };
    match ty.to_ascii_lowercase() {
        'f' => {
            let s = format!("{v:.prec$}");
            if alt && prec == 0 {
                format!("{s}.")
            } else {
                s
            }
        }
        'e' => {
            let (digits, decpt) = digits_of(&format!("{v:.prec$e}"));
            exp_form(&digits, decpt, prec, alt, e)
        }
        'r' => {
            let (digits, decpt) = shortest(v);
            if !digits.is_empty() && (decpt <= -4 || decpt > 16) {
                exp_form(&digits, decpt, 0, alt, e)
            } else {
                fixed_form(&digits, decpt, usize::from(add_dot_0), alt)
            }
        }
        _ => {
            // 'g': `prec` significant digits.
            let p = prec.max(1);
            let (digits, decpt) = digits_of(&format!("{v:.*e}", p - 1));
            let x = if digits.is_empty() { 0 } else { decpt - 1 };
            let keep = if alt { p } else { 0 };
            if x < -4 || x >= p as i32 {
                exp_form(&digits, decpt, keep.saturating_sub(1), alt, e)
            } else {
                let min_frac = if alt { (p as i32 - 1 - x).max(0) as usize } else { usize::from(add_dot_0) };
                let s = fixed_form(&digits, decpt, min_frac, alt);
                if add_dot_0 && !s.contains('.') {
                    format!("{s}.0")
                } else {
                    s
                }
            }
        }
    }
}

/// Parse Python float text (after whitespace stripping): decimal literal
/// with optional underscores between digits, `inf`, `infinity`, `nan`.
pub fn parse_f64(s: &str) -> Option<f64> {
    let s = s.trim_matches(|c: char| c.is_whitespace());
    if !s.is_ascii() {
        let mapped: String = s
            .chars()
            .map(|c| match crate::types::int::unicode_decimal(c) {
                Some(d) => char::from(b'0' + d as u8),
                None => c,
            })
            .collect();
        if mapped.is_ascii() {
            return parse_f64(&mapped);
        }
        return None;
    }
    let (neg, body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let lower = body.to_ascii_lowercase();
    let v = match lower.as_str() {
        "inf" | "infinity" => f64::INFINITY,
        "nan" => f64::NAN,
        _ if body.starts_with(['+', '-']) => return None,
        _ => {
            let mut clean = String::with_capacity(body.len());
            let mut prev: Option<char> = None;
            let mut seen_digit = false;
            let chars: Vec<char> = body.chars().collect();
            for (i, &c) in chars.iter().enumerate() {
                if c == '_' {
                    let next_digit = chars.get(i + 1).is_some_and(|n| n.is_ascii_digit());
                    if !prev.is_some_and(|p| p.is_ascii_digit()) || !next_digit {
                        return None;
                    }
                } else if c.is_ascii_digit() {
                    seen_digit = true;
                    clean.push(c);
                } else if matches!(c, '.' | 'e' | 'E' | '+' | '-') {
                    clean.push(c);
                } else {
                    return None;
                }
                prev = Some(c);
            }
            if !seen_digit {
                return None;
            }
            clean.parse::<f64>().ok()?
        }
    };
    Some(if neg { -v } else { v })
}
