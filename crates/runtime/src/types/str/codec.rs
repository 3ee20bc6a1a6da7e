//! The text codecs built into `str.encode` and `bytes.decode`: UTF-8, ASCII,
//! Latin-1, UTF-16 and UTF-32 (plain = with a BOM, little-endian), with the error handlers strict, ignore, replace,
//! backslashreplace, xmlcharrefreplace (encode) and surrogateescape (decode,
//! approximated: the byte becomes U+FFFD because lone surrogates do not exist
//! in gilfree's UTF-8 strings).
//!
//! Errors are raised as the five-argument `UnicodeEncodeError` /
//! `UnicodeDecodeError` (encoding, object, start, end, reason), whose `str()`
//! gives CPython's message.

use std::fmt::Write;

use crate::error::{PyErr, PyResult};
use crate::types::bytes::PyBytes;
use crate::types::exception;
use crate::types::int::PyInt;

use super::PyStr;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
    /// UTF-16 or UTF-32 (`width` 2 or 4 bytes); `bom`: the plain codec that
    /// writes and reads a byte-order mark.
    Wide { width: u8, big: bool, bom: bool },
}

impl Codec {
    /// The name CPython's error messages use.
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Wide { width: 2, bom: true, .. } => "utf-16",
            Codec::Wide { width: 2, big: false, .. } => "utf-16-le",
            Codec::Wide { width: 2, big: true, .. } => "utf-16-be",
            Codec::Wide { bom: true, .. } => "utf-32",
            Codec::Wide { big: false, .. } => "utf-32-le",
            Codec::Wide { big: true, .. } => "utf-32-be",
        }
    }

    /// Highest code point + 1 the codec encodes without error (UTF-8: all).
    fn limit(self) -> u32 {
        match self {
            Codec::Utf8 | Codec::Wide { .. } => 0x110000,
            Codec::Ascii => 0x80,
            Codec::Latin1 => 0x100,
        }
    }
}

/// Find a codec by any of its Python names.
pub fn lookup(encoding: &str) -> PyResult<Codec> {
    let norm: String = encoding.trim().chars().map(|c| if c == '-' || c == ' ' { '_' } else { c.to_ascii_lowercase() }).collect();
    Ok(match norm.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "cp65001" | "utf8_ucs2" | "utf8_ucs4" => Codec::Utf8,
        "ascii" | "us_ascii" | "646" | "us" | "ansi_x3.4_1968" | "iso646_us" | "cp367" => Codec::Ascii,
        "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819" | "iso_ir_100" => Codec::Latin1,
        "utf_16" | "utf16" | "u16" => Codec::Wide { width: 2, big: false, bom: true },
        "utf_16_le" | "utf_16le" | "utf16le" => Codec::Wide { width: 2, big: false, bom: false },
        "utf_16_be" | "utf_16be" | "utf16be" => Codec::Wide { width: 2, big: true, bom: false },
        "utf_32" | "utf32" | "u32" => Codec::Wide { width: 4, big: false, bom: true },
        "utf_32_le" | "utf_32le" | "utf32le" => Codec::Wide { width: 4, big: false, bom: false },
        "utf_32_be" | "utf_32be" | "utf32be" => Codec::Wide { width: 4, big: true, bom: false },
        _ => return Err(PyErr::lookup_error(format!("unknown encoding: {encoding}"))),
    })
}

fn unknown_handler(errors: &str) -> PyErr {
    PyErr::lookup_error(format!("unknown error handler name '{errors}'"))
}

/// Encode `s`; the error handler is only looked at when a character does not fit.
pub fn encode(s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = lookup(encoding)?;
    if let Codec::Wide { width, big, bom } = codec {
        return Ok(encode_wide(s, width, big, bom));
    }
    if codec == Codec::Utf8 || s.is_ascii() {
        return Ok(s.as_bytes().to_vec());
    }
    let limit = codec.limit();
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        let end = i + chars[i..].iter().take_while(|&&c| c as u32 >= limit).count();
        match errors {
            "strict" | "surrogateescape" | "surrogatepass" => {
                let reason = format!("ordinal not in range({limit})");
                return Err(PyErr::with_args(
                    &exception::types().unicode_encode_error,
                    vec![
                        PyStr::new(codec.name()),
                        PyStr::new(s),
                        PyInt::new(i as i64),
                        PyInt::new(end as i64),
                        PyStr::new(reason),
                    ],
                ));
            }
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat(b'?').take(end - i)),
            "backslashreplace" => {
                let mut t = String::new();
                for &c in &chars[i..end] {
                    push_backslash_escape(&mut t, c as u32);
                }
                out.extend_from_slice(t.as_bytes());
            }
            "xmlcharrefreplace" => {
                for &c in &chars[i..end] {
                    out.extend_from_slice(format!("&#{};", c as u32).as_bytes());
                }
            }
            _ => return Err(unknown_handler(errors)),
        }
        i = end;
    }
    Ok(out)
}

fn encode_wide(s: &str, width: u8, big: bool, bom: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len() * width as usize + 4);
    let mut unit = |u: u32| {
        if width == 2 {
            let b = (u as u16).to_le_bytes();
            out.extend(if big { [b[1], b[0]] } else { b });
        } else {
            out.extend(if big { u.to_be_bytes() } else { u.to_le_bytes() });
        }
    };
    if bom {
        unit(0xFEFF);
    }
    for c in s.chars() {
        if width == 2 {
            let mut buf = [0u16; 2];
            for &u in c.encode_utf16(&mut buf).iter() {
                unit(u32::from(u));
            }
        } else {
            unit(c as u32);
        }
    }
    out
}

