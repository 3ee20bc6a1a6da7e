//! `open()` and the file objects it returns.
//!
//! One payload, `PyFile`, serves every kind CPython distinguishes by class:
//! text files are `TextIOWrapper`, binary ones `BufferedReader`,
//! `BufferedWriter`, `BufferedRandom`, or `FileIO` when unbuffered. Each file
//! keeps its OS handle and its read-ahead and write-behind buffers under one
//! mutex; no Python code ever runs while that lock is held (text is decoded
//! and encoded in Rust). Invariant: at most one of the two buffers is
//! non-empty; the logical position is the OS position minus the unread
//! read-ahead plus the unwritten write-behind.
//!
//! Text reading follows CPython's newline modes: `None` translates `\r\n`
//! and `\r` to `\n`; `''` splits on all three untranslated; `'\n'`, `'\r'`
//! and `'\r\n'` split on that terminator only.

use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};
use std::os::fd::{AsRawFd, FromRawFd, IntoRawFd};

use parking_lot::Mutex;

use crate::error::{PyErr, PyResult};
use crate::modules::os::{fspath, os_error};
use crate::object::{ObjRef, PyPayload};
use crate::types::bytes::PyBytes;
use crate::types::dict::PyDict;
use crate::types::int::PyInt;
use crate::types::list::PyList;
use crate::types::native::{add_getsets, add_methods, Args};
use crate::types::singletons::{none, py_bool};
use crate::types::str::PyStr;
use crate::types::tuple::PyTuple;
use crate::types::typeobj::{flags, new_builtin_type};
use crate::types::TypeCell;
use crate::vm::ops::type_name;
use crate::vm::Vm;

const CHUNK: usize = 8192;

pub static IOBASE_TYPE: TypeCell = TypeCell::new();
pub static RAW_IOBASE_TYPE: TypeCell = TypeCell::new();
pub static BUFFERED_IOBASE_TYPE: TypeCell = TypeCell::new();
pub static TEXT_IOBASE_TYPE: TypeCell = TypeCell::new();
pub static TEXT_IO_WRAPPER_TYPE: TypeCell = TypeCell::new();
pub static BUFFERED_READER_TYPE: TypeCell = TypeCell::new();
pub static BUFFERED_WRITER_TYPE: TypeCell = TypeCell::new();
pub static BUFFERED_RANDOM_TYPE: TypeCell = TypeCell::new();
pub static FILE_IO_TYPE: TypeCell = TypeCell::new();

/// How a text file splits and translates line endings (the `newline` argument).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Newline {
    /// `None`: universal newlines, translated to `\n` on read.
    Universal,
    /// `''`: universal newlines, untranslated.
    Untranslated,
    Lf,
    Cr,
    CrLf,
}

/// Text encodings files handle natively.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Ascii,
    Latin1,
}

pub struct PyFile {
    state: Mutex<FileState>,
    name: ObjRef,
    mode: String,
    readable: bool,
    writable: bool,
    /// None for binary files.
    text: Option<TextConfig>,
}

struct TextConfig {
    encoding: Encoding,
    encoding_name: String,
    errors: String,
    newline: Newline,
}

struct FileState {
    /// None once closed.
    file: Option<File>,
    closefd: bool,
    rbuf: Vec<u8>,
    rpos: usize,
    wbuf: Vec<u8>,
    /// Line endings met while translating: bit 0 `\r`, bit 1 `\n`, bit 2 `\r\n`.
    seen: u8,
}

impl PyPayload for PyFile {
    fn class() -> &'static ObjRef {
        TEXT_IO_WRAPPER_TYPE.get()
    }
}

impl Drop for PyFile {
    fn drop(&mut self) {
        let st = self.state.get_mut();
        let _ = st.flush_writes();
        if let Some(f) = st.file.take() {
            if !st.closefd {
                let _ = f.into_raw_fd();
            }
        }
    }
}

fn closed_error() -> PyErr {
    PyErr::value_error("I/O operation on closed file.")
}

impl FileState {
    fn handle(&mut self) -> PyResult<&mut File> {
        self.file.as_mut().ok_or_else(closed_error)
    }

    fn flush_writes(&mut self) -> std::io::Result<()> {
        if self.wbuf.is_empty() {
            return Ok(());
        }
        let data = std::mem::take(&mut self.wbuf);
        match self.file.as_mut() {
            Some(f) => f.write_all(&data),
            None => Ok(()),
        }
    }

    /// Give back the unread read-ahead to the OS position (before writing or seeking).
    fn drop_readahead(&mut self) -> std::io::Result<()> {
        let unread = self.rbuf.len() - self.rpos;
        self.rbuf.clear();
        self.rpos = 0;
        if unread > 0 {
            if let Some(f) = self.file.as_mut() {
                f.seek(SeekFrom::Current(-(unread as i64)))?;
            }
        }
        Ok(())
    }

    /// Read one more chunk into the read-ahead; false at end of file.
    fn fill(&mut self) -> std::io::Result<bool> {
        self.flush_writes()?;
        if self.rpos > 0 && self.rpos == self.rbuf.len() {
            self.rbuf.clear();
            self.rpos = 0;
        }
        let Some(f) = self.file.as_mut() else { return Ok(false) };
        let old = self.rbuf.len();
        self.rbuf.resize(old + CHUNK, 0);
        loop {
            match f.read(&mut self.rbuf[old..]) {
                Ok(n) => {
                    self.rbuf.truncate(old + n);
                    return Ok(n > 0);
                }
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => {
                    self.rbuf.truncate(old);
                    return Err(e);
                }
            }
        }
    }

    fn available(&self) -> &[u8] {
        &self.rbuf[self.rpos..]
    }

