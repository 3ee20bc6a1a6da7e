//! Numeric builtins: `abs`, `divmod`, `pow`, `round`, `hex`, `oct`, `bin`
//! and `sum`. Each dispatches to the operand's dunder methods (so user
//! classes take part) after a fast path for exact ints and floats.

use compiler::bytecode::BinOp;

use crate::error::{PyErr, PyResult};
use crate::object::{ObjRef, PyPayload};
use crate::types::bytes::PyBytes;
use crate::types::dict::PyDict;
use crate::types::float::PyFloat;
use crate::types::int::PyInt;
use crate::types::native::Args;
use crate::types::str::PyStr;
use crate::types::typeobj::is_subtype;
use crate::vm::ops::type_name;
use crate::vm::Vm;

pub fn register_all(d: &PyDict) {
    super::register(
        d,
        &[
            ("abs", abs),
            ("divmod", divmod),
            ("pow", pow),
            ("round", round),
            ("hex", hex),
            ("oct", oct),
            ("bin", bin),
            ("sum", sum),
        ],
    );
}

fn abs(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("abs", 1)?;
    match vm.call_special(&a[0], "__abs__", &[])? {
        Some(r) => Ok(r),
        None => Err(PyErr::type_error(format!("bad operand type for abs(): '{}'", type_name(&a[0])))),
    }
}

fn divmod(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("divmod", 2)?;
    let (x, y) = (&a[0], &a[1]);
    let (tx, ty) = (x.class().clone(), y.class().clone());
    let same = tx.is_same(&ty);
    let reflected_first = !same && is_subtype(&ty, &tx);
    if reflected_first {
        if let Some(r) = vm.call_special(y, "__rdivmod__", &[x.clone()])? {
            if !r.is_not_implemented() {
                return Ok(r);
            }
        }
    }
    if let Some(r) = vm.call_special(x, "__divmod__", &[y.clone()])? {
        if !r.is_not_implemented() {
            return Ok(r);
        }
    }
    if !same && !reflected_first {
        if let Some(r) = vm.call_special(y, "__rdivmod__", &[x.clone()])? {
            if !r.is_not_implemented() {
                return Ok(r);
            }
        }
    }
    Err(PyErr::type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        type_name(x),
        type_name(y)
    )))
}

fn pow(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.bind("pow", &["base", "exp", "mod"], 2)?;
    let (Some(base), Some(exp)) = (a[0].clone(), a[1].clone()) else {
        return Err(PyErr::type_error("pow() missing required argument"));
    };
    let m = a[2].clone().filter(|m| !m.is_none());
    let Some(m) = m else { return vm.binary_op(&base, &exp, BinOp::Pow) };
    if let (Some(x), Some(y), Some(z)) = (base.downcast_ref::<PyInt>(), exp.downcast_ref::<PyInt>(), m.downcast_ref::<PyInt>()) {
        return crate::types::int::int_pow(x, y, Some(z));
    }
    if let Some(r) = vm.call_special(&base, "__pow__", &[exp.clone(), m.clone()])? {
        if !r.is_not_implemented() {
            return Ok(r);
        }
    }
    let floaty = |o: &ObjRef| o.is::<PyFloat>() || o.is::<crate::types::complex::PyComplex>();
    if floaty(&base) || floaty(&exp) || floaty(&m) {
        return Err(PyErr::type_error("pow() 3rd argument not allowed unless all arguments are integers"));
    }
    Err(PyErr::type_error(format!(
        "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
        type_name(&base),
        type_name(&exp),
        type_name(&m)
    )))
}

fn round(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.bind("round", &["number", "ndigits"], 1)?;
    let Some(number) = a[0].clone() else { return Err(PyErr::type_error("round() missing required argument 'number' (pos 1)")) };
    let Some(m) = vm.lookup_special(&number, "__round__") else {
        return Err(PyErr::type_error(format!("type {} doesn't define __round__ method", type_name(&number))));
    };
    match a[1].clone().filter(|n| !n.is_none()) {
        Some(n) => vm.call_unbound(&m, &number, &[n]),
        None => vm.call_unbound(&m, &number, &[]),
    }
}

fn radix_str(vm: &mut Vm, args: Args, name: &str, radix: u32) -> PyResult {
    let a = args.exact(name, 1)?;
    let i = crate::types::int::as_index(vm, &a[0])?;
    let v = i.downcast_ref::<PyInt>().ok_or_else(|| PyErr::type_error("__index__ returned non-int"))?;
    Ok(PyStr::new(crate::types::int::int_to_str_radix(v, radix, true)?))
}

fn hex(vm: &mut Vm, args: Args) -> PyResult {
    radix_str(vm, args, "hex", 16)
}
fn oct(vm: &mut Vm, args: Args) -> PyResult {
    radix_str(vm, args, "oct", 8)
}
fn bin(vm: &mut Vm, args: Args) -> PyResult {
    radix_str(vm, args, "bin", 2)
}

fn exact_int(o: &ObjRef) -> Option<i64> {
    if o.class().is_same(PyInt::class()) {
        o.downcast_ref::<PyInt>().and_then(|i| i.as_i64())
    } else {
        None
    }
}

fn exact_float(o: &ObjRef) -> Option<f64> {
    if o.class().is_same(PyFloat::class()) {
        o.downcast_ref::<PyFloat>().map(|f| f.0)
    } else {
        None
    }
}

/// `sum(iterable, /, start=0)`: i64 and f64 accumulators while the items
/// allow, then generic `+` (left to right, as CPython 3.11).
fn sum(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.positional();
    if pos.is_empty() || pos.len() > 2 {
        return Err(PyErr::type_error(format!("sum() takes at most 2 arguments ({} given)", pos.len())));
    }
    let mut start = pos.get(1).cloned();
    for (k, v) in args.kwargs() {
        match k {
            "start" if start.is_none() => start = Some(v.clone()),
            _ => return Err(PyErr::type_error(format!("sum() got an unexpected keyword argument '{k}'"))),
        }
    }
    let mut acc = start.unwrap_or_else(|| PyInt::new(0));
    if acc.is::<PyStr>() {
        return Err(PyErr::type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    if acc.is::<PyBytes>() {
        return Err(PyErr::type_error("sum() can't sum bytes [use b''.join(seq) instead]"));
    }
    if acc.ty().name() == "bytearray" {
        return Err(PyErr::type_error("sum() can't sum bytearray [use b''.join(seq) instead]"));
    }
    let it = vm.iter(&pos[0])?;
    // Integer fast path.
    if let Some(mut total) = exact_int(&acc) {
        loop {
            let Some(x) = vm.next(&it)? else { return Ok(PyInt::new(total)) };
            if let Some(v) = exact_int(&x) {
                if let Some(t) = total.checked_add(v) {
                    total = t;
                    continue;
                }
            }
            acc = vm.binary_op(&PyInt::new(total), &x, BinOp::Add)?;
            break;
        }
    }
    // Float fast path.
    if let Some(mut total) = exact_float(&acc) {
        loop {
            let Some(x) = vm.next(&it)? else { return Ok(PyFloat::new(total)) };
            if let Some(v) = exact_float(&x) {
                total += v;
                continue;
            }
            if let Some(v) = exact_int(&x) {
                if v.unsigned_abs() < (1u64 << 53) {
                    total += v as f64;
                    continue;
                }
            }
            acc = vm.binary_op(&PyFloat::new(total), &x, BinOp::Add)?;
            break;
        }
    }
    while let Some(x) = vm.next(&it)? {
        acc = vm.binary_op(&acc, &x, BinOp::Add)?;
    }
    Ok(acc)
}
