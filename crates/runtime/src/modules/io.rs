//! The `io` module: in-memory streams (`StringIO`, `BytesIO`), the file
//! classes of `open()` (see `builtins/file.rs`) and `UnsupportedOperation`.
//!
//! A `StringIO` holds its text as a `Vec<char>` so that positions are
//! character offsets, as in CPython; a `BytesIO` holds a `Vec<u8>`. Each
//! guards its buffer with its own mutex and never runs Python code under it.

use std::sync::OnceLock;

use parking_lot::Mutex;

use crate::builtins::file::{self, bytes_like};
use crate::error::{PyErr, PyResult};
use crate::object::{ObjRef, PyPayload};
use crate::types::bytes::PyBytes;
use crate::types::dict::PyDict;
use crate::types::int::PyInt;
use crate::types::list::PyList;
use crate::types::module::PyModule;
use crate::types::native::{add_getsets, add_methods, Args};
use crate::types::singletons::{none, py_bool};
use crate::types::str::PyStr;
use crate::types::tuple::PyTuple;
use crate::types::typeobj::{flags, new_builtin_type};
use crate::types::TypeCell;
use crate::vm::ops::type_name;
use crate::vm::Vm;

pub static STRINGIO_TYPE: TypeCell = TypeCell::new();
pub static BYTESIO_TYPE: TypeCell = TypeCell::new();

static UNSUPPORTED: OnceLock<ObjRef> = OnceLock::new();

/// `io.UnsupportedOperation` (a subclass of OSError and ValueError), created on first use.
pub fn unsupported_type(vm: &mut Vm) -> PyResult<ObjRef> {
    if let Some(t) = UNSUPPORTED.get() {
        return Ok(t.clone());
    }
    let ex = crate::types::exception::types();
    let ns = PyDict::new();
    ns.set_str("__module__", PyStr::new("io"));
    let t = vm.call(
        crate::types::typeobj::TYPE_TYPE.get(),
        &[PyStr::new("UnsupportedOperation"), PyTuple::new(vec![ex.os_error.clone(), ex.value_error.clone()]), ObjRef::new(ns)],
    )?;
    t.make_immortal();
    Ok(UNSUPPORTED.get_or_init(|| t).clone())
}

/// `io.UnsupportedOperation(msg)` (falls back to OSError if the class cannot be made).
pub fn unsupported_operation(vm: &mut Vm, msg: &str) -> PyErr {
    match unsupported_type(vm) {
        Ok(t) => PyErr::with_args(&t, vec![PyStr::new(msg)]),
        Err(_) => PyErr::os_error(msg),
    }
}

fn closed_error() -> PyErr {
    PyErr::value_error("I/O operation on closed file.")
}

fn size_arg(o: Option<&ObjRef>) -> PyResult<Option<usize>> {
    match o {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(v) => match v.downcast_ref::<PyInt>() {
            Some(i) => Ok(i.as_i64().filter(|&n| n >= 0).map(|n| n as usize)),
            None => Err(PyErr::type_error(format!("argument should be integer or None, not '{}'", type_name(v)))),
        },
    }
}

