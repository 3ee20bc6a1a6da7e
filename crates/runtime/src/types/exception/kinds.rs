//! The builtin exception classes with their own attributes or messages:
//! `KeyError` (str is the key's repr), `SystemExit.code`, `StopIteration.value`,
//! `AttributeError.name/obj`, `NameError.name`, `ImportError.msg/name/path`,
//! `OSError` (errno, strerror, filename; `OSError(errno, ...)` picks the
//! subclass for the errno), `SyntaxError` (location attributes) and the
//! `Unicode*Error` five-argument forms.
//!
//! Each attribute is a get/set descriptor: the instance dict wins (it holds
//! what the constructor or an assignment stored), otherwise the value is
//! derived from `args`, so exceptions built in Rust with bare args agree.

use super::base::{args_of, base_str_of, dict_attr, exc_init, new_cls, set_args, set_dict_attr, set_new};
use super::{types, ExceptionTypes, PyBaseException};
use crate::error::{PyErr, PyResult};
use crate::object::ObjRef;
use crate::types::bytes::PyBytes;
use crate::types::int::PyInt;
use crate::types::native::{add_getsets, add_methods, Args, Getter, Setter};
use crate::types::singletons::none;
use crate::types::str::PyStr;
use crate::types::tuple::PyTuple;
use crate::vm::ops::type_name;
use crate::vm::Vm;

/// A get/set pair for attribute `$name`: the instance dict first, else `$fallback(exc)`.
macro_rules! dict_getset {
    ($get:ident, $set:ident, $name:literal, $fallback:expr) => {
        fn $get(_vm: &mut Vm, this: &ObjRef) -> PyResult {
            if let Some(v) = dict_attr(this, $name) {
                return Ok(v);
            }
            let f: fn(&ObjRef) -> Option<ObjRef> = $fallback;
            Ok(f(this).unwrap_or_else(none))
        }
        fn $set(_vm: &mut Vm, this: &ObjRef, v: Option<ObjRef>) -> PyResult<()> {
            set_dict_attr(this, $name, Some(v.unwrap_or_else(none)));
            Ok(())
        }
    };
}

fn arg(this: &ObjRef, i: usize) -> Option<ObjRef> {
    args_of(this).get(i).cloned()
}

fn nothing(_: &ObjRef) -> Option<ObjRef> {
    None
}

fn small_int(o: &ObjRef) -> Option<i64> {
    o.downcast_ref::<PyInt>().and_then(|i| i.as_i64())
}

/// Reject keyword arguments other than `allowed`, storing the allowed ones in the dict.
fn kw_attrs(this: &ObjRef, args: &Args, allowed: &[&str], cls_name: &str) -> PyResult<()> {
    for name in allowed {
        set_dict_attr(this, name, Some(none()));
    }
    for (k, v) in args.kwargs() {
        if !allowed.contains(&k) {
            return Err(PyErr::type_error(format!("'{k}' is an invalid keyword argument for {cls_name}()")));
        }
        set_dict_attr(this, k, Some(v.clone()));
    }
    Ok(())
}

// --- KeyError ---

fn key_error_str(vm: &mut Vm, args: Args) -> PyResult {
    let this = &args.items[0];
    let a = args_of(this);
    if a.len() == 1 {
        return vm.repr(&a[0]);
    }
    base_str_of(vm, this)
}

// --- SystemExit, StopIteration ---

dict_getset!(get_code, set_code, "code", |o| {
    let a = args_of(o);
    match a.len() {
        0 => None,
        1 => Some(a[0].clone()),
        _ => Some(PyTuple::new(a)),
    }
});
dict_getset!(get_value, set_value, "value", |o| arg(o, 0));

// --- AttributeError, NameError ---

dict_getset!(get_name, set_name, "name", nothing);
dict_getset!(get_obj, set_obj, "obj", nothing);

fn attribute_error_init(vm: &mut Vm, args: Args) -> PyResult {
    let this = &args.items[0];
    kw_attrs(this, &args, &["name", "obj"], "AttributeError")?;
    set_args(this, args.positional()[1..].to_vec());
    let _ = vm;
    Ok(none())
}

fn name_error_init(_vm: &mut Vm, args: Args) -> PyResult {
    let this = &args.items[0];
    kw_attrs(this, &args, &["name"], "NameError")?;
    set_args(this, args.positional()[1..].to_vec());
    Ok(none())
}

// --- ImportError ---