    /// Consume and return up to `n` bytes (all remaining when `n` is None).
    fn read_bytes(&mut self, n: Option<usize>) -> std::io::Result<Vec<u8>> {
        loop {
            let avail = self.rbuf.len() - self.rpos;
            if n.is_some_and(|n| avail >= n) {
                break;
            }
            if !self.fill()? {
                break;
            }
        }
        let avail = self.rbuf.len() - self.rpos;
        let take = n.map_or(avail, |n| n.min(avail));
        let out = self.rbuf[self.rpos..self.rpos + take].to_vec();
        self.rpos += take;
        Ok(out)
    }

    /// Find the end of the next line in the read-ahead (reading more as
    /// needed); returns the byte length of the line including its terminator
    /// and the terminator's length.
    fn next_line_len(&mut self, nl: Option<Newline>, limit: Option<usize>) -> std::io::Result<(usize, usize)> {
        let mut scanned = 0;
        loop {
            let buf = self.available();
            let found = match nl {
                None | Some(Newline::Lf) => buf[scanned..].iter().position(|&b| b == b'\n').map(|i| (scanned + i + 1, 1)),
                Some(Newline::Cr) => buf[scanned..].iter().position(|&b| b == b'\r').map(|i| (scanned + i + 1, 1)),
                Some(Newline::CrLf) => {
                    buf[scanned..].windows(2).position(|w| w == b"\r\n").map(|i| (scanned + i + 2, 2))
                }
                Some(Newline::Universal | Newline::Untranslated) => {
                    match buf[scanned..].iter().position(|&b| b == b'\n' || b == b'\r') {
                        Some(i) => {
                            let i = scanned + i;
                            if buf[i] == b'\n' {
                                Some((i + 1, 1))
                            } else if i + 1 < buf.len() {
                                Some(if buf[i + 1] == b'\n' { (i + 2, 2) } else { (i + 1, 1) })
                            } else {
                                // A lone `\r` at the end of the buffer: look further.
                                let more = self.fill()?;
                                if !more {
                                    return Ok((i + 1, 1));
                                }
                                continue;
                            }
                        }
                        None => None,
                    }
                }
            };
            let buf_len = self.available().len();
            if let Some((end, term)) = found {
                if let Some(l) = limit {
                    if end > l {
                        return Ok((l, 0));
                    }
                }
                return Ok((end, term));
            }
            if let Some(l) = limit {
                if buf_len >= l {
                    return Ok((l, 0));
                }
            }
            scanned = if nl == Some(Newline::CrLf) { buf_len.saturating_sub(1) } else { buf_len };
            if !self.fill()? {
                let n = self.available().len();
                return Ok((limit.map_or(n, |l| l.min(n)), 0));
            }
        }
    }
}

// --- text encoding ---

pub fn parse_encoding(name: &str) -> PyResult<Encoding> {
    let norm: String = name.to_ascii_lowercase().chars().map(|c| if c == '_' { '-' } else { c }).collect();
    match norm.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" | "utf-8-sig" => Ok(Encoding::Utf8),
        "ascii" | "us-ascii" | "646" => Ok(Encoding::Ascii),
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "8859" | "cp819" | "l1" | "latin" => Ok(Encoding::Latin1),
        _ => Err(PyErr::lookup_error(format!("unknown encoding: {name}"))),
    }
}

fn codec_name(e: Encoding) -> &'static str {
    match e {
        Encoding::Utf8 => "utf-8",
        Encoding::Ascii => "ascii",
        Encoding::Latin1 => "latin-1",
    }
}

fn decode_error(enc: Encoding, data: &[u8], pos: usize, end: usize, reason: &str) -> PyErr {
    let byte = data.get(pos).copied().unwrap_or(0);
    let what = if end > pos + 1 {
        format!("bytes in position {pos}-{}", end - 1)
    } else {
        format!("byte 0x{byte:02x} in position {pos}")
    };
    PyErr::unicode_decode_error(format!("'{}' codec can't decode {what}: {reason}", codec_name(enc)))
}

/// Decode file bytes to text with an `errors` policy (strict, replace, ignore, ...).
pub fn decode(data: &[u8], enc: Encoding, errors: &str) -> PyResult<String> {
    match enc {
        Encoding::Latin1 => Ok(data.iter().map(|&b| b as char).collect()),
        Encoding::Ascii => {
            let mut out = String::with_capacity(data.len());
            for (i, &b) in data.iter().enumerate() {
                if b < 128 {
                    out.push(b as char);
                } else {
                    match errors {
                        "strict" => return Err(decode_error(enc, data, i, i + 1, "ordinal not in range(128)")),
                        "ignore" => {}
                        _ => out.push('\u{FFFD}'),
                    }
                }
            }
            Ok(out)
        }
        Encoding::Utf8 => match std::str::from_utf8(data) {
            Ok(s) => Ok(s.to_string()),
            Err(e) => match errors {
                "strict" => {
                    let pos = e.valid_up_to();
                    let (end, reason) = match e.error_len() {
                        None => (data.len(), "unexpected end of data"),
                        Some(_) if utf8_len(data[pos]) == 1 => (pos + 1, "invalid start byte"),
                        Some(n) => (pos + n, "invalid continuation byte"),
                    };
                    Err(decode_error(enc, data, pos, end, reason))
                }
                "ignore" => {
                    let lossy = String::from_utf8_lossy(data);
                    Ok(lossy.chars().filter(|&c| c != '\u{FFFD}').collect())
                }
                _ => Ok(String::from_utf8_lossy(data).into_owned()),
            },
        },
    }
}

fn utf8_len(lead: u8) -> usize {
    match lead {
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => 1,
    }
}

