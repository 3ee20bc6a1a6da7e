//! The `struct` module (also importable as `_struct`): conversion between
//! Python values and C structs packed in bytes.
//!
//! A format string is parsed once into a `Layout` (fields with offsets, the
//! total size, the number of values); `pack`/`unpack` then walk the fields.
//! `@` (the default) uses this machine's sizes, byte order and alignment;
//! `=`, `<`, `>` and `!` use the standard sizes without alignment. Error
//! messages follow CPython 3.11 word for word, including its unevenness
//! (e.g. `'h'` names its range under `>` but says "short format" under `@`).
//!
//! A `Struct` object keeps its layout behind an `RwLock<Arc<..>>` only so that
//! `__init__` may replace it (subclasses call `super().__init__(fmt)`); every
//! operation works on a snapshot of the `Arc`.

use std::sync::{Arc, OnceLock};

use num_bigint::BigInt;
use num_traits::ToPrimitive;
use parking_lot::RwLock;

use crate::error::{PyErr, PyResult};
use crate::object::{ObjRef, PyPayload};
use crate::types::bytearray::PyByteArray;
use crate::types::bytes::{bytes_arg, PyBytes};
use crate::types::dict::PyDict;
use crate::types::float::PyFloat;
use crate::types::int::PyInt;
use crate::types::list::PyList;
use crate::types::module::PyModule;
use crate::types::native::{add_getsets, add_methods, Args, NativeFn, PyBuiltinFunction};
use crate::types::singletons::{none, py_bool};
use crate::types::str::PyStr;
use crate::types::tuple::PyTuple;
use crate::types::typeobj::{flags, new_builtin_type};
use crate::types::TypeCell;
use crate::vm::ops::type_name;
use crate::vm::Vm;

pub static STRUCT_TYPE: TypeCell = TypeCell::new();
static ERROR_TYPE: OnceLock<ObjRef> = OnceLock::new();

/// `struct.error`, created on first use.
fn error_type(vm: &mut Vm) -> PyResult<ObjRef> {
    if let Some(t) = ERROR_TYPE.get() {
        return Ok(t.clone());
    }
    let ns = PyDict::new();
    ns.set_str("__module__", PyStr::new("struct"));
    let base = crate::types::exception::types().exception.clone();
    let t = vm.call(crate::types::typeobj::TYPE_TYPE.get(), &[PyStr::new("error"), PyTuple::new(vec![base]), ObjRef::new(ns)])?;
    t.make_immortal();
    Ok(ERROR_TYPE.get_or_init(|| t).clone())
}

#[cold]
fn struct_error(vm: &mut Vm, msg: impl Into<String>) -> PyErr {
    match error_type(vm) {
        Ok(t) => PyErr::new(&t, msg),
        Err(e) => e,
    }
}

// --- layouts ---

#[derive(Clone, Copy, PartialEq)]
enum Order {
    Little,
    Big,
}

const NATIVE_ORDER: Order = if cfg!(target_endian = "big") { Order::Big } else { Order::Little };

#[derive(Clone, Copy)]
struct Field {
    code: char,
    /// Repeat count (for `s`/`p`, the byte length of the one value).
    count: usize,
    offset: usize,
    /// Size of one item.
    size: usize,
}

struct Layout {
    fields: Vec<Field>,
    size: usize,
    nvalues: usize,
    order: Order,
    native: bool,
    /// The format as given, as a str.
    format: String,
}

/// Size and alignment of a code under native (`@`) or standard rules.
fn code_size(code: char, native: bool) -> Option<(usize, usize)> {
    let ptr = std::mem::size_of::<usize>();
    let long = std::mem::size_of::<libc::c_long>();
    let s = match code {
        'x' | 'c' | 'b' | 'B' | '?' | 's' | 'p' => 1,
        'h' | 'H' | 'e' => 2,
        'i' | 'I' | 'f' => 4,
        'l' | 'L' => {
            if native {
                long
            } else {
                4
            }
        }
        'q' | 'Q' | 'd' => 8,
        'n' | 'N' | 'P' if native => ptr,
        _ => return None,
    };
    Some((s, if native { s } else { 1 }))
}

