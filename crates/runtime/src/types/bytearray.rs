//! `bytearray`: a mutable sequence of bytes behind its own lock.
//!
//! The read-only methods and most dunders are bytes' (types/bytes), which
//! read a snapshot of the contents. The mutators here compute every value
//! that needs Python code (`__index__`, iterating an argument) first, then
//! take the lock for the change alone.

use parking_lot::Mutex;

use crate::error::{PyErr, PyResult};
use crate::object::{ObjRef, PyPayload};
use crate::types::bytes::ops::{byte_value, from_source, SHARED};
use crate::types::bytes::{bytes_like, Kind};
use crate::types::int::PyInt;
use crate::types::native::{add_methods, Args};
use crate::types::singletons::none;
use crate::types::slice::PySlice;
use crate::types::str::ops::{repeat_count, Repeat};
use crate::types::str::slicing::{int_arg, slice_indices, to_index, wrap_index};
use crate::types::str::{arg_count, dunder_args, one_arg, PyStr};
use crate::types::typeobj::{flags, new_builtin_type};
use crate::types::TypeCell;
use crate::vm::ops::type_name;
use crate::vm::Vm;

pub static BYTEARRAY_TYPE: TypeCell = TypeCell::new();

#[derive(Default)]
pub struct PyByteArray {
    data: Mutex<Vec<u8>>,
}

impl PyPayload for PyByteArray {
    fn class() -> &'static ObjRef {
        BYTEARRAY_TYPE.get()
    }
}

impl PyByteArray {
    pub fn new_ref(v: Vec<u8>) -> ObjRef {
        ObjRef::new(PyByteArray { data: Mutex::new(v) })
    }

    /// A copy of the contents.
    pub fn snapshot(&self) -> Vec<u8> {
        self.data.lock().clone()
    }

    pub fn len(&self) -> usize {
        self.data.lock().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn get(&self, i: usize) -> Option<u8> {
        self.data.lock().get(i).copied()
    }

    /// Run `f` on the contents under the lock (no Python code inside).
    pub fn with_mut<R>(&self, f: impl FnOnce(&mut Vec<u8>) -> R) -> R {
        f(&mut self.data.lock())
    }
}

fn this<'a>(args: &Args<'a>) -> PyResult<&'a PyByteArray> {
    args.items
        .first()
        .and_then(|o| o.downcast_ref::<PyByteArray>())
        .ok_or_else(|| PyErr::type_error("descriptor requires a 'bytearray' object"))
}

fn ba_new(_vm: &mut Vm, args: Args) -> PyResult {
    let cls = args.items.first().cloned().ok_or_else(|| PyErr::type_error("bytearray.__new__(): not enough arguments"))?;
    Ok(ObjRef::new_with(PyByteArray::default(), cls, None))
}

fn ba_init(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.skip_self().bind("bytearray", &["source", "encoding", "errors"], 0)?;
    let data = from_source(vm, Kind::ByteArray, &a)?;
    let old = this(&args)?.with_mut(|d| std::mem::replace(d, data));
    drop(old);
    Ok(none())
}

fn ba_repr(_vm: &mut Vm, args: Args) -> PyResult {
    let b = this(&args)?;
    let inner = crate::types::bytes::repr::repr_bytes(&b.snapshot());
    Ok(PyStr::new(format!("{}({inner})", args.items[0].ty().name())))
}

fn ba_append(vm: &mut Vm, args: Args) -> PyResult {
    let v = byte_value(vm, one_arg(&args, "bytearray.append")?)?;
    this(&args)?.with_mut(|d| d.push(v));
    Ok(none())
}

/// The bytes an iterable argument stands for (bytes-like, or ints in range).
fn iterable_bytes(vm: &mut Vm, o: &ObjRef) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_like(o) {
        return Ok(b.into_owned());
    }
    if vm.lookup_special(o, "__iter__").is_none() && vm.lookup_special(o, "__getitem__").is_none() {
        return Err(PyErr::type_error(format!("can't extend bytearray with {}", type_name(o))));
    }
    let items = vm.collect(o)?;
    let mut out = Vec::with_capacity(items.len());
    for it in &items {
        out.push(byte_value(vm, it)?);
    }
    Ok(out)
}

fn ba_extend(vm: &mut Vm, args: Args) -> PyResult {
    let more = iterable_bytes(vm, one_arg(&args, "bytearray.extend")?)?;
    this(&args)?.with_mut(|d| d.extend_from_slice(&more));
    Ok(none())
}

fn ba_pop(vm: &mut Vm, args: Args) -> PyResult {
    let a = arg_count(&args, "pop", 0, 1)?;
    let i = match a.first() {
        Some(i) => int_arg(vm, i)?,
        None => -1,
    };
    let r = this(&args)?.with_mut(|d| {
        if d.is_empty() {
            return Err(PyErr::index_error("pop from empty bytearray"));
        }
        match wrap_index(i, d.len()) {
            Some(k) => Ok(d.remove(k)),
            None => Err(PyErr::index_error("pop index out of range")),
        }
    })?;
    Ok(PyInt::new(i64::from(r)))
}

fn ba_insert(vm: &mut Vm, args: Args) -> PyResult {
    let a = arg_count(&args, "insert", 2, 2)?;
    let i = int_arg(vm, &a[0])?;
    let v = byte_value(vm, &a[1])?;
    this(&args)?.with_mut(|d| {
        let len = d.len() as i64;
        let k = if i < 0 { (i + len).max(0) } else { i.min(len) };
        d.insert(k as usize, v);
    });
    Ok(none())
}