/// Encode text for a file.
pub fn encode(s: &str, enc: Encoding, errors: &str) -> PyResult<Vec<u8>> {
    let limit = match enc {
        Encoding::Utf8 => return Ok(s.as_bytes().to_vec()),
        Encoding::Ascii => 128u32,
        Encoding::Latin1 => 256u32,
    };
    let mut out = Vec::with_capacity(s.len());
    for (i, c) in s.chars().enumerate() {
        let v = c as u32;
        if v < limit {
            out.push(v as u8);
            continue;
        }
        match errors {
            "ignore" => {}
            "replace" => out.push(b'?'),
            "backslashreplace" => out.extend(format!("\\u{v:04x}").into_bytes()),
            "xmlcharrefreplace" => out.extend(format!("&#{v};").into_bytes()),
            _ => {
                return Err(PyErr::unicode_encode_error(format!(
                    "'{}' codec can't encode character '\\u{v:04x}' in position {i}: ordinal not in range({limit})",
                    codec_name(enc)
                )))
            }
        }
    }
    Ok(out)
}

// --- open() ---

struct ModeInfo {
    read: bool,
    write: bool,
    append: bool,
    create: bool,
    plus: bool,
    binary: bool,
}

fn parse_mode(mode: &str) -> PyResult<ModeInfo> {
    let mut m = ModeInfo { read: false, write: false, append: false, create: false, plus: false, binary: false };
    let mut text = false;
    let mut seen = String::new();
    for c in mode.chars() {
        if !"rwxabt+".contains(c) || seen.contains(c) {
            return Err(PyErr::value_error(format!("invalid mode: '{mode}'")));
        }
        seen.push(c);
        match c {
            'r' => m.read = true,
            'w' => m.write = true,
            'a' => m.append = true,
            'x' => m.create = true,
            '+' => m.plus = true,
            'b' => m.binary = true,
            _ => text = true,
        }
    }
    if text && m.binary {
        return Err(PyErr::value_error("can't have text and binary mode at once"));
    }
    let kinds = [m.read, m.write, m.append, m.create].iter().filter(|&&b| b).count();
    if kinds > 1 {
        return Err(PyErr::value_error("must have exactly one of create/read/write/append mode"));
    }
    if kinds == 0 {
        return Err(PyErr::value_error("Must have exactly one of create/read/write/append mode and at most one plus"));
    }
    Ok(m)
}