fn parse(vm: &mut Vm, format: &str) -> PyResult<Layout> {
    let mut chars = format.chars().peekable();
    let (order, native) = match chars.peek() {
        Some('@') => (NATIVE_ORDER, true),
        Some('=') => (NATIVE_ORDER, false),
        Some('<') => (Order::Little, false),
        Some('>') | Some('!') => (Order::Big, false),
        _ => (NATIVE_ORDER, true),
    };
    if matches!(chars.peek(), Some('@' | '=' | '<' | '>' | '!')) {
        chars.next();
    }
    let mut fields = Vec::new();
    let mut size = 0usize;
    let mut nvalues = 0usize;
    while let Some(c) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        let mut count = 1usize;
        let mut code = c;
        if c.is_ascii_digit() {
            let mut n: usize = c as usize - '0' as usize;
            loop {
                match chars.next() {
                    Some(d) if d.is_ascii_digit() => {
                        n = n.checked_mul(10).and_then(|n| n.checked_add(d as usize - '0' as usize)).ok_or_else(|| struct_error(vm, "total struct size too long"))?;
                    }
                    Some(other) => {
                        code = other;
                        break;
                    }
                    None => return Err(struct_error(vm, "repeat count given without format specifier")),
                }
            }
            count = n;
        }
        let Some((item, align)) = code_size(code, native) else { return Err(struct_error(vm, "bad char in struct format")) };
        if align > 1 {
            size = size.div_ceil(align) * align;
        }
        let too_long = || "total struct size too long";
        let bytes = item.checked_mul(count).ok_or_else(|| struct_error(vm, too_long()))?;
        fields.push(Field { code, count, offset: size, size: item });
        size = size.checked_add(bytes).ok_or_else(|| struct_error(vm, too_long()))?;
        nvalues += match code {
            'x' => 0,
            's' | 'p' => 1,
            _ => count,
        };
    }
    Ok(Layout { fields, size, nvalues, order, native, format: format.to_string() })
}

fn format_text(vm: &mut Vm, f: &ObjRef) -> PyResult<String> {
    if let Some(s) = f.downcast_ref::<PyStr>() {
        return Ok(s.as_str().to_string());
    }
    if let Some(b) = f.downcast_ref::<PyBytes>() {
        return Ok(b.as_bytes().iter().map(|&c| c as char).collect());
    }
    let _ = vm;
    Err(PyErr::type_error(format!("Struct() argument 1 must be a str or bytes object, not {}", type_name(f))))
}

fn layout_of(vm: &mut Vm, f: &ObjRef) -> PyResult<Arc<Layout>> {
    if let Some(s) = f.downcast_ref::<PyStruct>() {
        return Ok(s.layout.read().clone());
    }
    let text = format_text(vm, f)?;
    Ok(Arc::new(parse(vm, &text)?))
}

// --- packing ---

/// The integer value of `v` for an integer code, or struct.error.
fn int_value(vm: &mut Vm, v: &ObjRef) -> PyResult<BigInt> {
    if let Some(i) = v.downcast_ref::<PyInt>() {
        return Ok(i.to_bigint());
    }
    if vm.call_special(v, "__index__", &[])?.is_some() {
        let i = crate::types::int::as_index(vm, v)?;
        if let Some(i) = i.downcast_ref::<PyInt>() {
            return Ok(i.to_bigint());
        }
    }
    Err(struct_error(vm, "required argument is not an integer"))
}

fn float_value(vm: &mut Vm, v: &ObjRef) -> PyResult<f64> {
    if let Some(f) = v.downcast_ref::<PyFloat>() {
        return Ok(f.0);
    }
    if let Some(i) = v.downcast_ref::<PyInt>() {
        return i.to_f64_checked();
    }
    if let Some(r) = vm.call_special(v, "__float__", &[])? {
        if let Some(f) = r.downcast_ref::<PyFloat>() {
            return Ok(f.0);
        }
    }
    if vm.call_special(v, "__index__", &[])?.is_some() {
        let i = crate::types::int::as_index(vm, v)?;
        if let Some(i) = i.downcast_ref::<PyInt>() {
            return i.to_f64_checked();
        }
    }
    Err(struct_error(vm, "required argument is not a float"))
}

