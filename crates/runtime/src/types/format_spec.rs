//! The format-spec mini-language of `format()`, f-strings and
//! `str.format`: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
//!
//! `parse` turns the text into a `FormatSpec`; `format_str`, `format_int`,
//! `format_float` and `format_complex` apply it. Number bodies come from
//! `float::text` (floats) or the int digit conversion; this file adds signs,
//! prefixes, digit grouping and padding. Error messages are CPython's.
//! Nothing here runs Python code.

use crate::error::{PyErr, PyResult};
use crate::types::float::text::format_body;
use crate::types::int::PyInt;

#[derive(Clone, Debug)]
pub struct FormatSpec {
    pub fill: char,
    pub fill_given: bool,
    pub align: Option<char>,
    pub sign: Option<char>,
    pub z: bool,
    pub alt: bool,
    pub zero: bool,
    pub width: usize,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

fn invalid(spec: &str, tyname: &str) -> PyErr {
    PyErr::value_error(format!("Invalid format specifier '{spec}' for object of type '{tyname}'"))
}

fn number(chars: &[char], i: &mut usize) -> PyResult<Option<usize>> {
    let start = *i;
    while *i < chars.len() && chars[*i].is_ascii_digit() {
        *i += 1;
    }
    if *i == start {
        return Ok(None);
    }
    let s: String = chars[start..*i].iter().collect();
    s.parse::<usize>().map(Some).map_err(|_| PyErr::value_error("Too many decimal digits in format string"))
}

/// Parse a spec; `tyname` names the formatted object's type in messages.
pub fn parse(spec: &str, tyname: &str) -> PyResult<FormatSpec> {
    let c: Vec<char> = spec.chars().collect();
    let mut f = FormatSpec {
        fill: ' ',
        fill_given: false,
        align: None,
        sign: None,
        z: false,
        alt: false,
        zero: false,
        width: 0,
        grouping: None,
        precision: None,
        ty: None,
    };
    let is_align = |ch: char| matches!(ch, '<' | '>' | '=' | '^');
    let mut i = 0;
    if c.len() >= 2 && is_align(c[1]) {
        f.fill = c[0];
        f.fill_given = true;
        f.align = Some(c[1]);
        i = 2;
    } else if !c.is_empty() && is_align(c[0]) {
        f.align = Some(c[0]);
        i = 1;
    }
    if i < c.len() && matches!(c[i], '+' | '-' | ' ') {
        f.sign = Some(c[i]);
        i += 1;
    }
    if i < c.len() && c[i] == 'z' {
        f.z = true;
        i += 1;
    }
    if i < c.len() && c[i] == '#' {
        f.alt = true;
        i += 1;
    }
    if i < c.len() && c[i] == '0' {
        f.zero = true;
        i += 1;
    }
    f.width = number(&c, &mut i)?.unwrap_or(0);
    if i < c.len() && matches!(c[i], ',' | '_') {
        f.grouping = Some(c[i]);
        i += 1;
        if i < c.len() && matches!(c[i], ',' | '_') {
            if c[i] == f.grouping.unwrap_or(',') {
                return Err(PyErr::value_error(format!("Cannot specify '{}' with '{}'.", c[i], c[i])));
            }
            return Err(PyErr::value_error("Cannot specify both ',' and '_'."));
        }
    }
    if i < c.len() && c[i] == '.' {
        i += 1;
        match number(&c, &mut i)? {
            Some(p) => f.precision = Some(p),
            None => return Err(PyErr::value_error("Format specifier missing precision")),
        }
    }
    if c.len() - i > 1 {
        return Err(invalid(spec, tyname));
    }
    if i < c.len() {
        f.ty = Some(c[i]);
    }
    if let Some(g) = f.grouping {
        let ok = match f.ty {
            None => true,
            Some('d' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => true,
            Some('b' | 'o' | 'x' | 'X') => g == '_',
            _ => false,
        };
        if !ok {
            return Err(PyErr::value_error(format!("Cannot specify '{g}' with '{}'.", f.ty.unwrap_or('s'))));
        }
    }
    Ok(f)
}

fn unknown_code(ty: char, tyname: &str) -> PyErr {
    PyErr::value_error(format!("Unknown format code '{ty}' for object of type '{tyname}'"))
}

/// Pad `body` (sign and prefix already split off) to the spec's width.
fn pad(sign_prefix: &str, body: &str, f: &FormatSpec, default_align: char) -> String {
    let len = sign_prefix.chars().count() + body.chars().count();
    let total = f.width.max(len);
    let fill_n = total - len;
    let fill: String = std::iter::repeat(f.fill).take(fill_n).collect();
    match f.align.unwrap_or(default_align) {
        '<' => format!("{sign_prefix}{body}{fill}"),
        '^' => {
            let left: String = std::iter::repeat(f.fill).take(fill_n / 2).collect();
            let right: String = std::iter::repeat(f.fill).take(fill_n - fill_n / 2).collect();
            format!("{left}{sign_prefix}{body}{right}")
        }
        '=' => format!("{sign_prefix}{fill}{body}"),
        _ => format!("{fill}{sign_prefix}{body}"),
    }
}

/// Insert `sep` every `every` digits from the right of `digits`, padding with
/// zeros to `min_len` total characters first (zero padding with grouping).
fn group(digits: &str, sep: char, every: usize, min_len: usize) -> String {
    let mut d: Vec<char> = digits.chars().collect();
    let grouped_len = |n: usize| n + (n.max(1) - 1) / every;
    while grouped_len(d.len()) < min_len {
        d.insert(0, '0');
    }
    let mut out = String::new();
    for (i, ch) in d.iter().enumerate() {
        if i > 0 && (d.len() - i) % every == 0 {
            out.push(sep);
        }
        out.push(*ch);
    }
    out
}

fn sign_str(negative: bool, f: &FormatSpec) -> &'static str {
    match (negative, f.sign) {
        (true, _) => "-",
        (false, Some('+')) => "+",
        (false, Some(' ')) => " ",
        _ => "",
    }
}

/// Apply zero-padding/grouping to a number whose text is `int_part` + `rest`.
fn finish_number(negative: bool, prefix: &str, int_part: &str, rest: &str, f: &FormatSpec, every: usize) -> String {
    let mut f = f.clone();
    if f.zero && !f.fill_given {
        f.fill = '0';
        if f.align.is_none() {
            f.align = Some('=');
        }
    }
    let sp = format!("{}{}", sign_str(negative, &f), prefix);
    let zero_pad = f.fill == '0' && f.align == Some('=');
    let int_text = match f.grouping {
        Some(sep) => {
            let min = if zero_pad { f.width.saturating_sub(sp.chars().count() + rest.chars().count()) } else { 0 };
            group(int_part, sep, every, min)
        }
        None => int_part.to_string(),
    };
    pad(&sp, &format!("{int_text}{rest}"), &f, '>')
}

/// `format(s, spec)` for a str.
pub fn format_str(s: &str, spec: &str) -> PyResult<String> {
    let f = parse(spec, "str")?;
    match f.ty {
        None | Some('s') => {}
        Some(t) => return Err(unknown_code(t, "str")),
    }
    if f.sign.is_some() {
        return Err(PyErr::value_error("Sign not allowed in string format specifier"));
    }
    if f.alt {
        return Err(PyErr::value_error("Alternate form (#) not allowed in string format specifier"));
    }
    if f.z {
        return Err(PyErr::value_error("Negative zero coercion (z) not allowed in string format specifier"));
    }
    if f.align == Some('=') {
        return Err(PyErr::value_error("'=' alignment not allowed in string format specifier"));
    }
    if f.grouping.is_some() {
        return Err(PyErr::value_error(format!("Cannot specify '{}' with 's'.", f.grouping.unwrap_or(','))));
    }
    let body: String = match f.precision {
        Some(p) => s.chars().take(p).collect(),
        None => s.to_string(),
    };
    let mut f = f;
    if f.zero && !f.fill_given {
        f.fill = '0';
    }
    Ok(pad("", &body, &f, '<'))
}

/// `format(i, spec)` for an int (or bool).
pub fn format_int(v: &PyInt, spec: &str) -> PyResult<String> {
    let f = parse(spec, "int")?;
    let ty = f.ty.unwrap_or('d');
    match ty {
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => return format_float_spec(v.to_f64_checked()?, &f),
        'n' if f.precision.is_some() => {}
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        t => return Err(unknown_code(t, "int")),
    }
    if f.precision.is_some() {
        return Err(PyErr::value_error("Precision not allowed in integer format specifier"));
    }
    if f.z {
        return Err(PyErr::value_error("Negative zero coercion (z) not allowed in integer format specifier"));
    }
    if ty == 'c' {
        if f.sign.is_some() {
            return Err(PyErr::value_error("Sign not allowed with integer format specifier 'c'"));
        }
        if f.alt {
            return Err(PyErr::value_error("Alternate form (#) not allowed with integer format specifier 'c'"));
        }
        let ch = v.as_i64().filter(|n| (0..0x110000).contains(n)).and_then(|n| char::from_u32(n as u32));
        let ch = ch.ok_or_else(|| PyErr::overflow_error("%c arg not in range(0x110000)"))?;
        return Ok(pad("", &ch.to_string(), &f, '>'));
    }
    let radix = match ty {
        'b' => 2,
        'o' => 8,
        'x' | 'X' => 16,
        _ => 10,
    };
    let mut digits = crate::types::int::int_to_str_radix(v, radix, false)?;
    let negative = digits.starts_with('-');
    if negative {
        digits.remove(0);
    }
    if ty == 'X' {
        digits = digits.to_ascii_uppercase();
    }
    let prefix = if f.alt {
        match ty {
            'b' => "0b",
            'o' => "0o",
            'x' => "0x",
            'X' => "0X",
            _ => "",
        }
    } else {
        ""
    };
    let every = if radix == 10 { 3 } else { 4 };
    Ok(finish_number(negative, prefix, &digits, "", &f, every))
}

/// `format(x, spec)` for a float.
pub fn format_float(v: f64, spec: &str) -> PyResult<String> {
    let f = parse(spec, "float")?;
    format_float_spec(v, &f)
}

fn float_parts(v: f64, f: &FormatSpec, tyname: &str) -> PyResult<(bool, String, String)> {
    let (ty, prec, add_dot_0) = match f.ty {
        None => match f.precision {
            None => ('r', 0, true),
            Some(p) => ('g', p, true),
        },
        Some('n') => ('g', f.precision.unwrap_or(6), false),
        Some(t @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%')) => (t, f.precision.unwrap_or(6), false),
        Some(t) => return Err(unknown_code(t, tyname)),
    };
    let mut x = v;
    if ty == '%' {
        x *= 100.0;
    }
    let negative = x.is_sign_negative() && !x.is_nan();
    let body = if !x.is_finite() {
        let s = if x.is_nan() { "nan" } else { "inf" };
        if ty.is_ascii_uppercase() {
            s.to_ascii_uppercase()
        } else {
            s.to_string()
        }
    } else {
        let t = if ty == '%' { 'f' } else { ty };
        format_body(x.abs(), t, prec, f.alt, add_dot_0)
    };
    let mut negative = negative;
    if negative && f.z && body.chars().all(|c| !c.is_ascii_digit() || c == '0') {
        negative = false;
    }
    let body = if ty == '%' { format!("{body}%") } else { body };
    let split = body.find(|c: char| !c.is_ascii_digit()).unwrap_or(body.len());
    let (int_part, rest) = body.split_at(split);
    Ok((negative, int_part.to_string(), rest.to_string()))
}

fn format_float_spec(v: f64, f: &FormatSpec) -> PyResult<String> {
    let (negative, int_part, rest) = float_parts(v, f, "float")?;
    if !v.is_finite() {
        let mut g = f.clone();
        g.grouping = None;
        return Ok(finish_number(negative, "", &int_part, &rest, &g, 3));
    }
    Ok(finish_number(negative, "", &int_part, &rest, f, 3))
}

/// `format(z, spec)` for a complex (non-empty spec).
pub fn format_complex(re: f64, im: f64, spec: &str) -> PyResult<String> {
    let f = parse(spec, "complex")?;
    if f.zero {
        return Err(PyErr::value_error("Zero padding is not allowed in complex format specifier"));
    }
    if f.align == Some('=') {
        return Err(PyErr::value_error("'=' alignment flag is not allowed in complex format specifier"));
    }
    if f.ty == Some('%') {
        return Err(unknown_code('%', "complex"));
    }
    let none_type = f.ty.is_none();
    let mut part = f.clone();
    part.width = 0;
    part.align = None;
    if none_type && f.precision.is_none() {
        part.ty = None;
    }
    let fmt = |v: f64, p: &FormatSpec| -> PyResult<String> {
        let (neg, i, r) = float_parts(v, p, "complex")?;
        let mut p = p.clone();
        if !v.is_finite() {
            p.grouping = None;
        }
        Ok(finish_number(neg, "", &i, &r, &p, 3))
    };
    let strip_dot0 = |s: String| -> String {
        if none_type && f.precision.is_none() {
            s.strip_suffix(".0").map(str::to_string).unwrap_or(s)
        } else {
            s
        }
    };
    let skip_re = none_type && re == 0.0 && re.is_sign_positive();
    let mut im_spec = part.clone();
    if im_spec.sign.is_none() || im_spec.sign == Some('-') {
        im_spec.sign = Some('+');
    }
    let body = if skip_re {
        format!("{}j", strip_dot0(fmt(im, &part)?))
    } else {
        let r = strip_dot0(fmt(re, &part)?);
        let i = strip_dot0(fmt(im, &im_spec)?);
        if none_type {
            format!("({r}{i}j)")
        } else {
            format!("{r}{i}j")
        }
    };
    Ok(pad("", &body, &f, '>'))
}
