//! The object protocols: truth, hashing, comparison, repr/str, operators,
//! containers and iteration.
//!
//! Each protocol first tries a fast path for exact builtin types (no lookup,
//! no call), then falls back to looking the dunder method up on the type
//! (builtin types register their dunders as Rust methods, so one mechanism
//! serves builtin and user classes alike), with CPython's reflected-operand
//! rules and error messages.

use compiler::bytecode::{BinOp, CmpOp};

use crate::error::{PyErr, PyResult};
use crate::object::{ObjRef, PyPayload};
use crate::types::dict::PyDict;
use crate::types::float::PyFloat;
use crate::types::int::PyInt;
use crate::types::list::PyList;
use crate::types::singletons::{self, py_bool};
use crate::types::str::PyStr;
use crate::types::tuple::PyTuple;
use crate::types::typeobj::is_subtype;
use crate::vm::Vm;

/// The dunder names of a binary operator: (method, reflected, in-place).
pub fn binop_dunders(op: BinOp) -> (&'static str, &'static str, Option<&'static str>) {
    use BinOp::*;
    let (m, r) = match op.plain() {
        Add => ("__add__", "__radd__"),
        Sub => ("__sub__", "__rsub__"),
        Mul => ("__mul__", "__rmul__"),
        MatMul => ("__matmul__", "__rmatmul__"),
        TrueDiv => ("__truediv__", "__rtruediv__"),
        FloorDiv => ("__floordiv__", "__rfloordiv__"),
        Mod => ("__mod__", "__rmod__"),
        Pow => ("__pow__", "__rpow__"),
        LShift => ("__lshift__", "__rlshift__"),
        RShift => ("__rshift__", "__rrshift__"),
        And => ("__and__", "__rand__"),
        Or => ("__or__", "__ror__"),
        Xor => ("__xor__", "__rxor__"),
        _ => unreachable!("plain() returns a plain operator"),
    };
    let i = if op.is_inplace() {
        Some(match op {
            InplaceAdd => "__iadd__",
            InplaceSub => "__isub__",
            InplaceMul => "__imul__",
            InplaceMatMul => "__imatmul__",
            InplaceTrueDiv => "__itruediv__",
            InplaceFloorDiv => "__ifloordiv__",
            InplaceMod => "__imod__",
            InplacePow => "__ipow__",
            InplaceLShift => "__ilshift__",
            InplaceRShift => "__irshift__",
            InplaceAnd => "__iand__",
            InplaceOr => "__ior__",
            InplaceXor => "__ixor__",
            _ => unreachable!(),
        })
    } else {
        None
    };
    (m, r, i)
}

pub fn cmp_dunders(op: CmpOp) -> (&'static str, &'static str) {
    match op {
        CmpOp::Lt => ("__lt__", "__gt__"),
        CmpOp::Le => ("__le__", "__ge__"),
        CmpOp::Eq => ("__eq__", "__eq__"),
        CmpOp::Ne => ("__ne__", "__ne__"),
        CmpOp::Gt => ("__gt__", "__lt__"),
        CmpOp::Ge => ("__ge__", "__le__"),
    }
}

#[inline(always)]
fn exact_int(o: &ObjRef) -> Option<i64> {
    if o.class().is_same(PyInt::class()) {
        // SAFETY: exact int type implies PyInt payload.
        match unsafe { o.payload_unchecked::<PyInt>() } {
            PyInt::Small(v) => Some(*v),
            PyInt::Big(_) => None,
        }
    } else {
        None
    }
}

#[inline(always)]
fn exact_float(o: &ObjRef) -> Option<f64> {
    if o.class().is_same(PyFloat::class()) {
        // SAFETY: exact float type implies PyFloat payload.
        Some(unsafe { o.payload_unchecked::<PyFloat>() }.0)
    } else {
        None
    }
}

/// Both operands as floats when at least one is an exact float and the other
/// an exact float or an exact int that converts to a float exactly.
#[inline]
fn float_operands(a: &ObjRef, b: &ObjRef) -> Option<(f64, f64)> {
    const EXACT: i64 = 1 << 53;
    let as_float = |o: &ObjRef| exact_int(o).filter(|i| (-EXACT..=EXACT).contains(i)).map(|i| i as f64);
    match (exact_float(a), exact_float(b)) {
        (Some(x), Some(y)) => Some((x, y)),
        (Some(x), None) => Some((x, as_float(b)?)),
        (None, Some(y)) => Some((as_float(a)?, y)),
        (None, None) => None,
    }
}

/// The type name used in error messages (`'int'`).
pub fn type_name(o: &ObjRef) -> String {
    o.ty().name()
}