fn int_arg(o: &ObjRef) -> PyResult<i64> {
    o.downcast_ref::<PyInt>()
        .and_then(|i| i.as_i64())
        .ok_or_else(|| PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", type_name(o))))
}

// --- StringIO ---

pub struct PyStringIO {
    state: Mutex<MemState<char>>,
}

/// The buffer of an in-memory stream (None once closed) and the position.
struct MemState<T> {
    buf: Option<Vec<T>>,
    pos: usize,
}

impl<T: Copy + Default> MemState<T> {
    /// The buffer; a closed StringIO says "closed file" without the final
    /// period, a closed BytesIO with it (as CPython does).
    fn buf(&mut self) -> PyResult<&mut Vec<T>> {
        let text = std::mem::size_of::<T>() == std::mem::size_of::<char>();
        self.buf.as_mut().ok_or_else(|| if text { PyErr::value_error("I/O operation on closed file") } else { closed_error() })
    }

    fn write(&mut self, data: &[T]) -> PyResult<()> {
        let pos = self.pos;
        let buf = self.buf()?;
        if pos > buf.len() {
            buf.resize(pos, T::default());
        }
        let end = pos + data.len();
        let overlap = end.min(buf.len());
        buf[pos..overlap].copy_from_slice(&data[..overlap - pos]);
        buf.extend_from_slice(&data[overlap - pos..]);
        self.pos = end;
        Ok(())
    }

    fn read(&mut self, n: Option<usize>) -> PyResult<Vec<T>> {
        let pos = self.pos;
        let buf = self.buf()?;
        let start = pos.min(buf.len());
        let end = n.map_or(buf.len(), |n| (start + n).min(buf.len()));
        let out = buf[start..end].to_vec();
        self.pos = end.max(pos);
        Ok(out)
    }

    fn readline(&mut self, limit: Option<usize>, is_nl: impl Fn(T) -> bool) -> PyResult<Vec<T>> {
        let pos = self.pos;
        let buf = self.buf()?;
        let start = pos.min(buf.len());
        let mut end = buf[start..].iter().position(|&c| is_nl(c)).map_or(buf.len(), |i| start + i + 1);
        if let Some(l) = limit {
            end = end.min(start + l);
        }
        let out = buf[start..end].to_vec();
        self.pos = end.max(pos);
        Ok(out)
    }

    fn seek(&mut self, off: i64, whence: i64, text: bool) -> PyResult<usize> {
        let len = self.buf()?.len();
        let new = match whence {
            0 => {
                if off < 0 {
                    return Err(PyErr::value_error(format!("Negative seek position {off}")));
                }
                off as usize
            }
            1 | 2 if text && off != 0 => {
                return Err(PyErr::os_error("Can't do nonzero cur-relative seeks"));
            }
            1 => (self.pos as i64 + off).max(0) as usize,
            2 => (len as i64 + off).max(0) as usize,
            _ => return Err(PyErr::value_error(format!("Invalid whence ({whence}, should be 0, 1 or 2)"))),
        };
        self.pos = new;
        Ok(new)
    }

    fn truncate(&mut self, size: Option<usize>) -> PyResult<usize> {
        let pos = self.pos;
        let buf = self.buf()?;
        let size = size.unwrap_or(pos);
        if size < buf.len() {
            buf.truncate(size);
        }
        Ok(size)
    }
}

impl PyPayload for PyStringIO {
    fn class() -> &'static ObjRef {
        STRINGIO_TYPE.get()
    }
}

fn sio<'a>(args: &Args<'a>) -> PyResult<&'a PyStringIO> {
    args.items.first().and_then(|o| o.downcast_ref::<PyStringIO>()).ok_or_else(|| PyErr::type_error("descriptor requires a '_io.StringIO' object"))
}

fn stringio_new(_vm: &mut Vm, args: Args) -> PyResult {
    let cls = args.items.first().cloned().ok_or_else(|| PyErr::type_error("StringIO.__new__ needs a type"))?;
    let a = args.skip_self().bind("StringIO", &["initial_value", "newline"], 0)?;
    let initial: Vec<char> = match &a[0] {
        None => Vec::new(),
        Some(v) if v.is_none() => Vec::new(),
        Some(v) => match v.downcast_ref::<PyStr>() {
            Some(s) => s.as_str().chars().collect(),
            None => return Err(PyErr::type_error(format!("initial_value must be str or None, not {}", type_name(v)))),
        },
    };
    let payload = PyStringIO { state: Mutex::new(MemState { buf: Some(initial), pos: 0 }) };
    let d = if cls.ty_payload().has_flag(flags::HEAPTYPE) { Some(PyDict::new_ref()) } else { None };
    Ok(ObjRef::new_with(payload, cls, d))
}

