//! str methods that look at each character on its own: case mapping, the
//! `is*` predicates, padding, `expandtabs`, `translate`/`maketrans`, `encode`.

use crate::error::{PyErr, PyResult};
use crate::object::{ObjRef, PyPayload};
use crate::types::dict::PyDict;
use crate::types::int::PyInt;
use crate::types::native::{add_methods, add_staticmethods, Args};
use crate::types::singletons::{none, py_bool};
use crate::vm::ops::type_name;
use crate::vm::Vm;

use super::slicing::int_arg;
use super::unicode::{self as u};
use super::{this, PyStr, STR_TYPE};

/// A method with no arguments that maps the text to new text.
macro_rules! text_method {
    ($fn_name:ident, $py_name:literal, |$s:ident| $body:expr) => {
        fn $fn_name(_vm: &mut Vm, args: Args) -> PyResult {
            super::no_args(&args, concat!("str.", $py_name))?;
            let $s: &str = this(&args)?.as_str();
            Ok(PyStr::new($body))
        }
    };
}

/// A predicate with no arguments.
macro_rules! predicate {
    ($fn_name:ident, $py_name:literal, |$s:ident| $body:expr) => {
        fn $fn_name(_vm: &mut Vm, args: Args) -> PyResult {
            super::no_args(&args, concat!("str.", $py_name))?;
            let $s: &str = this(&args)?.as_str();
            Ok(py_bool($body))
        }
    };
}