fn ba_remove(vm: &mut Vm, args: Args) -> PyResult {
    let v = byte_value(vm, one_arg(&args, "bytearray.remove")?)?;
    this(&args)?.with_mut(|d| match d.iter().position(|&b| b == v) {
        Some(k) => {
            d.remove(k);
            Ok(none())
        }
        None => Err(PyErr::value_error("value not found in bytearray")),
    })
}

fn ba_clear(_vm: &mut Vm, args: Args) -> PyResult {
    crate::types::str::no_args(&args, "bytearray.clear")?;
    let old = this(&args)?.with_mut(std::mem::take);
    drop(old);
    Ok(none())
}

fn ba_reverse(_vm: &mut Vm, args: Args) -> PyResult {
    crate::types::str::no_args(&args, "bytearray.reverse")?;
    this(&args)?.with_mut(|d| d.reverse());
    Ok(none())
}

fn ba_copy(_vm: &mut Vm, args: Args) -> PyResult {
    crate::types::str::no_args(&args, "bytearray.copy")?;
    Ok(PyByteArray::new_ref(this(&args)?.snapshot()))
}

fn ba_setitem(vm: &mut Vm, args: Args) -> PyResult {
    let a = dunder_args(&args, 2)?;
    let b = this(&args)?;
    let (key, value) = (&a[0], &a[1]);
    if let Some(sl) = key.downcast_ref::<PySlice>() {
        if value.is::<PyInt>() || value.is::<PyStr>() {
            return Err(PyErr::type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)"));
        }
        let new = iterable_bytes(vm, value)?;
        let len = b.len();
        let (start, step, count) = slice_indices(vm, sl, len)?;
        return b.with_mut(|d| {
            if step == 1 {
                let s = (start as usize).min(d.len());
                let e = (s + count).min(d.len());
                d.splice(s..e, new);
                return Ok(none());
            }
            if new.len() != count {
                return Err(PyErr::value_error(format!(
                    "attempt to assign bytes of size {} to extended slice of size {count}",
                    new.len()
                )));
            }
            for (k, v) in new.into_iter().enumerate() {
                let p = (start + k as i64 * step) as usize;
                if let Some(slot) = d.get_mut(p) {
                    *slot = v;
                }
            }
            Ok(none())
        });
    }
    let Some(i) = to_index(vm, key)? else {
        return Err(PyErr::type_error(format!("bytearray indices must be integers or slices, not {}", type_name(key))));
    };
    let v = byte_value(vm, value)?;
    b.with_mut(|d| match wrap_index(i, d.len()) {
        Some(k) => {
            d[k] = v;
            Ok(none())
        }
        None => Err(PyErr::index_error("bytearray index out of range")),
    })
}

fn ba_delitem(vm: &mut Vm, args: Args) -> PyResult {
    let key = &dunder_args(&args, 1)?[0];
    let b = this(&args)?;
    if let Some(sl) = key.downcast_ref::<PySlice>() {
        let (start, step, count) = slice_indices(vm, sl, b.len())?;
        b.with_mut(|d| {
            let mut drop_at = vec![false; d.len()];
            for k in 0..count as i64 {
                if let Some(f) = drop_at.get_mut((start + k * step) as usize) {
                    *f = true;
                }
            }
            let mut it = drop_at.into_iter();
            d.retain(|_| !it.next().unwrap_or(false));
        });
        return Ok(none());
    }
    let Some(i) = to_index(vm, key)? else {
        return Err(PyErr::type_error(format!("bytearray indices must be integers or slices, not {}", type_name(key))));
    };
    b.with_mut(|d| match wrap_index(i, d.len()) {
        Some(k) => {
            d.remove(k);
            Ok(none())
        }
        None => Err(PyErr::index_error("bytearray index out of range")),
    })
}

fn ba_iadd(_vm: &mut Vm, args: Args) -> PyResult {
    dunder_args(&args, 1)?;
    let a = args.items;
    let Some(more) = bytes_like(&a[1]) else {
        return Err(PyErr::type_error(format!("can't concat {} to bytearray", type_name(&a[1]))));
    };
    let more = more.into_owned();
    this(&args)?.with_mut(|d| d.extend_from_slice(&more));
    Ok(a[0].clone())
}

fn ba_imul(vm: &mut Vm, args: Args) -> PyResult {
    dunder_args(&args, 1)?;
    let a = args.items;
    let b = this(&args)?;
    match repeat_count(vm, &a[0], &a[1], b.len().max(1))? {
        Repeat::Times(k) => {
            b.with_mut(|d| *d = d.repeat(k));
            Ok(a[0].clone())
        }
        Repeat::Reflected(r) => Ok(r),
    }
}

pub fn init() {
    BYTEARRAY_TYPE.set(new_builtin_type("bytearray", None, flags::BASETYPE));
    let t = BYTEARRAY_TYPE.get();
    crate::types::native::add_new(t, "bytearray", ba_new);
    t.ty_payload().dict().set_str("__hash__", none());
    add_methods(t, SHARED);
    crate::types::bytes::methods::init(t);
    add_methods(
        t,
        &[
            ("__init__", ba_init),
            ("__repr__", ba_repr),
            ("__setitem__", ba_setitem),
            ("__delitem__", ba_delitem),
            ("__iadd__", ba_iadd),
            ("__imul__", ba_imul),
            ("append", ba_append),
            ("extend", ba_extend),
            ("pop", ba_pop),
            ("insert", ba_insert),
            ("remove", ba_remove),
            ("clear", ba_clear),
            ("reverse", ba_reverse),
            ("copy", ba_copy),
        ],
    );
}