/// Check `v` against the range of an integer code; CPython's message on failure.
fn int_bits(vm: &mut Vm, code: char, size: usize, native: bool, v: &BigInt) -> PyResult<u64> {
    let signed = matches!(code, 'b' | 'h' | 'i' | 'l' | 'q' | 'n');
    let bits = (size * 8) as u32;
    let (lo, hi): (i128, i128) = if signed { (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1) } else { (0, (1i128 << bits) - 1) };
    let range_msg = |vm: &mut Vm| -> PyErr {
        let msg = match (code, native) {
            ('b', _) => "byte format requires -128 <= number <= 127".to_string(),
            ('B', _) => "ubyte format requires 0 <= number <= 255".to_string(),
            ('h', true) => "short format requires -32768 <= number <= 32767".to_string(),
            ('H', true) => "ushort format requires 0 <= number <= 65535".to_string(),
            _ => format!("'{code}' format requires {lo} <= number <= {hi}"),
        };
        struct_error(vm, msg)
    };
    // 8-byte standard codes go through a byte-array conversion in CPython.
    if !native && size == 8 {
        return match v.to_i128().filter(|x| (lo..=hi).contains(x)) {
            Some(x) => Ok(x as u64),
            None => Err(struct_error(vm, "int too large to convert")),
        };
    }
    if code == 'P' {
        return match v.to_i128().filter(|x| (-(1i128 << 63)..(1i128 << 64)).contains(x)) {
            Some(x) => Ok(x as u64),
            None => Err(struct_error(vm, "argument out of range")),
        };
    }
    let Some(x) = v.to_i128() else { return Err(struct_error(vm, "argument out of range")) };
    if (lo..=hi).contains(&x) {
        return Ok(x as u64);
    }
    // What CPython reads into a C long / unsigned long first.
    let fits_c = if signed || matches!(code, 'B' | 'H') && native || matches!(code, 'B') {
        i64::try_from(x).is_ok()
    } else {
        x >= 0 && u64::try_from(x).is_ok()
    };
    if !fits_c {
        return Err(struct_error(vm, "argument out of range"));
    }
    if size == 8 || (native && matches!(code, 'l' | 'L' | 'n' | 'N' | 'q' | 'Q')) {
        return Err(struct_error(vm, "argument out of range"));
    }
    Err(range_msg(vm))
}

fn put(buf: &mut [u8], order: Order, value: u64, size: usize) {
    let le = value.to_le_bytes();
    for k in 0..size {
        let b = le[k];
        match order {
            Order::Little => buf[k] = b,
            Order::Big => buf[size - 1 - k] = b,
        }
    }
}

fn get(buf: &[u8], order: Order, size: usize) -> u64 {
    let mut v = 0u64;
    for k in 0..size {
        let b = match order {
            Order::Little => buf[size - 1 - k],
            Order::Big => buf[k],
        };
        v = (v << 8) | b as u64;
    }
    v
}

/// IEEE half precision, rounding to nearest even; None when too large.
fn f64_to_half(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    let a = x.abs();
    if a.is_infinite() {
        return Some(sign | 0x7c00);
    }
    if a < 2f64.powi(-14) {
        let n = (a * 2f64.powi(24)).round_ties_even() as u16;
        return Some(sign | n);
    }
    let (m, e) = crate::types::float::frexp(a);
    let mut e2 = e - 1;
    let mut n = ((2.0 * m - 1.0) * 1024.0).round_ties_even() as u32;
    if n == 1024 {
        n = 0;
        e2 += 1;
    }
    if e2 > 15 {
        return None;
    }
    Some(sign | (((e2 + 15) as u16) << 10) | n as u16)
}

fn half_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = ((h >> 10) & 0x1f) as i32;
    let m = (h & 0x3ff) as f64;
    sign * match e {
        0 => m * 2f64.powi(-24),
        31 if m == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        _ => (1.0 + m / 1024.0) * 2f64.powi(e - 15),
    }
}

