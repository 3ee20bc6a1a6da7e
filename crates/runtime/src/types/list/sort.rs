//! `list.sort` and `sorted`: a stable natural merge sort.
//!
//! The sort permutes indices, never the items themselves, so a comparison
//! that raises leaves the caller's values untouched (the list is restored in
//! its original order) and no item can be lost or duplicated.
//!
//! Algorithm: split the input into natural runs (non-descending, or strictly
//! descending and then reversed, which keeps stability), extend short runs to
//! `MIN_RUN` by binary insertion, then merge neighbouring runs pairwise until
//! one remains: O(n log n) comparisons, O(n) on already ordered input.
//! The only comparison is `less(a, b)` = `vm.compare_bool(a, b, Lt)`; when all
//! keys are exact ints, floats or strs the order is computed natively.
//!
//! While a list sorts it appears empty; anything added meanwhile is discarded
//! and reported as "list modified during sort".

use compiler::bytecode::CmpOp;

use super::PyList;
use crate::error::{PyErr, PyResult};
use crate::object::{ObjRef, PyPayload};
use crate::types::float::PyFloat;
use crate::types::int::PyInt;
use crate::types::str::PyStr;
use crate::types::tuple::PyTuple;
use crate::vm::Vm;

const MIN_RUN: usize = 32;

/// Sort the list `this` in place (`list.sort(key=, reverse=)`).
pub fn sort_list(vm: &mut Vm, this: &ObjRef, key: Option<ObjRef>, reverse: bool) -> PyResult<()> {
    let l = this.downcast_ref::<PyList>().ok_or_else(|| PyErr::type_error("descriptor 'sort' requires a 'list' object"))?;
    let mut values = l.replace(Vec::new());
    let result = sort_values(vm, &mut values, key.as_ref(), reverse);
    let mut items = l.lock();
    // An untouched stand-in is still the capacity-0 Vec put there above.
    let modified = items.capacity() != 0;
    let intruders = std::mem::replace(&mut *items, values);
    drop(items);
    drop(intruders);
    result?;
    if modified {
        return Err(PyErr::value_error("list modified during sort"));
    }
    Ok(())
}

/// Sort `values` (stable); on error `values` is left in its original order.
pub fn sort_values(vm: &mut Vm, values: &mut Vec<ObjRef>, key: Option<&ObjRef>, reverse: bool) -> PyResult<()> {
    if values.len() < 2 {
        return Ok(());
    }
    let keys = match key {
        None => None,
        Some(f) => {
            let mut keys = Vec::with_capacity(values.len());
            for v in values.iter() {
                keys.push(vm.call(f, std::slice::from_ref(v))?);
            }
            Some(keys)
        }
    };
    if reverse {
        values.reverse();
    }
    let mut keys = keys;
    if reverse {
        if let Some(k) = keys.as_mut() {
            k.reverse();
        }
    }
    let perm = {
        let ks: &[ObjRef] = keys.as_deref().unwrap_or(values);
        match native_order(ks) {
            Some(p) => Ok(p),
            None if all_exact_tuples(ks) => merge_sort(ks.len(), &mut |a, b| tuple_lt(vm, &ks[a], &ks[b])),
            None => merge_sort(ks.len(), &mut |a, b| vm.compare_bool(&ks[a], &ks[b], CmpOp::Lt)),
        }
    };
    let perm = match perm {
        Ok(p) => p,
        Err(e) => {
            if reverse {
                values.reverse();
            }
            return Err(e);
        }
    };
    let mut sorted: Vec<ObjRef> = perm.into_iter().map(|i| values[i].clone()).collect();
    if reverse {
        sorted.reverse();
    }
    *values = sorted;
    Ok(())
}

fn all_exact_tuples(keys: &[ObjRef]) -> bool {
    keys.iter().all(|k| k.class().is_same(PyTuple::class()))
}

/// `a < b` for two exact tuples without dispatching through `tuple.__lt__`.
fn tuple_lt(vm: &mut Vm, a: &ObjRef, b: &ObjRef) -> PyResult<bool> {
    match (a.downcast_ref::<PyTuple>(), b.downcast_ref::<PyTuple>()) {
        (Some(x), Some(y)) => crate::types::tuple::seq_compare(vm, x.items(), y.items(), CmpOp::Lt),
        _ => vm.compare_bool(a, b, CmpOp::Lt),
    }
}

