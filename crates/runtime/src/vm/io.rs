//! The standard streams: `sys.stdin`, `sys.stdout`, `sys.stderr`.
//!
//! stdout is block-buffered when it is not a terminal (line-buffered when it
//! is), stderr is unbuffered, as in CPython; `flush_std_streams` runs at exit
//! and before input is read.

use std::io::{BufRead, IsTerminal, Write};
use std::sync::OnceLock;

use parking_lot::Mutex;

use crate::error::{PyErr, PyResult};
use crate::object::{ObjRef, PyPayload};
use crate::types::int::PyInt;
use crate::types::native::{add_getsets, add_methods, Args};
use crate::types::str::PyStr;
use crate::types::typeobj::new_builtin_type;
use crate::types::{singletons, TypeCell};
use crate::vm::Vm;

pub static STD_STREAM_TYPE: TypeCell = TypeCell::new();

pub struct StdStream {
    pub fd: i32,
    buf: Mutex<Vec<u8>>,
    tty: bool,
}

impl PyPayload for StdStream {
    fn class() -> &'static ObjRef {
        STD_STREAM_TYPE.get()
    }
}

struct Streams {
    stdin: ObjRef,
    stdout: ObjRef,
    stderr: ObjRef,
}

static STREAMS: OnceLock<Streams> = OnceLock::new();

fn streams() -> &'static Streams {
    STREAMS.get_or_init(|| {
        let mk = |fd: i32, tty: bool| {
            let s = ObjRef::new(StdStream { fd, buf: Mutex::new(Vec::new()), tty });
            s.make_immortal();
            s
        };
        Streams {
            stdin: mk(0, std::io::stdin().is_terminal()),
            stdout: mk(1, std::io::stdout().is_terminal()),
            stderr: mk(2, std::io::stderr().is_terminal()),
        }
    })
}

pub fn stdin() -> ObjRef {
    streams().stdin.clone()
}
pub fn stdout() -> ObjRef {
    streams().stdout.clone()
}
pub fn stderr() -> ObjRef {
    streams().stderr.clone()
}

impl StdStream {
    pub fn write(&self, s: &str) -> PyResult<()> {
        match self.fd {
            1 => {
                let mut b = self.buf.lock();
                b.extend_from_slice(s.as_bytes());
                if b.len() > 8192 || (self.tty && s.contains('\n')) {
                    let data = std::mem::take(&mut *b);
                    drop(b);
                    write_fd(1, &data)?;
                }
                Ok(())
            }
            2 => {
                flush_std_streams();
                write_fd(2, s.as_bytes())
            }
            _ => Err(PyErr::os_error("not writable")),
        }
    }

    pub fn flush(&self) -> PyResult<()> {
        let data = std::mem::take(&mut *self.buf.lock());
        if !data.is_empty() {
            write_fd(self.fd, &data)?;
        }
        Ok(())
    }

    /// Read one line (with its newline; empty at end of file).
    pub fn readline(&self) -> PyResult<String> {
        flush_std_streams();
        let mut line = String::new();
        std::io::stdin().lock().read_line(&mut line).map_err(|e| PyErr::os_error(e.to_string()))?;
        Ok(line)
    }
}

fn write_fd(fd: i32, data: &[u8]) -> PyResult<()> {
    let r = if fd == 2 { std::io::stderr().write_all(data) } else { std::io::stdout().write_all(data).and_then(|_| std::io::stdout().flush()) };
    match r {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Err(PyErr::with_args(
            &crate::types::exception::types().broken_pipe_error,
            vec![PyInt::new(32), PyStr::new("Broken pipe")],
        )),
        Err(e) => Err(PyErr::os_error(e.to_string())),
    }
}

/// Write out whatever stdout has buffered.
pub fn flush_std_streams() {
    if let Some(s) = STREAMS.get() {
        if let Some(out) = s.stdout.downcast_ref::<StdStream>() {
            let _ = out.flush();
        }
    }
}

impl Vm {
    /// Write text to `sys.stdout` (whatever object it currently is).
    pub fn write_stdout(&mut self, s: &str) -> PyResult<()> {
        let out = self.sys_attr("stdout").unwrap_or_else(stdout);
        self.write_to(&out, s)
    }

    /// Write text to a file-like object.
    pub fn write_to(&mut self, file: &ObjRef, s: &str) -> PyResult<()> {
        if let Some(st) = file.downcast_ref::<StdStream>() {
            return st.write(s);
        }
        if file.is_none() {
            return Ok(());
        }
        self.call_method(file, "write", &[PyStr::new(s)])?;
        Ok(())
    }
}

fn this(args: &Args) -> PyResult<&'static StdStream> {
    let o = args.items.first().ok_or_else(|| PyErr::type_error("stream method needs self"))?;
    let s = o.downcast_ref::<StdStream>().ok_or_else(|| PyErr::type_error("expected a standard stream"))?;
    // SAFETY-free lifetime extension: standard streams are immortal statics.
    Ok(unsafe { &*(s as *const StdStream) })
}

