//! The `time` module: clocks, `sleep`, and calendar conversions.
//!
//! Clocks read `clock_gettime` directly (the same clocks CPython uses);
//! calendar conversions and `strftime` go through the C library, so output
//! matches CPython's under the C locale. `struct_time` is a struct sequence
//! with the hidden fields `tm_zone` and `tm_gmtoff`.

use std::sync::OnceLock;

use crate::error::{PyErr, PyResult};
use crate::modules::structseq;
use crate::object::ObjRef;
use crate::types::float::PyFloat;
use crate::types::int::PyInt;
use crate::types::module::PyModule;
use crate::types::native::{Args, NativeFn};
use crate::types::singletons::none;
use crate::types::str::PyStr;
use crate::types::tuple::PyTuple;
use crate::vm::ops::type_name;
use crate::vm::Vm;

fn clock(id: libc::clockid_t) -> (i64, i64) {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: clock_gettime writes one timespec we own.
    unsafe { libc::clock_gettime(id, &mut ts) };
    (ts.tv_sec as i64, ts.tv_nsec as i64)
}

fn secs(id: libc::clockid_t) -> ObjRef {
    let (s, ns) = clock(id);
    PyFloat::new(s as f64 + ns as f64 * 1e-9)
}

fn nanos(id: libc::clockid_t) -> ObjRef {
    let (s, ns) = clock(id);
    PyInt::new(s * 1_000_000_000 + ns)
}

fn time(_vm: &mut Vm, _a: Args) -> PyResult {
    Ok(secs(libc::CLOCK_REALTIME))
}
fn time_ns(_vm: &mut Vm, _a: Args) -> PyResult {
    Ok(nanos(libc::CLOCK_REALTIME))
}
fn monotonic(_vm: &mut Vm, _a: Args) -> PyResult {
    Ok(secs(libc::CLOCK_MONOTONIC))
}
fn monotonic_ns(_vm: &mut Vm, _a: Args) -> PyResult {
    Ok(nanos(libc::CLOCK_MONOTONIC))
}
fn process_time(_vm: &mut Vm, _a: Args) -> PyResult {
    Ok(secs(libc::CLOCK_PROCESS_CPUTIME_ID))
}
fn process_time_ns(_vm: &mut Vm, _a: Args) -> PyResult {
    Ok(nanos(libc::CLOCK_PROCESS_CPUTIME_ID))
}
fn thread_time(_vm: &mut Vm, _a: Args) -> PyResult {
    Ok(secs(libc::CLOCK_THREAD_CPUTIME_ID))
}
fn thread_time_ns(_vm: &mut Vm, _a: Args) -> PyResult {
    Ok(nanos(libc::CLOCK_THREAD_CPUTIME_ID))
}

fn number(o: &ObjRef, what: &str) -> PyResult<f64> {
    if let Some(f) = o.downcast_ref::<PyFloat>() {
        return Ok(f.0);
    }
    if let Some(i) = o.downcast_ref::<PyInt>() {
        return Ok(i.to_f64());
    }
    Err(PyErr::type_error(format!("'{}' object cannot be interpreted as {what}", type_name(o))))
}

fn sleep(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("sleep", 1)?;
    let s = number(&a[0], "an integer")?;
    if s.is_nan() {
        return Err(PyErr::value_error("Invalid value NaN (not a number)"));
    }
    if s < 0.0 {
        return Err(PyErr::value_error("sleep length must be non-negative"));
    }
    if !s.is_finite() || s > 1e12 {
        return Err(PyErr::overflow_error("timestamp too large to convert to C _PyTime_t"));
    }
    crate::vm::io::flush_std_streams();
    // Sleep in slices with the GIL released, so Ctrl-C interrupts a long sleep.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs_f64(s);
    loop {
        let now = std::time::Instant::now();
        if now >= deadline {
            return Ok(none());
        }
        let slice = (deadline - now).min(std::time::Duration::from_millis(50));
        vm.allow_threads(|| std::thread::sleep(slice));
        if crate::vm::breaker::pending() {
            vm.handle_breaker()?;
        }
    }
}