fn stringio_init(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(none())
}

fn stringio_write(_vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("write", 2)?;
    let s = sio(&args)?;
    let Some(text) = a[1].downcast_ref::<PyStr>() else {
        return Err(PyErr::type_error(format!("string argument expected, got '{}'", type_name(&a[1]))));
    };
    let chars: Vec<char> = text.as_str().chars().collect();
    s.state.lock().write(&chars)?;
    Ok(PyInt::new(chars.len() as i64))
}

fn stringio_writelines(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("writelines", 2)?;
    let s = sio(&args)?;
    let it = vm.iter(&a[1])?;
    while let Some(line) = vm.next(&it)? {
        let Some(text) = line.downcast_ref::<PyStr>() else {
            return Err(PyErr::type_error(format!("string argument expected, got '{}'", type_name(&line))));
        };
        let chars: Vec<char> = text.as_str().chars().collect();
        s.state.lock().write(&chars)?;
    }
    Ok(none())
}

fn stringio_read(_vm: &mut Vm, args: Args) -> PyResult {
    let s = sio(&args)?;
    let a = args.skip_self().bind("read", &["size"], 0)?;
    let n = size_arg(a[0].as_ref())?;
    let v = s.state.lock().read(n)?;
    Ok(PyStr::new(v.into_iter().collect::<String>()))
}

fn stringio_readline(_vm: &mut Vm, args: Args) -> PyResult {
    let s = sio(&args)?;
    let a = args.skip_self().bind("readline", &["size"], 0)?;
    let n = size_arg(a[0].as_ref())?;
    let v = s.state.lock().readline(n, |c| c == '\n')?;
    Ok(PyStr::new(v.into_iter().collect::<String>()))
}