dict_getset!(get_msg_import, set_msg_import, "msg", |o| {
    let a = args_of(o);
    if a.len() == 1 {
        Some(a[0].clone())
    } else {
        None
    }
});
dict_getset!(get_path, set_path, "path", nothing);

fn import_error_init(_vm: &mut Vm, args: Args) -> PyResult {
    let this = &args.items[0];
    kw_attrs(this, &args, &["name", "path"], "ImportError")?;
    let pos = args.positional()[1..].to_vec();
    set_dict_attr(this, "msg", Some(if pos.len() == 1 { pos[0].clone() } else { none() }));
    set_args(this, pos);
    Ok(none())
}

fn import_error_str(vm: &mut Vm, args: Args) -> PyResult {
    let this = &args.items[0];
    let msg = get_msg_import(vm, this)?;
    if msg.class().is_same(crate::types::str::STR_TYPE.get()) {
        return Ok(msg);
    }
    base_str_of(vm, this)
}

// --- OSError ---

/// `(errno, strerror, filename, filename2)` as `OSError(...)` reads them from its arguments.
fn os_fields(a: &[ObjRef]) -> [Option<ObjRef>; 4] {
    if (2..=5).contains(&a.len()) {
        [Some(a[0].clone()), Some(a[1].clone()), a.get(2).cloned(), a.get(4).cloned()]
    } else {
        [None, None, None, None]
    }
}

dict_getset!(get_errno, set_errno, "errno", |o| os_fields(&args_of(o))[0].clone());
dict_getset!(get_strerror, set_strerror, "strerror", |o| os_fields(&args_of(o))[1].clone());
dict_getset!(get_filename_os, set_filename_os, "filename", |o| os_fields(&args_of(o))[2].clone());
dict_getset!(get_filename2, set_filename2, "filename2", |o| os_fields(&args_of(o))[3].clone());

/// The OSError subclass CPython picks for an errno (Linux numbering).
fn errno_class(errno: i64) -> Option<&'static ObjRef> {
    let t = types();
    Some(match errno {
        11 | 114 | 115 => &t.blocking_io_error,
        10 => &t.child_process_error,
        32 | 108 => &t.broken_pipe_error,
        103 => &t.connection_aborted_error,
        111 => &t.connection_refused_error,
        104 => &t.connection_reset_error,
        17 => &t.file_exists_error,
        2 => &t.file_not_found_error,
        21 => &t.is_a_directory_error,
        20 => &t.not_a_directory_error,
        4 => &t.interrupted_error,
        1 | 13 => &t.permission_error,
        3 => &t.process_lookup_error,
        110 => &t.timeout_error,
        _ => return None,
    })
}

/// Store the OSError fields of `pos` and keep only `(errno, strerror)` in `args` when a filename is given.
fn os_store(this: &ObjRef, pos: &[ObjRef]) {
    if (2..=5).contains(&pos.len()) {
        let [errno, strerror, filename, filename2] = os_fields(pos);
        set_dict_attr(this, "errno", errno);
        set_dict_attr(this, "strerror", strerror);
        set_dict_attr(this, "filename", Some(filename.unwrap_or_else(none)));
        set_dict_attr(this, "filename2", Some(filename2.unwrap_or_else(none)));
        let keep = if pos.len() >= 3 { 2 } else { pos.len() };
        set_args(this, pos[..keep].to_vec());
    } else {
        set_args(this, pos.to_vec());
    }
}

fn os_new(_vm: &mut Vm, args: Args) -> PyResult {
    let mut cls = new_cls(&args)?;
    let pos = &args.positional()[1..];
    if cls.is_same(&types().os_error) && pos.len() >= 2 {
        if let Some(sub) = small_int(&pos[0]).and_then(errno_class) {
            cls = sub;
        }
    }
    let inst = PyBaseException::new_instance(cls, pos.to_vec());
    os_store(&inst, pos);
    Ok(inst)
}

fn os_init(_vm: &mut Vm, args: Args) -> PyResult {
    let this = &args.items[0];
    if args.has_kwargs() {
        return Err(PyErr::type_error(format!("{}() takes no keyword arguments", type_name(this))));
    }
    os_store(this, &args.positional()[1..]);
    Ok(none())
}