fn push_backslash_escape(t: &mut String, n: u32) {
    let _ = if n < 0x100 {
        write!(t, "\\x{n:02x}")
    } else if n < 0x10000 {
        write!(t, "\\u{n:04x}")
    } else {
        write!(t, "\\U{n:08x}")
    };
}

fn decode_error(codec: Codec, data: &[u8], start: usize, end: usize, reason: &str) -> PyErr {
    PyErr::with_args(
        &exception::types().unicode_decode_error,
        vec![
            PyStr::new(codec.name()),
            PyBytes::new(data.to_vec()),
            PyInt::new(start as i64),
            PyInt::new(end as i64),
            PyStr::new(reason),
        ],
    )
}

/// Apply the error handler to the undecodable `data[start..end]`.
fn handle_decode_error(
    out: &mut String,
    codec: Codec,
    data: &[u8],
    start: usize,
    end: usize,
    reason: &str,
    errors: &str,
) -> PyResult<()> {
    match errors {
        "strict" => return Err(decode_error(codec, data, start, end, reason)),
        "ignore" => {}
        "replace" => out.push('\u{FFFD}'),
        "surrogateescape" => out.extend(std::iter::repeat('\u{FFFD}').take(end - start)),
        "backslashreplace" => {
            for &b in &data[start..end] {
                push_backslash_escape(out, u32::from(b));
            }
        }
        _ => return Err(unknown_handler(errors)),
    }
    Ok(())
}

/// Decode `data` to text.
pub fn decode(data: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let codec = lookup(encoding)?;
    match codec {
        Codec::Wide { width, big, bom } => decode_wide(data, codec, width, big, bom, errors),
        Codec::Latin1 => Ok(data.iter().map(|&b| b as char).collect()),
        Codec::Ascii => {
            if data.is_ascii() {
                return Ok(String::from_utf8_lossy(data).into_owned());
            }
            let mut out = String::with_capacity(data.len());
            for (i, &b) in data.iter().enumerate() {
                if b < 0x80 {
                    out.push(b as char);
                } else {
                    handle_decode_error(&mut out, codec, data, i, i + 1, "ordinal not in range(128)", errors)?;
                }
            }
            Ok(out)
        }
        Codec::Utf8 => {
            let mut out = String::with_capacity(data.len());
            let mut rest = data;
            let mut base = 0;
            loop {
                match std::str::from_utf8(rest) {
                    Ok(s) => {
                        out.push_str(s);
                        return Ok(out);
                    }
                    Err(e) => {
                        let good = e.valid_up_to();
                        out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or(""));
                        let bad_len = e.error_len().unwrap_or(rest.len() - good);
                        let lead = rest[good];
                        let reason = if e.error_len().is_none() {
                            "unexpected end of data"
                        } else if (0xC2..=0xF4).contains(&lead) {
                            "invalid continuation byte"
                        } else {
                            "invalid start byte"
                        };
                        let (s, t) = (base + good, base + good + bad_len);
                        handle_decode_error(&mut out, codec, data, s, t, reason, errors)?;
                        rest = &rest[good + bad_len..];
                        base = t;
                    }
                }
            }
        }
    }
}

fn decode_wide(data: &[u8], codec: Codec, width: u8, mut big: bool, bom: bool, errors: &str) -> PyResult<String> {
    let w = width as usize;
    let mut i = 0;
    if bom && data.len() >= w {
        let le_bom: &[u8] = if w == 2 { &[0xFF, 0xFE] } else { &[0xFF, 0xFE, 0, 0] };
        let be_bom: &[u8] = if w == 2 { &[0xFE, 0xFF] } else { &[0, 0, 0xFE, 0xFF] };
        if &data[..w] == le_bom {
            i = w;
        } else if &data[..w] == be_bom {
            big = true;
            i = w;
        }
    }
    let read = |k: usize| -> u32 {
        let b = &data[k..k + w];
        if w == 2 {
            let v = [b[0], b[1]];
            u32::from(if big { u16::from_be_bytes(v) } else { u16::from_le_bytes(v) })
        } else {
            let v = [b[0], b[1], b[2], b[3]];
            if big {
                u32::from_be_bytes(v)
            } else {
                u32::from_le_bytes(v)
            }
        }
    };
    let mut out = String::with_capacity(data.len() / w);
    while i < data.len() {
        if i + w > data.len() {
            handle_decode_error(&mut out, codec, data, i, data.len(), "truncated data", errors)?;
            break;
        }
        let u = read(i);
        if w == 4 {
            match char::from_u32(u) {
                Some(c) => out.push(c),
                None if u < 0x110000 => handle_decode_error(&mut out, codec, data, i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)", errors)?,
                None => handle_decode_error(&mut out, codec, data, i, i + 4, "code point not in range(0x110000)", errors)?,
            }
            i += 4;
            continue;
        }
        if !(0xD800..0xE000).contains(&u) {
            out.push(char::from_u32(u).unwrap_or('\u{FFFD}'));
            i += 2;
            continue;
        }
        if u >= 0xDC00 {
            handle_decode_error(&mut out, codec, data, i, i + 2, "illegal encoding", errors)?;
            i += 2;
            continue;
        }
        if i + 4 > data.len() {
            let reason = "unexpected end of data";
            handle_decode_error(&mut out, codec, data, i, data.len(), reason, errors)?;
            break;
        }
        let lo = read(i + 2);
        if !(0xDC00..0xE000).contains(&lo) {
            handle_decode_error(&mut out, codec, data, i, i + 2, "illegal UTF-16 surrogate", errors)?;
            i += 2;
            continue;
        }
        out.push(char::from_u32(0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00)).unwrap_or('\u{FFFD}'));
        i += 4;
    }
    Ok(out)
}