impl Vm {
    /// Look a special method up on the object's type (never the instance dict).
    #[inline]
    pub fn lookup_special(&self, obj: &ObjRef, name: &'static str) -> Option<ObjRef> {
        obj.ty().lookup_obj(&crate::vm::intern::static_name(name))
    }

    /// Call the special method `name` of `obj`'s type with `obj` and `args`;
    /// `Ok(None)` if the type has no such method.
    pub fn call_special(&mut self, obj: &ObjRef, name: &'static str, args: &[ObjRef]) -> PyResult<Option<ObjRef>> {
        let Some(m) = self.lookup_special(obj, name) else { return Ok(None) };
        self.call_unbound(&m, obj, args).map(Some)
    }

    /// Call the method `name` of `obj` (full attribute lookup) with positional `args`.
    pub fn call_method(&mut self, obj: &ObjRef, name: &str, args: &[ObjRef]) -> PyResult {
        let f = self.get_attr_str(obj, name)?;
        self.call(&f, args)
    }

    // --- truth ---

    #[inline]
    pub fn is_true(&mut self, obj: &ObjRef) -> PyResult<bool> {
        if obj.is_same(singletons::true_ref()) {
            return Ok(true);
        }
        if obj.is_same(singletons::false_ref()) || obj.is_none() {
            return Ok(false);
        }
        if let Some(i) = exact_int(obj) {
            return Ok(i != 0);
        }
        self.is_true_slow(obj)
    }

    #[cold]
    fn is_true_slow(&mut self, obj: &ObjRef) -> PyResult<bool> {
        if let Some(r) = self.call_special(obj, "__bool__", &[])? {
            if let Some(b) = r.downcast_ref::<PyInt>().filter(|_| r.class().is_same(singletons::bool_type())) {
                return Ok(!b.is_zero());
            }
            return Err(PyErr::type_error(format!("__bool__ should return bool, returned {}", type_name(&r))));
        }
        if let Some(r) = self.call_special(obj, "__len__", &[])? {
            return Ok(self.len_result(&r)? != 0);
        }
        Ok(true)
    }

    // --- hashing and equality ---

    pub fn hash(&mut self, obj: &ObjRef) -> PyResult<i64> {
        if let Some(h) = crate::types::dict::native_hash(obj) {
            return Ok(h);
        }
        let Some(m) = self.lookup_special(obj, "__hash__") else {
            return Ok((obj.id() >> 4) as i64);
        };
        if m.is_none() {
            return Err(PyErr::type_error(format!("unhashable type: '{}'", type_name(obj))));
        }
        let r = self.call_unbound(&m, obj, &[])?;
        match r.downcast_ref::<PyInt>() {
            Some(PyInt::Small(v)) => Ok(if *v == -1 { -2 } else { *v }),
            Some(big) => Ok(big.hash()),
            None => Err(PyErr::type_error("__hash__ method should return an integer")),
        }
    }

    /// `a == b` as a bool.
    pub fn eq(&mut self, a: &ObjRef, b: &ObjRef) -> PyResult<bool> {
        if a.is_same(b) {
            return Ok(true);
        }
        if let Some(r) = crate::types::dict::native_eq(a, b) {
            return Ok(r);
        }
        let r = self.rich_compare(a, b, CmpOp::Eq)?;
        self.is_true(&r)
    }

    /// `op(a, b)` as a bool.
    pub fn compare_bool(&mut self, a: &ObjRef, b: &ObjRef, op: CmpOp) -> PyResult<bool> {
        if let (Some(x), Some(y)) = (exact_int(a), exact_int(b)) {
            return Ok(cmp_ord(x.cmp(&y), op));
        }
        if op == CmpOp::Eq {
            return self.eq(a, b);
        }
        let r = self.rich_compare(a, b, op)?;
        self.is_true(&r)
    }

    pub fn rich_compare(&mut self, a: &ObjRef, b: &ObjRef, op: CmpOp) -> PyResult {
        if let (Some(x), Some(y)) = (exact_int(a), exact_int(b)) {
            return Ok(py_bool(cmp_ord(x.cmp(&y), op)));
        }
        if let (Some(x), Some(y)) = (exact_float(a), exact_float(b)) {
            return Ok(py_bool(match op {
                CmpOp::Lt => x < y,
                CmpOp::Le => x <= y,
                CmpOp::Eq => x == y,
                CmpOp::Ne => x != y,
                CmpOp::Gt => x > y,
                CmpOp::Ge => x >= y,
            }));
        }
        self.rich_compare_slow(a, b, op)
    }