fn os_str(vm: &mut Vm, args: Args) -> PyResult {
    let this = &args.items[0];
    let errno = get_errno(vm, this)?;
    let strerror = get_strerror(vm, this)?;
    let filename = get_filename_os(vm, this)?;
    let filename2 = get_filename2(vm, this)?;
    if !filename.is_none() {
        let e = vm.str_string(&errno)?;
        let s = vm.str_string(&strerror)?;
        let f = vm.repr_string(&filename)?;
        if !filename2.is_none() {
            let f2 = vm.repr_string(&filename2)?;
            return Ok(PyStr::new(format!("[Errno {e}] {s}: {f} -> {f2}")));
        }
        return Ok(PyStr::new(format!("[Errno {e}] {s}: {f}")));
    }
    if !errno.is_none() && !strerror.is_none() {
        let e = vm.str_string(&errno)?;
        let s = vm.str_string(&strerror)?;
        return Ok(PyStr::new(format!("[Errno {e}] {s}")));
    }
    base_str_of(vm, this)
}

/// An OSError (or the subclass for `errno`) as `OSError(errno, strerror[, filename])` makes it.
pub fn os_error(errno: i64, strerror: &str, filename: Option<ObjRef>) -> PyErr {
    let cls = errno_class(errno).unwrap_or(&types().os_error);
    let mut pos = vec![PyInt::new(errno), PyStr::new(strerror)];
    pos.extend(filename);
    let inst = PyBaseException::new_instance(cls, pos.clone());
    os_store(&inst, &pos);
    PyErr(inst)
}

// --- SyntaxError ---

/// Field `i` of `SyntaxError(msg, (filename, lineno, offset, text, end_lineno, end_offset))`.
fn syntax_detail(o: &ObjRef, i: usize) -> Option<ObjRef> {
    let a = args_of(o);
    if a.len() != 2 {
        return None;
    }
    a[1].downcast_ref::<PyTuple>().and_then(|t| t.get(i).cloned())
}

dict_getset!(get_msg_syntax, set_msg_syntax, "msg", |o| arg(o, 0));
dict_getset!(get_filename_syn, set_filename_syn, "filename", |o| syntax_detail(o, 0));
dict_getset!(get_lineno, set_lineno, "lineno", |o| syntax_detail(o, 1));
dict_getset!(get_offset, set_offset, "offset", |o| syntax_detail(o, 2));
dict_getset!(get_text, set_text, "text", |o| syntax_detail(o, 3));
dict_getset!(get_end_lineno, set_end_lineno, "end_lineno", |o| syntax_detail(o, 4));
dict_getset!(get_end_offset, set_end_offset, "end_offset", |o| syntax_detail(o, 5));
dict_getset!(get_pfal, set_pfal, "print_file_and_line", nothing);

fn syntax_error_init(vm: &mut Vm, args: Args) -> PyResult {
    let this = &args.items[0];
    if args.has_kwargs() {
        return Err(PyErr::type_error(format!("{}() takes no keyword arguments", type_name(this))));
    }
    let pos = args.positional()[1..].to_vec();
    if let Some(m) = pos.first() {
        set_dict_attr(this, "msg", Some(m.clone()));
    }
    if pos.len() == 2 {
        let info = vm.collect(&pos[1])?;
        if !(4..=6).contains(&info.len()) {
            return Err(PyErr::index_error("tuple index out of range"));
        }
        for (i, name) in ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"].iter().enumerate() {
            set_dict_attr(this, name, Some(info.get(i).cloned().unwrap_or_else(none)));
        }
    }
    set_args(this, pos);
    Ok(none())
}

fn syntax_error_str(vm: &mut Vm, args: Args) -> PyResult {
    let this = &args.items[0];
    let msg = get_msg_syntax(vm, this)?;
    let msg = vm.str_string(&msg)?;
    let filename = get_filename_syn(vm, this)?;
    let lineno = get_lineno(vm, this)?;
    let file = filename.downcast_ref::<PyStr>().map(|s| s.as_str().rsplit('/').next().unwrap_or("").to_string());
    let line = small_int(&lineno);
    Ok(PyStr::new(match (file, line) {
        (Some(f), Some(l)) => format!("{msg} ({f}, line {l})"),
        (Some(f), None) => format!("{msg} ({f})"),
        (None, Some(l)) => format!("{msg} (line {l})"),
        (None, None) => msg,
    }))
}

// --- UnicodeError family ---

fn unicode_field(o: &ObjRef, i: usize) -> Option<ObjRef> {
    let a = args_of(o);
    if a.len() == 5 {
        a.get(i).cloned()
    } else {
        None
    }
}

