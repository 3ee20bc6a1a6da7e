//! `_thread`: OS threads that run Python, and the basic locks.
//!
//! Each new thread gets its own `Vm` over the shared `Interpreter`, a large
//! native stack, its thread id (assigned before it starts, so the id
//! `start_new_thread` returns is the one `get_ident()` reports inside it),
//! and — in GIL builds — takes the GIL before touching any object. When the
//! function returns the thread merges its biased-refcount queue and leaves.
//! Lock waits release the GIL.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use parking_lot::{Condvar, Mutex};

use crate::error::{PyErr, PyResult};
use crate::object::{rc, ObjRef, PyPayload};
use crate::types::float::PyFloat;
use crate::types::int::PyInt;
use crate::types::module::PyModule;
use crate::types::native::{add_methods, Args, NativeFn};
use crate::types::typeobj::{flags, new_builtin_type};
use crate::types::singletons::{none, py_bool};
use crate::types::{exception, TypeCell};
use crate::vm::ops::type_name;
use crate::vm::Vm;

/// Threads started by `start_new_thread` and still running.
static RUNNING: AtomicUsize = AtomicUsize::new(0);

/// Longest timeout a lock accepts, in seconds.
const TIMEOUT_MAX: f64 = 4294967.0;

pub static LOCK_TYPE: TypeCell = TypeCell::new();
pub static RLOCK_TYPE: TypeCell = TypeCell::new();

/// `_thread.lock`: a non-reentrant lock any thread may release.
pub struct PyLock {
    locked: Mutex<bool>,
    cond: Condvar,
}

/// `_thread.RLock`: reentrant; only the owner may release.
pub struct PyRLock {
    state: Mutex<(u32, usize)>,
    cond: Condvar,
}

impl PyPayload for PyLock {
    fn class() -> &'static ObjRef {
        LOCK_TYPE.get()
    }
}

impl PyPayload for PyRLock {
    fn class() -> &'static ObjRef {
        RLOCK_TYPE.get()
    }
}

/// Parse `acquire(blocking=True, timeout=-1)` into an optional deadline (None = forever)
/// or `Err` for "don't block".
fn acquire_args(vm: &mut Vm, args: &Args) -> PyResult<Result<Option<Instant>, ()>> {
    let a = args.skip_self().bind("acquire", &["blocking", "timeout"], 0)?;
    let blocking = match &a[0] {
        Some(b) => vm.is_true(b)?,
        None => true,
    };
    let timeout = match &a[1] {
        Some(t) => match (t.downcast_ref::<PyFloat>(), t.downcast_ref::<PyInt>()) {
            (Some(f), _) => f.0,
            (_, Some(i)) => i.to_f64(),
            _ => return Err(PyErr::type_error(format!("'{}' object cannot be interpreted as a float", type_name(t)))),
        },
        None => -1.0,
    };
    if !blocking {
        if timeout != -1.0 {
            return Err(PyErr::value_error("can't specify a timeout for a non-blocking call"));
        }
        return Ok(Err(()));
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(PyErr::value_error("timeout value must be a non-negative number"));
    }
    if timeout > TIMEOUT_MAX {
        return Err(PyErr::overflow_error("timeout value is too large"));
    }
    Ok(Ok(if timeout < 0.0 { None } else { Some(Instant::now() + Duration::from_secs_f64(timeout)) }))
}

/// How long a blocked acquire waits before it looks at its merge queue.
const WAIT_SLICE: Duration = Duration::from_millis(5);

/// Block in `try_until(until)` (true = acquired) until `deadline` (None: for
/// ever), with the thread offline, in slices: between slices it merges its
/// biased merge queue, because another thread may be waiting for that merge
/// before it defers an object this thread owns (`deferred::defer_if_shared_global`),
/// and `join()` can block for a whole program.
fn wait_in_slices(vm: &mut Vm, deadline: Option<Instant>, mut try_until: impl FnMut(Instant) -> bool) -> bool {
    loop {
        let now = Instant::now();
        let until = deadline.map_or(now + WAIT_SLICE, |d| d.min(now + WAIT_SLICE));
        if vm.allow_threads(|| try_until(until)) {
            return true;
        }
        if deadline.is_some_and(|d| Instant::now() >= d) {
            return false;
        }
        rc::merge_at_safe_point();
    }
}

impl PyLock {
    pub fn new() -> PyLock {
        PyLock { locked: Mutex::new(false), cond: Condvar::new() }
    }

    /// Acquire, waiting until `deadline` (None: forever); Err(()) = try once.
    pub fn acquire(&self, vm: &mut Vm, deadline: Result<Option<Instant>, ()>) -> bool {
        {
            let mut l = self.locked.lock();
            if !*l {
                *l = true;
                return true;
            }
        }
        let Ok(deadline) = deadline else { return false };
        wait_in_slices(vm, deadline, |until| {
            let mut l = self.locked.lock();
            while *l {
                if self.cond.wait_until(&mut l, until).timed_out() && *l {
                    return false;
                }
            }
            *l = true;
            true
        })
    }

