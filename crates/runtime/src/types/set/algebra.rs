//! Set algebra shared by the methods and operators of `set`/`frozenset` and
//! by the dict views: union, intersection, difference, symmetric difference
//! and the subset tests, each following CPython's choice of which operand to
//! walk (so results iterate in the same order as in `python3`).
//!
//! Operands are objects, not payloads, so identity cases (`s & s`) can be
//! recognised. Every function takes a snapshot of the set it walks and
//! probes the other one element by element; no lock is held across calls.

use crate::error::{PyErr, PyResult};
use crate::object::ObjRef;
use crate::types::dict::PyDict;
use crate::types::set::{copy_basetype, is_anyset, new_basetype_of, new_of_class, PySet, SET_TYPE};
use crate::vm::Vm;

/// The payload of an object known to be a set or frozenset.
pub fn payload(o: &ObjRef) -> PyResult<&PySet> {
    o.downcast_ref::<PySet>().ok_or_else(|| PyErr::type_error("expected a set"))
}

fn exact_dict(o: &ObjRef) -> Option<&PyDict> {
    if o.class().is_same(crate::types::dict::DICT_TYPE.get()) {
        o.downcast_ref::<PyDict>()
    } else {
        None
    }
}

fn dict_entries(d: &PyDict) -> Vec<(i64, ObjRef)> {
    d.table.lock().iter().map(|e| (e.hash, e.key.clone())).collect()
}

/// A new exact `set` holding the elements of any iterable.
pub fn set_from(vm: &mut Vm, iterable: &ObjRef) -> PyResult<ObjRef> {
    let r = new_of_class(SET_TYPE.get());
    payload(&r)?.update_from(vm, &r, iterable)?;
    Ok(r)
}

/// `so | other1 | other2 ...` as `so.union(*others)`.
pub fn union(vm: &mut Vm, so: &ObjRef, others: &[ObjRef]) -> PyResult<ObjRef> {
    let r = copy_basetype(vm, so)?;
    for o in others {
        if o.is_same(so) {
            continue;
        }
        payload(&r)?.update_from(vm, &r, o)?;
    }
    Ok(r)
}

/// `so & other` (other: any iterable): a new set of `so`'s base type.
pub fn intersection(vm: &mut Vm, so: &ObjRef, other: &ObjRef) -> PyResult<ObjRef> {
    if so.is_same(other) {
        return copy_basetype(vm, so);
    }
    let result = new_basetype_of(so);
    let out = payload(&result)?;
    if is_anyset(other) {
        let (mut big, mut small) = (payload(so)?, payload(other)?);
        if small.len() > big.len() {
            std::mem::swap(&mut big, &mut small);
        }
        for (h, k) in small.entries() {
            if big.contains_hashed(vm, &k, h)? {
                out.add_hashed(vm, k, h)?;
            }
        }
        return Ok(result);
    }
    let me = payload(so)?;
    let it = vm.iter(other)?;
    while let Some(k) = vm.next(&it)? {
        let h = vm.hash(&k)?;
        if me.contains_hashed(vm, &k, h)? {
            out.add_hashed(vm, k, h)?;
        }
    }
    Ok(result)
}

/// `so.intersection(*others)`.
pub fn intersection_multi(vm: &mut Vm, so: &ObjRef, others: &[ObjRef]) -> PyResult<ObjRef> {
    if others.is_empty() {
        return copy_basetype(vm, so);
    }
    let mut r = so.clone();
    for o in others {
        r = intersection(vm, &r, o)?;
    }
    Ok(r)
}

/// Remove from `so` every element of `other` (CPython's `set_difference_update_internal`).
pub fn difference_update(vm: &mut Vm, so: &ObjRef, other: &ObjRef) -> PyResult<()> {
    let me = payload(so)?;
    if so.is_same(other) {
        me.clear();
        return Ok(());
    }
    if is_anyset(other) {
        let other = if payload(other)?.len() >> 3 > me.len() { intersection(vm, so, other)? } else { other.clone() };
        for (h, k) in payload(&other)?.entries() {
            me.discard_hashed(vm, &k, h)?;
        }
    } else {
        let it = vm.iter(other)?;
        while let Some(k) = vm.next(&it)? {
            let h = vm.hash(&k)?;
            me.discard_hashed(vm, &k, h)?;
        }
    }
    me.lock().shrink_dummies();
    Ok(())
}