fn pack_value(vm: &mut Vm, lay: &Layout, f: &Field, buf: &mut [u8], v: &ObjRef) -> PyResult<()> {
    let order = lay.order;
    match f.code {
        'c' => match v.downcast_ref::<PyBytes>().map(|b| b.as_bytes()) {
            Some([b]) => buf[0] = *b,
            _ => match v.downcast_ref::<PyByteArray>().map(|b| b.snapshot()) {
                Some(b) if b.len() == 1 => buf[0] = b[0],
                _ => return Err(struct_error(vm, "char format requires a bytes object of length 1")),
            },
        },
        '?' => buf[0] = vm.is_true(v)? as u8,
        'e' => {
            let x = float_value(vm, v)?;
            let h = f64_to_half(x).ok_or_else(|| PyErr::overflow_error("float too large to pack with e format"))?;
            put(buf, order, h as u64, 2);
        }
        'f' => {
            let x = float_value(vm, v)?;
            let y = x as f32;
            if y.is_infinite() && x.is_finite() {
                return Err(PyErr::overflow_error("float too large to pack with f format"));
            }
            put(buf, order, y.to_bits() as u64, 4);
        }
        'd' => {
            let x = float_value(vm, v)?;
            put(buf, order, x.to_bits(), 8);
        }
        code => {
            let i = int_value(vm, v)?;
            let bits = int_bits(vm, code, f.size, lay.native, &i)?;
            put(buf, order, bits, f.size);
        }
    }
    Ok(())
}

/// Pack `values` into `out` (exactly `lay.size` bytes, zeroed).
fn pack_to(vm: &mut Vm, lay: &Layout, values: &[ObjRef], out: &mut [u8], fname: &str) -> PyResult<()> {
    if values.len() != lay.nvalues {
        return Err(struct_error(vm, format!("{fname} expected {} items for packing (got {})", lay.nvalues, values.len())));
    }
    let mut vals = values.iter();
    for f in &lay.fields {
        match f.code {
            'x' => {}
            's' | 'p' => {
                let v = vals.next().cloned().unwrap_or_else(none);
                let data: Vec<u8> = if let Some(b) = v.downcast_ref::<PyBytes>() {
                    b.as_bytes().to_vec()
                } else if let Some(b) = v.downcast_ref::<PyByteArray>() {
                    b.snapshot()
                } else {
                    return Err(struct_error(vm, format!("argument for '{}' must be a bytes object", f.code)));
                };
                let dst = &mut out[f.offset..f.offset + f.count];
                if f.code == 's' {
                    let n = data.len().min(f.count);
                    dst[..n].copy_from_slice(&data[..n]);
                } else if f.count > 0 {
                    let n = data.len().min(f.count - 1);
                    dst[1..1 + n].copy_from_slice(&data[..n]);
                    dst[0] = n.min(255) as u8;
                }
            }
            _ => {
                for k in 0..f.count {
                    let v = vals.next().cloned().unwrap_or_else(none);
                    let at = f.offset + k * f.size;
                    pack_value(vm, lay, f, &mut out[at..at + f.size], &v)?;
                }
            }
        }
    }
    Ok(())
}

