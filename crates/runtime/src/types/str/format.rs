//! `str.format` and `str.format_map`.
//!
//! A template is literal text with `{field!conv:spec}` replacement fields;
//! `{{`/`}}` are literal braces. A field names an argument (auto-numbered,
//! an index or a keyword) followed by `.attr` and `[key]` accessors; the spec
//! may itself contain replacement fields, one level deep. Each value is
//! converted (`!r`, `!s`, `!a`) and then formatted with `format(value, spec)`.
//! `str.__format__` itself is `types::format_spec::format_str`.

use crate::error::{PyErr, PyResult};
use crate::object::ObjRef;
use crate::types::int::PyInt;
use crate::types::native::{Args, add_methods};
use crate::vm::Vm;

use super::{this, PyStr, STR_TYPE};

/// Where keyword fields are looked up.
enum Keywords<'a> {
    Args(Args<'a>),
    Mapping(&'a ObjRef),
}

struct Formatter<'a> {
    positional: &'a [ObjRef],
    keywords: Keywords<'a>,
    /// Next automatic field number; None once a manual number was used.
    auto: Option<usize>,
    allow_positional: bool,
}

impl Formatter<'_> {
    fn render(&mut self, vm: &mut Vm, template: &str, depth: u32) -> PyResult<String> {
        if depth == 0 {
            return Err(PyErr::value_error("Max string recursion exceeded"));
        }
        let chars: Vec<char> = template.chars().collect();
        let mut out = String::with_capacity(template.len());
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            if c == '}' {
                if chars.get(i + 1) == Some(&'}') {
                    out.push('}');
                    i += 2;
                    continue;
                }
                return Err(PyErr::value_error("Single '}' encountered in format string"));
            }
            if c != '{' {
                out.push(c);
                i += 1;
                continue;
            }
            if chars.get(i + 1) == Some(&'{') {
                out.push('{');
                i += 2;
                continue;
            }
            if i + 1 >= chars.len() {
                return Err(PyErr::value_error("Single '{' encountered in format string"));
            }
            // Find the matching '}' (nested braces belong to the spec).
            let mut level = 1;
            let mut j = i + 1;
            let mut in_bracket = false;
            while j < chars.len() {
                match chars[j] {
                    '[' if level == 1 => in_bracket = true,
                    ']' => in_bracket = false,
                    '{' if !in_bracket => level += 1,
                    '}' if !in_bracket => {
                        level -= 1;
                        if level == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
            if j >= chars.len() {
                let msg = if level > 1 { "unmatched '{' in format spec" } else { "expected '}' before end of string" };
                return Err(PyErr::value_error(msg));
            }
            let field: String = chars[i + 1..j].iter().collect();
            self.field(vm, &field, depth, &mut out)?;
            i = j + 1;
        }
        Ok(out)
    }

    fn field(&mut self, vm: &mut Vm, field: &str, depth: u32, out: &mut String) -> PyResult<()> {
        let chars: Vec<char> = field.chars().collect();
        // The field name runs to the first '!' or ':' outside brackets.
        let mut k = 0;
        while k < chars.len() {
            match chars[k] {
                '[' => {
                    while k < chars.len() && chars[k] != ']' {
                        k += 1;
                    }
                    if k < chars.len() {
                        k += 1;
                    }
                    continue;
                }
                '{' => return Err(PyErr::value_error("unexpected '{' in field name")),
                '!' | ':' => break,
                _ => k += 1,
            }
        }
        let name: String = chars[..k].iter().collect();
        let mut conversion = None;
        let mut spec = String::new();
        if chars.get(k) == Some(&'!') {
            let Some(&conv) = chars.get(k + 1) else {
                return Err(PyErr::value_error("end of string while looking for conversion specifier"));
            };
            conversion = Some(conv);
            k += 2;
            if k < chars.len() && chars[k] != ':' {
                return Err(PyErr::value_error("expected ':' after conversion specifier"));
            }
        }
        if chars.get(k) == Some(&':') {
            spec = chars[k + 1..].iter().collect();
        }
        let value = self.lookup(vm, &name)?;
        let value = match conversion {
            None => value,
            Some('r') => vm.repr(&value)?,
            Some('s') => vm.str(&value)?,
            Some('a') => vm.ascii(&value)?,
            Some(c) => return Err(PyErr::value_error(format!("Unknown conversion specifier {c}"))),
        };
        let spec = if spec.contains('{') { self.render(vm, &spec, depth - 1)? } else { spec };
        if spec.is_empty() {
            if let Some(s) = value.downcast_ref::<PyStr>() {
                out.push_str(s.as_str());
                return Ok(());
            }
        }
        let r = vm.format(&value, Some(&PyStr::new(spec)))?;
        out.push_str(r.downcast_ref::<PyStr>().map_or("", |s| s.as_str()));
        Ok(())
    }

    fn lookup(&mut self, vm: &mut Vm, name: &str) -> PyResult<ObjRef> {
        let first_end = name.find(['.', '[']).unwrap_or(name.len());
        let (first, mut rest) = name.split_at(first_end);
        let mut value = if first.is_empty() {
            let Some(n) = self.auto else {
                return Err(PyErr::value_error("cannot switch from manual field specification to automatic field numbering"));
            };
            self.auto = Some(n + 1);
            self.positional_arg(n)?
        } else if first.bytes().all(|b| b.is_ascii_digit()) {
            if self.auto.is_some_and(|n| n > 0) {
                return Err(PyErr::value_error("cannot switch from automatic field numbering to manual field specification"));
            }
            self.auto = None;
            let n = first.parse::<usize>().map_err(|_| PyErr::value_error("Too many decimal digits in format string"))?;
            self.positional_arg(n)?
        } else {
            match &self.keywords {
                Keywords::Args(a) => match a.kwarg(first) {
                    Some(v) => v.clone(),
                    None => return Err(PyErr::key_error(PyStr::new(first))),
                },
                Keywords::Mapping(m) => {
                    let m = (*m).clone();
                    vm.get_item(&m, &PyStr::new(first))?
                }
            }
        };
        while !rest.is_empty() {
            if let Some(r) = rest.strip_prefix('.') {
                let end = r.find(['.', '[']).unwrap_or(r.len());
                let attr = &r[..end];
                if attr.is_empty() {
                    return Err(PyErr::value_error("Empty attribute in format string"));
                }
                value = vm.get_attr_str(&value, attr)?;
                rest = &r[end..];
            } else if let Some(r) = rest.strip_prefix('[') {
                let Some(end) = r.find(']') else {
                    return Err(PyErr::value_error("Missing ']' in format string"));
                };
                let key = &r[..end];
                if key.is_empty() {
                    return Err(PyErr::value_error("Empty attribute in format string"));
                }
                let key_obj = match key.parse::<i64>() {
                    Ok(n) if key.bytes().all(|b| b.is_ascii_digit()) => PyInt::new(n),
                    _ => PyStr::new(key),
                };
                value = vm.get_item(&value, &key_obj)?;
                rest = &r[end + 1..];
                if !rest.is_empty() && !rest.starts_with(['.', '[']) {
                    return Err(PyErr::value_error("Only '.' or '[' may follow ']' in format field specifier"));
                }
            } else {
                return Err(PyErr::value_error("Only '.' or '[' may follow ']' in format field specifier"));
            }
        }
        Ok(value)
    }

    fn positional_arg(&self, n: usize) -> PyResult<ObjRef> {
        if !self.allow_positional {
            return Err(PyErr::value_error("Format string contains positional fields"));
        }
        self.positional
            .get(n)
            .cloned()
            .ok_or_else(|| PyErr::index_error(format!("Replacement index {n} out of range for positional args tuple")))
    }
}

/// `template.format(*args, **kwargs)`.
pub fn format_args(vm: &mut Vm, template: &str, args: Args) -> PyResult<String> {
    let mut f = Formatter {
        positional: args.positional(),
        keywords: Keywords::Args(args),
        auto: Some(0),
        allow_positional: true,
    };
    f.render(vm, template, 2)
}

fn str_format(vm: &mut Vm, args: Args) -> PyResult {
    let s = this(&args)?;
    Ok(PyStr::new(format_args(vm, s.as_str(), args.skip_self())?))
}

fn str_format_map(vm: &mut Vm, args: Args) -> PyResult {
    let mapping = super::one_arg(&args, "str.format_map")?;
    let s = this(&args)?;
    let mut f = Formatter {
        positional: &[],
        keywords: Keywords::Mapping(mapping),
        auto: Some(0),
        allow_positional: false,
    };
    Ok(PyStr::new(f.render(vm, s.as_str(), 2)?))
}

pub fn init() {
    add_methods(STR_TYPE.get(), &[("format", str_format), ("format_map", str_format_map)]);
}
