//! `bytes`: an immutable sequence of bytes, and the machinery it shares
//! with `bytearray` (types/bytearray.rs).
//!
//! Read-only methods are written once over a byte slice: `self_data` gives
//! the receiver's bytes (borrowed for bytes, copied out of the lock for
//! bytearray) and its `Kind`, which builds results of the receiver's type.
//! `bytes_like` accepts the buffer objects gilfree has (bytes, bytearray).
//! Files: `ops` (dunders), `methods` (searching, splitting, case, hex),
//! `repr`, `iter`.

pub mod iter;
pub mod methods;
pub mod ops;
pub mod repr;

use std::borrow::Cow;

use crate::error::{PyErr, PyResult};
use crate::object::{ObjRef, PyPayload};
use crate::types::bytearray::PyByteArray;
use crate::types::native::Args;
use crate::types::typeobj::{flags, new_builtin_type};
use crate::types::TypeCell;
use crate::vm::ops::type_name;

pub static BYTES_TYPE: TypeCell = TypeCell::new();

pub struct PyBytes {
    pub value: Box<[u8]>,
}

impl PyPayload for PyBytes {
    fn class() -> &'static ObjRef {
        BYTES_TYPE.get()
    }
}

impl PyBytes {
    pub fn new(v: Vec<u8>) -> ObjRef {
        ObjRef::new(PyBytes { value: v.into_boxed_slice() })
    }

    pub fn as_bytes(&self) -> &[u8] {
        &self.value
    }
}

/// The bytes of a bytes-like object (bytes or bytearray); None for anything else.
pub fn bytes_like(o: &ObjRef) -> Option<Cow<'_, [u8]>> {
    if let Some(b) = o.downcast_ref::<PyBytes>() {
        return Some(Cow::Borrowed(b.as_bytes()));
    }
    o.downcast_ref::<PyByteArray>().map(|b| Cow::Owned(b.snapshot()))
}

/// A bytes-like argument, or TypeError "a bytes-like object is required, not 'X'".
pub fn bytes_arg(o: &ObjRef) -> PyResult<Cow<'_, [u8]>> {
    bytes_like(o).ok_or_else(|| PyErr::type_error(format!("a bytes-like object is required, not '{}'", type_name(o))))
}

/// Which of the two byte-sequence types a method's receiver is.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Bytes,
    ByteArray,
}

impl Kind {
    /// A new object of this kind.
    pub fn make(self, v: Vec<u8>) -> ObjRef {
        match self {
            Kind::Bytes => PyBytes::new(v),
            Kind::ByteArray => PyByteArray::new_ref(v),
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Kind::Bytes => "bytes",
            Kind::ByteArray => "bytearray",
        }
    }
}

/// The receiver's bytes and kind.
pub fn self_data<'a>(args: &Args<'a>) -> PyResult<(Cow<'a, [u8]>, Kind)> {
    let o = args.items.first().ok_or_else(|| PyErr::type_error("descriptor needs an argument"))?;
    if let Some(b) = o.downcast_ref::<PyBytes>() {
        return Ok((Cow::Borrowed(b.as_bytes()), Kind::Bytes));
    }
    if let Some(b) = o.downcast_ref::<PyByteArray>() {
        return Ok((Cow::Owned(b.snapshot()), Kind::ByteArray));
    }
    Err(PyErr::type_error(format!("descriptor requires a 'bytes' object but received a '{}'", type_name(o))))
}

/// CPython-compatible hash of a byte string (equal to the hash of the same ASCII str).
pub fn bytes_hash(data: &[u8]) -> i64 {
    crate::types::str::bytes_siphash(data)
}

pub fn init() {
    BYTES_TYPE.set(new_builtin_type("bytes", None, flags::BASETYPE));
    ops::init_bytes();
    methods::init(BYTES_TYPE.get());
    iter::init();
}
