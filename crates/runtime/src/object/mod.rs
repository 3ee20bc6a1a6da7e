//! Objects: the header every Python object starts with, and `ObjRef`, the
//! owning pointer through which all Rust code holds Python objects.
//!
//! Layout: `PyObject<T> = { Header, T }` with `#[repr(C)]`, so a pointer to the
//! header is a pointer to the object. The header holds the reference counts
//! (`rc`), a vtable naming the Rust payload type (for downcasts and drop), the
//! object's Python type, and its instance `__dict__` if it has one.
//!
//! Invariants:
//! - an `ObjRef` always points to a live object and owns one reference;
//!   `Clone` is incref and `Drop` is decref (only `rc` touches counts);
//! - the payload of an object never changes Rust type; mutable payloads guard
//!   their state with their own lock and never call into Python while holding it;
//! - deallocation never recurses without bound: deep chains are freed from a
//!   per-thread queue (the "trashcan").

pub mod deferred;
pub mod rc;
pub mod read_mostly;
#[cfg(rc_mode = "biased")]
pub mod brc;
#[cfg(rc_mode = "biased")]
pub mod qsbr;
mod sync;

use std::any::TypeId;
use std::cell::{Cell, RefCell};
use std::fmt;
use std::marker::PhantomData;
use std::ptr::NonNull;
use std::sync::atomic::{AtomicPtr, Ordering};

use crate::types::PyType;

/// Per-payload-type facts the header points to.
pub struct VTable {
    pub type_id: TypeId,
    pub name: fn() -> &'static str,
    drop: unsafe fn(NonNull<Header>),
}

/// A Rust type that can be the payload of a Python object.
pub trait PyPayload: Send + Sync + Sized + 'static {
    /// The builtin type new objects of this payload get by default.
    fn class() -> &'static ObjRef;
}

struct VTableOf<T>(PhantomData<T>);

impl<T: PyPayload> VTableOf<T> {
    const VTABLE: VTable = VTable { type_id: TypeId::of::<T>(), name: std::any::type_name::<T>, drop: drop_object::<T> };
}

/// # Safety
/// `h` must point to a `PyObject<T>` allocated by `ObjRef::new_with` whose last
/// reference is gone.
unsafe fn drop_object<T: PyPayload>(h: NonNull<Header>) {
    // SAFETY: the caller guarantees h came from Box<PyObject<T>> and is unreferenced.
    drop(unsafe { Box::from_raw(h.as_ptr() as *mut PyObject<T>) });
}

#[repr(C)]
pub struct Header {
    pub rc: rc::RefCount,
    vtable: &'static VTable,
    /// The object's Python type; null only transiently while `type` itself is built.
    ty: Cell<*const Header>,
    /// The instance `__dict__` (null until first needed, then set once by CAS;
    /// replaced only by `set_dict`).
    dict: AtomicPtr<Header>,
}

#[repr(C)]
pub struct PyObject<T> {
    header: Header,
    payload: T,
}

/// An owned reference to a Python object.
#[repr(transparent)]
pub struct ObjRef(NonNull<Header>);

// SAFETY: payloads are Send + Sync (PyPayload bound), counts are atomics with
// the protocol of `rc`, and `ty` is only written during single-threaded start-up
// or by `set_class` under the documented contract.
unsafe impl Send for ObjRef {}
unsafe impl Sync for ObjRef {}

impl ObjRef {
    /// A new object of the payload's default builtin type.
    #[inline]
    pub fn new<T: PyPayload>(payload: T) -> ObjRef {
        ObjRef::new_with(payload, T::class().clone(), None)
    }

    /// A new object with an explicit type (a subclass) and optional instance dict.
    #[inline]
    pub fn new_with<T: PyPayload>(payload: T, ty: ObjRef, dict: Option<ObjRef>) -> ObjRef {
        let ty_ptr = ty.0.as_ptr() as *const Header;
        std::mem::forget(ty);
        let obj = Box::new(PyObject {
            header: Header {
                rc: rc::RefCount::new(),
                vtable: &VTableOf::<T>::VTABLE,
                ty: Cell::new(ty_ptr),
                dict: AtomicPtr::new(dict.map_or(std::ptr::null_mut(), |d| d.into_raw() as *mut Header)),
            },
            payload,
        });
        // SAFETY: Box::into_raw never returns null.
        ObjRef(unsafe { NonNull::new_unchecked(Box::into_raw(obj) as *mut Header) })
    }

