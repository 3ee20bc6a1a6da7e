//! `_collections`: the native half of `collections`. It exports the
//! thread-safe `deque` (see `types/deque.rs`) and its iterator types; the
//! rest of `collections` (defaultdict, OrderedDict, Counter, ...) is Python.

use crate::error::PyResult;
use crate::types::deque::{DEQUE_ITER_TYPE, DEQUE_REVITER_TYPE, DEQUE_TYPE};
use crate::types::module::PyModule;
use crate::vm::Vm;

pub fn make_module(_vm: &mut Vm) -> PyResult {
    let m = PyModule::new_ref("_collections", None);
    let d = m.downcast_ref::<PyModule>().expect("module").dict();
    d.set_str("deque", DEQUE_TYPE.get().clone());
    d.set_str("_deque_iterator", DEQUE_ITER_TYPE.get().clone());
    d.set_str("_deque_reverse_iterator", DEQUE_REVITER_TYPE.get().clone());
    Ok(m)
}