fn opt_str(o: &Option<ObjRef>, what: &str) -> PyResult<Option<String>> {
    match o {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(v) => match v.downcast_ref::<PyStr>() {
            Some(s) => Ok(Some(s.as_str().to_string())),
            None => Err(PyErr::type_error(format!("open() argument '{what}' must be str or None, not {}", type_name(v)))),
        },
    }
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None,
/// closefd=True, opener=None)`; `os.fdopen` forwards here too.
pub(crate) fn open(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.bind("open", &["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"], 1)?;
    let file = a[0].clone().unwrap_or_else(none);
    let mode = match &a[1] {
        None => "r".to_string(),
        Some(m) => match m.downcast_ref::<PyStr>() {
            Some(s) => s.as_str().to_string(),
            None => return Err(PyErr::type_error(format!("open() argument 'mode' must be str, not {}", type_name(m)))),
        },
    };
    let buffering = match &a[2] {
        None => -1,
        Some(b) => b.downcast_ref::<PyInt>().and_then(|i| i.as_i64()).ok_or_else(|| {
            PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", type_name(b)))
        })?,
    };
    let encoding = opt_str(&a[3], "encoding")?;
    let errors = opt_str(&a[4], "errors")?;
    let newline = opt_str(&a[5], "newline")?;
    let closefd = match &a[6] {
        None => true,
        Some(v) => vm.is_true(v)?,
    };
    let m = parse_mode(&mode)?;
    if m.binary && encoding.is_some() {
        return Err(PyErr::value_error("binary mode doesn't take an encoding argument"));
    }
    if m.binary && errors.is_some() {
        return Err(PyErr::value_error("binary mode doesn't take an errors argument"));
    }
    if m.binary && newline.is_some() {
        return Err(PyErr::value_error("binary mode doesn't take a newline argument"));
    }
    if m.binary && buffering == 1 {
        // CPython warns (RuntimeWarning) and goes on buffered.
    } else if !m.binary && buffering == 0 {
        return Err(PyErr::value_error("can't have unbuffered text I/O"));
    }
    let nl = match newline.as_deref() {
        None => Newline::Universal,
        Some("") => Newline::Untranslated,
        Some("\n") => Newline::Lf,
        Some("\r") => Newline::Cr,
        Some("\r\n") => Newline::CrLf,
        Some(other) => return Err(PyErr::value_error(format!("illegal newline value: {other}"))),
    };
    let text = if m.binary {
        None
    } else {
        let (enc, enc_name) = match &encoding {
            Some(e) => (parse_encoding(e)?, e.clone()),
            None => (Encoding::Utf8, "UTF-8".to_string()),
        };
        Some(TextConfig { encoding: enc, encoding_name: enc_name, errors: errors.unwrap_or_else(|| "strict".into()), newline: nl })
    };
    let handle = if let Some(fd) = file.downcast_ref::<PyInt>().filter(|_| !file.is::<PyStr>()) {
        let fd = fd.as_i64().filter(|&v| v >= 0 && v <= i32::MAX as i64).ok_or_else(|| PyErr::value_error("negative file descriptor"))?;
        // SAFETY: the caller handed us this descriptor; with closefd=False it is
        // released again (never closed) when the file object goes away.
        unsafe { File::from_raw_fd(fd as i32) }
    } else {
        if !closefd {
            return Err(PyErr::value_error("Cannot use closefd=False with file name"));
        }
        match a[7].as_ref().filter(|o| !o.is_none()) {
            Some(opener) => open_with_opener(vm, opener, &file, &m)?,
            None => open_path(vm, &file, &m)?,
        }
    };
    let shown_mode = if m.binary {
        let base = if m.create { "xb" } else if m.append { "ab" } else if m.write && !m.plus { "wb" } else { "rb" };
        if m.plus { format!("{base}+") } else { base.to_string() }
    } else {
        mode.clone()
    };
    let cls = if !m.binary {
        TEXT_IO_WRAPPER_TYPE.get()
    } else if buffering == 0 {
        FILE_IO_TYPE.get()
    } else if m.plus {
        BUFFERED_RANDOM_TYPE.get()
    } else if m.read {
        BUFFERED_READER_TYPE.get()
    } else {
        BUFFERED_WRITER_TYPE.get()
    };
    let payload = PyFile {
        state: Mutex::new(FileState { file: Some(handle), closefd, rbuf: Vec::new(), rpos: 0, wbuf: Vec::new(), seen: 0 }),
        name: file,
        mode: shown_mode,
        readable: m.read || m.plus,
        writable: !m.read || m.plus,
        text,
    };
    Ok(ObjRef::new_with(payload, cls.clone(), None))
}

/// Opens the named file as the mode asks.
fn open_path(vm: &mut Vm, file: &ObjRef, m: &ModeInfo) -> PyResult<File> {
    let path = fspath(vm, file)?.to_path();
    let mut oo = std::fs::OpenOptions::new();
    oo.read(m.read || m.plus);
    if m.write {
        oo.write(true).create(true).truncate(true);
    } else if m.append {
        oo.append(true).create(true);
    } else if m.create {
        oo.write(true).create_new(true);
    } else if m.plus {
        oo.write(true);
    }
    let f = oo.open(&path).map_err(|e| os_error(vm, &e, Some(file.clone()), None))?;
    fd_file(f, vm, file)
}

/// Takes the descriptor `opener(file, flags)` returns.
fn open_with_opener(vm: &mut Vm, opener: &ObjRef, file: &ObjRef, m: &ModeInfo) -> PyResult<File> {
    let flags = PyInt::new(os_flags(m) as i64);
    let fd = vm.call(opener, &[file.clone(), flags])?;
    let fd = fd.downcast_ref::<PyInt>().ok_or_else(|| PyErr::type_error("expected integer from opener"))?;
    let fd = match fd.as_i64() {
        Some(v) if (0..=i32::MAX as i64).contains(&v) => v as i32,
        Some(v) if v < 0 => return Err(PyErr::value_error(format!("opener returned {v}"))),
        _ => return Err(PyErr::overflow_error("Python int too large to convert to C int")),
    };
    // SAFETY: the opener handed over this descriptor; the file object owns it
    // from here on (closefd is true whenever a name is opened).
    fd_file(unsafe { File::from_raw_fd(fd) }, vm, file)
}

/// The open(2) flags CPython passes to an `opener` for a mode.
fn os_flags(m: &ModeInfo) -> i32 {
    let access = if m.plus {
        libc::O_RDWR
    } else if m.read {
        libc::O_RDONLY
    } else {
        libc::O_WRONLY
    };
    let create = if m.write {
        libc::O_CREAT | libc::O_TRUNC
    } else if m.append {
        libc::O_CREAT | libc::O_APPEND
    } else if m.create {
        libc::O_CREAT | libc::O_EXCL
    } else {
        0
    };
    access | create | libc::O_CLOEXEC
}

/// A freshly opened handle, refused (and closed) if it is a directory.
fn fd_file(f: File, vm: &mut Vm, name: &ObjRef) -> PyResult<File> {
    if f.metadata().is_ok_and(|md| md.is_dir()) {
        let e = std::io::Error::from_raw_os_error(libc::EISDIR);
        return Err(os_error(vm, &e, Some(name.clone()), None));
    }
    Ok(f)
}

// --- methods ---

fn this<'a>(args: &Args<'a>) -> PyResult<&'a PyFile> {
    args.items.first().and_then(|o| o.downcast_ref::<PyFile>()).ok_or_else(|| PyErr::type_error("descriptor requires a file object"))
}

fn io_err(vm: &mut Vm, e: std::io::Error) -> PyErr {
    os_error(vm, &e, None, None)
}