    /// A new immortal object (never counted, never freed); used for singletons and builtin types.
    /// With `-X rc=...,no-immortal` it is an ordinary counted object that is never freed.
    pub fn new_immortal<T: PyPayload>(payload: T, ty: Option<&ObjRef>) -> ObjRef {
        let immortal = deferred::immortal_enabled();
        let obj = Box::new(PyObject {
            header: Header {
                rc: if immortal { rc::RefCount::new_immortal() } else { rc::RefCount::new() },
                vtable: &VTableOf::<T>::VTABLE,
                ty: Cell::new(ty.map_or(std::ptr::null(), |t| t.0.as_ptr() as *const Header)),
                dict: AtomicPtr::new(std::ptr::null_mut()),
            },
            payload,
        });
        // SAFETY: Box::into_raw never returns null.
        let obj = ObjRef(unsafe { NonNull::new_unchecked(Box::into_raw(obj) as *mut Header) });
        if !immortal {
            std::mem::forget(obj.clone());
        }
        obj
    }

    /// Immortal object with an instance dict (builtin modules' namespaces, for example).
    pub fn new_immortal_with_dict<T: PyPayload>(payload: T, ty: &ObjRef, dict: ObjRef) -> ObjRef {
        let obj = ObjRef::new_with(payload, ty.clone(), Some(dict));
        obj.make_immortal();
        obj
    }

    #[inline(always)]
    fn header(&self) -> &Header {
        // SAFETY: an ObjRef always points to a live object.
        unsafe { self.0.as_ref() }
    }

    /// Set the type of an object built before its type existed (start-up only).
    ///
    /// # Safety
    /// No other thread may be reading the object; `ty` must be immortal.
    pub unsafe fn init_type(&self, ty: &ObjRef) {
        self.header().ty.set(ty.0.as_ptr());
    }

    /// The object's Python type.
    #[inline(always)]
    pub fn class(&self) -> &ObjRef {
        // SAFETY: ty points to a live type object, kept alive by this object's
        // reference to it; ObjRef is repr(transparent) over the pointer.
        unsafe { &*(self.header().ty.as_ptr() as *const ObjRef) }
    }

    /// The payload of the object's type (`PyType`).
    #[inline(always)]
    pub fn ty(&self) -> &PyType {
        // SAFETY: `ty` always points to an object whose payload is PyType.
        unsafe { self.class().payload_unchecked::<PyType>() }
    }

    /// Replace the object's type (`obj.__class__ = C`); the caller checked layout compatibility.
    pub fn set_class(&self, ty: ObjRef) {
        let old = self.header().ty.replace(ty.0.as_ptr());
        std::mem::forget(ty);
        // SAFETY: the old pointer carried one reference owned by this object.
        drop(ObjRef(unsafe { NonNull::new_unchecked(old as *mut Header) }));
    }

    #[inline(always)]
    pub fn is<T: PyPayload>(&self) -> bool {
        self.header().vtable.type_id == TypeId::of::<T>()
    }

    #[inline(always)]
    pub fn downcast_ref<T: PyPayload>(&self) -> Option<&T> {
        if self.is::<T>() {
            // SAFETY: the vtable proves the payload type.
            Some(unsafe { self.payload_unchecked::<T>() })
        } else {
            None
        }
    }

    /// # Safety
    /// The payload must be a `T`.
    #[inline(always)]
    pub unsafe fn payload_unchecked<T>(&self) -> &T {
        // SAFETY: by the caller's guarantee the object is a PyObject<T>.
        unsafe { &(*(self.0.as_ptr() as *const PyObject<T>)).payload }
    }