fn struct_time_type() -> ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let fields = ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"];
        structseq::new_type("time", "struct_time", &fields, 9)
    })
    .clone()
}

fn empty_tm() -> libc::tm {
    // SAFETY: libc::tm is plain data; all-zero (null tm_zone) is a valid value.
    unsafe { std::mem::zeroed() }
}

fn tm_to_struct(tm: &libc::tm) -> ObjRef {
    let zone = if tm.tm_zone.is_null() {
        none()
    } else {
        // SAFETY: a non-null tm_zone from the C library is a NUL-terminated string.
        PyStr::new(unsafe { std::ffi::CStr::from_ptr(tm.tm_zone) }.to_string_lossy().into_owned())
    };
    let i = |v: i32| PyInt::new(v as i64);
    let vals = vec![
        i(tm.tm_year + 1900), i(tm.tm_mon + 1), i(tm.tm_mday), i(tm.tm_hour), i(tm.tm_min), i(tm.tm_sec),
        i((tm.tm_wday + 6) % 7), i(tm.tm_yday + 1), i(tm.tm_isdst), zone, PyInt::new(tm.tm_gmtoff as i64),
    ];
    structseq::new_value(&struct_time_type(), vals)
}

fn timestamp_arg(a: Option<&ObjRef>) -> PyResult<libc::time_t> {
    match a {
        None => Ok(clock(libc::CLOCK_REALTIME).0 as libc::time_t),
        Some(o) if o.is_none() => Ok(clock(libc::CLOCK_REALTIME).0 as libc::time_t),
        Some(o) => {
            let v = number(o, "an integer")?;
            if v.is_nan() {
                return Err(PyErr::value_error("Invalid value NaN (not a number)"));
            }
            if !v.is_finite() || v.abs() > 1e17 {
                return Err(PyErr::overflow_error("timestamp out of range for platform time_t"));
            }
            Ok(v.floor() as libc::time_t)
        }
    }
}

fn gmtime(_vm: &mut Vm, args: Args) -> PyResult {
    let a = args.range("gmtime", 0, 1)?;
    let t = timestamp_arg(a.first())?;
    let mut tm = empty_tm();
    // SAFETY: gmtime_r reads one time_t and fills our tm.
    if unsafe { libc::gmtime_r(&t, &mut tm) }.is_null() {
        return Err(PyErr::overflow_error("timestamp out of range for platform time_t"));
    }
    Ok(tm_to_struct(&tm))
}

fn localtime_tm(t: libc::time_t) -> PyResult<libc::tm> {
    let mut tm = empty_tm();
    // SAFETY: localtime_r reads one time_t and fills our tm.
    if unsafe { libc::localtime_r(&t, &mut tm) }.is_null() {
        return Err(PyErr::overflow_error("timestamp out of range for platform time_t"));
    }
    Ok(tm)
}

fn localtime(_vm: &mut Vm, args: Args) -> PyResult {
    let a = args.range("localtime", 0, 1)?;
    let t = timestamp_arg(a.first())?;
    Ok(tm_to_struct(&localtime_tm(t)?))
}

/// A 9-item time tuple (or struct_time) as a C `tm`.
fn tuple_to_tm(vm: &mut Vm, o: &ObjRef, fname: &str) -> PyResult<libc::tm> {
    let Some(t) = o.downcast_ref::<PyTuple>() else {
        return Err(PyErr::type_error(format!("Tuple or struct_time argument required")));
    };
    if t.len() != 9 {
        return Err(PyErr::type_error(format!("{fname}(): illegal time tuple argument")));
    }
    let mut v = [0i64; 9];
    for (i, item) in t.iter().enumerate() {
        v[i] = item.downcast_ref::<PyInt>().and_then(|x| x.as_i64()).ok_or_else(|| {
            PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", type_name(item)))
        })?;
    }
    let _ = vm;
    let mut tm = empty_tm();
    tm.tm_year = (v[0] - 1900) as i32;
    tm.tm_mon = (v[1] - 1) as i32;
    tm.tm_mday = v[2] as i32;
    tm.tm_hour = v[3] as i32;
    tm.tm_min = v[4] as i32;
    tm.tm_sec = v[5] as i32;
    tm.tm_wday = ((v[6] + 1) % 7) as i32;
    tm.tm_yday = (v[7] - 1) as i32;
    tm.tm_isdst = v[8] as i32;
    if let Some(zone) = o.dict().and_then(|_| None::<ObjRef>) {
        let _ = zone;
    }
    Ok(tm)
}

