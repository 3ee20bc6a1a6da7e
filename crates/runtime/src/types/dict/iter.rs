//! Iterators over a dict: keys, values or items, forwards or reversed.
//!
//! An iterator remembers the dict's size when it started; any step that
//! finds another size raises "dictionary changed size during iteration"
//! (sticky, as in CPython). A forward iterator also counts what it has left
//! to yield: meeting one more entry than that means keys were removed and
//! added behind its back ("dictionary keys changed during iteration").
//! Each step takes the dict's lock once and never runs Python code.

use parking_lot::Mutex;

use super::PyDict;
use crate::error::{PyErr, PyResult};
use crate::object::{ObjRef, PyPayload};
use crate::types::int::PyInt;
use crate::types::iter::{iter_next, iter_self};
use crate::types::native::{add_methods, Args};
use crate::types::tuple::PyTuple;
use crate::types::typeobj::new_builtin_type;
use crate::types::TypeCell;
use crate::vm::Vm;

pub static KEY_ITER_TYPE: TypeCell = TypeCell::new();
pub static VALUE_ITER_TYPE: TypeCell = TypeCell::new();
pub static ITEM_ITER_TYPE: TypeCell = TypeCell::new();
pub static REV_KEY_ITER_TYPE: TypeCell = TypeCell::new();
pub static REV_VALUE_ITER_TYPE: TypeCell = TypeCell::new();
pub static REV_ITEM_ITER_TYPE: TypeCell = TypeCell::new();

/// What a dict iterator or view yields.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Keys,
    Values,
    Items,
}

struct State {
    /// None once exhausted (or after "keys changed").
    dict: Option<ObjRef>,
    /// Forward: the next entry position. Reversed: one past it.
    pos: usize,
    /// The dict's size at the start; `usize::MAX` after a size error.
    used: usize,
    remaining: usize,
}

pub struct PyDictIter {
    kind: Kind,
    reversed: bool,
    state: Mutex<State>,
}

impl PyPayload for PyDictIter {
    fn class() -> &'static ObjRef {
        KEY_ITER_TYPE.get()
    }
}

fn class_of(kind: Kind, reversed: bool) -> &'static ObjRef {
    match (kind, reversed) {
        (Kind::Keys, false) => KEY_ITER_TYPE.get(),
        (Kind::Values, false) => VALUE_ITER_TYPE.get(),
        (Kind::Items, false) => ITEM_ITER_TYPE.get(),
        (Kind::Keys, true) => REV_KEY_ITER_TYPE.get(),
        (Kind::Values, true) => REV_VALUE_ITER_TYPE.get(),
        (Kind::Items, true) => REV_ITEM_ITER_TYPE.get(),
    }
}

impl PyDictIter {
    /// An iterator over `dict` (an object with a `PyDict` payload).
    pub fn new_ref(dict: &ObjRef, kind: Kind, reversed: bool) -> ObjRef {
        let (used, end) = match dict.downcast_ref::<PyDict>() {
            Some(d) => {
                let t = d.table.lock();
                (t.used, t.end())
            }
            None => (0, 0),
        };
        let state = State { dict: Some(dict.clone()), pos: if reversed { end } else { 0 }, used, remaining: used };
        ObjRef::new_with(PyDictIter { kind, reversed, state: Mutex::new(state) }, class_of(kind, reversed).clone(), None)
    }

    pub fn next(&self) -> PyResult<Option<ObjRef>> {
        let mut st = self.state.lock();
        let Some(dobj) = st.dict.clone() else { return Ok(None) };
        let Some(d) = dobj.downcast_ref::<PyDict>() else { return Ok(None) };
        let t = d.table.lock();
        if t.used != st.used {
            st.used = usize::MAX;
            return Err(PyErr::runtime_error("dictionary changed size during iteration"));
        }
        let found = if self.reversed { t.prev_before(st.pos) } else { t.next_from(st.pos) };
        let Some((i, e)) = found else {
            drop(t);
            st.dict = None;
            st.remaining = 0;
            return Ok(None);
        };
        if st.remaining == 0 {
            drop(t);
            st.dict = None;
            return Err(PyErr::runtime_error("dictionary keys changed during iteration"));
        }
        let out = match self.kind {
            Kind::Keys => e.key.clone(),
            Kind::Values => e.value.clone(),
            Kind::Items => {
                let (k, v) = (e.key.clone(), e.value.clone());
                drop(t);
                st.pos = if self.reversed { i } else { i + 1 };
                st.remaining -= 1;
                return Ok(Some(PyTuple::new(vec![k, v])));
            }
        };
        drop(t);
        st.pos = if self.reversed { i } else { i + 1 };
        st.remaining -= 1;
        Ok(Some(out))
    }

    fn length_hint(&self) -> usize {
        let st = self.state.lock();
        match &st.dict {
            Some(d) if d.downcast_ref::<PyDict>().is_some_and(|d| d.len() == st.used) => st.remaining,
            _ => 0,
        }
    }
}

fn dictiter_length_hint(_vm: &mut Vm, args: Args) -> PyResult {
    let it = args.items[0].downcast_ref::<PyDictIter>().ok_or_else(|| PyErr::type_error("expected a dict iterator"))?;
    Ok(PyInt::new(it.length_hint() as i64))
}

/// The native fast path of `next()` for dict iterators.
#[inline]
pub fn next_native(it: &ObjRef) -> Option<PyResult<Option<ObjRef>>> {
    it.downcast_ref::<PyDictIter>().map(|d| d.next())
}

pub fn init() {
    let cells: [(&'static TypeCell, &str); 6] = [
        (&KEY_ITER_TYPE, "dict_keyiterator"),
        (&VALUE_ITER_TYPE, "dict_valueiterator"),
        (&ITEM_ITER_TYPE, "dict_itemiterator"),
        (&REV_KEY_ITER_TYPE, "dict_reversekeyiterator"),
        (&REV_VALUE_ITER_TYPE, "dict_reversevalueiterator"),
        (&REV_ITEM_ITER_TYPE, "dict_reverseitemiterator"),
    ];
    for (cell, name) in cells {
        cell.set(new_builtin_type(name, None, 0));
        add_methods(
            cell.get(),
            &[("__iter__", iter_self), ("__next__", iter_next), ("__length_hint__", dictiter_length_hint)],
        );
    }
}