fn stringio_readlines(_vm: &mut Vm, args: Args) -> PyResult {
    let s = sio(&args)?;
    let a = args.skip_self().bind("readlines", &["hint"], 0)?;
    let hint = size_arg(a[0].as_ref())?.filter(|&h| h > 0);
    let mut out = Vec::new();
    let mut total = 0;
    loop {
        let v = s.state.lock().readline(None, |c| c == '\n')?;
        if v.is_empty() {
            break;
        }
        total += v.len();
        out.push(PyStr::new(v.into_iter().collect::<String>()));
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    Ok(PyList::new(out))
}

fn stringio_next(_vm: &mut Vm, args: Args) -> PyResult {
    let s = sio(&args)?;
    let v = s.state.lock().readline(None, |c| c == '\n')?;
    if v.is_empty() {
        return Err(PyErr::stop_iteration(None));
    }
    Ok(PyStr::new(v.into_iter().collect::<String>()))
}

fn stringio_getvalue(_vm: &mut Vm, args: Args) -> PyResult {
    let s = sio(&args)?;
    let mut st = s.state.lock();
    Ok(PyStr::new(st.buf()?.iter().collect::<String>()))
}

fn stringio_seek(_vm: &mut Vm, args: Args) -> PyResult {
    let s = sio(&args)?;
    let a = args.skip_self().bind("seek", &["pos", "whence"], 1)?;
    let off = int_arg(a[0].as_ref().expect("required"))?;
    let whence = a[1].as_ref().map(int_arg).transpose()?.unwrap_or(0);
    let r = s.state.lock().seek(off, whence, true);
    match r {
        Err(e) if e.matches(&crate::types::exception::types().os_error) => {
            Err(unsupported_operation(_vm, &crate::types::exception::message_of(e.value())))
        }
        r => Ok(PyInt::new(r? as i64)),
    }
}

fn stringio_tell(_vm: &mut Vm, args: Args) -> PyResult {
    let s = sio(&args)?;
    let mut st = s.state.lock();
    st.buf()?;
    Ok(PyInt::new(st.pos as i64))
}

fn stringio_truncate(_vm: &mut Vm, args: Args) -> PyResult {
    let s = sio(&args)?;
    let a = args.skip_self().bind("truncate", &["pos"], 0)?;
    let n = size_arg(a[0].as_ref())?;
    Ok(PyInt::new(s.state.lock().truncate(n)? as i64))
}

fn stringio_close(_vm: &mut Vm, args: Args) -> PyResult {
    sio(&args)?.state.lock().buf = None;
    Ok(none())
}

fn stringio_closed(_vm: &mut Vm, o: &ObjRef) -> PyResult {
    let s = o.downcast_ref::<PyStringIO>().ok_or_else(|| PyErr::type_error("expected StringIO"))?;
    Ok(py_bool(s.state.lock().buf.is_none()))
}

fn mem_true(_vm: &mut Vm, args: Args) -> PyResult {
    let o = args.items.first().ok_or_else(|| PyErr::type_error("needs self"))?;
    let closed = if let Some(s) = o.downcast_ref::<PyStringIO>() {
        s.state.lock().buf.is_none()
    } else if let Some(b) = o.downcast_ref::<PyBytesIO>() {
        b.state.lock().buf.is_none()
    } else {
        false
    };
    if closed {
        return Err(closed_error());
    }
    Ok(py_bool(true))
}

fn mem_false(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(py_bool(false))
}

fn mem_none(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(none())
}

fn mem_enter(vm: &mut Vm, args: Args) -> PyResult {
    mem_true(vm, args)?;
    Ok(args.items[0].clone())
}

fn mem_exit(vm: &mut Vm, args: Args) -> PyResult {
    let o = args.items.first().cloned().ok_or_else(|| PyErr::type_error("needs self"))?;
    vm.call_method(&o, "close", &[])?;
    Ok(none())
}

fn mem_iter(vm: &mut Vm, args: Args) -> PyResult {
    mem_true(vm, args)?;
    Ok(args.items[0].clone())
}

fn stringio_line_buffering(_vm: &mut Vm, _o: &ObjRef) -> PyResult {
    Ok(py_bool(false))
}

fn stringio_newlines(_vm: &mut Vm, _o: &ObjRef) -> PyResult {
    Ok(none())
}

// --- BytesIO ---

pub struct PyBytesIO {
    state: Mutex<MemState<u8>>,
}

impl PyPayload for PyBytesIO {
    fn class() -> &'static ObjRef {
        BYTESIO_TYPE.get()
    }
}

fn bio<'a>(args: &Args<'a>) -> PyResult<&'a PyBytesIO> {
    args.items.first().and_then(|o| o.downcast_ref::<PyBytesIO>()).ok_or_else(|| PyErr::type_error("descriptor requires a '_io.BytesIO' object"))
}

fn bytesio_new(vm: &mut Vm, args: Args) -> PyResult {
    let cls = args.items.first().cloned().ok_or_else(|| PyErr::type_error("BytesIO.__new__ needs a type"))?;
    let a = args.skip_self().bind("BytesIO", &["initial_bytes"], 0)?;
    let initial = match &a[0] {
        None => Vec::new(),
        Some(v) if v.is_none() => Vec::new(),
        Some(v) => bytes_like(vm, v)?,
    };
    let payload = PyBytesIO { state: Mutex::new(MemState { buf: Some(initial), pos: 0 }) };
    let d = if cls.ty_payload().has_flag(flags::HEAPTYPE) { Some(PyDict::new_ref()) } else { None };
    Ok(ObjRef::new_with(payload, cls, d))
}

fn bytesio_write(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("write", 2)?;
    let b = bio(&args)?;
    let data = bytes_like(vm, &a[1])?;
    b.state.lock().write(&data)?;
    Ok(PyInt::new(data.len() as i64))
}

fn bytesio_writelines(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("writelines", 2)?;
    let b = bio(&args)?;
    let it = vm.iter(&a[1])?;
    while let Some(line) = vm.next(&it)? {
        let data = bytes_like(vm, &line)?;
        b.state.lock().write(&data)?;
    }
    Ok(none())
}