fn unpack_from_slice(lay: &Layout, data: &[u8]) -> ObjRef {
    let mut out = Vec::with_capacity(lay.nvalues);
    let order = lay.order;
    for f in &lay.fields {
        match f.code {
            'x' => {}
            's' => out.push(PyBytes::new(data[f.offset..f.offset + f.count].to_vec())),
            'p' => {
                if f.count == 0 {
                    out.push(PyBytes::new(Vec::new()));
                } else {
                    let n = (data[f.offset] as usize).min(f.count - 1);
                    out.push(PyBytes::new(data[f.offset + 1..f.offset + 1 + n].to_vec()));
                }
            }
            code => {
                for k in 0..f.count {
                    let at = f.offset + k * f.size;
                    let b = &data[at..at + f.size];
                    out.push(match code {
                        'c' => PyBytes::new(vec![b[0]]),
                        '?' => py_bool(b[0] != 0),
                        'e' => PyFloat::new(half_to_f64(get(b, order, 2) as u16)),
                        'f' => PyFloat::new(f32::from_bits(get(b, order, 4) as u32) as f64),
                        'd' => PyFloat::new(f64::from_bits(get(b, order, 8))),
                        'b' | 'h' | 'i' | 'l' | 'q' | 'n' => {
                            let raw = get(b, order, f.size);
                            let shift = 64 - 8 * f.size as u32;
                            PyInt::new(((raw << shift) as i64) >> shift)
                        }
                        _ => {
                            let raw = get(b, order, f.size);
                            match i64::try_from(raw) {
                                Ok(v) => PyInt::new(v),
                                Err(_) => PyInt::from_bigint(BigInt::from(raw)),
                            }
                        }
                    });
                }
            }
        }
    }
    PyTuple::new(out)
}

// --- operations ---

fn do_pack(vm: &mut Vm, lay: &Layout, values: &[ObjRef]) -> PyResult {
    let mut out = vec![0u8; lay.size];
    pack_to(vm, lay, values, &mut out, "pack")?;
    Ok(PyBytes::new(out))
}

fn do_unpack(vm: &mut Vm, lay: &Layout, buffer: &ObjRef) -> PyResult {
    let data = bytes_arg(buffer)?;
    if data.len() != lay.size {
        return Err(struct_error(vm, format!("unpack requires a buffer of {} bytes", lay.size)));
    }
    Ok(unpack_from_slice(lay, &data))
}

fn do_unpack_from(vm: &mut Vm, lay: &Layout, buffer: &ObjRef, offset: Option<&ObjRef>) -> PyResult {
    let data = bytes_arg(buffer)?;
    let offset = match offset {
        Some(o) => crate::types::int::index_i64(vm, o)?,
        None => 0,
    };
    let len = data.len() as i64;
    let start = if offset < 0 {
        if offset + len < 0 {
            return Err(struct_error(vm, format!("offset {offset} out of range for {len}-byte buffer")));
        }
        offset + len
    } else {
        offset
    };
    if len - start < lay.size as i64 {
        return Err(struct_error(
            vm,
            if offset < 0 {
                format!("not enough data to unpack {} bytes at offset {offset}", lay.size)
            } else {
                format!(
                    "unpack_from requires a buffer of at least {} bytes for unpacking {} bytes at offset {} (actual buffer size is {})",
                    lay.size as i64 + start,
                    lay.size,
                    start,
                    len
                )
            },
        ));
    }
    let start = start as usize;
    Ok(unpack_from_slice(lay, &data[start..start + lay.size]))
}

fn do_pack_into(vm: &mut Vm, lay: &Layout, buffer: &ObjRef, offset: &ObjRef, values: &[ObjRef]) -> PyResult {
    let Some(ba) = buffer.downcast_ref::<PyByteArray>() else {
        return Err(PyErr::type_error(format!("argument must be read-write bytes-like object, not {}", type_name(buffer))));
    };
    let offset = crate::types::int::index_i64(vm, offset)?;
    let mut packed = vec![0u8; lay.size];
    pack_to(vm, lay, values, &mut packed, "pack_into")?;
    let len = ba.len() as i64;
    let start = if offset < 0 {
        if offset + len < 0 {
            return Err(struct_error(vm, format!("offset {offset} out of range for {len}-byte buffer")));
        }
        offset + len
    } else {
        offset
    };
    if len - start < lay.size as i64 {
        return Err(struct_error(
            vm,
            if offset < 0 {
                format!("no space to pack {} bytes at offset {offset}", lay.size)
            } else {
                format!(
                    "pack_into requires a buffer of at least {} bytes for packing {} bytes at offset {} (actual buffer size is {})",
                    lay.size as i64 + start,
                    lay.size,
                    start,
                    len
                )
            },
        ));
    }
    let start = start as usize;
    ba.with_mut(|d| {
        if let Some(dst) = d.get_mut(start..start + packed.len()) {
            dst.copy_from_slice(&packed);
        }
    });
    Ok(none())
}