fn check_tm(tm: &mut libc::tm, fname: &str) -> PyResult<()> {
    if tm.tm_mon == -1 {
        tm.tm_mon = 0;
    } else if !(0..=11).contains(&tm.tm_mon) {
        return Err(PyErr::value_error("month out of range"));
    }
    if tm.tm_mday == 0 {
        tm.tm_mday = 1;
    } else if !(0..=31).contains(&tm.tm_mday) {
        return Err(PyErr::value_error("day of month out of range"));
    }
    if !(0..=23).contains(&tm.tm_hour) {
        return Err(PyErr::value_error("hour out of range"));
    }
    if !(0..=59).contains(&tm.tm_min) {
        return Err(PyErr::value_error("minute out of range"));
    }
    if !(0..=61).contains(&tm.tm_sec) {
        return Err(PyErr::value_error("seconds out of range"));
    }
    if tm.tm_wday < 0 {
        return Err(PyErr::value_error("day of week out of range"));
    }
    if tm.tm_yday == -1 {
        tm.tm_yday = 0;
    } else if !(0..=365).contains(&tm.tm_yday) {
        return Err(PyErr::value_error("day of year out of range"));
    }
    let _ = fname;
    Ok(())
}

fn current_local_tm() -> PyResult<libc::tm> {
    localtime_tm(clock(libc::CLOCK_REALTIME).0 as libc::time_t)
}

fn strftime(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.range("strftime", 1, 2)?;
    let Some(fmt) = a[0].downcast_ref::<PyStr>() else {
        return Err(PyErr::type_error(format!("strftime() argument 1 must be str, not {}", type_name(&a[0]))));
    };
    let mut tm = match a.get(1) {
        Some(t) => {
            let mut tm = tuple_to_tm(vm, t, "strftime")?;
            check_tm(&mut tm, "strftime")?;
            // Keep the zone name of a struct_time that carries one.
            tm
        }
        None => current_local_tm()?,
    };
    if tm.tm_zone.is_null() {
        let local = current_local_tm()?;
        if tm.tm_isdst == local.tm_isdst || tm.tm_isdst < 0 {
            tm.tm_zone = local.tm_zone;
            tm.tm_gmtoff = local.tm_gmtoff;
        }
    }
    Ok(PyStr::new(format_tm(fmt.as_str(), &tm)?))
}

/// C `strftime` over a Rust string (formats piecewise around NUL characters).
fn format_tm(fmt: &str, tm: &libc::tm) -> PyResult<String> {
    let mut out = String::new();
    for (i, part) in fmt.split('\0').enumerate() {
        if i > 0 {
            out.push('\0');
        }
        if part.is_empty() {
            continue;
        }
        let c = std::ffi::CString::new(part).map_err(|_| PyErr::value_error("embedded null character"))?;
        let mut size = 256 + part.len() * 16;
        loop {
            let mut buf = vec![0u8; size];
            // SAFETY: buf has `size` bytes; the format is NUL-terminated; tm is valid.
            let n = unsafe { libc::strftime(buf.as_mut_ptr().cast(), size, c.as_ptr(), tm) };
            if n > 0 || size > 1 << 20 {
                buf.truncate(n);
                out.push_str(&String::from_utf8_lossy(&buf));
                break;
            }
            size *= 4;
        }
    }
    Ok(out)
}

fn asctime_of(tm: &libc::tm) -> PyResult<String> {
    const DAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
    const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let day = DAYS.get(tm.tm_wday.rem_euclid(7) as usize).copied().unwrap_or("???");
    let mon = MONTHS.get(tm.tm_mon as usize).copied().unwrap_or("???");
    Ok(format!("{day} {mon} {:2} {:02}:{:02}:{:02} {}", tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, tm.tm_year + 1900))
}

