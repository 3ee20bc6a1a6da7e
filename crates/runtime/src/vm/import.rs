//! The import system: `import`, `from ... import`, relative imports, packages.
//!
//! A module is found, in order, among the native modules (Rust), the frozen
//! modules (Python sources embedded in the binary from `crates/runtime/lib`),
//! and `.py` files / package directories on `sys.path` (or the parent
//! package's `__path__`). A module is entered in `sys.modules` before its
//! body runs, and removed again if the body raises.

use std::sync::Arc;

use crate::error::{PyErr, PyResult};
use crate::object::ObjRef;
use crate::types::dict::PyDict;
use crate::types::exception::{self, PyBaseException};
use crate::types::function::PyCode;
use crate::types::int::PyInt;
use crate::types::list::PyList;
use crate::types::module::PyModule;
use crate::types::str::PyStr;
use crate::types::tuple::PyTuple;
use crate::types::singletons;
use crate::vm::frame::Frame;
use crate::vm::Vm;

include!(concat!(env!("OUT_DIR"), "/frozen.rs"));

fn s(o: &ObjRef) -> Option<String> {
    o.downcast_ref::<PyStr>().map(|s| s.as_str().to_string())
}

impl Vm {
    /// Compile source text; a syntax error becomes a `SyntaxError` exception.
    pub fn compile(&mut self, source: &str, filename: &str, mode: compiler::Mode) -> PyResult<ObjRef> {
        let code = compile_on_big_stack(source, filename, mode).map_err(|e| syntax_error(&e))?;
        PyCode::new_ref(code)
    }

    /// Compile a module's (or the main script's) source; its code is deferred.
    pub fn compile_module(&mut self, source: &str, filename: &str) -> PyResult<ObjRef> {
        let code = self.compile(source, filename, compiler::Mode::Exec)?;
        PyCode::defer_tree(&code);
        Ok(code)
    }

    /// Run a code object with the given globals (and locals; module code uses the globals).
    pub fn run_code(&mut self, code: ObjRef, globals: ObjRef, locals: Option<ObjRef>) -> PyResult {
        if let Some(g) = globals.downcast_ref::<PyDict>() {
            if g.get_str("__builtins__").is_none() {
                g.set_str("__builtins__", self.interp.builtins.clone());
            }
        }
        let locals = locals.unwrap_or_else(|| globals.clone());
        let frame = Frame::new(code, globals, self.interp.builtins_dict.clone(), Some(locals));
        self.run_frame_checked(frame)
    }

    pub fn import_name(&mut self, f: &Frame, name: &ObjRef, fromlist: &ObjRef, level: &ObjRef) -> PyResult {
        let name = s(name).unwrap_or_default();
        let level = level.downcast_ref::<PyInt>().and_then(|i| i.as_i64()).unwrap_or(0);
        let fullname = if level > 0 {
            let globals = f.globals.downcast_ref::<PyDict>().expect("globals dict");
            resolve_relative(globals, &name, level as usize)?
        } else {
            name.clone()
        };
        let module = self.import_module(&fullname)?;
        let has_fromlist = !fromlist.is_none() && fromlist.downcast_ref::<PyTuple>().is_none_or(|t| !t.is_empty());
        if has_fromlist {
            return Ok(module);
        }
        if level == 0 {
            if let Some(top) = name.split('.').next() {
                if top != name {
                    return self.modules().get_str(top).ok_or_else(|| not_found(top));
                }
            }
            return Ok(module);
        }
        // `import .a.b` is not valid syntax; relative imports always have a fromlist.
        Ok(module)
    }