fn bytesio_read(_vm: &mut Vm, args: Args) -> PyResult {
    let b = bio(&args)?;
    let a = args.skip_self().bind("read", &["size"], 0)?;
    let n = size_arg(a[0].as_ref())?;
    let v = b.state.lock().read(n)?;
    Ok(PyBytes::new(v))
}

fn bytesio_readline(_vm: &mut Vm, args: Args) -> PyResult {
    let b = bio(&args)?;
    let a = args.skip_self().bind("readline", &["size"], 0)?;
    let n = size_arg(a[0].as_ref())?;
    let v = b.state.lock().readline(n, |c| c == b'\n')?;
    Ok(PyBytes::new(v))
}

fn bytesio_readlines(_vm: &mut Vm, args: Args) -> PyResult {
    let b = bio(&args)?;
    let mut out = Vec::new();
    loop {
        let v = b.state.lock().readline(None, |c| c == b'\n')?;
        if v.is_empty() {
            break;
        }
        out.push(PyBytes::new(v));
    }
    Ok(PyList::new(out))
}

fn bytesio_next(_vm: &mut Vm, args: Args) -> PyResult {
    let b = bio(&args)?;
    let v = b.state.lock().readline(None, |c| c == b'\n')?;
    if v.is_empty() {
        return Err(PyErr::stop_iteration(None));
    }
    Ok(PyBytes::new(v))
}

fn bytesio_getvalue(_vm: &mut Vm, args: Args) -> PyResult {
    let b = bio(&args)?;
    let mut st = b.state.lock();
    Ok(PyBytes::new(st.buf()?.clone()))
}

fn bytesio_seek(_vm: &mut Vm, args: Args) -> PyResult {
    let b = bio(&args)?;
    let a = args.skip_self().bind("seek", &["pos", "whence"], 1)?;
    let off = int_arg(a[0].as_ref().expect("required"))?;
    let whence = a[1].as_ref().map(int_arg).transpose()?.unwrap_or(0);
    let r = b.state.lock().seek(off, whence, false)?;
    Ok(PyInt::new(r as i64))
}

fn bytesio_tell(_vm: &mut Vm, args: Args) -> PyResult {
    let b = bio(&args)?;
    let mut st = b.state.lock();
    st.buf()?;
    Ok(PyInt::new(st.pos as i64))
}

fn bytesio_truncate(_vm: &mut Vm, args: Args) -> PyResult {
    let b = bio(&args)?;
    let a = args.skip_self().bind("truncate", &["pos"], 0)?;
    let n = size_arg(a[0].as_ref())?;
    Ok(PyInt::new(b.state.lock().truncate(n)? as i64))
}

fn bytesio_close(_vm: &mut Vm, args: Args) -> PyResult {
    bio(&args)?.state.lock().buf = None;
    Ok(none())
}

fn bytesio_closed(_vm: &mut Vm, o: &ObjRef) -> PyResult {
    let b = o.downcast_ref::<PyBytesIO>().ok_or_else(|| PyErr::type_error("expected BytesIO"))?;
    Ok(py_bool(b.state.lock().buf.is_none()))
}