fn do_iter_unpack(vm: &mut Vm, lay: &Layout, buffer: &ObjRef) -> PyResult {
    let data = bytes_arg(buffer)?;
    if lay.size == 0 {
        return Err(struct_error(vm, "cannot iteratively unpack with a struct of length 0"));
    }
    if data.len() % lay.size != 0 {
        return Err(struct_error(vm, format!("iterative unpacking requires a buffer of a multiple of {} bytes", lay.size)));
    }
    let items: Vec<ObjRef> = data.chunks(lay.size).map(|c| unpack_from_slice(lay, c)).collect();
    vm.iter(&PyList::new(items))
}

// --- module functions ---

fn first<'a>(args: &Args<'a>, fname: &str) -> PyResult<&'a ObjRef> {
    args.positional().first().ok_or_else(|| PyErr::type_error(format!("{fname}() missing required argument 'format' (pos 1)")))
}

fn m_pack(vm: &mut Vm, args: Args) -> PyResult {
    args.no_kwargs("pack")?;
    let lay = layout_of(vm, first(&args, "pack")?)?;
    do_pack(vm, &lay, &args.items[1..])
}

fn m_unpack(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("unpack", 2)?;
    let lay = layout_of(vm, &a[0])?;
    do_unpack(vm, &lay, &a[1])
}

fn m_unpack_from(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.bind("unpack_from", &["format", "buffer", "offset"], 2)?;
    let lay = layout_of(vm, a[0].as_ref().unwrap_or(&none()))?;
    do_unpack_from(vm, &lay, &a[1].clone().unwrap_or_else(none), a[2].as_ref())
}

fn m_pack_into(vm: &mut Vm, args: Args) -> PyResult {
    args.no_kwargs("pack_into")?;
    let a = args.items;
    if a.len() < 3 {
        return Err(PyErr::type_error(format!("pack_into expected at least 3 arguments, got {}", a.len())));
    }
    let lay = layout_of(vm, &a[0])?;
    do_pack_into(vm, &lay, &a[1], &a[2], &a[3..])
}

fn m_iter_unpack(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("iter_unpack", 2)?;
    let lay = layout_of(vm, &a[0])?;
    do_iter_unpack(vm, &lay, &a[1])
}

fn m_calcsize(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("calcsize", 1)?;
    let lay = layout_of(vm, &a[0])?;
    Ok(PyInt::new(lay.size as i64))
}

fn m_clearcache(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(none())
}

// --- Struct ---

pub struct PyStruct {
    layout: RwLock<Arc<Layout>>,
}

impl PyPayload for PyStruct {
    fn class() -> &'static ObjRef {
        STRUCT_TYPE.get()
    }
}

fn this<'a>(args: &Args<'a>) -> PyResult<&'a PyStruct> {
    let o = args.items.first().ok_or_else(|| PyErr::type_error("descriptor needs an argument"))?;
    o.downcast_ref::<PyStruct>().ok_or_else(|| PyErr::type_error(format!("descriptor requires a '_struct.Struct' object but received a '{}'", type_name(o))))
}

fn this_layout(args: &Args) -> PyResult<Arc<Layout>> {
    Ok(this(args)?.layout.read().clone())
}

fn struct_new(vm: &mut Vm, args: Args) -> PyResult {
    let cls = args.items.first().cloned().ok_or_else(|| PyErr::type_error("Struct.__new__ needs a type"))?;
    let rest = args.skip_self();
    let fmt = rest.positional().first().or_else(|| rest.kwarg("format"));
    let lay = match fmt {
        Some(f) => {
            let text = format_text(vm, f)?;
            parse(vm, &text)?
        }
        None => parse(vm, "")?,
    };
    let payload = PyStruct { layout: RwLock::new(Arc::new(lay)) };
    let d = if cls.ty_payload().has_flag(flags::HEAPTYPE) { Some(PyDict::new_ref()) } else { None };
    Ok(ObjRef::new_with(payload, cls, d))
}