dict_getset!(get_encoding, set_encoding, "encoding", |o| unicode_field(o, 0));
dict_getset!(get_object, set_object, "object", |o| unicode_field(o, 1));
dict_getset!(get_start, set_start, "start", |o| unicode_field(o, 2));
dict_getset!(get_end, set_end, "end", |o| unicode_field(o, 3));
dict_getset!(get_reason, set_reason, "reason", |o| unicode_field(o, 4));

fn check_unicode_args(pos: &[ObjRef], object_is_str: bool) -> PyResult<()> {
    if pos.len() != 5 {
        return Err(PyErr::type_error(format!("function takes exactly 5 arguments ({} given)", pos.len())));
    }
    let must_str = |i: usize| -> PyResult<()> {
        if pos[i].is::<PyStr>() {
            Ok(())
        } else {
            Err(PyErr::type_error(format!("argument {} must be str, not {}", i + 1, type_name(&pos[i]))))
        }
    };
    must_str(0)?;
    if object_is_str {
        must_str(1)?;
    } else if !pos[1].is::<PyBytes>() {
        return Err(PyErr::type_error(format!("argument 2 must be bytes-like object, not '{}'", type_name(&pos[1]))));
    }
    for i in [2, 3] {
        if !pos[i].is::<PyInt>() {
            return Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", type_name(&pos[i]))));
        }
    }
    must_str(4)
}

fn unicode_decode_init(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = &args.positional()[1..];
    check_unicode_args(pos, false)?;
    set_args(&args.items[0], pos.to_vec());
    Ok(none())
}

fn unicode_str_init(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = &args.positional()[1..];
    check_unicode_args(pos, true)?;
    set_args(&args.items[0], pos.to_vec());
    Ok(none())
}

fn char_escape(c: char) -> String {
    let n = c as u32;
    if n <= 0xff {
        format!("\\x{n:02x}")
    } else if n <= 0xffff {
        format!("\\u{n:04x}")
    } else {
        format!("\\U{n:08x}")
    }
}

/// The five fields as `(encoding, object, start, end, reason)`, if they have the right types.
fn unicode_parts(vm: &mut Vm, this: &ObjRef) -> PyResult<Option<(String, ObjRef, i64, i64, String)>> {
    let enc = get_encoding(vm, this)?;
    let obj = get_object(vm, this)?;
    let start = get_start(vm, this)?;
    let end = get_end(vm, this)?;
    let reason = get_reason(vm, this)?;
    let (Some(start), Some(end)) = (small_int(&start), small_int(&end)) else { return Ok(None) };
    if obj.is_none() || reason.is_none() {
        return Ok(None);
    }
    let enc = if enc.is_none() { String::new() } else { vm.str_string(&enc)? };
    let reason = vm.str_string(&reason)?;
    Ok(Some((enc, obj, start, end, reason)))
}

fn unicode_decode_str(vm: &mut Vm, args: Args) -> PyResult {
    let this = &args.items[0];
    let Some((enc, obj, start, end, reason)) = unicode_parts(vm, this)? else { return base_str_of(vm, this) };
    let bytes = obj.downcast_ref::<PyBytes>().map(|b| b.as_bytes().to_vec()).unwrap_or_default();
    if start >= 0 && (start as usize) < bytes.len() && end == start + 1 {
        let b = bytes[start as usize];
        return Ok(PyStr::new(format!("'{enc}' codec can't decode byte 0x{b:02x} in position {start}: {reason}")));
    }
    Ok(PyStr::new(format!("'{enc}' codec can't decode bytes in position {start}-{}: {reason}", end - 1)))
}

fn unicode_encode_str(vm: &mut Vm, args: Args) -> PyResult {
    let this = &args.items[0];
    let Some((enc, obj, start, end, reason)) = unicode_parts(vm, this)? else { return base_str_of(vm, this) };
    let ch = obj.downcast_ref::<PyStr>().and_then(|s| if start >= 0 { s.as_str().chars().nth(start as usize) } else { None });
    if let (Some(c), true) = (ch, end == start + 1) {
        return Ok(PyStr::new(format!("'{enc}' codec can't encode character '{}' in position {start}: {reason}", char_escape(c))));
    }
    Ok(PyStr::new(format!("'{enc}' codec can't encode characters in position {start}-{}: {reason}", end - 1)))
}