fn unsupported(vm: &mut Vm, msg: &str) -> PyErr {
    crate::modules::io::unsupported_operation(vm, msg)
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

impl PyFile {
    fn check_readable(&self, vm: &mut Vm) -> PyResult<()> {
        if self.state.lock().file.is_none() {
            return Err(closed_error());
        }
        if !self.readable {
            return Err(unsupported(vm, if self.text.is_some() { "not readable" } else { "read" }));
        }
        Ok(())
    }

    fn check_writable(&self, vm: &mut Vm) -> PyResult<()> {
        if self.state.lock().file.is_none() {
            return Err(closed_error());
        }
        if !self.writable {
            return Err(unsupported(vm, if self.text.is_some() { "not writable" } else { "write" }));
        }
        Ok(())
    }

    /// Translate a chunk of decoded text per the newline mode, noting what was seen.
    fn translate(&self, st: &mut FileState, s: String) -> String {
        let Some(t) = &self.text else { return s };
        if !s.contains('\r') {
            if s.contains('\n') {
                st.seen |= 2;
            }
            return s;
        }
        let mut out = String::with_capacity(s.len());
        let mut chars = s.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '\r' if chars.peek() == Some(&'\n') => {
                    chars.next();
                    st.seen |= 4;
                    out.push_str(if t.newline == Newline::Universal { "\n" } else { "\r\n" });
                }
                '\r' => {
                    st.seen |= 1;
                    out.push(if t.newline == Newline::Universal { '\n' } else { '\r' });
                }
                '\n' => {
                    st.seen |= 2;
                    out.push('\n');
                }
                c => out.push(c),
            }
        }
        out
    }

    /// Read text: `n` characters, or all that remains.
    fn read_text(&self, vm: &mut Vm, n: Option<usize>) -> PyResult<String> {
        let t = self.text.as_ref().expect("text file");
        let mut st = self.state.lock();
        let raw = match n {
            None => st.read_bytes(None).map_err(|e| io_err(vm, e))?,
            Some(n) => {
                let want = 4 * n + 2;
                while st.available().len() < want {
                    if !st.fill().map_err(|e| io_err(vm, e))? {
                        break;
                    }
                }
                let buf = st.available();
                let (mut i, mut count) = (0, 0);
                while i < buf.len() && count < n {
                    let b = buf[i];
                    i += if t.encoding == Encoding::Utf8 { utf8_len(b).min(buf.len() - i) } else { 1 };
                    if b == b'\r' && t.newline == Newline::Universal && buf.get(i) == Some(&b'\n') {
                        i += 1;
                    }
                    count += 1;
                }
                let out = buf[..i].to_vec();
                st.rpos += i;
                out
            }
        };
        let s = decode(&raw, t.encoding, &t.errors)?;
        Ok(self.translate(&mut st, s))
    }

    /// Read one line (with its terminator); `limit` bounds its length.
    fn read_line_raw(&self, vm: &mut Vm, limit: Option<usize>) -> PyResult<Vec<u8>> {
        let mut st = self.state.lock();
        let nl = self.text.as_ref().map(|t| t.newline);
        let byte_limit = match (&self.text, limit) {
            (Some(t), Some(l)) if t.encoding == Encoding::Utf8 => Some(l * 4),
            (_, l) => l,
        };
        let (len, _) = st.next_line_len(nl, byte_limit).map_err(|e| io_err(vm, e))?;
        let mut len = len;
        if let (Some(t), Some(l)) = (&self.text, limit) {
            if t.encoding == Encoding::Utf8 {
                let buf = &st.available()[..len];
                let mut i = 0;
                let mut count = 0;
                while i < buf.len() && count < l {
                    i += utf8_len(buf[i]).min(buf.len() - i);
                    count += 1;
                }
                len = i;
            }
        }
        let out = st.available()[..len].to_vec();
        st.rpos += len;
        Ok(out)
    }

    fn readline_obj(&self, vm: &mut Vm, limit: Option<usize>) -> PyResult {
        self.check_readable(vm)?;
        let raw = self.read_line_raw(vm, limit)?;
        match &self.text {
            Some(t) => {
                let s = decode(&raw, t.encoding, &t.errors)?;
                let mut st = self.state.lock();
                Ok(PyStr::new(self.translate(&mut st, s)))
            }
            None => Ok(PyBytes::new(raw)),
        }
    }

    fn write_raw(&self, vm: &mut Vm, data: &[u8]) -> PyResult<()> {
        let mut st = self.state.lock();
        st.drop_readahead().map_err(|e| io_err(vm, e))?;
        st.handle()?;
        st.wbuf.extend_from_slice(data);
        if st.wbuf.len() >= CHUNK {
            st.flush_writes().map_err(|e| io_err(vm, e))?;
        }
        Ok(())
    }

    fn tell(&self, vm: &mut Vm) -> PyResult<u64> {
        let mut st = self.state.lock();
        let unread = (st.rbuf.len() - st.rpos) as u64;
        let pending = st.wbuf.len() as u64;
        let pos = st.handle()?.stream_position().map_err(|e| io_err(vm, e))?;
        Ok(pos.saturating_sub(unread) + pending)
    }
}

fn file_read(vm: &mut Vm, args: Args) -> PyResult {
    let f = this(&args)?;
    let a = args.skip_self().bind("read", &["size"], 0)?;
    let n = size_arg(a[0].as_ref())?;
    f.check_readable(vm)?;
    if f.text.is_some() {
        return Ok(PyStr::new(f.read_text(vm, n)?));
    }
    let data = f.state.lock().read_bytes(n).map_err(|e| io_err(vm, e))?;
    Ok(PyBytes::new(data))
}

fn file_readline(vm: &mut Vm, args: Args) -> PyResult {
    let f = this(&args)?;
    let a = args.skip_self().bind("readline", &["size"], 0)?;
    let n = size_arg(a[0].as_ref())?;
    f.readline_obj(vm, n)
}