fn asctime(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.range("asctime", 0, 1)?;
    let mut tm = match a.first() {
        Some(t) => tuple_to_tm(vm, t, "asctime")?,
        None => current_local_tm()?,
    };
    check_tm(&mut tm, "asctime")?;
    Ok(PyStr::new(asctime_of(&tm)?))
}

fn ctime(_vm: &mut Vm, args: Args) -> PyResult {
    let a = args.range("ctime", 0, 1)?;
    let t = timestamp_arg(a.first())?;
    Ok(PyStr::new(asctime_of(&localtime_tm(t)?)?))
}

fn mktime(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.exact("mktime", 1)?;
    let mut tm = tuple_to_tm(vm, &a[0], "mktime")?;
    tm.tm_wday = -1;
    // SAFETY: mktime normalises our tm in place.
    let t = unsafe { libc::mktime(&mut tm) };
    if t == -1 && tm.tm_wday == -1 {
        return Err(PyErr::overflow_error("mktime argument out of range"));
    }
    Ok(PyFloat::new(t as f64))
}

fn perf_counter(_vm: &mut Vm, _a: Args) -> PyResult {
    Ok(secs(libc::CLOCK_MONOTONIC))
}

fn perf_counter_ns(_vm: &mut Vm, _a: Args) -> PyResult {
    Ok(nanos(libc::CLOCK_MONOTONIC))
}

/// Build the `time` module.
pub fn make_module(_vm: &mut Vm) -> PyResult {
    extern "C" {
        fn tzset();
    }
    // SAFETY: tzset reads TZ and sets the C library's zone globals.
    unsafe { tzset() };
    let m = PyModule::new_ref("time", None);
    let d = m.downcast_ref::<PyModule>().expect("module").dict();
    let fns: &[(&'static str, NativeFn)] = &[
        ("time", time),
        ("time_ns", time_ns),
        ("monotonic", monotonic),
        ("monotonic_ns", monotonic_ns),
        ("perf_counter", perf_counter),
        ("perf_counter_ns", perf_counter_ns),
        ("process_time", process_time),
        ("process_time_ns", process_time_ns),
        ("thread_time", thread_time),
        ("thread_time_ns", thread_time_ns),
        ("sleep", sleep),
        ("gmtime", gmtime),
        ("localtime", localtime),
        ("mktime", mktime),
        ("strftime", strftime),
        ("asctime", asctime),
        ("ctime", ctime),
    ];
    crate::types::native::add_functions(d, "time", fns);
    d.set_str("struct_time", struct_time_type());
    // The zone facts of January and July of this year (as CPython derives them).
    let year_start = {
        let mut tm = current_local_tm()?;
        tm.tm_mon = 0;
        tm.tm_mday = 1;
        tm.tm_hour = 0;
        tm.tm_min = 0;
        tm.tm_sec = 0;
        tm.tm_isdst = -1;
        // SAFETY: mktime normalises our tm in place.
        unsafe { libc::mktime(&mut tm) }
    };
    let jan = localtime_tm(year_start)?;
    let jul = localtime_tm(year_start + 183 * 86400)?;
    let zone_name = |tm: &libc::tm| {
        if tm.tm_zone.is_null() {
            String::new()
        } else {
            // SAFETY: tm_zone from localtime_r is a NUL-terminated string.
            unsafe { std::ffi::CStr::from_ptr(tm.tm_zone) }.to_string_lossy().into_owned()
        }
    };
    let (std_tm, dst_tm) = if jan.tm_gmtoff <= jul.tm_gmtoff { (&jan, &jul) } else { (&jul, &jan) };
    d.set_str("timezone", PyInt::new(-(std_tm.tm_gmtoff as i64)));
    d.set_str("altzone", PyInt::new(-(dst_tm.tm_gmtoff as i64)));
    d.set_str("daylight", PyInt::new((jan.tm_gmtoff != jul.tm_gmtoff) as i64));
    d.set_str("tzname", PyTuple::new(vec![PyStr::new(zone_name(std_tm)), PyStr::new(zone_name(dst_tm))]));
    Ok(m)
}