fn unicode_translate_init(_vm: &mut Vm, args: Args) -> PyResult {
    let this = &args.items[0];
    let pos = &args.positional()[1..];
    if pos.len() != 4 {
        return Err(PyErr::type_error(format!("function takes exactly 4 arguments ({} given)", pos.len())));
    }
    set_dict_attr(this, "encoding", Some(none()));
    set_dict_attr(this, "object", Some(pos[0].clone()));
    set_dict_attr(this, "start", Some(pos[1].clone()));
    set_dict_attr(this, "end", Some(pos[2].clone()));
    set_dict_attr(this, "reason", Some(pos[3].clone()));
    set_args(this, pos.to_vec());
    Ok(none())
}

fn unicode_translate_str(vm: &mut Vm, args: Args) -> PyResult {
    let this = &args.items[0];
    let Some((_, obj, start, end, reason)) = unicode_parts(vm, this)? else { return base_str_of(vm, this) };
    let ch = obj.downcast_ref::<PyStr>().and_then(|s| if start >= 0 { s.as_str().chars().nth(start as usize) } else { None });
    if let (Some(c), true) = (ch, end == start + 1) {
        return Ok(PyStr::new(format!("can't translate character '{}' in position {start}: {reason}", char_escape(c))));
    }
    Ok(PyStr::new(format!("can't translate characters in position {start}-{}: {reason}", end - 1)))
}

type GetSetDef = (&'static str, Getter, Option<Setter>);

pub(super) fn init(t: &ExceptionTypes) {
    add_methods(&t.key_error, &[("__str__", key_error_str)]);
    add_getsets(&t.system_exit, &[("code", get_code, Some(set_code))]);
    add_getsets(&t.stop_iteration, &[("value", get_value, Some(set_value))]);

    add_methods(&t.attribute_error, &[("__init__", attribute_error_init)]);
    add_getsets(&t.attribute_error, &[("name", get_name, Some(set_name)), ("obj", get_obj, Some(set_obj))]);
    add_methods(&t.name_error, &[("__init__", name_error_init)]);
    add_getsets(&t.name_error, &[("name", get_name, Some(set_name))]);

    add_methods(&t.import_error, &[("__init__", import_error_init), ("__str__", import_error_str)]);
    let import: &[GetSetDef] = &[
        ("msg", get_msg_import, Some(set_msg_import)),
        ("name", get_name, Some(set_name)),
        ("path", get_path, Some(set_path)),
    ];
    add_getsets(&t.import_error, import);

    set_new(&t.os_error, os_new);
    add_methods(&t.os_error, &[("__init__", os_init), ("__str__", os_str)]);
    let os: &[GetSetDef] = &[
        ("errno", get_errno, Some(set_errno)),
        ("strerror", get_strerror, Some(set_strerror)),
        ("filename", get_filename_os, Some(set_filename_os)),
        ("filename2", get_filename2, Some(set_filename2)),
    ];
    add_getsets(&t.os_error, os);

    add_methods(&t.syntax_error, &[("__init__", syntax_error_init), ("__str__", syntax_error_str)]);
    let syntax: &[GetSetDef] = &[
        ("msg", get_msg_syntax, Some(set_msg_syntax)),
        ("filename", get_filename_syn, Some(set_filename_syn)),
        ("lineno", get_lineno, Some(set_lineno)),
        ("offset", get_offset, Some(set_offset)),
        ("text", get_text, Some(set_text)),
        ("end_lineno", get_end_lineno, Some(set_end_lineno)),
        ("end_offset", get_end_offset, Some(set_end_offset)),
        ("print_file_and_line", get_pfal, Some(set_pfal)),
    ];
    add_getsets(&t.syntax_error, syntax);

    let unicode: &[GetSetDef] = &[
        ("encoding", get_encoding, Some(set_encoding)),
        ("object", get_object, Some(set_object)),
        ("start", get_start, Some(set_start)),
        ("end", get_end, Some(set_end)),
        ("reason", get_reason, Some(set_reason)),
    ];
    add_getsets(&t.unicode_error, unicode);
    add_methods(&t.unicode_decode_error, &[("__init__", unicode_decode_init), ("__str__", unicode_decode_str)]);
    add_methods(&t.unicode_encode_error, &[("__init__", unicode_str_init), ("__str__", unicode_encode_str)]);
    add_methods(&t.unicode_translate_error, &[("__init__", unicode_translate_init), ("__str__", unicode_translate_str)]);
    let _ = exc_init;
}