    /// The Rust name of the payload type (diagnostics only).
    pub fn payload_name(&self) -> &'static str {
        (self.header().vtable.name)()
    }

    /// Same object (`is`).
    #[inline(always)]
    pub fn is_same(&self, other: &ObjRef) -> bool {
        self.0 == other.0
    }

    #[inline(always)]
    pub fn as_ptr(&self) -> *const Header {
        self.0.as_ptr()
    }

    /// `id(obj)`.
    pub fn id(&self) -> usize {
        self.0.as_ptr() as usize
    }

    /// The instance dict, if one was created.
    pub fn dict(&self) -> Option<ObjRef> {
        let p = self.header().dict.load(Ordering::Acquire);
        if p.is_null() {
            None
        } else {
            // SAFETY: a non-null dict pointer owns a reference; it is only
            // replaced by `set_dict`, which callers serialise with readers.
            Some(unsafe { ObjRef::clone_from_ptr(p) })
        }
    }

    /// Run `f` on the instance dict, if there is one, without counting a
    /// reference to it where that is safe: under a GIL nothing replaces it
    /// meanwhile, and in biased builds a dict replaced by `set_dict` outlives a
    /// grace period. `atomic` builds count. `f` must not run Python code.
    #[inline]
    pub fn with_dict<R>(&self, f: impl FnOnce(&ObjRef) -> R) -> Option<R> {
        let p = self.header().dict.load(Ordering::Acquire);
        if p.is_null() {
            return None;
        }
        if cfg!(rc_mode = "atomic") {
            // SAFETY: as in `dict`.
            let d = unsafe { ObjRef::clone_from_ptr(p) };
            return Some(f(&d));
        }
        // SAFETY: the header's reference keeps the dict alive (see above); the
        // borrowed ObjRef is never dropped.
        let d = std::mem::ManuallyDrop::new(unsafe { ObjRef::from_raw(p) });
        Some(f(&d))
    }

    /// The instance dict, creating an empty one on first use.
    pub fn dict_or_create(&self) -> ObjRef {
        if let Some(d) = self.dict() {
            return d;
        }
        let fresh = crate::types::PyDict::new_ref();
        let p = fresh.clone().into_raw() as *mut Header;
        match self.header().dict.compare_exchange(std::ptr::null_mut(), p, Ordering::AcqRel, Ordering::Acquire) {
            Ok(_) => fresh,
            Err(_) => {
                // SAFETY: we own the reference we tried to install.
                drop(unsafe { ObjRef::from_raw(p) });
                self.dict().expect("dict installed by another thread")
            }
        }
    }

    /// Replace the instance dict (`obj.__dict__ = d`).
    pub fn set_dict(&self, d: ObjRef) {
        let old = self.header().dict.swap(d.into_raw() as *mut Header, Ordering::AcqRel);
        if !old.is_null() {
            // SAFETY: the old pointer owned one reference.
            let old = unsafe { ObjRef::from_raw(old) };
            // Readers in `with_dict` may still be using it: free only after a grace period.
            #[cfg(rc_mode = "biased")]
            old.mark_maybe_shared();
            drop(old);
        }
    }

    pub fn is_immortal(&self) -> bool {
        self.header().rc.is_immortal()
    }

    /// Make this object immortal (with `-X rc=...,no-immortal`: leak one reference instead).
    pub fn make_immortal(&self) {
        if deferred::immortal_enabled() {
            self.header().rc.make_immortal()
        } else {
            std::mem::forget(self.clone());
        }
    }

    /// Stop counting this object whatever the ablation switches say (for `deferred::defer`).
    pub(crate) fn stop_counting(&self) {
        self.header().rc.make_immortal()
    }

    /// Is the object counted by a thread other than the calling one (biased
    /// builds: owned by another thread, or merged into the shared count)?
    #[inline]
    pub fn counted_elsewhere(&self) -> bool {
        #[cfg(rc_mode = "biased")]
        {
            !self.is_immortal() && self.header().rc.owner() != rc::current_thread_id()
        }
        #[cfg(not(rc_mode = "biased"))]
        {
            false
        }
    }

    /// Have the owner merge the object's counts at its next safe point (biased builds).
    #[cfg(rc_mode = "biased")]
    pub fn request_merge(&self) {
        self.header().rc.request_merge()
    }

    /// The id of the thread that owns the object's local count (0: none; biased builds).
    #[cfg(rc_mode = "biased")]
    #[inline]
    pub fn owner_thread(&self) -> u32 {
        self.header().rc.owner()
    }

    pub fn refcount(&self) -> i64 {
        self.header().rc.total()
    }

    /// Give up ownership without decref (the count moves to the raw pointer).
    pub fn into_raw(self) -> *const Header {
        let p = self.0.as_ptr();
        std::mem::forget(self);
        p
    }

    /// # Safety
    /// `p` must come from `into_raw` (it takes back that reference).
    pub unsafe fn from_raw(p: *const Header) -> ObjRef {
        // SAFETY: by the caller's guarantee p is a live object pointer.
        ObjRef(unsafe { NonNull::new_unchecked(p as *mut Header) })
    }

    /// Flag the object for lock-free readers: from now on its memory outlives
    /// its death by a grace period (biased builds; see `rc.rs`).
    #[cfg(rc_mode = "biased")]
    #[inline]
    pub fn mark_maybe_shared(&self) {
        self.header().rc.mark_maybe_shared()
    }

    /// A new reference to an object read through a raw pointer by a lock-free
    /// reader, or None if the object has died meanwhile.
    ///
    /// # Safety
    /// `p` was read from a published snapshot whose objects are flagged
    /// `mark_maybe_shared`, and the calling thread has not passed a quiescent
    /// state (`qsbr.rs`) since.
    #[cfg(rc_mode = "biased")]
    #[inline]
    pub unsafe fn try_from_shared_ptr(p: *const Header) -> Option<ObjRef> {
        // SAFETY: the grace period keeps p's memory valid (caller's guarantee).
        let h = unsafe { &*p };
        // SAFETY: try_incref gave us a counted reference to a live object.
        h.rc.try_incref().then(|| unsafe { ObjRef::from_raw(p) })
    }

    /// A new reference to the object behind a header pointer.
    ///
    /// # Safety
    /// `p` must point to a live object.
    pub unsafe fn clone_from_ptr(p: *const Header) -> ObjRef {
        // SAFETY: p is live by the caller's guarantee.
        let r = std::mem::ManuallyDrop::new(unsafe { ObjRef::from_raw(p) });
        (*r).clone()
    }
}