fn file_readlines(vm: &mut Vm, args: Args) -> PyResult {
    let f = this(&args)?;
    let a = args.skip_self().bind("readlines", &["hint"], 0)?;
    let hint = size_arg(a[0].as_ref())?.filter(|&h| h > 0);
    f.check_readable(vm)?;
    let mut lines = Vec::new();
    let mut total = 0;
    loop {
        let line = f.readline_obj(vm, None)?;
        let len = line.downcast_ref::<PyStr>().map(|s| s.char_len()).or_else(|| line.downcast_ref::<PyBytes>().map(|b| b.as_bytes().len())).unwrap_or(0);
        if len == 0 {
            break;
        }
        lines.push(line);
        total += len;
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    Ok(PyList::new(lines))
}

/// The bytes of a bytes-like object (`bytes`, `bytearray`, `memoryview`, ...).
pub fn bytes_like(vm: &mut Vm, o: &ObjRef) -> PyResult<Vec<u8>> {
    if let Some(b) = o.downcast_ref::<PyBytes>() {
        return Ok(b.as_bytes().to_vec());
    }
    if o.is::<PyStr>() || o.ty().lookup("__buffer__").is_none() && !matches!(type_name(o).as_str(), "bytearray" | "memoryview" | "array") {
        return Err(PyErr::type_error(format!("a bytes-like object is required, not '{}'", type_name(o))));
    }
    let b = vm.call(crate::types::bytes::BYTES_TYPE.get(), &[o.clone()])?;
    Ok(b.downcast_ref::<PyBytes>().map(|b| b.as_bytes().to_vec()).unwrap_or_default())
}

fn write_one(vm: &mut Vm, f: &PyFile, v: &ObjRef) -> PyResult<usize> {
    f.check_writable(vm)?;
    match &f.text {
        Some(t) => {
            let Some(s) = v.downcast_ref::<PyStr>() else {
                return Err(PyErr::type_error(format!("write() argument must be str, not {}", type_name(v))));
            };
            let text = s.as_str();
            let data = match t.newline {
                Newline::Cr if text.contains('\n') => encode(&text.replace('\n', "\r"), t.encoding, &t.errors)?,
                Newline::CrLf if text.contains('\n') => encode(&text.replace('\n', "\r\n"), t.encoding, &t.errors)?,
                _ => encode(text, t.encoding, &t.errors)?,
            };
            f.write_raw(vm, &data)?;
            Ok(s.char_len())
        }
        None => {
            let data = bytes_like(vm, v)?;
            f.write_raw(vm, &data)?;
            Ok(data.len())
        }
    }
}

fn file_write(vm: &mut Vm, args: Args) -> PyResult {
    let f = this(&args)?;
    let a = args.exact("write", 2)?;
    Ok(PyInt::new(write_one(vm, f, &a[1])? as i64))
}

fn file_writelines(vm: &mut Vm, args: Args) -> PyResult {
    let f = this(&args)?;
    let a = args.exact("writelines", 2)?;
    f.check_writable(vm)?;
    let it = vm.iter(&a[1])?;
    while let Some(line) = vm.next(&it)? {
        write_one(vm, f, &line)?;
    }
    Ok(none())
}

fn file_flush(vm: &mut Vm, args: Args) -> PyResult {
    let f = this(&args)?;
    let mut st = f.state.lock();
    st.handle()?;
    st.flush_writes().map_err(|e| io_err(vm, e))?;
    Ok(none())
}

fn file_close(vm: &mut Vm, args: Args) -> PyResult {
    let f = this(&args)?;
    let mut st = f.state.lock();
    let r = st.flush_writes();
    if let Some(h) = st.file.take() {
        if !st.closefd {
            let _ = h.into_raw_fd();
        }
    }
    st.rbuf.clear();
    st.rpos = 0;
    drop(st);
    r.map_err(|e| io_err(vm, e))?;
    Ok(none())
}

fn file_seek(vm: &mut Vm, args: Args) -> PyResult {
    let f = this(&args)?;
    let a = args.skip_self().bind("seek", &["cookie", "whence"], 1)?;
    let off_obj = a[0].clone().unwrap_or_else(none);
    let off = off_obj.downcast_ref::<PyInt>().and_then(|i| i.as_i64()).ok_or_else(|| {
        PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", type_name(&off_obj)))
    })?;
    let whence = match &a[1] {
        None => 0,
        Some(w) => w.downcast_ref::<PyInt>().and_then(|i| i.as_i64()).ok_or_else(|| PyErr::type_error("an integer is required"))?,
    };
    if f.state.lock().file.is_none() {
        return Err(closed_error());
    }
    if f.text.is_some() {
        if whence == 1 && off != 0 {
            return Err(unsupported(vm, "can't do nonzero cur-relative seeks"));
        }
        if whence == 2 && off != 0 {
            return Err(unsupported(vm, "can't do nonzero end-relative seeks"));
        }
        if whence == 0 && off < 0 {
            return Err(PyErr::value_error(format!("negative seek position {off}")));
        }
    }
    let logical = f.tell(vm)?;
    let mut st = f.state.lock();
    st.flush_writes().map_err(|e| io_err(vm, e))?;
    let target = match whence {
        0 => SeekFrom::Start(off.max(0) as u64),
        1 => SeekFrom::Start((logical as i64 + off).max(0) as u64),
        2 => SeekFrom::End(off),
        _ => return Err(PyErr::value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)"))),
    };
    if whence == 0 && off < 0 {
        return Err(PyErr::value_error(format!("negative seek value {off}")));
    }
    st.rbuf.clear();
    st.rpos = 0;
    let pos = st.handle()?.seek(target).map_err(|e| io_err(vm, e))?;
    Ok(PyInt::new(pos as i64))
}

fn file_tell(vm: &mut Vm, args: Args) -> PyResult {
    let f = this(&args)?;
    Ok(PyInt::new(f.tell(vm)? as i64))
}

fn file_truncate(vm: &mut Vm, args: Args) -> PyResult {
    let f = this(&args)?;
    let a = args.skip_self().bind("truncate", &["pos"], 0)?;
    f.check_writable(vm)?;
    let size = match size_arg(a[0].as_ref())? {
        Some(n) => n as u64,
        None => f.tell(vm)?,
    };
    let mut st = f.state.lock();
    st.flush_writes().map_err(|e| io_err(vm, e))?;
    st.drop_readahead().map_err(|e| io_err(vm, e))?;
    st.handle()?.set_len(size).map_err(|e| io_err(vm, e))?;
    Ok(PyInt::new(size as i64))
}

fn file_fileno(_vm: &mut Vm, args: Args) -> PyResult {
    let f = this(&args)?;
    let mut st = f.state.lock();
    Ok(PyInt::new(st.handle()?.as_raw_fd() as i64))
}

fn file_isatty(_vm: &mut Vm, args: Args) -> PyResult {
    let f = this(&args)?;
    let mut st = f.state.lock();
    let fd = st.handle()?.as_raw_fd();
    // SAFETY: isatty only inspects the descriptor.
    Ok(py_bool(unsafe { libc::isatty(fd) } == 1))
}

fn file_readable(_vm: &mut Vm, args: Args) -> PyResult {
    let f = this(&args)?;
    f.state.lock().handle()?;
    Ok(py_bool(f.readable))
}

fn file_writable(_vm: &mut Vm, args: Args) -> PyResult {
    let f = this(&args)?;
    f.state.lock().handle()?;
    Ok(py_bool(f.writable))
}

fn file_seekable(_vm: &mut Vm, args: Args) -> PyResult {
    let f = this(&args)?;
    let mut st = f.state.lock();
    let h = st.handle()?;
    Ok(py_bool(h.stream_position().is_ok()))
}

fn file_enter(_vm: &mut Vm, args: Args) -> PyResult {
    let f = this(&args)?;
    if f.state.lock().file.is_none() {
        return Err(closed_error());
    }
    Ok(args.items[0].clone())
}

fn file_exit(vm: &mut Vm, args: Args) -> PyResult {
    file_close(vm, Args::positional_only(&args.items[..1]))?;
    Ok(none())
}

fn file_iter(_vm: &mut Vm, args: Args) -> PyResult {
    let f = this(&args)?;
    if f.state.lock().file.is_none() {
        return Err(closed_error());
    }
    Ok(args.items[0].clone())
}

fn file_next(vm: &mut Vm, args: Args) -> PyResult {
    let f = this(&args)?;
    let line = f.readline_obj(vm, None)?;
    let empty = line.downcast_ref::<PyStr>().map(|s| s.as_str().is_empty()).or_else(|| line.downcast_ref::<PyBytes>().map(|b| b.as_bytes().is_empty())).unwrap_or(true);
    if empty {
        return Err(PyErr::stop_iteration(None));
    }
    Ok(line)
}

fn file_repr(vm: &mut Vm, args: Args) -> PyResult {
    let f = this(&args)?;
    let name = vm.repr_string(&f.name)?;
    let cls = args.items[0].ty().name();
    Ok(PyStr::new(match &f.text {
        Some(t) => format!("<_io.{cls} name={name} mode='{}' encoding='{}'>", f.mode, t.encoding_name),
        None if cls == "FileIO" => {
            let closefd = if f.state.lock().closefd { "True" } else { "False" };
            if f.state.lock().file.is_none() {
                "<_io.FileIO [closed]>".to_string()
            } else {
                format!("<_io.FileIO name={name} mode='{}' closefd={closefd}>", f.mode)
            }
        }
        None => format!("<_io.{cls} name={name}>"),
    }))
}

fn get_closed(_vm: &mut Vm, o: &ObjRef) -> PyResult {
    let f = o.downcast_ref::<PyFile>().ok_or_else(|| PyErr::type_error("expected a file"))?;
    Ok(py_bool(f.state.lock().file.is_none()))
}

fn get_name(_vm: &mut Vm, o: &ObjRef) -> PyResult {
    let f = o.downcast_ref::<PyFile>().ok_or_else(|| PyErr::type_error("expected a file"))?;
    Ok(f.name.clone())
}

fn get_mode(_vm: &mut Vm, o: &ObjRef) -> PyResult {
    let f = o.downcast_ref::<PyFile>().ok_or_else(|| PyErr::type_error("expected a file"))?;
    Ok(PyStr::new(f.mode.as_str()))
}

fn text_of(o: &ObjRef) -> PyResult<&TextConfig> {
    let f = o.downcast_ref::<PyFile>().ok_or_else(|| PyErr::type_error("expected a file"))?;
    f.text.as_ref().ok_or_else(|| PyErr::attribute_error(format!("'{}' object has no attribute 'encoding'", o.ty().name())))
}

fn get_encoding(_vm: &mut Vm, o: &ObjRef) -> PyResult {
    Ok(PyStr::new(text_of(o)?.encoding_name.as_str()))
}

fn get_errors(_vm: &mut Vm, o: &ObjRef) -> PyResult {
    Ok(PyStr::new(text_of(o)?.errors.as_str()))
}

fn get_newlines(_vm: &mut Vm, o: &ObjRef) -> PyResult {
    text_of(o)?;
    let f = o.downcast_ref::<PyFile>().ok_or_else(|| PyErr::type_error("expected a file"))?;
    let seen = f.state.lock().seen;
    let kinds: Vec<ObjRef> = [(1, "\r"), (2, "\n"), (4, "\r\n")].iter().filter(|(b, _)| seen & b != 0).map(|(_, s)| PyStr::new(*s)).collect();
    Ok(match kinds.len() {
        0 => none(),
        1 => kinds[0].clone(),
        _ => PyTuple::new(kinds),
    })
}

fn get_line_buffering(_vm: &mut Vm, _o: &ObjRef) -> PyResult {
    Ok(py_bool(false))
}

fn get_closefd(_vm: &mut Vm, o: &ObjRef) -> PyResult {
    let f = o.downcast_ref::<PyFile>().ok_or_else(|| PyErr::type_error("expected a file"))?;
    Ok(py_bool(f.state.lock().closefd))
}

/// Generic `IOBase` behaviour for Python subclasses: context manager and line iteration.
fn iobase_enter(vm: &mut Vm, args: Args) -> PyResult {
    let this = args.items.first().cloned().ok_or_else(|| PyErr::type_error("__enter__ needs self"))?;
    let closed = vm.get_attr_str(&this, "closed")?;
    if vm.is_true(&closed)? {
        return Err(closed_error());
    }
    Ok(this)
}

fn iobase_exit(vm: &mut Vm, args: Args) -> PyResult {
    let this = args.items.first().cloned().ok_or_else(|| PyErr::type_error("__exit__ needs self"))?;
    vm.call_method(&this, "close", &[])?;
    Ok(none())
}

fn iobase_close(_vm: &mut Vm, args: Args) -> PyResult {
    let this = args.items.first().cloned().ok_or_else(|| PyErr::type_error("close needs self"))?;
    let d = this.dict_or_create();
    if let Some(d) = d.downcast_ref::<PyDict>() {
        d.set_str("__IOBase_closed", py_bool(true));
    }
    Ok(none())
}

fn iobase_closed(_vm: &mut Vm, o: &ObjRef) -> PyResult {
    let closed = o.dict().and_then(|d| d.downcast_ref::<PyDict>().and_then(|d| d.get_str("__IOBase_closed"))).is_some();
    Ok(py_bool(closed))
}

fn iobase_false(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(py_bool(false))
}

fn iobase_none(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(none())
}

fn iobase_iter(_vm: &mut Vm, args: Args) -> PyResult {
    args.items.first().cloned().ok_or_else(|| PyErr::type_error("__iter__ needs self"))
}

fn iobase_next(vm: &mut Vm, args: Args) -> PyResult {
    let this = args.items.first().cloned().ok_or_else(|| PyErr::type_error("__next__ needs self"))?;
    let line = vm.call_method(&this, "readline", &[])?;
    if vm.len(&line)? == 0 {
        return Err(PyErr::stop_iteration(None));
    }
    Ok(line)
}

pub fn init() {
    if IOBASE_TYPE.is_set() {
        return;
    }
    let base_flags = flags::BASETYPE | flags::HAS_DICT;
    let mk = |name: &str, base: Option<&ObjRef>, fl: u32| {
        let t = new_builtin_type(name, base, fl);
        t.ty_payload().dict().set_str("__module__", PyStr::new("_io"));
        t
    };
    IOBASE_TYPE.set(mk("_IOBase", None, base_flags));
    let iobase = IOBASE_TYPE.get();
    add_methods(
        iobase,
        &[
            ("__enter__", iobase_enter),
            ("__exit__", iobase_exit),
            ("__iter__", iobase_iter),
            ("__next__", iobase_next),
            ("close", iobase_close),
            ("flush", iobase_none),
            ("readable", iobase_false),
            ("writable", iobase_false),
            ("seekable", iobase_false),
            ("isatty", iobase_false),
        ],
    );
    add_getsets(iobase, &[("closed", iobase_closed, None)]);
    RAW_IOBASE_TYPE.set(mk("_RawIOBase", Some(iobase), base_flags));
    BUFFERED_IOBASE_TYPE.set(mk("_BufferedIOBase", Some(iobase), base_flags));
    TEXT_IOBASE_TYPE.set(mk("_TextIOBase", Some(iobase), base_flags));
    TEXT_IO_WRAPPER_TYPE.set(mk("TextIOWrapper", Some(TEXT_IOBASE_TYPE.get()), flags::BASETYPE));
    BUFFERED_READER_TYPE.set(mk("BufferedReader", Some(BUFFERED_IOBASE_TYPE.get()), flags::BASETYPE));
    BUFFERED_WRITER_TYPE.set(mk("BufferedWriter", Some(BUFFERED_IOBASE_TYPE.get()), flags::BASETYPE));
    BUFFERED_RANDOM_TYPE.set(mk("BufferedRandom", Some(BUFFERED_IOBASE_TYPE.get()), flags::BASETYPE));
    FILE_IO_TYPE.set(mk("FileIO", Some(RAW_IOBASE_TYPE.get()), flags::BASETYPE));
    for t in [TEXT_IO_WRAPPER_TYPE.get(), BUFFERED_READER_TYPE.get(), BUFFERED_WRITER_TYPE.get(), BUFFERED_RANDOM_TYPE.get(), FILE_IO_TYPE.get()] {
        add_methods(
            t,
            &[
                ("read", file_read),
                ("read1", file_read),
                ("readall", file_read),
                ("readline", file_readline),
                ("readlines", file_readlines),
                ("write", file_write),
                ("writelines", file_writelines),
                ("flush", file_flush),
                ("close", file_close),
                ("seek", file_seek),
                ("tell", file_tell),
                ("truncate", file_truncate),
                ("fileno", file_fileno),
                ("isatty", file_isatty),
                ("readable", file_readable),
                ("writable", file_writable),
                ("seekable", file_seekable),
                ("__enter__", file_enter),
                ("__exit__", file_exit),
                ("__iter__", file_iter),
                ("__next__", file_next),
                ("__repr__", file_repr),
            ],
        );
        add_getsets(t, &[("closed", get_closed, None), ("name", get_name, None), ("mode", get_mode, None)]);
    }
    add_getsets(
        TEXT_IO_WRAPPER_TYPE.get(),
        &[
            ("encoding", get_encoding, None),
            ("errors", get_errors, None),
            ("newlines", get_newlines, None),
            ("line_buffering", get_line_buffering, None),
        ],
    );
    add_getsets(FILE_IO_TYPE.get(), &[("closefd", get_closefd, None)]);
}

/// Register `open` in builtins.
pub fn register_all(d: &PyDict) {
    init();
    super::register(d, &[("open", open)]);
}
