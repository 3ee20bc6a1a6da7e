//! `BaseException` and the builtin exception hierarchy.
//!
//! Every exception instance has a `PyBaseException` payload (its `args`,
//! traceback, cause and context) and an instance `__dict__` for other
//! attributes. The attributes of the specialised classes (`OSError.errno`,
//! `SyntaxError.lineno`, `StopIteration.value`, ...) are get/set descriptors
//! that read the instance dict first and otherwise derive the value from
//! `args`, so an exception built in Rust from bare args (`PyErr::with_args`)
//! answers the same as one built by calling the class.
//!
//! `base.rs` holds `BaseException`'s methods, `kinds.rs` the specialised classes,
//! `group.rs` the exception groups of 3.11.

mod base;
mod group;
mod kinds;

pub use kinds::os_error;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::OnceLock;

use parking_lot::Mutex;

use crate::object::{ObjRef, PyPayload};
use crate::types::str::PyStr;
use crate::types::tuple::PyTuple;
use crate::types::typeobj::{flags, new_builtin_type};

pub struct PyBaseException {
    pub args: Mutex<ObjRef>,
    pub traceback: Mutex<Option<ObjRef>>,
    pub cause: Mutex<Option<ObjRef>>,
    pub context: Mutex<Option<ObjRef>>,
    pub suppress_context: AtomicBool,
}

impl PyPayload for PyBaseException {
    fn class() -> &'static ObjRef {
        &types().base_exception
    }
}

impl PyBaseException {
    pub fn new(args: Vec<ObjRef>) -> PyBaseException {
        PyBaseException {
            args: Mutex::new(PyTuple::new(args)),
            traceback: Mutex::new(None),
            cause: Mutex::new(None),
            context: Mutex::new(None),
            suppress_context: AtomicBool::new(false),
        }
    }

    /// A new instance of exception class `ty` (which must derive from BaseException).
    pub fn new_instance(ty: &ObjRef, args: Vec<ObjRef>) -> ObjRef {
        ObjRef::new_with(PyBaseException::new(args), ty.clone(), None)
    }

    pub fn args(&self) -> ObjRef {
        self.args.lock().clone()
    }

    pub fn set_cause(&self, cause: Option<ObjRef>) {
        *self.cause.lock() = cause;
        self.suppress_context.store(true, Ordering::Relaxed);
    }
}

/// Best-effort text of an exception's first argument (for diagnostics in Rust).
pub fn message_of(exc: &ObjRef) -> String {
    let Some(e) = exc.downcast_ref::<PyBaseException>() else { return String::new() };
    let args = e.args();
    let Some(t) = args.downcast_ref::<PyTuple>() else { return String::new() };
    match t.get(0).and_then(|a| a.downcast_ref::<PyStr>()) {
        Some(s) => s.as_str().to_string(),
        None => String::new(),
    }
}

