//! `gilfree`: the command line, shaped like `python3`'s.
//!
//! `gilfree [-X opt] [-c cmd | -m mod | file | -] [args...]`; runs the
//! interpreter on a thread with a large native stack so that deep (but
//! legal) recursion never overflows it, and exits with CPython's codes.

mod alloc;
mod cli;
mod repl;
mod modes;

#[global_allocator]
static GLOBAL: alloc::Mimalloc = alloc::Mimalloc;

/// SIGINT: ask the main thread to raise KeyboardInterrupt at its next safe point.
extern "C" fn on_sigint(_signal: libc::c_int) {
    runtime::vm::breaker::request(runtime::vm::breaker::SIGINT);
}

fn install_sigint_handler() {
    let handler: extern "C" fn(libc::c_int) = on_sigint;
    // SAFETY: the handler only does an atomic fetch_or, which is async-signal-safe.
    unsafe {
        libc::signal(libc::SIGINT, handler as libc::sighandler_t);
    }
}

fn main() {
    if let Err(code) = modes::dispatch(&std::env::args().collect::<Vec<_>>()) {
        std::process::exit(code);
    }
    let opts = match cli::parse(std::env::args().collect()) {
        Ok(o) => o,
        Err(code) => std::process::exit(code),
    };
    install_sigint_handler();
    let handle = std::thread::Builder::new()
        .name("main".into())
        .stack_size(runtime::THREAD_STACK_SIZE)
        .spawn(move || cli::run(opts));
    let code = match handle.map(|h| h.join()) {
        Ok(Ok(code)) => code,
        _ => 1,
    };
    std::process::exit(code);
}
