//! `set_iterator`: walks a set's slots in order. The set's size is checked
//! on every step; a change raises "Set changed size during iteration" (and
//! keeps raising: the state is sticky, as in CPython).

use parking_lot::Mutex;

use crate::error::{PyErr, PyResult};
use crate::object::{ObjRef, PyPayload};
use crate::types::int::PyInt;
use crate::types::iter::{iter_next, iter_self};
use crate::types::native::{add_methods, Args};
use crate::types::set::PySet;
use crate::types::typeobj::new_builtin_type;
use crate::types::TypeCell;
use crate::vm::Vm;

pub static SET_ITER_TYPE: TypeCell = TypeCell::new();

struct State {
    /// None once exhausted.
    set: Option<ObjRef>,
    pos: usize,
    /// The set's size when iteration began; `usize::MAX` after a size error.
    used: usize,
    remaining: usize,
}

pub struct PySetIter {
    state: Mutex<State>,
}

impl PyPayload for PySetIter {
    fn class() -> &'static ObjRef {
        SET_ITER_TYPE.get()
    }
}

impl PySetIter {
    pub fn new_ref(set: &ObjRef) -> ObjRef {
        let used = set.downcast_ref::<PySet>().map_or(0, |s| s.len());
        ObjRef::new(PySetIter { state: Mutex::new(State { set: Some(set.clone()), pos: 0, used, remaining: used }) })
    }

    pub fn next(&self) -> PyResult<Option<ObjRef>> {
        let mut st = self.state.lock();
        let Some(set) = st.set.clone() else { return Ok(None) };
        let Some(s) = set.downcast_ref::<PySet>() else { return Ok(None) };
        let t = s.lock();
        if t.used != st.used {
            st.used = usize::MAX;
            return Err(PyErr::runtime_error("Set changed size during iteration"));
        }
        match t.next_from(st.pos) {
            Some((i, k)) => {
                let k = k.clone();
                drop(t);
                st.pos = i + 1;
                st.remaining = st.remaining.saturating_sub(1);
                Ok(Some(k))
            }
            None => {
                drop(t);
                st.set = None;
                st.remaining = 0;
                Ok(None)
            }
        }
    }

    fn length_hint(&self) -> usize {
        let st = self.state.lock();
        match &st.set {
            Some(s) if s.downcast_ref::<PySet>().is_some_and(|s| s.len() == st.used) => st.remaining,
            _ => 0,
        }
    }
}

fn setiter_length_hint(_vm: &mut Vm, args: Args) -> PyResult {
    let it = args.items[0].downcast_ref::<PySetIter>().ok_or_else(|| PyErr::type_error("expected a set_iterator"))?;
    Ok(PyInt::new(it.length_hint() as i64))
}

/// The native fast path of `next()` for set iterators.
#[inline]
pub fn next_native(it: &ObjRef) -> Option<PyResult<Option<ObjRef>>> {
    it.downcast_ref::<PySetIter>().map(|s| s.next())
}

pub fn init() {
    SET_ITER_TYPE.set(new_builtin_type("set_iterator", None, 0));
    add_methods(
        SET_ITER_TYPE.get(),
        &[("__iter__", iter_self), ("__next__", iter_next), ("__length_hint__", setiter_length_hint)],
    );
}