    #[cold]
    fn rich_compare_slow(&mut self, a: &ObjRef, b: &ObjRef, op: CmpOp) -> PyResult {
        let (name, reflected) = cmp_dunders(op);
        let (ta, tb) = (a.class().clone(), b.class().clone());
        let mut tried_reflected = false;
        if !ta.is_same(&tb) && is_subtype(&tb, &ta) && self.lookup_special(b, reflected).is_some() {
            tried_reflected = true;
            if let Some(r) = self.call_special(b, reflected, &[a.clone()])? {
                if !r.is_not_implemented() {
                    return Ok(r);
                }
            }
        }
        if let Some(r) = self.call_special(a, name, &[b.clone()])? {
            if !r.is_not_implemented() {
                return Ok(r);
            }
        }
        if !tried_reflected {
            if let Some(r) = self.call_special(b, reflected, &[a.clone()])? {
                if !r.is_not_implemented() {
                    return Ok(r);
                }
            }
        }
        match op {
            CmpOp::Eq => Ok(py_bool(a.is_same(b))),
            CmpOp::Ne => Ok(py_bool(!a.is_same(b))),
            _ => Err(PyErr::type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                type_name(a),
                type_name(b)
            ))),
        }
    }

    // --- repr and str ---

    pub fn repr(&mut self, obj: &ObjRef) -> PyResult<ObjRef> {
        let r = match self.call_special(obj, "__repr__", &[])? {
            Some(r) => r,
            None => return Ok(PyStr::new(format!("<{} object>", type_name(obj)))),
        };
        if r.downcast_ref::<PyStr>().is_none() {
            return Err(PyErr::type_error(format!("__repr__ returned non-string (type {})", type_name(&r))));
        }
        Ok(r)
    }

    pub fn repr_string(&mut self, obj: &ObjRef) -> PyResult<String> {
        let r = self.repr(obj)?;
        Ok(r.downcast_ref::<PyStr>().map(|s| s.as_str().to_string()).unwrap_or_default())
    }

    pub fn str(&mut self, obj: &ObjRef) -> PyResult<ObjRef> {
        if obj.class().is_same(PyStr::class()) {
            return Ok(obj.clone());
        }
        let r = match self.call_special(obj, "__str__", &[])? {
            Some(r) => r,
            None => return self.repr(obj),
        };
        if r.downcast_ref::<PyStr>().is_none() {
            return Err(PyErr::type_error(format!("__str__ returned non-string (type {})", type_name(&r))));
        }
        Ok(r)
    }

    pub fn str_string(&mut self, obj: &ObjRef) -> PyResult<String> {
        if let Some(s) = obj.downcast_ref::<PyStr>() {
            if obj.class().is_same(PyStr::class()) {
                return Ok(s.as_str().to_string());
            }
        }
        let r = self.str(obj)?;
        Ok(r.downcast_ref::<PyStr>().map(|s| s.as_str().to_string()).unwrap_or_default())
    }

    // --- operators ---

    #[inline]
    pub fn binary_op(&mut self, a: &ObjRef, b: &ObjRef, op: BinOp) -> PyResult {
        if let (Some(x), Some(y)) = (exact_int(a), exact_int(b)) {
            let r = match op.plain() {
                BinOp::Add => x.checked_add(y),
                BinOp::Sub => x.checked_sub(y),
                BinOp::Mul => x.checked_mul(y),
                BinOp::And => Some(x & y),
                BinOp::Or => Some(x | y),
                BinOp::Xor => Some(x ^ y),
                BinOp::FloorDiv if y > 0 => Some(x.div_euclid(y)),
                BinOp::Mod if y > 0 => Some(x.rem_euclid(y)),
                _ => None,
            };
            if let Some(r) = r {
                return Ok(PyInt::new(r));
            }
        } else if let Some((x, y)) = float_operands(a, b) {
            let r = match op.plain() {
                BinOp::Add => Some(x + y),
                BinOp::Sub => Some(x - y),
                BinOp::Mul => Some(x * y),
                BinOp::TrueDiv if y != 0.0 => Some(x / y),
                // A positive finite base never gives a complex result or a
                // ZeroDivisionError; an infinite result is an OverflowError,
                // which the slow path reports.
                BinOp::Pow if x > 0.0 && x.is_finite() && y.is_finite() => Some(x.powf(y)).filter(|r| r.is_finite()),
                _ => None,
            };
            if let Some(r) = r {
                return Ok(PyFloat::new(r));
            }
        }
        self.binary_op_slow(a, b, op)
    }

    #[cold]
    #[inline(never)]
    fn binary_op_slow(&mut self, a: &ObjRef, b: &ObjRef, op: BinOp) -> PyResult {
        let (name, rname, iname) = binop_dunders(op);
        if let Some(iname) = iname {
            if let Some(r) = self.call_special(a, iname, &[b.clone()])? {
                if !r.is_not_implemented() {
                    return Ok(r);
                }
            }
        }
        let (ta, tb) = (a.class().clone(), b.class().clone());
        let same = ta.is_same(&tb);
        let mut tried_reflected = false;
        if !same && is_subtype(&tb, &ta) {
            if let Some(rm) = self.lookup_special(b, rname) {
                let am = self.lookup_special(a, rname);
                if am.as_ref().is_none_or(|am| !am.is_same(&rm)) {
                    tried_reflected = true;
                    let r = self.call_unbound(&rm, b, &[a.clone()])?;
                    if !r.is_not_implemented() {
                        return Ok(r);
                    }
                }
            }
        }
        if let Some(r) = self.call_special(a, name, &[b.clone()])? {
            if !r.is_not_implemented() {
                return Ok(r);
            }
        }
        if !same && !tried_reflected {
            if let Some(r) = self.call_special(b, rname, &[a.clone()])? {
                if !r.is_not_implemented() {
                    return Ok(r);
                }
            }
        }
        let sym = if iname.is_some() { op.symbol() } else { op.plain().symbol() };
        Err(PyErr::type_error(format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            sym,
            type_name(a),
            type_name(b)
        )))
    }

    pub fn unary_op(&mut self, obj: &ObjRef, name: &'static str, sym: &str) -> PyResult {
        if let Some(i) = exact_int(obj) {
            match name {
                "__neg__" if i != i64::MIN => return Ok(PyInt::new(-i)),
                "__pos__" => return Ok(obj.clone()),
                "__invert__" => return Ok(PyInt::new(!i)),
                _ => {}
            }
        }
        match self.call_special(obj, name, &[])? {
            Some(r) => Ok(r),
            None => Err(PyErr::type_error(format!("bad operand type for unary {sym}: '{}'", type_name(obj)))),
        }
    }

    // --- containers ---

    fn len_result(&mut self, r: &ObjRef) -> PyResult<usize> {
        match r.downcast_ref::<PyInt>() {
            Some(PyInt::Small(v)) if *v >= 0 => Ok(*v as usize),
            Some(PyInt::Small(_)) => Err(PyErr::value_error("__len__() should return >= 0")),
            Some(PyInt::Big(_)) => Err(PyErr::overflow_error("cannot fit 'int' into an index-sized integer")),
            None => Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", type_name(r)))),
        }
    }

    pub fn len(&mut self, obj: &ObjRef) -> PyResult<usize> {
        if let Some(l) = obj.downcast_ref::<PyList>() {
            return Ok(l.len());
        }
        if let Some(t) = obj.downcast_ref::<PyTuple>() {
            return Ok(t.len());
        }
        if let Some(s) = obj.downcast_ref::<PyStr>() {
            return Ok(s.char_len());
        }
        if let Some(d) = obj.downcast_ref::<PyDict>() {
            return Ok(d.len());
        }
        match self.call_special(obj, "__len__", &[])? {
            Some(r) => self.len_result(&r),
            None => Err(PyErr::type_error(format!("object of type '{}' has no len()", type_name(obj)))),
        }
    }

    pub fn get_item(&mut self, obj: &ObjRef, key: &ObjRef) -> PyResult {
        if let (Some(l), Some(i)) = (obj.downcast_ref::<PyList>(), exact_int(key)) {
            if obj.class().is_same(PyList::class()) {
                if let Some(v) = l.item(obj, i) {
                    return Ok(v);
                }
            }
        }
        if let Some(d) = obj.downcast_ref::<PyDict>() {
            if obj.class().is_same(PyDict::class()) {
                if let Some(v) = d.get_item_of(self, obj, key)? {
                    return Ok(v);
                }
            }
        }
        if let Some(r) = self.call_special(obj, "__getitem__", &[key.clone()])? {
            return Ok(r);
        }
        if obj.is_type() {
            if let Some(m) = obj.ty_payload().lookup("__class_getitem__") {
                let bound = self.descr_get(&m, None, obj)?;
                return self.call(&bound, &[key.clone()]);
            }
            if obj.is_same(crate::types::typeobj::TYPE_TYPE.get()) {
                return crate::types::generic_alias::make_alias(self, obj, key);
            }
            return Err(PyErr::type_error(format!("type '{}' is not subscriptable", obj.ty_payload().name())));
        }
        Err(PyErr::type_error(format!("'{}' object is not subscriptable", type_name(obj))))
    }

    pub fn set_item(&mut self, obj: &ObjRef, key: &ObjRef, value: &ObjRef) -> PyResult<()> {
        if let (Some(l), Some(i)) = (obj.downcast_ref::<PyList>(), exact_int(key)) {
            if obj.class().is_same(PyList::class()) {
                let mut items = l.lock();
                let idx = if i < 0 { i + items.len() as i64 } else { i };
                if idx >= 0 && (idx as usize) < items.len() {
                    let old = std::mem::replace(&mut items[idx as usize], value.clone());
                    drop(items);
                    drop(old);
                    return Ok(());
                }
            }
        }
        if let Some(d) = obj.downcast_ref::<PyDict>() {
            if obj.class().is_same(PyDict::class()) {
                return d.set_item(self, key.clone(), value.clone());
            }
        }
        match self.call_special(obj, "__setitem__", &[key.clone(), value.clone()])? {
            Some(_) => Ok(()),
            None => Err(PyErr::type_error(format!("'{}' object does not support item assignment", type_name(obj)))),
        }
    }

    pub fn del_item(&mut self, obj: &ObjRef, key: &ObjRef) -> PyResult<()> {
        match self.call_special(obj, "__delitem__", &[key.clone()])? {
            Some(_) => Ok(()),
            None => Err(PyErr::type_error(format!("'{}' object does not support item deletion", type_name(obj)))),
        }
    }

    pub fn contains(&mut self, container: &ObjRef, item: &ObjRef) -> PyResult<bool> {
        if let Some(r) = self.call_special(container, "__contains__", &[item.clone()])? {
            return self.is_true(&r);
        }
        if self.lookup_special(container, "__iter__").is_none() && self.lookup_special(container, "__getitem__").is_none() {
            return Err(PyErr::type_error(format!("argument of type '{}' is not iterable", type_name(container))));
        }
        let it = self.iter(container)?;
        while let Some(x) = self.next(&it)? {
            if self.eq(&x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    // --- iteration ---

    pub fn iter(&mut self, obj: &ObjRef) -> PyResult<ObjRef> {
        if let Some(m) = self.lookup_special(obj, "__iter__") {
            if m.is_none() {
                return Err(PyErr::type_error(format!("'{}' object is not iterable", type_name(obj))));
            }
            let it = self.call_unbound(&m, obj, &[])?;
            if self.lookup_special(&it, "__next__").is_none() {
                return Err(PyErr::type_error(format!("iter() returned non-iterator of type '{}'", type_name(&it))));
            }
            return Ok(it);
        }
        if self.lookup_special(obj, "__getitem__").is_some() {
            return Ok(crate::types::iter::PySeqIter::new_ref(obj.clone()));
        }
        Err(PyErr::type_error(format!("'{}' object is not iterable", type_name(obj))))
    }

    /// The next item, or None when the iterator is exhausted.
    #[inline]
    pub fn next(&mut self, it: &ObjRef) -> PyResult<Option<ObjRef>> {
        if let Some(r) = crate::types::iter::next_native(self, it) {
            return r;
        }
        self.next_slow(it)
    }

    #[cold]
    fn next_slow(&mut self, it: &ObjRef) -> PyResult<Option<ObjRef>> {
        let Some(m) = self.lookup_special(it, "__next__") else {
            return Err(PyErr::type_error(format!("'{}' object is not an iterator", type_name(it))));
        };
        match self.call_unbound(&m, it, &[]) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.matches(&crate::types::exception::types().stop_iteration) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// All items of an iterable.
    pub fn collect(&mut self, iterable: &ObjRef) -> PyResult<Vec<ObjRef>> {
        if iterable.class().is_same(PyList::class()) {
            if let Some(l) = iterable.downcast_ref::<PyList>() {
                return Ok(l.snapshot());
            }
        }
        if let Some(t) = iterable.downcast_ref::<PyTuple>() {
            return Ok(t.items().to_vec());
        }
        let it = self.iter(iterable)?;
        let mut out = Vec::new();
        while let Some(x) = self.next(&it)? {
            out.push(x);
        }
        Ok(out)
    }
}

#[inline(always)]
pub fn cmp_ord(o: std::cmp::Ordering, op: CmpOp) -> bool {
    use std::cmp::Ordering::*;
    match op {
        CmpOp::Lt => o == Less,
        CmpOp::Le => o != Greater,
        CmpOp::Eq => o == Equal,
        CmpOp::Ne => o != Equal,
        CmpOp::Gt => o == Greater,
        CmpOp::Ge => o != Less,
    }
}