/// `so - other` (other: any iterable).
pub fn difference(vm: &mut Vm, so: &ObjRef, other: &ObjRef) -> PyResult<ObjRef> {
    let me = payload(so)?;
    let other_len = if let Some(o) = other.downcast_ref::<PySet>() {
        o.len()
    } else if let Some(d) = exact_dict(other) {
        d.len()
    } else {
        return copy_and_difference(vm, so, other);
    };
    if me.len() >> 2 > other_len {
        return copy_and_difference(vm, so, other);
    }
    let result = new_basetype_of(so);
    let out = payload(&result)?;
    if let Some(d) = exact_dict(other) {
        for (h, k) in me.entries() {
            if d.get_item_hashed(vm, &k, h)?.is_none() {
                out.add_hashed(vm, k, h)?;
            }
        }
        return Ok(result);
    }
    let theirs = payload(other)?;
    for (h, k) in me.entries() {
        if !theirs.contains_hashed(vm, &k, h)? {
            out.add_hashed(vm, k, h)?;
        }
    }
    Ok(result)
}

fn copy_and_difference(vm: &mut Vm, so: &ObjRef, other: &ObjRef) -> PyResult<ObjRef> {
    let r = copy_basetype(vm, so)?;
    difference_update(vm, &r, other)?;
    Ok(r)
}

/// `so.difference(*others)`.
pub fn difference_multi(vm: &mut Vm, so: &ObjRef, others: &[ObjRef]) -> PyResult<ObjRef> {
    let Some((first, rest)) = others.split_first() else { return copy_basetype(vm, so) };
    let r = difference(vm, so, first)?;
    for o in rest {
        difference_update(vm, &r, o)?;
    }
    Ok(r)
}

/// Toggle every element of `other` in `so`.
pub fn symmetric_difference_update(vm: &mut Vm, so: &ObjRef, other: &ObjRef) -> PyResult<()> {
    let me = payload(so)?;
    if so.is_same(other) {
        me.clear();
        return Ok(());
    }
    let entries = if let Some(d) = exact_dict(other) {
        dict_entries(d)
    } else if let Some(o) = other.downcast_ref::<PySet>() {
        o.entries()
    } else {
        let tmp = new_basetype_of(so);
        payload(&tmp)?.update_from(vm, &tmp, other)?;
        payload(&tmp)?.entries()
    };
    for (h, k) in entries {
        if me.discard_hashed(vm, &k, h)?.is_none() {
            me.add_hashed(vm, k, h)?;
        }
    }
    Ok(())
}

/// `so ^ other`: a copy of `other` (as `so`'s base type) toggled by `so`.
pub fn symmetric_difference(vm: &mut Vm, so: &ObjRef, other: &ObjRef) -> PyResult<ObjRef> {
    let r = new_basetype_of(so);
    payload(&r)?.update_from(vm, &r, other)?;
    symmetric_difference_update(vm, &r, so)?;
    Ok(r)
}

/// `so <= other` (other: any iterable).
pub fn issubset(vm: &mut Vm, so: &ObjRef, other: &ObjRef) -> PyResult<bool> {
    if !is_anyset(other) {
        let tmp = set_from(vm, other)?;
        return issubset(vm, so, &tmp);
    }
    let (me, theirs) = (payload(so)?, payload(other)?);
    if me.len() > theirs.len() {
        return Ok(false);
    }
    for (h, k) in me.entries() {
        if !theirs.contains_hashed(vm, &k, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `so >= other` (other: any iterable).
pub fn issuperset(vm: &mut Vm, so: &ObjRef, other: &ObjRef) -> PyResult<bool> {
    if is_anyset(other) {
        return issubset(vm, other, so);
    }
    let me = payload(so)?;
    let it = vm.iter(other)?;
    while let Some(k) = vm.next(&it)? {
        if !me.contains(vm, &k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// No element in common (other: any iterable).
pub fn isdisjoint(vm: &mut Vm, so: &ObjRef, other: &ObjRef) -> PyResult<bool> {
    let me = payload(so)?;
    if so.is_same(other) {
        return Ok(me.is_empty());
    }
    if let Some(theirs) = other.downcast_ref::<PySet>() {
        let (mut big, mut small) = (me, theirs);
        if small.len() > big.len() {
            std::mem::swap(&mut big, &mut small);
        }
        for (h, k) in small.entries() {
            if big.contains_hashed(vm, &k, h)? {
                return Ok(false);
            }
        }
        return Ok(true);
    }
    let it = vm.iter(other)?;
    while let Some(k) = vm.next(&it)? {
        if me.contains(vm, &k)? {
            return Ok(false);
        }
    }
    Ok(true)
}
