//! Dunder methods of bytes, and those bytearray shares: construction from a
//! source, comparison, sequence protocol, `+`, `*`, `%`.

use compiler::bytecode::CmpOp;

use crate::error::{PyErr, PyResult};
use crate::object::{ObjRef, PyPayload};
use crate::types::bytearray::PyByteArray;
use crate::types::int::PyInt;
use crate::types::native::{add_methods, Args, NativeFn};
use crate::types::singletons::{not_implemented, py_bool};
use crate::types::slice::PySlice;
use crate::types::str::ops::{opt_str_arg, repeat_count, Repeat};
use crate::types::str::slicing::{slice_indices, slice_positions, to_index, wrap_index};
use crate::types::str::{dunder_args, PyStr};
use crate::vm::ops::{cmp_ord, type_name};
use crate::vm::Vm;

use super::{bytes_like, self_data, Kind, PyBytes, BYTES_TYPE};

/// One byte value from an int-like object: ValueError outside 0..256.
pub fn byte_value(vm: &mut Vm, o: &ObjRef) -> PyResult<u8> {
    match to_index(vm, o)? {
        Some(v) if (0..256).contains(&v) => Ok(v as u8),
        Some(_) => Err(PyErr::value_error("byte must be in range(0, 256)")),
        None => Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", type_name(o)))),
    }
}

/// The initial contents of `bytes(source, encoding, errors)` / `bytearray(...)`.
pub fn from_source(vm: &mut Vm, kind: Kind, a: &[Option<ObjRef>]) -> PyResult<Vec<u8>> {
    let fname = kind.name();
    let enc = opt_str_arg(a.get(1).and_then(|o| o.as_ref()), fname, "encoding")?;
    let errors = opt_str_arg(a.get(2).and_then(|o| o.as_ref()), fname, "errors")?;
    let Some(src) = a.first().and_then(|o| o.as_ref()) else {
        if enc.is_some() || errors.is_some() {
            return Err(PyErr::type_error("encoding or errors without sequence argument"));
        }
        return Ok(Vec::new());
    };
    if let Some(s) = src.downcast_ref::<PyStr>() {
        let Some(enc) = enc else { return Err(PyErr::type_error("string argument without an encoding")) };
        return crate::types::str::codec::encode(s.as_str(), enc, errors.unwrap_or("strict"));
    }
    if enc.is_some() {
        return Err(PyErr::type_error("encoding without a string argument"));
    }
    if errors.is_some() {
        return Err(PyErr::type_error("errors without a string argument"));
    }
    if kind == Kind::Bytes {
        if let Some(r) = vm.call_special(src, "__bytes__", &[])? {
            return match r.downcast_ref::<PyBytes>() {
                Some(b) => Ok(b.as_bytes().to_vec()),
                None => Err(PyErr::type_error(format!("__bytes__ returned non-bytes (type {})", type_name(&r)))),
            };
        }
    }
    if let Some(b) = bytes_like(src) {
        return Ok(b.into_owned());
    }
    if src.is::<PyInt>() || vm.lookup_special(src, "__index__").is_some() {
        let n = to_index(vm, src)?.unwrap_or(0);
        if n < 0 {
            return Err(PyErr::value_error("negative count"));
        }
        if n > isize::MAX as i64 / 2 {
            return Err(PyErr::memory_error(""));
        }
        return Ok(vec![0; n as usize]);
    }
    if vm.lookup_special(src, "__iter__").is_none() && vm.lookup_special(src, "__getitem__").is_none() {
        return Err(PyErr::type_error(format!("cannot convert '{}' object to {fname}", type_name(src))));
    }
    let items = vm.collect(src)?;
    let mut out = Vec::with_capacity(items.len());
    for it in &items {
        match byte_value(vm, it) {
            Ok(b) => out.push(b),
            Err(e) if kind == Kind::Bytes && e.matches(&crate::types::exception::types().value_error) => {
                return Err(PyErr::value_error("bytes must be in range(0, 256)"));
            }
            Err(e) => return Err(e),
        }
    }
    Ok(out)
}