/// The stable sorting permutation when every key is an exact int (machine-sized),
/// float (no NaN) or str: no Python code can run, so Rust's sort does the work.
fn native_order(keys: &[ObjRef]) -> Option<Vec<usize>> {
    let first = keys.first()?.class();
    let all_exact = |t: &ObjRef| keys.iter().all(|k| k.class().is_same(t));
    let mut perm: Vec<usize> = (0..keys.len()).collect();
    if first.is_same(PyInt::class()) && all_exact(PyInt::class()) {
        let ints: Option<Vec<i64>> = keys.iter().map(|k| k.downcast_ref::<PyInt>().and_then(|i| i.as_i64())).collect();
        let ints = ints?;
        perm.sort_by_key(|&i| ints[i]);
        return Some(perm);
    }
    if first.is_same(PyFloat::class()) && all_exact(PyFloat::class()) {
        let fs: Option<Vec<f64>> = keys.iter().map(|k| k.downcast_ref::<PyFloat>().map(|f| f.0)).collect();
        let fs = fs?;
        if fs.iter().any(|f| f.is_nan()) {
            return None;
        }
        perm.sort_by(|&a, &b| fs[a].partial_cmp(&fs[b]).unwrap_or(std::cmp::Ordering::Equal));
        return Some(perm);
    }
    if first.is_same(PyStr::class()) && all_exact(PyStr::class()) {
        let ss: Option<Vec<&str>> = keys.iter().map(|k| k.downcast_ref::<PyStr>().map(|s| s.as_str())).collect();
        let ss = ss?;
        perm.sort_by(|&a, &b| ss[a].cmp(ss[b]));
        return Some(perm);
    }
    None
}

/// The stable sorting permutation of `0..n` under `less`; the first error stops the sort.
pub fn merge_sort(n: usize, less: &mut dyn FnMut(usize, usize) -> PyResult<bool>) -> PyResult<Vec<usize>> {
    let mut a: Vec<usize> = (0..n).collect();
    if n < 2 {
        return Ok(a);
    }
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < n {
        let mut j = i + 1;
        if j < n {
            if less(a[j], a[i])? {
                j += 1;
                while j < n && less(a[j], a[j - 1])? {
                    j += 1;
                }
                a[i..j].reverse();
            } else {
                j += 1;
                while j < n && !less(a[j], a[j - 1])? {
                    j += 1;
                }
            }
        }
        let end = (i + MIN_RUN).min(n);
        if j < end {
            binary_insertion(&mut a[i..end], j - i, less)?;
            j = end;
        }
        runs.push((i, j - i));
        i = j;
    }
    let mut buf = Vec::with_capacity(n / 2 + 1);
    while runs.len() > 1 {
        let mut merged = Vec::with_capacity(runs.len() / 2 + 1);
        let mut k = 0;
        while k + 1 < runs.len() {
            let (s, l1) = runs[k];
            let l2 = runs[k + 1].1;
            merge(&mut a[s..s + l1 + l2], l1, &mut buf, less)?;
            merged.push((s, l1 + l2));
            k += 2;
        }
        if k < runs.len() {
            merged.push(runs[k]);
        }
        runs = merged;
    }
    Ok(a)
}

/// Sort `a` given that `a[..sorted]` is already sorted; equal items keep their order.
fn binary_insertion(a: &mut [usize], sorted: usize, less: &mut dyn FnMut(usize, usize) -> PyResult<bool>) -> PyResult<()> {
    for idx in sorted.max(1)..a.len() {
        let x = a[idx];
        let (mut lo, mut hi) = (0, idx);
        while lo < hi {
            let mid = (lo + hi) / 2;
            if less(x, a[mid])? {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        a[lo..=idx].rotate_right(1);
    }
    Ok(())
}

/// Merge the sorted halves `a[..mid]` and `a[mid..]`; on a tie the left item goes first.
fn merge(a: &mut [usize], mid: usize, buf: &mut Vec<usize>, less: &mut dyn FnMut(usize, usize) -> PyResult<bool>) -> PyResult<()> {
    if !less(a[mid], a[mid - 1])? {
        return Ok(());
    }
    buf.clear();
    buf.extend_from_slice(&a[..mid]);
    let (mut i, mut j, mut k) = (0, mid, 0);
    while i < buf.len() && j < a.len() {
        let take_right = match less(a[j], buf[i]) {
            Ok(b) => b,
            Err(e) => {
                // Keep `a` a permutation even on failure.
                a[k..k + buf.len() - i].copy_from_slice(&buf[i..]);
                return Err(e);
            }
        };
        if take_right {
            a[k] = a[j];
            j += 1;
        } else {
            a[k] = buf[i];
            i += 1;
        }
        k += 1;
    }
    while i < buf.len() {
        a[k] = buf[i];
        i += 1;
        k += 1;
    }
    Ok(())
}
