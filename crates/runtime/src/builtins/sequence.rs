//! Builtins over iterables: `sorted`, `min`, `max`, `all`, `any`, and the
//! names of the iteration types (`range`, `enumerate`, `zip`, `map`,
//! `filter`, `reversed`).
//!
//! Each consumes its iterable through `vm.next`, so any iterator works and
//! the native iterators take their fast path. Comparisons go through
//! `vm.compare_bool`; exceptions from `__lt__`, keys or iterators propagate.

use compiler::bytecode::CmpOp;

use crate::error::{PyErr, PyResult};
use crate::object::ObjRef;
use crate::types::dict::PyDict;
use crate::types::list::PyList;
use crate::types::native::Args;
use crate::types::singletons::py_bool;
use crate::vm::Vm;

pub fn register_all(d: &PyDict) {
    super::register(d, &[("sorted", sorted), ("min", min), ("max", max), ("all", all), ("any", any)]);
    let types: [(&str, &ObjRef); 6] = [
        ("range", crate::types::range::RANGE_TYPE.get()),
        ("enumerate", crate::types::iter::ENUMERATE_TYPE.get()),
        ("zip", crate::types::iter::ZIP_TYPE.get()),
        ("map", crate::types::iter::MAP_TYPE.get()),
        ("filter", crate::types::iter::FILTER_TYPE.get()),
        ("reversed", crate::types::iter::REVERSED_TYPE.get()),
    ];
    for (name, t) in types {
        d.set_str(name, t.clone());
    }
}

/// `sorted(iterable, /, *, key=None, reverse=False)`.
fn sorted(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.positional();
    if pos.len() != 1 {
        return Err(PyErr::type_error(format!("sorted expected 1 argument, got {}", pos.len())));
    }
    let mut key = None;
    let mut reverse = false;
    for (k, v) in args.kwargs() {
        match k {
            "key" => key = Some(v.clone()).filter(|k| !k.is_none()),
            "reverse" => reverse = crate::types::list::bool_arg(vm, v)?,
            _ => return Err(PyErr::type_error(format!("'{k}' is an invalid keyword argument for sort()"))),
        }
    }
    let mut items = vm.collect(&pos[0])?;
    crate::types::list::sort::sort_values(vm, &mut items, key.as_ref(), reverse)?;
    Ok(PyList::new(items))
}

/// `min`/`max`: the first item that no later item beats under `op`.
fn min_max(vm: &mut Vm, args: Args, name: &str, op: CmpOp) -> PyResult {
    let pos = args.positional();
    let mut key = None;
    let mut default = None;
    for (k, v) in args.kwargs() {
        match k {
            "key" => key = Some(v.clone()).filter(|k| !k.is_none()),
            "default" => default = Some(v.clone()),
            _ => return Err(PyErr::type_error(format!("'{k}' is an invalid keyword argument for {name}()"))),
        }
    }
    if pos.is_empty() {
        return Err(PyErr::type_error(format!("{name} expected at least 1 argument, got 0")));
    }
    if pos.len() > 1 && default.is_some() {
        return Err(PyErr::type_error(format!(
            "Cannot specify a default for {name}() with multiple positional arguments"
        )));
    }
    let it = if pos.len() == 1 { vm.iter(&pos[0])? } else { crate::types::iter::PyTupleIter::new_ref(crate::types::tuple::PyTuple::new(pos.to_vec())) };
    let mut best: Option<(ObjRef, ObjRef)> = None;
    while let Some(item) = vm.next(&it)? {
        let k = match &key {
            Some(f) => vm.call(f, std::slice::from_ref(&item))?,
            None => item.clone(),
        };
        let better = match &best {
            None => true,
            Some((bk, _)) => vm.compare_bool(&k, bk, op)?,
        };
        if better {
            best = Some((k, item));
        }
    }
    match best {
        Some((_, v)) => Ok(v),
        None => default.ok_or_else(|| PyErr::value_error(format!("{name}() arg is an empty sequence"))),
    }
}

fn min(vm: &mut Vm, args: Args) -> PyResult {
    min_max(vm, args, "min", CmpOp::Lt)
}

fn max(vm: &mut Vm, args: Args) -> PyResult {
    min_max(vm, args, "max", CmpOp::Gt)
}

fn all(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("all", 1)?;
    let it = vm.iter(&a[0])?;
    while let Some(x) = vm.next(&it)? {
        if !vm.is_true(&x)? {
            return Ok(py_bool(false));
        }
    }
    Ok(py_bool(true))
}

fn any(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("any", 1)?;
    let it = vm.iter(&a[0])?;
    while let Some(x) = vm.next(&it)? {
        if vm.is_true(&x)? {
            return Ok(py_bool(true));
        }
    }
    Ok(py_bool(false))
}