fn bytes_new(vm: &mut Vm, args: Args) -> PyResult {
    let cls = args.items.first().cloned().ok_or_else(|| PyErr::type_error("bytes.__new__(): not enough arguments"))?;
    let a = args.skip_self().bind("bytes", &["source", "encoding", "errors"], 0)?;
    if cls.is_same(PyBytes::class()) {
        if let Some(src) = &a[0] {
            if src.class().is_same(PyBytes::class()) && a[1].is_none() && a[2].is_none() {
                return Ok(src.clone());
            }
        }
    }
    let data = from_source(vm, Kind::Bytes, &a)?;
    if cls.is_same(PyBytes::class()) {
        return Ok(PyBytes::new(data));
    }
    Ok(ObjRef::new_with(PyBytes { value: data.into_boxed_slice() }, cls, None))
}

fn bytes_repr(_vm: &mut Vm, args: Args) -> PyResult {
    let (data, _) = self_data(&args)?;
    Ok(PyStr::new(super::repr::repr_bytes(&data)))
}

fn bytes_hash(_vm: &mut Vm, args: Args) -> PyResult {
    let (data, _) = self_data(&args)?;
    Ok(PyInt::new(super::bytes_hash(&data)))
}

fn compare(args: Args, op: CmpOp) -> PyResult {
    let (a, _) = self_data(&args)?;
    let Some(b) = args.items.get(1).and_then(bytes_like) else { return Ok(not_implemented()) };
    Ok(py_bool(cmp_ord(a.as_ref().cmp(b.as_ref()), op)))
}

fn b_eq(_vm: &mut Vm, args: Args) -> PyResult {
    compare(args, CmpOp::Eq)
}
fn b_ne(_vm: &mut Vm, args: Args) -> PyResult {
    compare(args, CmpOp::Ne)
}
fn b_lt(_vm: &mut Vm, args: Args) -> PyResult {
    compare(args, CmpOp::Lt)
}
fn b_le(_vm: &mut Vm, args: Args) -> PyResult {
    compare(args, CmpOp::Le)
}
fn b_gt(_vm: &mut Vm, args: Args) -> PyResult {
    compare(args, CmpOp::Gt)
}
fn b_ge(_vm: &mut Vm, args: Args) -> PyResult {
    compare(args, CmpOp::Ge)
}

fn b_len(_vm: &mut Vm, args: Args) -> PyResult {
    let o = &args.items[0];
    if let Some(b) = o.downcast_ref::<PyByteArray>() {
        return Ok(PyInt::new(b.len() as i64));
    }
    let (data, _) = self_data(&args)?;
    Ok(PyInt::new(data.len() as i64))
}

/// `seq[key]` for bytes and bytearray reads.
pub fn b_getitem(vm: &mut Vm, args: Args) -> PyResult {
    let key = &dunder_args(&args, 1)?[0];
    let (data, kind) = self_data(&args)?;
    if let Some(sl) = key.downcast_ref::<PySlice>() {
        let (start, step, count) = slice_indices(vm, sl, data.len())?;
        let out: Vec<u8> = if step == 1 {
            data[start as usize..start as usize + count].to_vec()
        } else {
            slice_positions(start, step, count).map(|p| data[p]).collect()
        };
        return Ok(kind.make(out));
    }
    let Some(i) = to_index(vm, key)? else {
        return Err(PyErr::type_error(format!(
            "{} indices must be integers or slices, not {}",
            if kind == Kind::Bytes { "byte" } else { "bytearray" },
            type_name(key)
        )));
    };
    match wrap_index(i, data.len()) {
        Some(i) => Ok(PyInt::new(i64::from(data[i]))),
        None if kind == Kind::Bytes => Err(PyErr::index_error("index out of range")),
        None => Err(PyErr::index_error("bytearray index out of range")),
    }
}

fn b_iter(_vm: &mut Vm, args: Args) -> PyResult {
    self_data(&args)?;
    Ok(super::iter::PyBytesIterator::new_ref(args.items[0].clone()))
}

