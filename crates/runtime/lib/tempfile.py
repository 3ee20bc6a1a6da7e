"""Temporary files and directories, for gilfree.

Provides: gettempdir(b), gettempprefix(b), mkstemp, mkdtemp, mktemp,
TemporaryFile, NamedTemporaryFile, SpooledTemporaryFile,
TemporaryDirectory, and the `tempdir`, `template` and `TMP_MAX` settings.

Names are the prefix, eight random characters drawn from os.urandom and
the suffix; a file is claimed with O_CREAT|O_EXCL (mode 0o600) and a
directory with mkdir (mode 0o700), so two threads or processes never get
the same one. Paths are str unless prefix, suffix or dir is bytes.

Differences from CPython: gilfree has no __del__ and no real weak
references, so a NamedTemporaryFile is deleted only when closed (or its
`with` block ends) and a TemporaryDirectory only by cleanup(), its `with`
block, or at interpreter exit; no ResourceWarning is issued. TemporaryFile
unlinks a mkstemp file instead of using O_TMPFILE.
"""

import os as _os
import io as _io
import _thread

__all__ = [
    "NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile",
    "TemporaryDirectory", "mkstemp", "mkdtemp", "mktemp",
    "TMP_MAX", "gettempprefix", "tempdir", "gettempdir",
    "gettempprefixb", "gettempdirb",
]

TMP_MAX = 10000
template = "tmp"
tempdir = None

_bin_openflags = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL | _os.O_NOFOLLOW | _os.O_CLOEXEC
_text_openflags = _bin_openflags

_lock = _thread.allocate_lock()
_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789_"
# Bytes at or above this would favour the first letters of the alphabet.
_BYTE_LIMIT = 256 - 256 % len(_ALPHABET)


def _random_name():
    """Eight characters of _ALPHABET, uniformly chosen."""
    out = []
    while len(out) < 8:
        for b in _os.urandom(16):
            if b < _BYTE_LIMIT and len(out) < 8:
                out.append(_ALPHABET[b % len(_ALPHABET)])
    return "".join(out)


def _fsencode(name):
    return name if isinstance(name, bytes) else name.encode("utf-8")


def _fsdecode(name):
    return name.decode("utf-8") if isinstance(name, bytes) else name


def _result_type(*args):
    """str or bytes: the one type the given path pieces agree on."""
    kind = None
    for arg in args:
        if arg is None:
            continue
        if not isinstance(arg, (str, bytes)):
            arg = _os.fspath(arg)
        this = bytes if isinstance(arg, bytes) else str
        if kind is not None and kind is not this:
            raise TypeError("Can't mix bytes and non-bytes in path components.")
        kind = this
    if kind is None:
        return bytes if isinstance(tempdir, bytes) else str
    return kind


def _prepare(prefix, suffix, dir):
    """Fills in the defaults of prefix, suffix and dir; all as str.

    Returns (prefix, suffix, dir, output_type)."""
    kind = _result_type(prefix, suffix, dir)
    prefix = template if prefix is None else _fsdecode(prefix)
    suffix = "" if suffix is None else _fsdecode(suffix)
    dir = gettempdir() if dir is None else _fsdecode(_os.fspath(dir))
    return prefix, suffix, dir, kind


def _as(kind, path):
    return _fsencode(path) if kind is bytes else path


def _candidate_dirs():
    dirs = []
    for var in ("TMPDIR", "TEMP", "TMP"):
        value = _os.getenv(var)
        if value:
            dirs.append(value)
    dirs.extend(["/tmp", "/var/tmp", "/usr/tmp"])
    try:
        dirs.append(_os.getcwd())
    except OSError:
        dirs.append(_os.curdir)
    return dirs


def _find_tempdir():
    """The first candidate directory in which a file can be made and written."""
    dirs = _candidate_dirs()
    for d in dirs:
        if d != _os.curdir:
            d = _os.path.abspath(d)
        for _ in range(100):
            probe = _os.path.join(d, _random_name())
            try:
                fd = _os.open(probe, _bin_openflags, 0o600)
                try:
                    try:
                        _os.write(fd, b"blat")
                    finally:
                        _os.close(fd)
                finally:
                    _os.unlink(probe)
                return d
            except FileExistsError:
                continue
            except OSError:
                break
    raise FileNotFoundError(2, "No usable temporary directory found in %s" % dirs)