    pub fn release(&self) -> PyResult<()> {
        let mut l = self.locked.lock();
        if !*l {
            return Err(PyErr::runtime_error("release unlocked lock"));
        }
        *l = false;
        drop(l);
        self.cond.notify_one();
        Ok(())
    }
}

impl Default for PyLock {
    fn default() -> Self {
        PyLock::new()
    }
}

fn lock_of<'a>(args: &Args<'a>) -> PyResult<&'a PyLock> {
    args.items.first().and_then(|o| o.downcast_ref::<PyLock>()).ok_or_else(|| PyErr::type_error("expected a lock"))
}

fn lock_acquire(vm: &mut Vm, args: Args) -> PyResult {
    let deadline = acquire_args(vm, &args)?;
    let l = lock_of(&args)?;
    Ok(py_bool(l.acquire(vm, deadline)))
}

fn lock_enter(vm: &mut Vm, args: Args) -> PyResult {
    let l = lock_of(&args)?;
    l.acquire(vm, Ok(None));
    Ok(py_bool(true))
}

fn lock_release(_vm: &mut Vm, args: Args) -> PyResult {
    lock_of(&args)?.release()?;
    Ok(none())
}

fn lock_locked(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(py_bool(*lock_of(&args)?.locked.lock()))
}

fn lock_repr(_vm: &mut Vm, args: Args) -> PyResult {
    let this = &args.items[0];
    let state = if *lock_of(&args)?.locked.lock() { "locked" } else { "unlocked" };
    Ok(crate::types::str::PyStr::new(format!("<{} _thread.lock object at {:#x}>", state, this.id())))
}

fn lock_new(_vm: &mut Vm, args: Args) -> PyResult {
    let cls = args.items.first().cloned().unwrap_or_else(|| LOCK_TYPE.get().clone());
    Ok(ObjRef::new_with(PyLock::new(), cls, None))
}

fn rlock_of<'a>(args: &Args<'a>) -> PyResult<&'a PyRLock> {
    args.items.first().and_then(|o| o.downcast_ref::<PyRLock>()).ok_or_else(|| PyErr::type_error("expected an RLock"))
}

impl PyRLock {
    fn acquire(&self, vm: &mut Vm, deadline: Result<Option<Instant>, ()>) -> bool {
        let me = rc::current_thread_id();
        {
            let mut s = self.state.lock();
            if s.1 == 0 || s.0 == me {
                s.0 = me;
                s.1 += 1;
                return true;
            }
        }
        let Ok(deadline) = deadline else { return false };
        wait_in_slices(vm, deadline, |until| {
            let mut s = self.state.lock();
            while s.1 != 0 {
                if self.cond.wait_until(&mut s, until).timed_out() && s.1 != 0 {
                    return false;
                }
            }
            *s = (me, 1);
            true
        })
    }

    fn release(&self) -> PyResult<()> {
        let mut s = self.state.lock();
        if s.1 == 0 || s.0 != rc::current_thread_id() {
            return Err(PyErr::runtime_error("cannot release un-acquired lock"));
        }
        s.1 -= 1;
        let free = s.1 == 0;
        drop(s);
        if free {
            self.cond.notify_one();
        }
        Ok(())
    }
}

fn rlock_acquire(vm: &mut Vm, args: Args) -> PyResult {
    let deadline = acquire_args(vm, &args)?;
    Ok(py_bool(rlock_of(&args)?.acquire(vm, deadline)))
}

fn rlock_enter(vm: &mut Vm, args: Args) -> PyResult {
    rlock_of(&args)?.acquire(vm, Ok(None));
    Ok(py_bool(true))
}

fn rlock_release(_vm: &mut Vm, args: Args) -> PyResult {
    rlock_of(&args)?.release()?;
    Ok(none())
}

fn rlock_is_owned(_vm: &mut Vm, args: Args) -> PyResult {
    let s = rlock_of(&args)?.state.lock();
    Ok(py_bool(s.1 > 0 && s.0 == rc::current_thread_id()))
}

fn rlock_new(_vm: &mut Vm, args: Args) -> PyResult {
    let cls = args.items.first().cloned().unwrap_or_else(|| RLOCK_TYPE.get().clone());
    Ok(ObjRef::new_with(PyRLock { state: Mutex::new((0, 0)), cond: Condvar::new() }, cls, None))
}