text_method!(str_upper, "upper", |s| if s.is_ascii() { s.to_ascii_uppercase() } else { s.to_uppercase() });
text_method!(str_lower, "lower", |s| if s.is_ascii() { s.to_ascii_lowercase() } else { s.to_lowercase() });
text_method!(str_casefold, "casefold", |s| {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        u::push_casefold(&mut out, c);
    }
    out
});
text_method!(str_swapcase, "swapcase", |s| {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if u::is_upper(c) {
            out.extend(c.to_lowercase());
        } else if u::is_lower(c) {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    out
});
text_method!(str_capitalize, "capitalize", |s| {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    if let Some(c) = chars.next() {
        u::push_title(&mut out, c);
        out.push_str(&chars.as_str().to_lowercase());
    }
    out
});
text_method!(str_title, "title", |s| {
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for c in s.chars() {
        if prev_cased {
            out.extend(c.to_lowercase());
        } else {
            u::push_title(&mut out, c);
        }
        prev_cased = u::is_cased(c);
    }
    out
});

predicate!(str_isalpha, "isalpha", |s| !s.is_empty() && s.chars().all(u::is_alpha));
predicate!(str_isdigit, "isdigit", |s| !s.is_empty() && s.chars().all(u::is_digit));
predicate!(str_isdecimal, "isdecimal", |s| !s.is_empty() && s.chars().all(u::is_decimal));
predicate!(str_isnumeric, "isnumeric", |s| !s.is_empty() && s.chars().all(u::is_numeric));
predicate!(str_isalnum, "isalnum", |s| !s.is_empty() && s.chars().all(u::is_alnum));
predicate!(str_isspace, "isspace", |s| !s.is_empty() && s.chars().all(u::is_space));
predicate!(str_isascii, "isascii", |s| s.is_ascii());
predicate!(str_isprintable, "isprintable", |s| s.chars().all(u::is_printable));
predicate!(str_isupper, "isupper", |s| {
    let mut cased = false;
    for c in s.chars() {
        if u::is_lower(c) || u::is_titlecase(c) {
            return Ok(py_bool(false));
        }
        cased |= u::is_upper(c);
    }
    cased
});
predicate!(str_islower, "islower", |s| {
    let mut cased = false;
    for c in s.chars() {
        if u::is_upper(c) || u::is_titlecase(c) {
            return Ok(py_bool(false));
        }
        cased |= u::is_lower(c);
    }
    cased
});
predicate!(str_istitle, "istitle", |s| {
    let mut cased = false;
    let mut prev_cased = false;
    for c in s.chars() {
        if u::is_upper(c) || u::is_titlecase(c) {
            if prev_cased {
                return Ok(py_bool(false));
            }
            prev_cased = true;
            cased = true;
        } else if u::is_lower(c) {
            if !prev_cased {
                return Ok(py_bool(false));
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
});
predicate!(str_isidentifier, "isidentifier", |s| {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| u::is_id_char(c, true)) && chars.all(|c| u::is_id_char(c, false))
});

/// The `(width, fillchar=' ')` arguments of center/ljust/rjust.
fn pad_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(usize, char)> {
    let a = super::arg_count(args, name, 1, 2)?;
    let width = int_arg(vm, &a[0])?.max(0) as usize;
    let fill = match a.get(1) {
        None => ' ',
        Some(f) => match f.downcast_ref::<PyStr>() {
            Some(s) if s.char_len() == 1 => s.as_str().chars().next().unwrap_or(' '),
            Some(_) => return Err(PyErr::type_error("The fill character must be exactly one character long")),
            None => {
                return Err(PyErr::type_error(format!(
                    "The fill character must be a unicode character, not {}",
                    type_name(f)
                )))
            }
        },
    };
    Ok((width, fill))
}

fn padded(args: &Args, width: usize, left: usize, fill: char) -> PyResult {
    let s = this(args)?;
    let len = s.char_len();
    if len >= width {
        if args.items[0].class().is_same(PyStr::class()) {
            return Ok(args.items[0].clone());
        }
        return Ok(PyStr::new(s.as_str()));
    }
    let right = width - len - left;
    let mut out = String::with_capacity(s.as_str().len() + (width - len) * fill.len_utf8());
    out.extend(std::iter::repeat(fill).take(left));
    out.push_str(s.as_str());
    out.extend(std::iter::repeat(fill).take(right));
    Ok(PyStr::new(out))
}

fn str_center(vm: &mut Vm, args: Args) -> PyResult {
    let (width, fill) = pad_args(vm, &args, "center")?;
    let len = this(&args)?.char_len();
    let marg = width.saturating_sub(len);
    let left = marg / 2 + (marg & width & 1);
    padded(&args, width, left, fill)
}

fn str_ljust(vm: &mut Vm, args: Args) -> PyResult {
    let (width, fill) = pad_args(vm, &args, "ljust")?;
    padded(&args, width, 0, fill)
}

fn str_rjust(vm: &mut Vm, args: Args) -> PyResult {
    let (width, fill) = pad_args(vm, &args, "rjust")?;
    let len = this(&args)?.char_len();
    padded(&args, width, width.saturating_sub(len), fill)
}

fn str_zfill(vm: &mut Vm, args: Args) -> PyResult {
    let w = super::one_arg(&args, "str.zfill")?;
    let width = int_arg(vm, w)?.max(0) as usize;
    let s = this(&args)?;
    let len = s.char_len();
    if len >= width {
        return Ok(PyStr::new(s.as_str()));
    }
    let text = s.as_str();
    let (sign, rest) = match text.chars().next() {
        Some(c @ ('+' | '-')) => (Some(c), &text[1..]),
        _ => (None, text),
    };
    let mut out = String::with_capacity(width);
    out.extend(sign);
    out.push_str(&"0".repeat(width - len));
    out.push_str(rest);
    Ok(PyStr::new(out))
}

fn str_expandtabs(vm: &mut Vm, args: Args) -> PyResult {
    let a = super::bind_kw(&args, "expandtabs", &["tabsize"], 0).map_err(|e| {
        let bad = args.kwargs().find(|(k, _)| *k != "tabsize").map(|(k, _)| k.to_string());
        match bad {
            Some(k) => PyErr::type_error(format!("'{k}' is an invalid keyword argument for expandtabs()")),
            None => e,
        }
    })?;
    let tabsize = match &a[0] {
        Some(t) => int_arg(vm, t)?,
        None => 8,
    };
    let s = this(&args)?;
    let mut out = String::with_capacity(s.as_str().len());
    let mut col: i64 = 0;
    for c in s.as_str().chars() {
        match c {
            '\t' => {
                if tabsize > 0 {
                    let n = tabsize - col % tabsize;
                    out.extend(std::iter::repeat(' ').take(n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(PyStr::new(out))
}

fn str_encode(_vm: &mut Vm, args: Args) -> PyResult {
    let a = super::bind_kw(&args, "encode", &["encoding", "errors"], 0)?;
    let enc = super::ops::opt_str_arg(a[0].as_ref(), "encode", "encoding")?.unwrap_or("utf-8");
    let errors = super::ops::opt_str_arg(a[1].as_ref(), "encode", "errors")?.unwrap_or("strict");
    let s = this(&args)?;
    Ok(crate::types::bytes::PyBytes::new(super::codec::encode(s.as_str(), enc, errors)?))
}

/// `str.translate(table)`: each code point looked up in `table`.
fn str_translate(vm: &mut Vm, args: Args) -> PyResult {
    let table = super::one_arg(&args, "str.translate")?.clone();
    let s = this(&args)?;
    let lookup_error = &crate::types::exception::types().lookup_error;
    let mut out = String::with_capacity(s.as_str().len());
    for c in s.as_str().chars() {
        let r = match vm.get_item(&table, &PyInt::new(c as i64)) {
            Ok(r) => r,
            Err(e) if e.matches(lookup_error) => {
                out.push(c);
                continue;
            }
            Err(e) => return Err(e),
        };
        if r.is_none() {
            continue;
        }
        if let Some(t) = r.downcast_ref::<PyStr>() {
            out.push_str(t.as_str());
        } else if let Some(i) = r.downcast_ref::<PyInt>() {
            match i.as_i64().filter(|n| (0..0x110000).contains(n)) {
                Some(n) => out.push(char::from_u32(n as u32).unwrap_or('\u{FFFD}')),
                None => return Err(PyErr::value_error("character mapping must be in range(0x110000)")),
            }
        } else {
            return Err(PyErr::type_error("character mapping must return integer, None or str"));
        }
    }
    Ok(PyStr::new(out))
}

/// `str.maketrans(x[, y[, z]])`.
fn str_maketrans(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.range("maketrans", 1, 3)?;
    let out = PyDict::new_ref();
    let d = out.downcast_ref::<PyDict>().ok_or_else(|| PyErr::system_error("dict"))?;
    if a.len() == 1 {
        let Some(src) = a[0].downcast_ref::<PyDict>() else {
            return Err(PyErr::type_error("if you give only one argument to maketrans it must be a dict"));
        };
        for (k, v) in src.items() {
            let key: ObjRef = if let Some(s) = k.downcast_ref::<PyStr>() {
                if s.char_len() != 1 {
                    return Err(PyErr::value_error("string keys in translate table must be of length 1"));
                }
                PyInt::new(s.as_str().chars().next().map_or(0, |c| c as i64))
            } else if k.is::<PyInt>() {
                k.clone()
            } else {
                return Err(PyErr::type_error("keys in translate table must be strings or integers"));
            };
            d.set_item(vm, key, v)?;
        }
        return Ok(out);
    }
    let x = super::str_arg(&a[0], "maketrans() argument 1")?;
    let y = super::str_arg(&a[1], "maketrans() argument 2")?;
    if x.chars().count() != y.chars().count() {
        return Err(PyErr::value_error("the first two maketrans arguments must have equal length"));
    }
    for (p, q) in x.chars().zip(y.chars()) {
        d.set_item(vm, PyInt::new(p as i64), PyInt::new(q as i64))?;
    }
    if let Some(z) = a.get(2) {
        let z = super::str_arg(z, "maketrans() argument 3")?;
        for c in z.chars() {
            d.set_item(vm, PyInt::new(c as i64), none())?;
        }
    }
    Ok(out)
}

pub fn init() {
    add_methods(
        STR_TYPE.get(),
        &[
            ("upper", str_upper),
            ("lower", str_lower),
            ("casefold", str_casefold),
            ("swapcase", str_swapcase),
            ("capitalize", str_capitalize),
            ("title", str_title),
            ("isalpha", str_isalpha),
            ("isdigit", str_isdigit),
            ("isdecimal", str_isdecimal),
            ("isnumeric", str_isnumeric),
            ("isalnum", str_isalnum),
            ("isspace", str_isspace),
            ("isascii", str_isascii),
            ("isprintable", str_isprintable),
            ("isupper", str_isupper),
            ("islower", str_islower),
            ("istitle", str_istitle),
            ("isidentifier", str_isidentifier),
            ("center", str_center),
            ("ljust", str_ljust),
            ("rjust", str_rjust),
            ("zfill", str_zfill),
            ("expandtabs", str_expandtabs),
            ("encode", str_encode),
            ("translate", str_translate),
        ],
    );
    add_staticmethods(STR_TYPE.get(), &[("maketrans", str_maketrans)]);
}