    /// Import `fullname` (dotted), importing its parents first; returns the module itself.
    pub fn import_module(&mut self, fullname: &str) -> PyResult {
        if let Some(m) = self.modules().get_str(fullname) {
            if !m.is_none() {
                return Ok(m);
            }
        }
        let (parent_path, parent) = match fullname.rsplit_once('.') {
            Some((parent, _)) => {
                let p = self.import_module(parent)?;
                if let Some(m) = self.modules().get_str(fullname) {
                    return Ok(m);
                }
                let path = self.get_attr_opt(&p, "__path__")?;
                let Some(path) = path else {
                    return Err(PyErr::module_not_found_error(format!(
                        "No module named '{fullname}'; '{parent}' is not a package"
                    )));
                };
                (Some(self.collect(&path)?.iter().filter_map(s).collect::<Vec<_>>()), Some(p))
            }
            None => (None, None),
        };
        let module = self.find_and_load(fullname, parent_path)?;
        if let (Some(p), Some((_, last))) = (parent, fullname.rsplit_once('.')) {
            self.set_attr_str(&p, last, module.clone())?;
        }
        Ok(module)
    }

    fn find_and_load(&mut self, fullname: &str, parent_path: Option<Vec<String>>) -> PyResult {
        let native = self.interp.native_modules.lock().iter().find(|(n, _)| *n == fullname).map(|(_, f)| *f);
        if let Some(init) = native {
            let m = init(self)?;
            self.modules().set_str(fullname, m.clone());
            return Ok(m);
        }
        if let Some((_, src, is_pkg)) = FROZEN.iter().find(|(n, _, _)| *n == fullname) {
            let filename = format!("<frozen {fullname}>");
            return self.exec_source_module(fullname, &filename, src, is_pkg.then(Vec::new));
        }
        let dirs = match parent_path {
            Some(p) => p,
            None => {
                let path = self.sys_attr("path");
                match path {
                    Some(p) => self.collect(&p)?.iter().filter_map(s).collect(),
                    None => vec![],
                }
            }
        };
        let last = fullname.rsplit('.').next().unwrap_or(fullname);
        for dir in dirs {
            let base = if dir.is_empty() { std::path::PathBuf::from(".") } else { std::path::PathBuf::from(&dir) };
            let pkg_init = base.join(last).join("__init__.py");
            if pkg_init.is_file() {
                let src = read_source(&pkg_init)?;
                let pkg_dir = base.join(last).to_string_lossy().into_owned();
                return self.exec_source_module(fullname, &pkg_init.to_string_lossy(), &src, Some(vec![pkg_dir]));
            }
            let file = base.join(format!("{last}.py"));
            if file.is_file() {
                let src = read_source(&file)?;
                return self.exec_source_module(fullname, &file.to_string_lossy(), &src, None);
            }
        }
        Err(not_found(fullname))
    }

    /// Create module `fullname` from source and run its body.
    pub fn exec_source_module(&mut self, fullname: &str, filename: &str, source: &str, package_path: Option<Vec<String>>) -> PyResult {
        let module = PyModule::new_ref(fullname, None);
        let dict = module.downcast_ref::<PyModule>().expect("module").dict.clone();
        {
            let d = dict.downcast_ref::<PyDict>().expect("module dict");
            if !filename.starts_with('<') {
                d.set_str("__file__", PyStr::new(filename));
            }
            let package = match &package_path {
                Some(_) => fullname.to_string(),
                None => fullname.rsplit_once('.').map_or(String::new(), |(p, _)| p.to_string()),
            };
            d.set_str("__package__", PyStr::new(package.as_str()));
            let path = package_path.as_ref().map(|p| PyList::new(p.iter().map(|x| PyStr::new(x.as_str())).collect()));
            if let Some(path) = &path {
                d.set_str("__path__", path.clone());
            }
            d.set_str("__spec__", module_spec(fullname, filename, &package, path));
            d.set_str("__builtins__", self.interp.builtins.clone());
        }
        self.modules().set_str(fullname, module.clone());
        self.interp.initializing.lock().push(fullname.to_string());
        let result = self.compile_module(source, filename).and_then(|code| self.run_code(code, dict, None));
        {
            let mut init = self.interp.initializing.lock();
            if let Some(pos) = init.iter().rposition(|n| n == fullname) {
                init.remove(pos);
            }
        }
        if let Err(e) = result {
            self.modules().del_str(fullname);
            return Err(e);
        }
        Ok(self.modules().get_str(fullname).unwrap_or(module))
    }

