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