fn struct_init(vm: &mut Vm, args: Args) -> PyResult {
    let s = this(&args)?;
    let a = args.skip_self().bind("Struct", &["format"], 1)?;
    let text = format_text(vm, a[0].as_ref().unwrap_or(&none()))?;
    let lay = parse(vm, &text)?;
    *s.layout.write() = Arc::new(lay);
    Ok(none())
}

fn s_pack(vm: &mut Vm, args: Args) -> PyResult {
    args.no_kwargs("pack")?;
    let lay = this_layout(&args)?;
    do_pack(vm, &lay, &args.items[1..])
}

fn s_unpack(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("unpack", 2)?;
    let lay = this_layout(&args)?;
    do_unpack(vm, &lay, &a[1])
}

fn s_unpack_from(vm: &mut Vm, args: Args) -> PyResult {
    let lay = this_layout(&args)?;
    let a = args.skip_self().bind("unpack_from", &["buffer", "offset"], 1)?;
    do_unpack_from(vm, &lay, &a[0].clone().unwrap_or_else(none), a[1].as_ref())
}

fn s_pack_into(vm: &mut Vm, args: Args) -> PyResult {
    args.no_kwargs("pack_into")?;
    let lay = this_layout(&args)?;
    let a = args.items;
    if a.len() < 3 {
        return Err(PyErr::type_error(format!("pack_into expected at least 2 arguments, got {}", a.len() - 1)));
    }
    do_pack_into(vm, &lay, &a[1], &a[2], &a[3..])
}

fn s_iter_unpack(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("iter_unpack", 2)?;
    let lay = this_layout(&args)?;
    do_iter_unpack(vm, &lay, &a[1])
}

fn s_format(_vm: &mut Vm, o: &ObjRef) -> PyResult {
    let s = o.downcast_ref::<PyStruct>().ok_or_else(|| PyErr::type_error("expected a Struct"))?;
    Ok(PyStr::new(s.layout.read().format.as_str()))
}

fn s_size(_vm: &mut Vm, o: &ObjRef) -> PyResult {
    let s = o.downcast_ref::<PyStruct>().ok_or_else(|| PyErr::type_error("expected a Struct"))?;
    Ok(PyInt::new(s.layout.read().size as i64))
}

fn init_types() {
    if STRUCT_TYPE.is_set() {
        return;
    }
    let t = new_builtin_type("Struct", None, flags::BASETYPE);
    t.ty_payload().dict().set_str("__module__", PyStr::new("_struct"));
    STRUCT_TYPE.set(t);
    let t = STRUCT_TYPE.get();
    add_methods(
        t,
        &[
            ("__init__", struct_init),
            ("pack", s_pack),
            ("unpack", s_unpack),
            ("unpack_from", s_unpack_from),
            ("pack_into", s_pack_into),
            ("iter_unpack", s_iter_unpack),
        ],
    );
    add_getsets(t, &[("format", s_format, None), ("size", s_size, None)]);
    crate::types::native::add_new(t, "_struct", struct_new);
}

/// Build the `struct` module.
pub fn make_module(vm: &mut Vm) -> PyResult {
    init_types();
    let m = PyModule::new_ref("struct", None);
    let d = m.downcast_ref::<PyModule>().ok_or_else(|| PyErr::system_error("struct module"))?.dict();
    let fns: &[(&'static str, NativeFn)] = &[
        ("pack", m_pack),
        ("unpack", m_unpack),
        ("unpack_from", m_unpack_from),
        ("pack_into", m_pack_into),
        ("iter_unpack", m_iter_unpack),
        ("calcsize", m_calcsize),
        ("_clearcache", m_clearcache),
    ];
    for &(name, f) in fns {
        d.set_str(name, PyBuiltinFunction::new_static("struct", name, f));
    }
    d.set_str("Struct", STRUCT_TYPE.get().clone());
    d.set_str("error", error_type(vm)?);
    Ok(m)
}

/// `_struct`: the same module under CPython's implementation name.
pub fn make_private_module(vm: &mut Vm) -> PyResult {
    if let Some(m) = vm.modules().get_str("struct") {
        return Ok(m);
    }
    make_module(vm)
}