impl Clone for ObjRef {
    #[inline(always)]
    fn clone(&self) -> ObjRef {
        self.header().rc.incref();
        ObjRef(self.0)
    }
}

impl Drop for ObjRef {
    #[inline(always)]
    fn drop(&mut self) {
        if self.header().rc.decref() {
            dealloc(self.0);
        }
    }
}

impl PartialEq for ObjRef {
    /// Identity, not Python equality.
    fn eq(&self, other: &ObjRef) -> bool {
        self.0 == other.0
    }
}
impl Eq for ObjRef {}

impl fmt::Debug for ObjRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "<{} object at {:p}>", self.payload_name(), self.0.as_ptr())
    }
}

/// How deep nested deallocation may go before objects are queued instead.
const DEALLOC_DEPTH_LIMIT: u32 = 200;

thread_local! {
    static DEALLOC_DEPTH: Cell<u32> = const { Cell::new(0) };
    static DEALLOC_QUEUE: RefCell<Vec<NonNull<Header>>> = const { RefCell::new(Vec::new()) };
}

/// Free an object whose last reference is gone (from the merge queues).
///
/// # Safety
/// `h` must be an unreferenced object that nobody else will touch.
#[allow(dead_code)]
pub(crate) unsafe fn dealloc_header(h: *const Header) {
    // SAFETY: the caller's guarantee; header pointers are never null.
    dealloc(unsafe { NonNull::new_unchecked(h as *mut Header) });
}

#[cold]
#[inline(never)]
fn dealloc(h: NonNull<Header>) {
    // SAFETY: the object is dead but not yet freed.
    if unsafe { h.as_ref() }.rc.maybe_shared() {
        retire_dead(h);
        return;
    }
    free_now(h);
}

/// A dead object that lock-free readers may still see: its destructor runs after a grace period.
#[cfg(rc_mode = "biased")]
fn retire_dead(h: NonNull<Header>) {
    struct Dead(NonNull<Header>);
    // SAFETY: a dead object is touched by nobody but its reclaimer (readers only see it dead).
    unsafe impl Send for Dead {}
    impl Drop for Dead {
        fn drop(&mut self) {
            free_now(self.0);
        }
    }
    qsbr::retire(Box::new(Dead(h)));
}

#[cfg(not(rc_mode = "biased"))]
fn retire_dead(h: NonNull<Header>) {
    free_now(h);
}

/// Run the destructor of a dead object and free its memory (the trashcan bounds the nesting).
fn free_now(h: NonNull<Header>) {
    let depth = DEALLOC_DEPTH.with(|d| d.get());
    if depth >= DEALLOC_DEPTH_LIMIT {
        DEALLOC_QUEUE.with(|q| q.borrow_mut().push(h));
        return;
    }
    DEALLOC_DEPTH.with(|d| d.set(depth + 1));
    // SAFETY: the last reference is gone (rc::decref returned true).
    unsafe { (h.as_ref().vtable.drop)(h) };
    if depth == 0 {
        // Outermost dealloc: free what deeper levels queued, iteratively.
        while let Some(next) = DEALLOC_QUEUE.with(|q| q.borrow_mut().pop()) {
            // SAFETY: queued objects are unreferenced and were not yet freed.
            unsafe { (next.as_ref().vtable.drop)(next) };
        }
    }
    DEALLOC_DEPTH.with(|d| d.set(depth));
}

impl Drop for Header {
    fn drop(&mut self) {
        let d = *self.dict.get_mut();
        if !d.is_null() {
            // SAFETY: the header owns one reference to its dict.
            drop(unsafe { ObjRef::from_raw(d) });
        }
        let ty = self.ty.get();
        if !ty.is_null() {
            // SAFETY: the header owns one reference to its type.
            drop(unsafe { ObjRef::from_raw(ty) });
        }
    }
}