fn stream_write(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("write", 2)?;
    let st = this(&args)?;
    let Some(text) = a[1].downcast_ref::<PyStr>() else {
        return Err(PyErr::type_error(format!("write() argument must be str, not {}", crate::vm::ops::type_name(&a[1]))));
    };
    let _ = vm;
    st.write(text.as_str())?;
    Ok(PyInt::new(text.char_len() as i64))
}

fn stream_flush(_vm: &mut Vm, args: Args) -> PyResult {
    this(&args)?.flush()?;
    Ok(singletons::none())
}

fn stream_readline(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(PyStr::new(this(&args)?.readline()?))
}

fn stream_read(_vm: &mut Vm, args: Args) -> PyResult {
    let _ = this(&args)?;
    flush_std_streams();
    let mut s = String::new();
    std::io::Read::read_to_string(&mut std::io::stdin(), &mut s).map_err(|e| PyErr::os_error(e.to_string()))?;
    Ok(PyStr::new(s))
}

fn stream_fileno(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(PyInt::new(this(&args)?.fd as i64))
}

fn stream_isatty(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(singletons::py_bool(this(&args)?.tty))
}

fn stream_encoding(_vm: &mut Vm, _o: &ObjRef) -> PyResult {
    Ok(PyStr::new("utf-8"))
}

fn stream_readable(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(singletons::py_bool(this(&args)?.fd == 0))
}

fn stream_writable(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(singletons::py_bool(this(&args)?.fd != 0))
}

fn stream_false(_vm: &mut Vm, args: Args) -> PyResult {
    this(&args)?;
    Ok(singletons::py_bool(false))
}

/// Closing a standard stream only flushes it (the descriptor stays open).
fn stream_close(_vm: &mut Vm, args: Args) -> PyResult {
    this(&args)?.flush()?;
    Ok(singletons::none())
}

fn stream_readlines(_vm: &mut Vm, args: Args) -> PyResult {
    let st = this(&args)?;
    let mut lines = Vec::new();
    loop {
        let l = st.readline()?;
        if l.is_empty() {
            break;
        }
        lines.push(PyStr::new(l));
    }
    Ok(crate::types::list::PyList::new(lines))
}

fn stream_iter(_vm: &mut Vm, args: Args) -> PyResult {
    this(&args)?;
    Ok(args.items[0].clone())
}

fn stream_next(_vm: &mut Vm, args: Args) -> PyResult {
    let l = this(&args)?.readline()?;
    if l.is_empty() {
        return Err(PyErr::stop_iteration(None));
    }
    Ok(PyStr::new(l))
}

fn stream_name(_vm: &mut Vm, o: &ObjRef) -> PyResult {
    let fd = o.downcast_ref::<StdStream>().map_or(1, |s| s.fd);
    Ok(PyStr::new(["<stdin>", "<stdout>", "<stderr>"][fd.clamp(0, 2) as usize]))
}

fn stream_mode(_vm: &mut Vm, o: &ObjRef) -> PyResult {
    let fd = o.downcast_ref::<StdStream>().map_or(1, |s| s.fd);
    Ok(PyStr::new(if fd == 0 { "r" } else { "w" }))
}

fn stream_closed(_vm: &mut Vm, _o: &ObjRef) -> PyResult {
    Ok(singletons::py_bool(false))
}

fn stream_errors(_vm: &mut Vm, o: &ObjRef) -> PyResult {
    let fd = o.downcast_ref::<StdStream>().map_or(1, |s| s.fd);
    Ok(PyStr::new(if fd == 2 { "backslashreplace" } else { "strict" }))
}

fn stream_repr(_vm: &mut Vm, args: Args) -> PyResult {
    let st = this(&args)?;
    let name = ["<stdin>", "<stdout>", "<stderr>"][st.fd as usize];
    let mode = if st.fd == 0 { "r" } else { "w" };
    Ok(PyStr::new(format!("<_io.TextIOWrapper name='{name}' mode='{mode}' encoding='utf-8'>")))
}

pub fn init() {
    crate::builtins::file::init();
    STD_STREAM_TYPE.set(new_builtin_type("TextIOWrapper", Some(crate::builtins::file::TEXT_IOBASE_TYPE.get()), 0));
    STD_STREAM_TYPE.get().ty_payload().dict().set_str("__module__", PyStr::new("_io"));
    let t = STD_STREAM_TYPE.get();
    add_methods(
        t,
        &[
            ("write", stream_write),
            ("flush", stream_flush),
            ("readline", stream_readline),
            ("read", stream_read),
            ("fileno", stream_fileno),
            ("isatty", stream_isatty),
            ("__repr__", stream_repr),
            ("readable", stream_readable),
            ("writable", stream_writable),
            ("seekable", stream_false),
            ("close", stream_close),
            ("readlines", stream_readlines),
            ("__iter__", stream_iter),
            ("__next__", stream_next),
        ],
    );
    add_getsets(
        t,
        &[
            ("encoding", stream_encoding, None),
            ("name", stream_name, None),
            ("mode", stream_mode, None),
            ("closed", stream_closed, None),
            ("errors", stream_errors, None),
        ],
    );
}