macro_rules! exception_types {
    ($root:ident; $($field:ident : $name:literal < $base:ident),* $(,)?) => {
        /// The builtin exception classes.
        pub struct ExceptionTypes {
            pub $root: ObjRef,
            $(pub $field: ObjRef,)*
            pub base_exception_group: ObjRef,
            /// Derives from both `BaseExceptionGroup` and `Exception`.
            pub exception_group: ObjRef,
            /// Every class with its Python name, in creation order (for the builtins module).
            pub all: Vec<(&'static str, ObjRef)>,
        }

        fn create() -> ExceptionTypes {
            let $root = new_builtin_type("BaseException", None, flags::BASETYPE | flags::HAS_DICT | flags::EXCEPTION);
            let mut all = vec![("BaseException", $root.clone())];
            $(
                let $field = new_builtin_type($name, Some(&$base), flags::BASETYPE);
                all.push(($name, $field.clone()));
            )*
            let base_exception_group = new_builtin_type("BaseExceptionGroup", Some(&$root), flags::BASETYPE);
            let exception_group = crate::types::typeobj::new_builtin_type_bases(
                "ExceptionGroup",
                &[base_exception_group.clone(), all.iter().find(|(n, _)| *n == "Exception").map_or_else(|| $root.clone(), |(_, t)| t.clone())],
                flags::BASETYPE,
            );
            if let Some(os) = all.iter().find(|(n, _)| *n == "OSError").map(|(_, t)| t.clone()) {
                all.push(("IOError", os.clone()));
                all.push(("EnvironmentError", os));
            }
            all.push(("BaseExceptionGroup", base_exception_group.clone()));
            all.push(("ExceptionGroup", exception_group.clone()));
            ExceptionTypes { $root, $($field,)* base_exception_group, exception_group, all }
        }
    };
}

exception_types! {
    base_exception;
    system_exit: "SystemExit" < base_exception,
    keyboard_interrupt: "KeyboardInterrupt" < base_exception,
    generator_exit: "GeneratorExit" < base_exception,
    exception: "Exception" < base_exception,
    stop_iteration: "StopIteration" < exception,
    stop_async_iteration: "StopAsyncIteration" < exception,
    arithmetic_error: "ArithmeticError" < exception,
    floating_point_error: "FloatingPointError" < arithmetic_error,
    overflow_error: "OverflowError" < arithmetic_error,
    zero_division_error: "ZeroDivisionError" < arithmetic_error,
    assertion_error: "AssertionError" < exception,
    attribute_error: "AttributeError" < exception,
    buffer_error: "BufferError" < exception,
    eof_error: "EOFError" < exception,
    import_error: "ImportError" < exception,
    module_not_found_error: "ModuleNotFoundError" < import_error,
    lookup_error: "LookupError" < exception,
    index_error: "IndexError" < lookup_error,
    key_error: "KeyError" < lookup_error,
    memory_error: "MemoryError" < exception,
    name_error: "NameError" < exception,
    unbound_local_error: "UnboundLocalError" < name_error,
    os_error: "OSError" < exception,
    blocking_io_error: "BlockingIOError" < os_error,
    child_process_error: "ChildProcessError" < os_error,
    connection_error: "ConnectionError" < os_error,
    broken_pipe_error: "BrokenPipeError" < connection_error,
    connection_aborted_error: "ConnectionAbortedError" < connection_error,
    connection_refused_error: "ConnectionRefusedError" < connection_error,
    connection_reset_error: "ConnectionResetError" < connection_error,
    file_exists_error: "FileExistsError" < os_error,
    file_not_found_error: "FileNotFoundError" < os_error,
    interrupted_error: "InterruptedError" < os_error,
    is_a_directory_error: "IsADirectoryError" < os_error,
    not_a_directory_error: "NotADirectoryError" < os_error,
    permission_error: "PermissionError" < os_error,
    process_lookup_error: "ProcessLookupError" < os_error,
    timeout_error: "TimeoutError" < os_error,
    reference_error: "ReferenceError" < exception,
    runtime_error: "RuntimeError" < exception,
    not_implemented_error: "NotImplementedError" < runtime_error,
    recursion_error: "RecursionError" < runtime_error,
    syntax_error: "SyntaxError" < exception,
    indentation_error: "IndentationError" < syntax_error,
    tab_error: "TabError" < indentation_error,
    system_error: "SystemError" < exception,
    type_error: "TypeError" < exception,
    value_error: "ValueError" < exception,
    unicode_error: "UnicodeError" < value_error,
    unicode_decode_error: "UnicodeDecodeError" < unicode_error,
    unicode_encode_error: "UnicodeEncodeError" < unicode_error,
    unicode_translate_error: "UnicodeTranslateError" < unicode_error,
    warning: "Warning" < exception,
    bytes_warning: "BytesWarning" < warning,
    deprecation_warning: "DeprecationWarning" < warning,
    encoding_warning: "EncodingWarning" < warning,
    future_warning: "FutureWarning" < warning,
    import_warning: "ImportWarning" < warning,
    pending_deprecation_warning: "PendingDeprecationWarning" < warning,
    resource_warning: "ResourceWarning" < warning,
    runtime_warning: "RuntimeWarning" < warning,
    syntax_warning: "SyntaxWarning" < warning,
    unicode_warning: "UnicodeWarning" < warning,
    user_warning: "UserWarning" < warning,
}

static TYPES: OnceLock<ExceptionTypes> = OnceLock::new();

/// The builtin exception classes (available after `types::init()`).
#[inline]
pub fn types() -> &'static ExceptionTypes {
    match TYPES.get() {
        Some(t) => t,
        None => panic!("exception types used before types::init()"),
    }
}

pub fn init() {
    let _ = TYPES.set(create());
    base::init(types());
    kinds::init(types());
    group::init(types());
}
