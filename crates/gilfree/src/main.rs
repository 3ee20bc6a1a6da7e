//! `gilfree`: the command line, shaped like `python3`'s.
//!
//! `gilfree [-X opt] [-c cmd | -m mod | file | -] [args...]`; runs the
//! interpreter on a thread with a large native stack so that deep (but
//! legal) recursion never overflows it, and exits with CPython's codes.

mod cli;
mod repl;
mod modes;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    if let Err(code) = modes::dispatch(&std::env::args().collect::<Vec<_>>()) {
        std::process::exit(code);
    }
    let opts = match cli::parse(std::env::args().collect()) {
        Ok(o) => o,
        Err(code) => std::process::exit(code),
    };
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
