//! Interned strings: one immortal str object per distinct identifier, so that
//! names in code objects, attribute names and dict keys made from them share
//! one object (and identity comparison finds them first in a dict probe).

use std::collections::HashMap;
use std::sync::OnceLock;

use parking_lot::Mutex;

use crate::object::ObjRef;
use crate::types::str::PyStr;

fn table() -> &'static Mutex<HashMap<Box<str>, ObjRef>> {
    static TABLE: OnceLock<Mutex<HashMap<Box<str>, ObjRef>>> = OnceLock::new();
    TABLE.get_or_init(|| Mutex::new(HashMap::new()))
}

/// The interned str object for `name`.
pub fn intern(name: &str) -> ObjRef {
    let mut t = table().lock();
    if let Some(s) = t.get(name) {
        return s.clone();
    }
    let s = PyStr::new(name);
    s.make_immortal();
    t.insert(name.into(), s.clone());
    s
}

/// The interned str object for a name written in Rust source (a dunder such
/// as `"__setitem__"`), found by the text's address in a per-thread table:
/// no hashing of the text and no lock on the way to the type attribute cache.
#[inline]
pub fn static_name(name: &'static str) -> ObjRef {
    use std::cell::RefCell;
    use std::hash::{BuildHasherDefault, Hasher};

    /// Addresses are already unique: one multiply spreads them over the table.
    #[derive(Default)]
    struct AddressHasher(u64);
    impl Hasher for AddressHasher {
        fn finish(&self) -> u64 {
            self.0
        }
        fn write(&mut self, _: &[u8]) {
            unreachable!("only addresses are hashed")
        }
        fn write_usize(&mut self, a: usize) {
            self.0 = (a as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }
    type ByAddress = HashMap<usize, ObjRef, BuildHasherDefault<AddressHasher>>;
    thread_local! {
        static NAMES: RefCell<ByAddress> = RefCell::new(ByAddress::default());
    }
    let key = name.as_ptr() as usize ^ (name.len() << 48);
    NAMES.with(|m| {
        if let Some(s) = m.borrow().get(&key) {
            return s.clone();
        }
        let s = intern(name);
        m.borrow_mut().insert(key, s.clone());
        s
    })
}