    /// `from module import name`.
    pub fn import_from(&mut self, module: &ObjRef, name: &ObjRef) -> PyResult {
        let n = s(name).unwrap_or_default();
        match self.get_attr(module, name) {
            Ok(v) => return Ok(v),
            Err(e) if !e.matches(&exception::types().attribute_error) => return Err(e),
            Err(_) => {}
        }
        let modname = self.get_attr_opt(module, "__name__")?.and_then(|m| s(&m));
        if let Some(modname) = &modname {
            let sub = format!("{modname}.{n}");
            if let Some(m) = self.modules().get_str(&sub) {
                return Ok(m);
            }
            if self.get_attr_opt(module, "__path__")?.is_some() {
                match self.import_module(&sub) {
                    Ok(m) => return Ok(m),
                    Err(e) if e.matches(&exception::types().module_not_found_error) => {}
                    Err(e) => return Err(e),
                }
            }
        }
        let modname = modname.unwrap_or_else(|| "<unknown module name>".into());
        let file = self.get_attr_opt(module, "__file__")?.and_then(|f| s(&f));
        let partial = self.interp.initializing.lock().contains(&modname);
        let location = file.clone().unwrap_or_else(|| "unknown location".into());
        let msg = if partial {
            format!(
                "cannot import name '{n}' from partially initialized module '{modname}' (most likely due to a circular import) ({location})"
            )
        } else {
            format!("cannot import name '{n}' from '{modname}' ({location})")
        };
        let err = PyErr::import_error(msg);
        if let Some(d) = err.value().dict_or_create().downcast_ref::<PyDict>() {
            d.set_str("name", PyStr::new(modname.as_str()));
            d.set_str("path", file.map_or_else(singletons::none, |f| PyStr::new(f)));
        }
        Err(err)
    }

    /// `from module import *` into namespace `ns`.
    pub fn import_star(&mut self, module: &ObjRef, ns: &ObjRef) -> PyResult<()> {
        let names: Vec<ObjRef> = match self.get_attr_opt(module, "__all__")? {
            Some(all) => self.collect(&all)?,
            None => {
                let d = module.dict().ok_or_else(|| PyErr::import_error("from-import-* object has no __dict__ and no __all__"))?;
                let keys = d.downcast_ref::<PyDict>().map(|d| d.keys()).unwrap_or_default();
                keys.into_iter().filter(|k| s(k).is_some_and(|k| !k.starts_with('_'))).collect()
            }
        };
        for n in names {
            // Names in __all__ may be submodules not imported yet: import_from loads them.
            let v = self.import_from(module, &n)?;
            self.set_item(ns, &n, &v)?;
        }
        Ok(())
    }
}

fn not_found(name: &str) -> PyErr {
    let err = PyErr::module_not_found_error(format!("No module named '{name}'"));
    if let Some(d) = err.value().dict_or_create().downcast_ref::<PyDict>() {
        d.set_str("name", PyStr::new(name));
    }
    err
}