fn init_types() {
    if STRINGIO_TYPE.is_set() {
        return;
    }
    file::init();
    let mk = |name: &str, base: &ObjRef| {
        let t = new_builtin_type(name, Some(base), flags::BASETYPE);
        t.ty_payload().dict().set_str("__module__", PyStr::new("_io"));
        t
    };
    STRINGIO_TYPE.set(mk("StringIO", file::TEXT_IOBASE_TYPE.get()));
    BYTESIO_TYPE.set(mk("BytesIO", file::BUFFERED_IOBASE_TYPE.get()));
    let common: &[(&'static str, crate::types::native::NativeFn)] = &[
        ("readable", mem_true),
        ("writable", mem_true),
        ("seekable", mem_true),
        ("isatty", mem_false),
        ("flush", mem_none),
        ("__enter__", mem_enter),
        ("__exit__", mem_exit),
        ("__iter__", mem_iter),
    ];
    let s = STRINGIO_TYPE.get();
    add_methods(s, common);
    add_methods(
        s,
        &[
            ("__init__", stringio_init),
            ("write", stringio_write),
            ("writelines", stringio_writelines),
            ("read", stringio_read),
            ("readline", stringio_readline),
            ("readlines", stringio_readlines),
            ("__next__", stringio_next),
            ("getvalue", stringio_getvalue),
            ("seek", stringio_seek),
            ("tell", stringio_tell),
            ("truncate", stringio_truncate),
            ("close", stringio_close),
        ],
    );
    add_getsets(
        s,
        &[("closed", stringio_closed, None), ("line_buffering", stringio_line_buffering, None), ("newlines", stringio_newlines, None)],
    );
    set_new(s, stringio_new);
    let b = BYTESIO_TYPE.get();
    add_methods(b, common);
    add_methods(
        b,
        &[
            ("__init__", stringio_init),
            ("write", bytesio_write),
            ("writelines", bytesio_writelines),
            ("read", bytesio_read),
            ("read1", bytesio_read),
            ("readline", bytesio_readline),
            ("readlines", bytesio_readlines),
            ("__next__", bytesio_next),
            ("getvalue", bytesio_getvalue),
            ("seek", bytesio_seek),
            ("tell", bytesio_tell),
            ("truncate", bytesio_truncate),
            ("close", bytesio_close),
        ],
    );
    add_getsets(b, &[("closed", bytesio_closed, None)]);
    set_new(b, bytesio_new);
}

fn set_new(t: &ObjRef, f: crate::types::native::NativeFn) {
    crate::types::native::add_new(t, "_io", f);
}

/// Build the `io` module.
pub fn make_module(vm: &mut Vm) -> PyResult {
    init_types();
    let m = PyModule::new_ref("io", None);
    let d = m.downcast_ref::<PyModule>().expect("module").dict();
    let open = vm.builtins_dict().get_str("open").unwrap_or_else(none);
    d.set_str("open", open);
    d.set_str("StringIO", STRINGIO_TYPE.get().clone());
    d.set_str("BytesIO", BYTESIO_TYPE.get().clone());
    d.set_str("IOBase", file::IOBASE_TYPE.get().clone());
    d.set_str("RawIOBase", file::RAW_IOBASE_TYPE.get().clone());
    d.set_str("BufferedIOBase", file::BUFFERED_IOBASE_TYPE.get().clone());
    d.set_str("TextIOBase", file::TEXT_IOBASE_TYPE.get().clone());
    d.set_str("TextIOWrapper", file::TEXT_IO_WRAPPER_TYPE.get().clone());
    d.set_str("BufferedReader", file::BUFFERED_READER_TYPE.get().clone());
    d.set_str("BufferedWriter", file::BUFFERED_WRITER_TYPE.get().clone());
    d.set_str("BufferedRandom", file::BUFFERED_RANDOM_TYPE.get().clone());
    d.set_str("FileIO", file::FILE_IO_TYPE.get().clone());
    d.set_str("UnsupportedOperation", unsupported_type(vm)?);
    d.set_str("DEFAULT_BUFFER_SIZE", PyInt::new(8192));
    d.set_str("SEEK_SET", PyInt::new(0));
    d.set_str("SEEK_CUR", PyInt::new(1));
    d.set_str("SEEK_END", PyInt::new(2));
    Ok(m)
}

/// `_io`: the same module under CPython's implementation name.
pub fn make_private_module(vm: &mut Vm) -> PyResult {
    if let Some(m) = vm.modules().get_str("io") {
        return Ok(m);
    }
    make_module(vm)
}