/// `x in seq`: an int byte value or a bytes-like substring.
pub fn contains_in(vm: &mut Vm, data: &[u8], item: &ObjRef) -> PyResult<bool> {
    if let Some(sub) = bytes_like(item) {
        return Ok(find_bytes(data, &sub).is_some());
    }
    if item.is::<PyInt>() || vm.lookup_special(item, "__index__").is_some() {
        let b = byte_value(vm, item)?;
        return Ok(data.contains(&b));
    }
    Err(PyErr::type_error(format!("a bytes-like object is required, not '{}'", type_name(item))))
}

fn b_contains(vm: &mut Vm, args: Args) -> PyResult {
    let item = &dunder_args(&args, 1)?[0];
    let (data, _) = self_data(&args)?;
    Ok(py_bool(contains_in(vm, &data, item)?))
}

/// First position of `needle` in `hay`.
pub fn find_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    if needle.len() == 1 {
        return hay.iter().position(|&b| b == needle[0]);
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Last position of `needle` in `hay`.
pub fn rfind_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(hay.len());
    }
    hay.windows(needle.len()).rposition(|w| w == needle)
}

fn b_add(vm: &mut Vm, args: Args) -> PyResult {
    dunder_args(&args, 1)?;
    let a = args.items;
    let (data, kind) = self_data(&args)?;
    let Some(other) = bytes_like(&a[1]) else {
        if let Some(r) = vm.call_special(&a[1], "__radd__", &[a[0].clone()])?.filter(|r| !r.is_not_implemented()) {
            if !a[1].is::<PyStr>() && !a[1].is::<PyInt>() {
                return Ok(r);
            }
        }
        return Err(PyErr::type_error(format!("can't concat {} to {}", type_name(&a[1]), type_name(&a[0]))));
    };
    let mut out = Vec::with_capacity(data.len() + other.len());
    out.extend_from_slice(&data);
    out.extend_from_slice(&other);
    Ok(kind.make(out))
}

fn b_mul(vm: &mut Vm, args: Args) -> PyResult {
    dunder_args(&args, 1)?;
    let a = args.items;
    let (data, kind) = self_data(&args)?;
    match repeat_count(vm, &a[0], &a[1], data.len())? {
        Repeat::Times(k) => {
            if k == 1 && kind == Kind::Bytes && a[0].class().is_same(PyBytes::class()) {
                return Ok(a[0].clone());
            }
            Ok(kind.make(data.repeat(k)))
        }
        Repeat::Reflected(r) => Ok(r),
    }
}

fn b_mod(vm: &mut Vm, args: Args) -> PyResult {
    dunder_args(&args, 1)?;
    let a = args.items;
    let (data, kind) = self_data(&args)?;
    let out = crate::types::str::printf::format_bytes(vm, &data, &a[1])?;
    Ok(kind.make(out))
}

fn b_getnewargs(_vm: &mut Vm, args: Args) -> PyResult {
    let (data, _) = self_data(&args)?;
    Ok(crate::types::tuple::PyTuple::new(vec![PyBytes::new(data.into_owned())]))
}

fn b_bytes(_vm: &mut Vm, args: Args) -> PyResult {
    let o = &args.items[0];
    if o.class().is_same(PyBytes::class()) {
        return Ok(o.clone());
    }
    let (data, _) = self_data(&args)?;
    Ok(PyBytes::new(data.into_owned()))
}

/// The dunders bytes and bytearray share.
pub const SHARED: &[(&str, NativeFn)] = &[
    ("__eq__", b_eq),
    ("__ne__", b_ne),
    ("__lt__", b_lt),
    ("__le__", b_le),
    ("__gt__", b_gt),
    ("__ge__", b_ge),
    ("__len__", b_len),
    ("__getitem__", b_getitem),
    ("__iter__", b_iter),
    ("__contains__", b_contains),
    ("__add__", b_add),
    ("__mul__", b_mul),
    ("__rmul__", b_mul),
    ("__mod__", b_mod),
];

pub fn init_bytes() {
    let t = BYTES_TYPE.get();
    crate::types::native::add_new(t, "bytes", bytes_new);
    add_methods(t, SHARED);
    add_methods(
        t,
        &[("__repr__", bytes_repr), ("__hash__", bytes_hash), ("__getnewargs__", b_getnewargs), ("__bytes__", b_bytes)],
    );
}