fn start_new_thread(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.range("start_new_thread", 2, 3)?;
    let func = a[0].clone();
    let fargs = a[1].clone();
    if !fargs.is::<crate::types::tuple::PyTuple>() {
        return Err(PyErr::type_error("2nd arg must be a tuple"));
    }
    let kwargs = a.get(2).cloned().filter(|k| !k.is_none());
    if let Some(k) = &kwargs {
        if !k.is::<crate::types::dict::PyDict>() {
            return Err(PyErr::type_error("optional 3rd arg must be a dictionary"));
        }
    }
    let interp = vm.interp.clone();
    let id = rc::allocate_thread_id();
    RUNNING.fetch_add(1, Ordering::SeqCst);
    let spawned = std::thread::Builder::new().stack_size(crate::THREAD_STACK_SIZE).spawn(move || {
        rc::adopt_thread_id(id);
        crate::vm::gil::acquire();
        rc::thread_started();
        {
            let mut tvm = Vm::new(interp, crate::THREAD_STACK_SIZE);
            if let Err(e) = tvm.call_ex(&func, &fargs, kwargs.as_ref()) {
                if !e.matches(&exception::types().system_exit) {
                    report_thread_exception(&mut tvm, &func, e);
                }
            }
            drop((func, fargs, kwargs));
        }
        // Thread-local caches that hold objects drop them now, while counting is allowed.
        crate::modules::re::subject::forget_thread_cache();
        rc::thread_finished();
        RUNNING.fetch_sub(1, Ordering::SeqCst);
        crate::vm::gil::release();
    });
    if spawned.is_err() {
        RUNNING.fetch_sub(1, Ordering::SeqCst);
        return Err(PyErr::runtime_error("can't start new thread"));
    }
    Ok(PyInt::new(id as i64))
}

fn report_thread_exception(vm: &mut Vm, func: &ObjRef, e: PyErr) {
    let what = vm.repr_string(func).unwrap_or_else(|_| "<function>".into());
    let report = crate::vm::traceback::format_exception(vm, e.value());
    let text = format!("Exception ignored in thread started by: {what}\n{report}");
    let stderr = vm.sys_attr("stderr").unwrap_or_else(crate::vm::io::stderr);
    if vm.write_to(&stderr, &text).is_err() {
        eprint!("{text}");
    }
}

fn get_ident(_vm: &mut Vm, args: Args) -> PyResult {
    args.exact("get_ident", 0)?;
    Ok(PyInt::new(rc::current_thread_id() as i64))
}

fn count(_vm: &mut Vm, args: Args) -> PyResult {
    args.exact("_count", 0)?;
    Ok(PyInt::new(RUNNING.load(Ordering::SeqCst) as i64))
}

fn allocate_lock(vm: &mut Vm, _args: Args) -> PyResult {
    lock_new(vm, Args::positional_only(&[]))
}

fn stack_size(_vm: &mut Vm, args: Args) -> PyResult {
    args.range("stack_size", 0, 1)?;
    Ok(PyInt::new(0))
}

fn daemon_threads_allowed(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(py_bool(true))
}

/// Build the `_thread` module.
pub fn make_module(_vm: &mut Vm) -> PyResult {
    let m = PyModule::new_ref("_thread", None);
    let d = m.downcast_ref::<PyModule>().expect("module").dict();
    let fns: &[(&'static str, NativeFn)] = &[
        ("start_new_thread", start_new_thread),
        ("start_new", start_new_thread),
        ("allocate_lock", allocate_lock),
        ("allocate", allocate_lock),
        ("get_ident", get_ident),
        ("get_native_id", get_ident),
        ("_count", count),
        ("stack_size", stack_size),
        ("daemon_threads_allowed", daemon_threads_allowed),
    ];
    crate::types::native::add_functions(d, "_thread", fns);
    d.set_str("LockType", LOCK_TYPE.get().clone());
    d.set_str("lock", LOCK_TYPE.get().clone());
    d.set_str("RLock", RLOCK_TYPE.get().clone());
    d.set_str("error", exception::types().runtime_error.clone());
    d.set_str("TIMEOUT_MAX", PyFloat::new(TIMEOUT_MAX));
    Ok(m)
}

pub fn init() {
    LOCK_TYPE.set(new_builtin_type("lock", None, 0));
    RLOCK_TYPE.set(new_builtin_type("RLock", None, flags::BASETYPE));
    let lock_methods: &[(&'static str, NativeFn)] = &[
        ("acquire", lock_acquire),
        ("acquire_lock", lock_acquire),
        ("release", lock_release),
        ("release_lock", lock_release),
        ("locked", lock_locked),
        ("locked_lock", lock_locked),
        ("__enter__", lock_enter),
        ("__exit__", lock_release_exit),
        ("__repr__", lock_repr),
    ];
    add_methods(LOCK_TYPE.get(), lock_methods);
    add_methods(
        RLOCK_TYPE.get(),
        &[
            ("acquire", rlock_acquire),
            ("release", rlock_release),
            ("_is_owned", rlock_is_owned),
            ("__enter__", rlock_enter),
            ("__exit__", rlock_release_exit),
        ],
    );
    for (t, f) in [(LOCK_TYPE.get(), lock_new as NativeFn), (RLOCK_TYPE.get(), rlock_new as NativeFn)] {
        crate::types::native::add_new(t, "_thread", f);
    }
}

fn lock_release_exit(_vm: &mut Vm, args: Args) -> PyResult {
    lock_of(&args)?.release()?;
    Ok(py_bool(false))
}

fn rlock_release_exit(_vm: &mut Vm, args: Args) -> PyResult {
    rlock_of(&args)?.release()?;
    Ok(py_bool(false))
}
