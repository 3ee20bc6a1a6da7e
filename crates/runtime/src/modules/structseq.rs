//! Struct sequences: tuple subclasses whose items also have names
//! (`sys.version_info`, `sys.float_info`, `time.struct_time`, `os.stat_result`).
//!
//! An instance is a plain `PyTuple` payload whose class is the struct-seq
//! type, so indexing, slicing, comparison and hashing come from `tuple`.
//! Each field name is a `StructSeqField` descriptor in the type's dict that
//! reads item `index`. A type may hold more fields than its tuple shows
//! (`n_sequence_fields`): the extra values (e.g. `st_mtime` as a float) are
//! kept after the visible items and only reachable by name.

use crate::error::{PyErr, PyResult};
use crate::object::{ObjRef, PyPayload};
use crate::types::int::PyInt;
use crate::types::native::{add_methods, Args};
use crate::types::str::PyStr;
use crate::types::tuple::PyTuple;
use crate::types::typeobj::{flags, new_builtin_type};
use crate::types::TypeCell;
use crate::vm::Vm;

pub static FIELD_TYPE: TypeCell = TypeCell::new();

/// The descriptor of one named field.
pub struct StructSeqField {
    index: usize,
}

impl PyPayload for StructSeqField {
    fn class() -> &'static ObjRef {
        FIELD_TYPE.get()
    }
}

/// The full items of a struct-seq value: visible ones, then hidden ones.
pub struct StructSeqHidden {
    items: Vec<ObjRef>,
}

pub static HIDDEN_TYPE: TypeCell = TypeCell::new();

impl PyPayload for StructSeqHidden {
    fn class() -> &'static ObjRef {
        HIDDEN_TYPE.get()
    }
}

fn field_get(_vm: &mut Vm, args: Args) -> PyResult {
    let a = args.range("__get__", 2, 3)?;
    let Some(f) = a[0].downcast_ref::<StructSeqField>() else { return Err(PyErr::type_error("expected a field")) };
    if a[1].is_none() {
        return Ok(a[0].clone());
    }
    if let Some(t) = a[1].downcast_ref::<PyTuple>() {
        if let Some(v) = t.get(f.index) {
            return Ok(v.clone());
        }
    }
    if let Some(h) = a[1].dict().and_then(|d| d.downcast_ref::<crate::types::dict::PyDict>().and_then(|d| d.get_str("__hidden__"))) {
        if let Some(v) = h.downcast_ref::<StructSeqHidden>().and_then(|h| h.items.get(f.index)) {
            return Ok(v.clone());
        }
    }
    Err(PyErr::attribute_error("struct sequence field is not set"))
}

fn field_set(_vm: &mut Vm, _args: Args) -> PyResult {
    Err(PyErr::attribute_error("readonly attribute"))
}

pub fn init() {
    if FIELD_TYPE.is_set() {
        return;
    }
    FIELD_TYPE.set(new_builtin_type("member_descriptor", None, 0));
    add_methods(FIELD_TYPE.get(), &[("__get__", field_get), ("__set__", field_set)]);
    HIDDEN_TYPE.set(new_builtin_type("structseq_hidden", None, 0));
}

/// Create a struct-seq type `module.name` with `fields`, the first `visible` shown as items.
pub fn new_type(module: &str, name: &str, fields: &[&str], visible: usize) -> ObjRef {
    init();
    let hidden = visible < fields.len();
    let ty = new_builtin_type(name, Some(crate::types::tuple::TUPLE_TYPE.get()), if hidden { flags::HAS_DICT } else { 0 });
    let d = ty.ty_payload().dict();
    d.set_str("__module__", PyStr::new(module));
    for (i, f) in fields.iter().enumerate() {
        let desc = ObjRef::new(StructSeqField { index: i });
        desc.make_immortal();
        d.set_str(f, desc);
    }
    d.set_str("n_fields", PyInt::new(fields.len() as i64));
    d.set_str("n_sequence_fields", PyInt::new(visible as i64));
    d.set_str("n_unnamed_fields", PyInt::new(0));
    d.set_str("_gilfree_fields", PyTuple::new(fields.iter().map(|f| PyStr::new(*f)).collect()));
    add_methods(&ty, &[("__repr__", structseq_repr), ("__reduce__", structseq_reduce)]);
    ty.make_immortal();
    ty
}

/// A value of struct-seq type `ty`: `values` holds every field (visible first).
pub fn new_value(ty: &ObjRef, values: Vec<ObjRef>) -> ObjRef {
    let visible = visible_count(ty).min(values.len());
    let shown: Vec<ObjRef> = values[..visible].to_vec();
    if visible < values.len() {
        let dict = crate::types::dict::PyDict::new_ref();
        let h = ObjRef::new(StructSeqHidden { items: values });
        dict.downcast_ref::<crate::types::dict::PyDict>().expect("dict").set_str("__hidden__", h);
        ObjRef::new_with(PyTuple::from_vec(shown), ty.clone(), Some(dict))
    } else {
        ObjRef::new_with(PyTuple::from_vec(shown), ty.clone(), None)
    }
}

fn visible_count(ty: &ObjRef) -> usize {
    ty.ty_payload()
        .lookup("n_sequence_fields")
        .and_then(|n| n.downcast_ref::<PyInt>().and_then(|i| i.as_i64()))
        .map_or(0, |n| n as usize)
}

fn field_names(ty: &ObjRef) -> Vec<String> {
    ty.ty_payload()
        .lookup("_gilfree_fields")
        .and_then(|t| t.downcast_ref::<PyTuple>().map(|t| t.iter().filter_map(|s| s.downcast_ref::<PyStr>().map(|s| s.as_str().to_string())).collect()))
        .unwrap_or_default()
}

fn structseq_repr(vm: &mut Vm, args: Args) -> PyResult {
    let this = args.items.first().ok_or_else(|| PyErr::type_error("__repr__ needs self"))?;
    let Some(t) = this.downcast_ref::<PyTuple>() else { return Err(PyErr::type_error("expected a struct sequence")) };
    let ty = this.class().clone();
    let module = ty.ty_payload().dict().get_str("__module__").and_then(|m| m.downcast_ref::<PyStr>().map(|s| s.as_str().to_string()));
    let mut out = match module.as_deref() {
        Some("builtins") | None => ty.ty_payload().name(),
        Some(m) => format!("{m}.{}", ty.ty_payload().name()),
    };
    out.push('(');
    let names = field_names(&ty);
    for (i, v) in t.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(names.get(i).map_or("?", |s| s.as_str()));
        out.push('=');
        out.push_str(&vm.repr_string(v)?);
    }
    out.push(')');
    Ok(PyStr::new(out))
}

fn structseq_reduce(_vm: &mut Vm, args: Args) -> PyResult {
    let this = args.items.first().ok_or_else(|| PyErr::type_error("__reduce__ needs self"))?;
    let items = this.downcast_ref::<PyTuple>().map(|t| t.items().to_vec()).unwrap_or_default();
    Ok(PyTuple::new(vec![this.class().clone(), PyTuple::new(vec![PyTuple::new(items)])]))
}