fn read_source(path: &std::path::Path) -> PyResult<String> {
    let bytes = std::fs::read(path).map_err(|e| PyErr::os_error(format!("{}: {}", path.display(), e)))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

fn resolve_relative(globals: &PyDict, name: &str, level: usize) -> PyResult<String> {
    let package = globals.get_str("__package__").and_then(|p| s(&p)).filter(|p| !p.is_empty());
    let package = match package {
        Some(p) => p,
        None => {
            let modname = globals.get_str("__name__").and_then(|n| s(&n)).unwrap_or_default();
            if globals.get_str("__path__").is_some() {
                modname
            } else {
                match modname.rsplit_once('.') {
                    Some((p, _)) => p.to_string(),
                    None => String::new(),
                }
            }
        }
    };
    if package.is_empty() {
        return Err(PyErr::import_error("attempted relative import with no known parent package"));
    }
    let parts: Vec<&str> = package.split('.').collect();
    if level > parts.len() {
        return Err(PyErr::import_error("attempted relative import beyond top-level package"));
    }
    let base = parts[..parts.len() - (level - 1)].join(".");
    Ok(if name.is_empty() { base } else { format!("{base}.{name}") })
}

/// Compile on a thread with a large stack: the parser and compiler recurse on deep nesting.
fn compile_on_big_stack(source: &str, filename: &str, mode: compiler::Mode) -> Result<Arc<compiler::CodeObject>, compiler::CompileError> {
    if source.len() < 200_000 && max_nesting(source) < 200 {
        return compiler::compile(source, filename, mode);
    }
    let (src, name) = (source.to_string(), filename.to_string());
    std::thread::Builder::new()
        .stack_size(1 << 30)
        .spawn(move || compiler::compile(&src, &name, mode))
        .ok()
        .and_then(|h| h.join().ok())
        .unwrap_or_else(|| {
            Err(compiler::CompileError {
                kind: compiler::CompileErrorKind::SyntaxError,
                message: "too many nested parentheses".into(),
                filename: filename.to_string(),
                line: 1,
                column: 1,
                end_column: None,
                text: None,
            })
        })
}

fn max_nesting(source: &str) -> usize {
    let (mut depth, mut max) = (0usize, 0usize);
    for b in source.bytes() {
        match b {
            b'(' | b'[' | b'{' => {
                depth += 1;
                max = max.max(depth);
            }
            b')' | b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    max
}

/// A `SyntaxError` / `IndentationError` exception for a compile error.
pub fn syntax_error(e: &compiler::CompileError) -> PyErr {
    let t = exception::types();
    let cls = match e.kind {
        compiler::CompileErrorKind::SyntaxError => &t.syntax_error,
        compiler::CompileErrorKind::IndentationError => &t.indentation_error,
        compiler::CompileErrorKind::TabError => &t.tab_error,
    };
    let text = e.text.as_ref().map_or_else(singletons::none, |t| PyStr::new(format!("{t}\n")));
    let end_offset = e.end_column.map_or_else(singletons::none, |c| PyInt::new(c as i64));
    let details = PyTuple::new(vec![
        PyStr::new(e.filename.as_str()),
        PyInt::new(e.line as i64),
        PyInt::new(e.column as i64),
        text.clone(),
        PyInt::new(e.line as i64),
        end_offset.clone(),
    ]);
    let inst = PyBaseException::new_instance(cls, vec![PyStr::new(e.message.as_str()), details]);
    if let Some(d) = inst.dict_or_create().downcast_ref::<PyDict>() {
        d.set_str("msg", PyStr::new(e.message.as_str()));
        d.set_str("filename", PyStr::new(e.filename.as_str()));
        d.set_str("lineno", PyInt::new(e.line as i64));
        d.set_str("offset", PyInt::new(e.column as i64));
        d.set_str("text", text);
        d.set_str("end_lineno", PyInt::new(e.line as i64));
        d.set_str("end_offset", end_offset);
        d.set_str("print_file_and_line", singletons::none());
    }
    PyErr(inst)
}

/// A module's `__spec__`: the attributes of CPython's `ModuleSpec` a program
/// reads (name, origin, parent, submodule_search_locations, has_location,
/// loader, cached) on a `types.SimpleNamespace`-like object.
fn module_spec(fullname: &str, filename: &str, package: &str, path: Option<ObjRef>) -> ObjRef {
    let frozen = filename.starts_with('<');
    let d = PyDict::new();
    d.set_str("name", PyStr::new(fullname));
    d.set_str("loader", singletons::none());
    d.set_str("origin", if frozen { PyStr::new("frozen") } else { PyStr::new(filename) });
    d.set_str("submodule_search_locations", path.unwrap_or_else(singletons::none));
    d.set_str("parent", PyStr::new(package));
    d.set_str("has_location", singletons::py_bool(!frozen));
    d.set_str("cached", singletons::none());
    ObjRef::new_with(crate::types::object::PyInstance::new(0), crate::modules::sys::namespace_type(), Some(ObjRef::new(d)))
}
