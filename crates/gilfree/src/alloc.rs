//! The global allocator: mimalloc (as in CPython), called through its plain
//! entry points whenever the alignment asked for is one mimalloc gives every
//! block anyway. The `mimalloc` crate always takes mimalloc's aligned path,
//! which costs several times more instructions per allocation, and gilfree
//! allocates an object for every intermediate int, float and frame.

use std::alloc::{GlobalAlloc, Layout};
use std::ffi::c_void;

use libmimalloc_sys as mi;

pub struct Mimalloc;

/// mimalloc aligns every block to 8 bytes, and blocks of 16 bytes or more to 16.
#[inline(always)]
fn plain_is_aligned(layout: &Layout) -> bool {
    layout.align() <= 8 || (layout.align() == 16 && layout.size() >= 16)
}

// SAFETY: every path hands the request to mimalloc, which returns blocks of at
// least the requested size and alignment (checked by `plain_is_aligned` for
// the plain entry points) or null, and frees what it allocated.
unsafe impl GlobalAlloc for Mimalloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: plain FFI calls into mimalloc.
        unsafe {
            if plain_is_aligned(&layout) {
                mi::mi_malloc(layout.size()) as *mut u8
            } else {
                mi::mi_malloc_aligned(layout.size(), layout.align()) as *mut u8
            }
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: plain FFI calls into mimalloc.
        unsafe {
            if plain_is_aligned(&layout) {
                mi::mi_zalloc(layout.size()) as *mut u8
            } else {
                mi::mi_zalloc_aligned(layout.size(), layout.align()) as *mut u8
            }
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        // SAFETY: `ptr` came from this allocator.
        unsafe { mi::mi_free(ptr as *mut c_void) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: `ptr` came from this allocator with `layout`.
        unsafe {
            let new = Layout::from_size_align_unchecked(new_size, layout.align());
            if plain_is_aligned(&new) {
                mi::mi_realloc(ptr as *mut c_void, new_size) as *mut u8
            } else {
                mi::mi_realloc_aligned(ptr as *mut c_void, new_size, layout.align()) as *mut u8
            }
        }
    }
}