def _gettempdir():
    global tempdir
    if tempdir is None:
        with _lock:
            if tempdir is None:
                tempdir = _find_tempdir()
    return tempdir


def gettempdir():
    """The directory temporary files go to, as str."""
    return _fsdecode(_gettempdir())


def gettempdirb():
    """The directory temporary files go to, as bytes."""
    return _fsencode(_gettempdir())


def gettempprefix():
    """The default prefix of temporary names, as str."""
    return _fsdecode(template)


def gettempprefixb():
    """The default prefix of temporary names, as bytes."""
    return _fsencode(template)


def _claim_file(dir, prefix, suffix, flags, kind):
    """Creates a new file; returns (fd, path)."""
    dir = _os.path.abspath(dir)
    for _ in range(TMP_MAX):
        path = _os.path.join(dir, prefix + _random_name() + suffix)
        try:
            fd = _os.open(path, flags, 0o600)
        except FileExistsError:
            continue
        return fd, _as(kind, path)
    raise FileExistsError(17, "No usable temporary file name found")


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Creates a new file only its owner can read and write; returns
    (fd, absolute path). The caller closes and removes it."""
    prefix, suffix, dir, kind = _prepare(prefix, suffix, dir)
    flags = _text_openflags if text else _bin_openflags
    return _claim_file(dir, prefix, suffix, flags, kind)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Creates a new directory only its owner can use; returns its
    absolute path. The caller removes it."""
    prefix, suffix, dir, kind = _prepare(prefix, suffix, dir)
    for _ in range(TMP_MAX):
        path = _os.path.join(dir, prefix + _random_name() + suffix)
        try:
            _os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        return _as(kind, _os.path.abspath(path))
    raise FileExistsError(17, "No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    """A name that did not exist when checked (unsafe: another program may
    take it before the caller does)."""
    if dir is None:
        dir = gettempdir()
    for _ in range(TMP_MAX):
        path = _os.path.join(dir, prefix + _random_name() + suffix)
        if not _os.path.lexists(path):
            return path
    raise FileExistsError(17, "No usable temporary filename found")


def _open_fd(fd, path, mode, buffering, encoding, newline, errors):
    """A file object that owns `fd` and shows `path` as its name."""
    try:
        return _io.open(path, mode, buffering=buffering, encoding=encoding,
                        newline=newline, errors=errors,
                        opener=lambda _name, _flags: fd)
    except BaseException:
        _os.close(fd)
        raise


class _TemporaryFileWrapper:
    """A file whose path is `name`, removed on close when `delete` is true.
    Every other attribute is the underlying file's."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self.close_called = False

    def __getattr__(self, name):
        return getattr(self.__dict__["file"], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        result = self.file.__exit__(exc, value, tb)
        self.close()
        return result

    def close(self):
        """Closes the file, then removes it if `delete` is true."""
        if self.close_called:
            return
        self.close_called = True
        try:
            self.file.close()
        finally:
            if self.delete:
                _os.unlink(self.name)

    def __iter__(self):
        for line in self.file:
            yield line

    def __repr__(self):
        return "<tempfile._TemporaryFileWrapper file=%r name=%r>" % (self.file, self.name)


def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None,
                       newline=None, suffix=None, prefix=None,
                       dir=None, delete=True, *, errors=None):
    """A temporary file with a visible name (its `name` attribute), removed
    when closed unless delete is false."""
    prefix, suffix, dir, kind = _prepare(prefix, suffix, dir)
    fd, name = _claim_file(dir, prefix, suffix, _bin_openflags, kind)
    try:
        file = _open_fd(fd, name, mode, buffering, encoding, newline, errors)
    except BaseException:
        _os.unlink(name)
        raise
    return _TemporaryFileWrapper(file, name, delete)


def TemporaryFile(mode="w+b", buffering=-1, encoding=None,
                  newline=None, suffix=None, prefix=None,
                  dir=None, *, errors=None):
    """A temporary file with no name in the file system: it is gone as
    soon as it is closed."""
    prefix, suffix, dir, kind = _prepare(prefix, suffix, dir)
    fd, name = _claim_file(dir, prefix, suffix, _bin_openflags, kind)
    try:
        _os.unlink(name)
    except BaseException:
        _os.close(fd)
        raise
    return _open_fd(fd, fd, mode, buffering, encoding, newline, errors)


class SpooledTemporaryFile:
    """A temporary file kept in memory (io.BytesIO or io.StringIO) until it
    grows past max_size or fileno() is asked for; then it moves to a
    TemporaryFile."""

    _rolled = False

    def __init__(self, max_size=0, mode="w+b", buffering=-1,
                 encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        if "b" in mode:
            self._file = _io.BytesIO()
        else:
            self._file = _io.StringIO(newline="\n")
        self._max_size = max_size
        self._rolled = False
        self._TemporaryFileArgs = {
            "mode": mode, "buffering": buffering, "suffix": suffix,
            "prefix": prefix, "encoding": encoding, "newline": newline,
            "dir": dir, "errors": errors,
        }

    def _check(self, file):
        if self._rolled:
            return
        if self._max_size and file.tell() > self._max_size:
            self.rollover()

    def rollover(self):
        """Moves the contents to a real temporary file."""
        if self._rolled:
            return
        file = self._file
        new = self._file = TemporaryFile(**self._TemporaryFileArgs)
        del self._TemporaryFileArgs
        pos = file.tell()
        new.write(file.getvalue())
        new.seek(pos, 0)
        self._rolled = True

    def __enter__(self):
        if self._file.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return self._file.__iter__()

    def close(self):
        self._file.close()

    @property
    def closed(self):
        return self._file.closed

    @property
    def mode(self):
        try:
            return self._file.mode
        except AttributeError:
            return self._TemporaryFileArgs["mode"]

    @property
    def name(self):
        try:
            return self._file.name
        except AttributeError:
            return None

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    def flush(self):
        self._file.flush()

    def isatty(self):
        return self._file.isatty()

    def read(self, *args):
        return self._file.read(*args)

    def readline(self, *args):
        return self._file.readline(*args)

    def readlines(self, *args):
        return self._file.readlines(*args)

    def readable(self):
        return self._file.readable()

    def seek(self, *args):
        return self._file.seek(*args)

    def seekable(self):
        return self._file.seekable()

    def tell(self):
        return self._file.tell()

    def truncate(self, size=None):
        if size is None:
            return self._file.truncate()
        if size > self._max_size:
            self.rollover()
        return self._file.truncate(size)

    def writable(self):
        return self._file.writable()

    def write(self, s):
        file = self._file
        n = file.write(s)
        self._check(file)
        return n

    def writelines(self, lines):
        file = self._file
        file.writelines(lines)
        self._check(file)


def _rmtree(path, ignore_errors=False):
    """Removes a directory tree (symbolic links are removed, never followed)."""
    try:
        entries = _os.listdir(path)
    except FileNotFoundError:
        return
    except OSError:
        if ignore_errors:
            return
        raise
    for entry in entries:
        full = _os.path.join(path, entry)
        try:
            if _os.path.isdir(full) and not _os.path.islink(full):
                _rmtree(full, ignore_errors)
            else:
                _os.unlink(full)
        except FileNotFoundError:
            pass
        except OSError:
            if not ignore_errors:
                raise
    try:
        _os.rmdir(path)
    except FileNotFoundError:
        pass
    except OSError:
        if not ignore_errors:
            raise


class TemporaryDirectory:
    """A new directory (its path is `name`) removed with everything in it by
    cleanup(), at the end of a `with` block (which binds the path), or at exit."""

    def __init__(self, suffix=None, prefix=None, dir=None,
                 ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        import weakref
        self._finalizer = weakref.finalize(self, _rmtree, self.name, True)

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        """Removes the directory and its contents."""
        if self._finalizer.detach() or _os.path.exists(self.name):
            _rmtree(self.name, self._ignore_cleanup_errors)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)
