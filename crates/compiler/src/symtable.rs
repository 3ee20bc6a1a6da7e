//! The symbol table: which scope each name of each code block lives in.
//!
//! Two passes, as CPython's `symtable.c`. The *build* pass walks the AST once and
//! records, per block (module, class, function, lambda, comprehension), the flags
//! of every name it binds or uses, and rejects the scope-related syntax errors
//! (`'return' outside function`, misplaced `global`/`nonlocal`, duplicate
//! parameters, ...). The *analyze* pass then resolves every name to a `NameScope`
//! top-down, passing the set of names bound by enclosing function blocks, and
//! bottom-up turns locals captured by inner blocks into cells.
//!
//! Invariants: class blocks never make their names visible to nested blocks
//! (a method's free name skips the class); a free variable of a block is a cell
//! or a free variable of the enclosing one; the implicit `__class__` cell exists
//! exactly when a method uses `super` or `__class__`; names are stored mangled
//! (`__x` inside class `C` is `_C__x`). Blocks are found again by codegen through
//! the address of their AST node, so the AST must not move between the passes.
//! The walk is recursive and bounded by `MAX_DEPTH`.

use crate::error::{CompileError, ErrorContext};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};
use std::collections::{HashMap, HashSet};

/// Deepest AST nesting compiled; beyond it compilation fails like CPython's
/// "maximum recursion depth exceeded during compilation".
pub const MAX_DEPTH: u32 = 2500;

pub const RECURSION_MESSAGE: &str = "maximum recursion depth exceeded during compilation";

pub type ScopeId = usize;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
}

impl ScopeKind {
    /// Function-like blocks keep their locals in fast slots.
    pub fn is_function(self) -> bool {
        matches!(self, ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension)
    }
}

/// Flags recorded for a name in one block during the build pass.
pub mod flag {
    pub const GLOBAL: u32 = 1;
    pub const LOCAL: u32 = 2;
    pub const PARAM: u32 = 4;
    pub const NONLOCAL: u32 = 8;
    pub const USE: u32 = 16;
    pub const FREE_CLASS: u32 = 32;
    pub const IMPORT: u32 = 64;
    pub const ANNOT: u32 = 128;
    pub const COMP_ITER: u32 = 256;
    pub const BOUND: u32 = LOCAL | PARAM | IMPORT;
}

/// Where a name lives, after analysis.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameScope {
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    pub parent: Option<ScopeId>,
    /// Flags per (mangled) name, and the names in first-seen order.
    pub flags: HashMap<String, u32>,
    order: Vec<String>,
    /// Resolved scope of every name (after analysis).
    pub scopes: HashMap<String, NameScope>,
    /// Parameter names in `varnames` order.
    pub params: Vec<String>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    pub is_generator: bool,
    /// A class body whose methods use `super` / `__class__`.
    pub needs_class_closure: bool,
    /// The class name used for private name mangling inside this block.
    pub private: Option<String>,
    /// Names declared `global` explicitly in this block (for qualnames).
    pub explicit_globals: HashSet<String>,
    pub children: Vec<ScopeId>,
    /// Where each `global` / `nonlocal` name was declared, for error locations.
    decl_ranges: HashMap<String, TextRange>,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, parent: Option<ScopeId>, private: Option<String>) -> Scope {
        Scope {
            kind,
            name: name.to_string(),
            parent,
            flags: HashMap::new(),
            order: Vec::new(),
            scopes: HashMap::new(),
            params: Vec::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            is_generator: false,
            needs_class_closure: false,
            private,
            explicit_globals: HashSet::new(),
            children: Vec::new(),
            decl_ranges: HashMap::new(),
        }
    }

    /// The resolved scope of a mangled name; unknown names are implicit globals.
    pub fn lookup(&self, name: &str) -> NameScope {
        self.scopes.get(name).copied().unwrap_or(NameScope::GlobalImplicit)
    }

    pub fn name_flags(&self, name: &str) -> u32 {
        self.flags.get(name).copied().unwrap_or(0)
    }
}

/// All blocks of one compilation unit.
#[derive(Debug)]
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_node: HashMap<usize, ScopeId>,
    pub future_annotations: bool,
}

impl SymbolTable {
    /// The block of a function/class/lambda/comprehension node (by address).
    pub fn scope_of<T>(&self, node: &T) -> Option<ScopeId> {
        self.by_node.get(&(node as *const T as usize)).copied()
    }
}

/// `__x` inside class `C` becomes `_C__x`; dunder names and dotted names are kept.
pub fn mangle(private: Option<&str>, name: &str) -> String {
    let Some(class) = private else { return name.to_string() };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = class.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}

/// Build and analyze the symbol table of a module (or of an expression for eval).
pub fn build_module(body: &[Stmt], ctx: &ErrorContext) -> Result<SymbolTable, CompileError> {
    let mut b = Builder::new(ctx);
    b.future_annotations = has_future_annotations(body);
    b.future_allowed = future_import_positions(body);
    b.visit_body(body)?;
    b.finish()
}

pub fn build_expression(expr: &Expr, ctx: &ErrorContext) -> Result<SymbolTable, CompileError> {
    let mut b = Builder::new(ctx);
    b.visit_expr(expr)?;
    b.finish()
}

/// Addresses of the `from __future__ import` statements allowed where they are:
/// at the top of the module, after the docstring and other future imports.
fn future_import_positions(body: &[Stmt]) -> HashSet<usize> {
    let mut allowed = HashSet::new();
    for (i, stmt) in body.iter().enumerate() {
        match stmt {
            Stmt::ImportFrom(imp) if imp.module.as_ref().map(|m| m.as_str()) == Some("__future__") => {
                allowed.insert(imp as *const ast::StmtImportFrom as usize);
            }
            Stmt::Expr(e) if i == 0 && matches!(*e.value, Expr::StringLiteral(_)) => {}
            _ => break,
        }
    }
    allowed
}

fn has_future_annotations(body: &[Stmt]) -> bool {
    for stmt in body {
        match stmt {
            Stmt::ImportFrom(imp) if imp.module.as_ref().map(|m| m.as_str()) == Some("__future__") => {
                if imp.names.iter().any(|a| a.name.as_str() == "annotations") {
                    return true;
                }
            }
            Stmt::Expr(e) if matches!(*e.value, Expr::StringLiteral(_)) => {}
            _ => return false,
        }
    }
    false
}

struct Builder<'c, 's> {
    ctx: &'c ErrorContext<'s>,
    scopes: Vec<Scope>,
    by_node: HashMap<usize, ScopeId>,
    current: ScopeId,
    depth: u32,
    future_annotations: bool,
    future_allowed: HashSet<usize>,
    /// Comprehension iteration variables of the comprehension being built.
    comp_iter_targets: Vec<HashSet<String>>,
}

type R = Result<(), CompileError>;

impl<'c, 's> Builder<'c, 's> {
    fn new(ctx: &'c ErrorContext<'s>) -> Self {
        Builder {
            ctx,
            scopes: vec![Scope::new(ScopeKind::Module, "top", None, None)],
            by_node: HashMap::new(),
            current: 0,
            depth: 0,
            future_annotations: false,
            future_allowed: HashSet::new(),
            comp_iter_targets: Vec::new(),
        }
    }

    fn err(&self, msg: impl Into<String>, range: TextRange) -> CompileError {
        self.ctx.syntax(msg, range)
    }

    fn cur(&mut self) -> &mut Scope {
        &mut self.scopes[self.current]
    }

    fn kind(&self) -> ScopeKind {
        self.scopes[self.current].kind
    }

    fn mangled(&self, name: &str) -> String {
        mangle(self.scopes[self.current].private.as_deref(), name)
    }

    fn add(&mut self, name: &str, f: u32) -> String {
        let name = self.mangled(name);
        self.add_to(self.current, &name, f);
        name
    }

    fn add_to(&mut self, scope: ScopeId, name: &str, f: u32) {
        let s = &mut self.scopes[scope];
        match s.flags.get_mut(name) {
            Some(old) => *old |= f,
            None => {
                s.flags.insert(name.to_string(), f);
                s.order.push(name.to_string());
            }
        }
    }

    fn enter<T>(&mut self, node: &T, kind: ScopeKind, name: &str) -> ScopeId {
        let private = if self.kind() == ScopeKind::Class && kind != ScopeKind::Class {
            Some(self.scopes[self.current].name.clone())
        } else {
            self.scopes[self.current].private.clone()
        };
        let private = if kind == ScopeKind::Class { Some(name.to_string()) } else { private };
        let id = self.scopes.len();
        self.scopes.push(Scope::new(kind, name, Some(self.current), private));
        self.scopes[self.current].children.push(id);
        self.by_node.insert(node as *const T as usize, id);
        self.current = id;
        id
    }

    fn leave(&mut self) {
        self.current = self.scopes[self.current].parent.unwrap_or(0);
    }

    fn deeper(&mut self, range: TextRange) -> R {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.err(RECURSION_MESSAGE, range));
        }
        Ok(())
    }

    fn visit_body(&mut self, body: &[Stmt]) -> R {
        for s in body {
            self.visit_stmt(s)?;
        }
        Ok(())
    }

    fn visit_stmt(&mut self, stmt: &Stmt) -> R {
        self.deeper(stmt.range())?;
        let r = self.visit_stmt_inner(stmt);
        self.depth -= 1;
        r
    }

    fn visit_stmt_inner(&mut self, stmt: &Stmt) -> R {
        match stmt {
            Stmt::FunctionDef(f) => {
                if f.is_async {
                    return Err(self.err("'async def' is not supported by gilfree", f.range));
                }
                if f.type_params.is_some() {
                    return Err(self.err("invalid syntax", f.range));
                }
                for d in &f.decorator_list {
                    self.visit_expr(&d.expression)?;
                }
                self.visit_parameter_defaults(&f.parameters)?;
                if !self.future_annotations {
                    self.visit_parameter_annotations(&f.parameters)?;
                    if let Some(r) = &f.returns {
                        self.visit_expr(r)?;
                    }
                }
                self.add(f.name.as_str(), flag::LOCAL);
                self.enter(f, ScopeKind::Function, f.name.as_str());
                self.add_params(&f.parameters)?;
                self.visit_body(&f.body)?;
                self.leave();
            }
            Stmt::ClassDef(c) => {
                if c.type_params.is_some() {
                    return Err(self.err("invalid syntax", c.range));
                }
                for d in &c.decorator_list {
                    self.visit_expr(&d.expression)?;
                }
                if let Some(args) = &c.arguments {
                    self.visit_arguments(args)?;
                }
                self.add(c.name.as_str(), flag::LOCAL);
                self.enter(c, ScopeKind::Class, c.name.as_str());
                self.visit_body(&c.body)?;
                self.leave();
            }
            Stmt::Return(r) => {
                if !self.kind().is_function() {
                    return Err(self.err("'return' outside function", r.range));
                }
                if let Some(v) = &r.value {
                    self.visit_expr(v)?;
                }
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.visit_expr(t)?;
                }
            }
            Stmt::TypeAlias(t) => return Err(self.err("invalid syntax", t.range)),
            Stmt::Assign(a) => {
                for t in &a.targets {
                    self.visit_expr(t)?;
                }
                self.visit_expr(&a.value)?;
            }
            Stmt::AugAssign(a) => {
                if let Expr::Name(n) = &*a.target {
                    self.add(n.id.as_str(), flag::LOCAL | flag::USE);
                } else {
                    self.visit_expr(&a.target)?;
                }
                self.visit_expr(&a.value)?;
            }
            Stmt::AnnAssign(a) => {
                if let Expr::Name(n) = &*a.target {
                    let name = self.mangled(n.id.as_str());
                    let cur = self.scopes[self.current].name_flags(&name);
                    if cur & (flag::GLOBAL | flag::NONLOCAL) != 0 && self.current != 0 && a.simple {
                        let which = if cur & flag::GLOBAL != 0 { "global" } else { "nonlocal" };
                        return Err(self.err(format!("annotated name '{}' can't be {which}", n.id), n.range));
                    }
                    if a.simple {
                        self.add(n.id.as_str(), flag::ANNOT | flag::LOCAL);
                    } else if a.value.is_some() {
                        self.add(n.id.as_str(), flag::LOCAL);
                    }
                } else {
                    self.visit_expr(&a.target)?;
                }
                if !self.kind().is_function() && !self.future_annotations {
                    self.visit_expr(&a.annotation)?;
                }
                if let Some(v) = &a.value {
                    self.visit_expr(v)?;
                }
            }
            Stmt::For(f) => {
                if f.is_async {
                    return Err(self.err("'async for' is not supported by gilfree", f.range));
                }
                self.visit_expr(&f.target)?;
                self.visit_expr(&f.iter)?;
                self.visit_body(&f.body)?;
                self.visit_body(&f.orelse)?;
            }
            Stmt::While(w) => {
                self.visit_expr(&w.test)?;
                self.visit_body(&w.body)?;
                self.visit_body(&w.orelse)?;
            }
            Stmt::If(i) => {
                self.visit_expr(&i.test)?;
                self.visit_body(&i.body)?;
                for clause in &i.elif_else_clauses {
                    if let Some(t) = &clause.test {
                        self.visit_expr(t)?;
                    }
                    self.visit_body(&clause.body)?;
                }
            }
            Stmt::With(w) => {
                if w.is_async {
                    return Err(self.err("'async with' is not supported by gilfree", w.range));
                }
                for item in &w.items {
                    self.visit_expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.visit_expr(v)?;
                    }
                }
                self.visit_body(&w.body)?;
            }
            Stmt::Match(m) => {
                return Err(self.err("'match' statements are not supported by gilfree", m.range));
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.visit_expr(e)?;
                }
                if let Some(c) = &r.cause {
                    self.visit_expr(c)?;
                }
            }
            Stmt::Try(t) => {
                if t.is_star {
                    return Err(self.err("'except*' is not supported by gilfree", t.range));
                }
                self.visit_body(&t.body)?;
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.visit_expr(ty)?;
                    }
                    if let Some(name) = &h.name {
                        self.add(name.as_str(), flag::LOCAL);
                    }
                    self.visit_body(&h.body)?;
                }
                self.visit_body(&t.orelse)?;
                self.visit_body(&t.finalbody)?;
            }
            Stmt::Assert(a) => {
                self.visit_expr(&a.test)?;
                if let Some(m) = &a.msg {
                    self.visit_expr(m)?;
                }
            }
            Stmt::Import(i) => {
                for alias in &i.names {
                    let stored = match &alias.asname {
                        Some(a) => a.as_str(),
                        None => alias.name.as_str().split('.').next().unwrap_or(""),
                    };
                    self.add(stored, flag::IMPORT | flag::LOCAL);
                }
            }
            Stmt::ImportFrom(i) => {
                if i.module.as_ref().map(|m| m.as_str()) == Some("__future__") {
                    self.check_future_import(i)?;
                }
                for alias in &i.names {
                    if alias.name.as_str() == "*" {
                        if self.kind() != ScopeKind::Module {
                            return Err(self.err("import * only allowed at module level", i.range));
                        }
                        continue;
                    }
                    let stored = alias.asname.as_ref().unwrap_or(&alias.name);
                    self.add(stored.as_str(), flag::IMPORT | flag::LOCAL);
                }
            }
            Stmt::Global(g) => {
                for name in &g.names {
                    let mangled = self.mangled(name.as_str());
                    let cur = self.scopes[self.current].name_flags(&mangled);
                    if cur & (flag::PARAM | flag::LOCAL | flag::USE | flag::ANNOT) != 0 {
                        let msg = if cur & flag::PARAM != 0 {
                            format!("name '{name}' is parameter and global")
                        } else if cur & flag::USE != 0 {
                            format!("name '{name}' is used prior to global declaration")
                        } else if cur & flag::ANNOT != 0 {
                            format!("annotated name '{name}' can't be global")
                        } else {
                            format!("name '{name}' is assigned to before global declaration")
                        };
                        return Err(self.err(msg, g.range));
                    }
                    self.add(name.as_str(), flag::GLOBAL);
                    self.cur().decl_ranges.insert(mangled.clone(), g.range);
                    self.cur().explicit_globals.insert(mangled);
                }
            }
            Stmt::Nonlocal(n) => {
                if self.kind() == ScopeKind::Module {
                    return Err(self.err("nonlocal declaration not allowed at module level", n.range));
                }
                for name in &n.names {
                    let mangled = self.mangled(name.as_str());
                    let cur = self.scopes[self.current].name_flags(&mangled);
                    if cur & (flag::PARAM | flag::LOCAL | flag::USE | flag::ANNOT) != 0 {
                        let msg = if cur & flag::PARAM != 0 {
                            format!("name '{name}' is parameter and nonlocal")
                        } else if cur & flag::USE != 0 {
                            format!("name '{name}' is used prior to nonlocal declaration")
                        } else if cur & flag::ANNOT != 0 {
                            format!("annotated name '{name}' can't be nonlocal")
                        } else {
                            format!("name '{name}' is assigned to before nonlocal declaration")
                        };
                        return Err(self.err(msg, n.range));
                    }
                    self.add(name.as_str(), flag::NONLOCAL);
                    self.cur().decl_ranges.insert(mangled, n.range);
                }
            }
            Stmt::Expr(e) => self.visit_expr(&e.value)?,
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) => {}
            Stmt::IpyEscapeCommand(c) => return Err(self.err("invalid syntax", c.range)),
        }
        Ok(())
    }

    fn check_future_import(&self, i: &ast::StmtImportFrom) -> R {
        if !self.future_allowed.contains(&(i as *const ast::StmtImportFrom as usize)) {
            return Err(self.err("from __future__ imports must occur at the beginning of the file", i.range));
        }
        const KNOWN: [&str; 10] = [
            "nested_scopes",
            "generators",
            "division",
            "absolute_import",
            "with_statement",
            "print_function",
            "unicode_literals",
            "barry_as_FLUFL",
            "generator_stop",
            "annotations",
        ];
        for alias in &i.names {
            let name = alias.name.as_str();
            if name == "braces" {
                return Err(self.err("not a chance", alias.range));
            }
            if !KNOWN.contains(&name) {
                return Err(self.err(format!("future feature {name} is not defined"), alias.range));
            }
        }
        Ok(())
    }

    fn visit_parameter_defaults(&mut self, p: &ast::Parameters) -> R {
        for a in p.posonlyargs.iter().chain(p.args.iter()).chain(p.kwonlyargs.iter()) {
            if let Some(d) = &a.default {
                self.visit_expr(d)?;
            }
        }
        Ok(())
    }

    fn visit_parameter_annotations(&mut self, p: &ast::Parameters) -> R {
        let all = p
            .posonlyargs
            .iter()
            .chain(p.args.iter())
            .map(|a| &a.parameter)
            .chain(p.vararg.as_deref())
            .chain(p.kwonlyargs.iter().map(|a| &a.parameter))
            .chain(p.kwarg.as_deref());
        for param in all {
            if let Some(ann) = &param.annotation {
                self.visit_expr(ann)?;
            }
        }
        Ok(())
    }

    /// Declare the parameters of the current (new) block, in `varnames` order.
    fn add_params(&mut self, p: &ast::Parameters) -> R {
        let ordered = p
            .posonlyargs
            .iter()
            .chain(p.args.iter())
            .chain(p.kwonlyargs.iter())
            .map(|a| &a.parameter)
            .chain(p.vararg.as_deref())
            .chain(p.kwarg.as_deref());
        for param in ordered {
            if param.name.as_str() == "__debug__" {
                return Err(self.err("cannot assign to __debug__", param.range));
            }
            let name = self.mangled(param.name.as_str());
            if self.scopes[self.current].name_flags(&name) & flag::PARAM != 0 {
                return Err(self.err(
                    format!("duplicate argument '{}' in function definition", param.name),
                    param.range,
                ));
            }
            self.add_to(self.current, &name, flag::PARAM);
            self.cur().params.push(name);
        }
        Ok(())
    }

    fn visit_arguments(&mut self, args: &ast::Arguments) -> R {
        for a in args.args.iter() {
            self.visit_expr(a)?;
        }
        let mut seen: HashSet<&str> = HashSet::new();
        for k in args.keywords.iter() {
            if let Some(name) = &k.arg {
                if !seen.insert(name.as_str()) {
                    return Err(self.err(format!("keyword argument repeated: {name}"), k.range));
                }
            }
            self.visit_expr(&k.value)?;
        }
        Ok(())
    }

    fn visit_expr(&mut self, e: &Expr) -> R {
        self.deeper(e.range())?;
        let r = self.visit_expr_inner(e);
        self.depth -= 1;
        r
    }

    fn visit_exprs<'e>(&mut self, es: impl IntoIterator<Item = &'e Expr>) -> R {
        for e in es {
            self.visit_expr(e)?;
        }
        Ok(())
    }

    fn visit_expr_inner(&mut self, e: &Expr) -> R {
        match e {
            Expr::Name(n) => match n.ctx {
                ast::ExprContext::Load => {
                    self.add(n.id.as_str(), flag::USE);
                    if self.kind().is_function() && n.id.as_str() == "super" {
                        self.add_to(self.current, "__class__", flag::USE);
                    }
                }
                ctx => {
                    if n.id.as_str() == "__debug__" {
                        let verb = if ctx == ast::ExprContext::Del { "delete" } else { "assign to" };
                        return Err(self.err(format!("cannot {verb} __debug__"), n.range));
                    }
                    self.add(n.id.as_str(), flag::LOCAL);
                }
            },
            Expr::Named(n) => {
                self.visit_expr(&n.value)?;
                if let Expr::Name(target) = &*n.target {
                    self.visit_walrus_target(target)?;
                } else {
                    self.visit_expr(&n.target)?;
                }
            }
            Expr::BoolOp(b) => self.visit_exprs(&b.values)?,
            Expr::BinOp(b) => {
                self.visit_expr(&b.left)?;
                self.visit_expr(&b.right)?;
            }
            Expr::UnaryOp(u) => self.visit_expr(&u.operand)?,
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.visit_parameter_defaults(p)?;
                }
                self.enter(l, ScopeKind::Lambda, "<lambda>");
                if let Some(p) = &l.parameters {
                    self.add_params(p)?;
                }
                self.visit_expr(&l.body)?;
                self.leave();
            }
            Expr::If(i) => {
                self.visit_expr(&i.test)?;
                self.visit_expr(&i.body)?;
                self.visit_expr(&i.orelse)?;
            }
            Expr::Dict(d) => {
                for item in &d.items {
                    if let Some(k) = &item.key {
                        self.visit_expr(k)?;
                    }
                    self.visit_expr(&item.value)?;
                }
            }
            Expr::Set(s) => self.visit_exprs(&s.elts)?,
            Expr::ListComp(c) => self.visit_comprehension(e, "<listcomp>", &c.generators, &[&c.elt], false)?,
            Expr::SetComp(c) => self.visit_comprehension(e, "<setcomp>", &c.generators, &[&c.elt], false)?,
            Expr::DictComp(c) => match &c.key {
                Some(k) => self.visit_comprehension(e, "<dictcomp>", &c.generators, &[k, &c.value], false)?,
                None => return Err(self.err("dict unpacking cannot be used in dict comprehension", c.range)),
            },
            Expr::Generator(c) => self.visit_comprehension(e, "<genexpr>", &c.generators, &[&c.elt], true)?,
            Expr::Await(a) => return Err(self.err("'await' expressions are not supported by gilfree", a.range)),
            Expr::Yield(y) => {
                self.check_yield(y.range)?;
                if let Some(v) = &y.value {
                    self.visit_expr(v)?;
                }
            }
            Expr::YieldFrom(y) => {
                self.check_yield(y.range)?;
                self.visit_expr(&y.value)?;
            }
            Expr::Compare(c) => {
                self.visit_expr(&c.left)?;
                self.visit_exprs(c.comparators.iter())?;
            }
            Expr::Call(c) => {
                self.visit_expr(&c.func)?;
                self.visit_arguments(&c.arguments)?;
            }
            Expr::FString(f) => {
                for part in f.value.iter() {
                    if let ast::FStringPart::FString(fs) = part {
                        self.visit_fstring_elements(&fs.elements)?;
                    }
                }
            }
            Expr::TString(t) => return Err(self.err("invalid syntax", t.range)),
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_) => {}
            Expr::Attribute(a) => self.visit_expr(&a.value)?,
            Expr::Subscript(s) => {
                self.visit_expr(&s.value)?;
                self.visit_expr(&s.slice)?;
            }
            Expr::Starred(s) => self.visit_expr(&s.value)?,
            Expr::List(l) => self.visit_exprs(&l.elts)?,
            Expr::Tuple(t) => self.visit_exprs(&t.elts)?,
            Expr::Slice(s) => {
                for part in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.visit_expr(part)?;
                }
            }
            Expr::IpyEscapeCommand(c) => return Err(self.err("invalid syntax", c.range)),
        }
        Ok(())
    }

    fn visit_fstring_elements(&mut self, elements: &ast::InterpolatedStringElements) -> R {
        for el in elements.iter() {
            if let ast::InterpolatedStringElement::Interpolation(i) = el {
                self.visit_expr(&i.expression)?;
                if let Some(spec) = &i.format_spec {
                    self.visit_fstring_elements(&spec.elements)?;
                }
            }
        }
        Ok(())
    }

    fn check_yield(&mut self, range: TextRange) -> R {
        match self.kind() {
            ScopeKind::Module | ScopeKind::Class => Err(self.err("'yield' outside function", range)),
            ScopeKind::Comprehension => {
                let what = match self.scopes[self.current].name.as_str() {
                    "<listcomp>" => "list comprehension",
                    "<setcomp>" => "set comprehension",
                    "<dictcomp>" => "dict comprehension",
                    _ => "generator expression",
                };
                Err(self.err(format!("'yield' inside {what}"), range))
            }
            _ => {
                self.cur().is_generator = true;
                Ok(())
            }
        }
    }

    /// `(x := v)`: inside comprehensions, binds in the nearest enclosing non-comprehension block.
    fn visit_walrus_target(&mut self, target: &ast::ExprName) -> R {
        let name = self.mangled(target.id.as_str());
        if self.kind() != ScopeKind::Comprehension {
            self.add_to(self.current, &name, flag::LOCAL);
            return Ok(());
        }
        if self.comp_iter_targets.iter().any(|s| s.contains(&name)) {
            return Err(self.err(
                format!("assignment expression cannot rebind comprehension iteration variable '{}'", target.id),
                target.range,
            ));
        }
        let mut chain = vec![self.current];
        let mut outer = self.scopes[self.current].parent.unwrap_or(0);
        while self.scopes[outer].kind == ScopeKind::Comprehension {
            chain.push(outer);
            outer = self.scopes[outer].parent.unwrap_or(0);
        }
        match self.scopes[outer].kind {
            ScopeKind::Class => Err(self.err(
                "assignment expression within a comprehension cannot be used in a class body",
                target.range,
            )),
            ScopeKind::Module => {
                for c in chain {
                    self.add_to(c, &name, flag::GLOBAL);
                }
                self.add_to(outer, &name, flag::LOCAL);
                Ok(())
            }
            _ => {
                for c in chain {
                    self.add_to(c, &name, flag::NONLOCAL);
                }
                self.add_to(outer, &name, flag::LOCAL);
                Ok(())
            }
        }
    }

    fn visit_comprehension(
        &mut self,
        node: &Expr,
        name: &str,
        generators: &[ast::Comprehension],
        elts: &[&Expr],
        is_generator: bool,
    ) -> R {
        let Some(first) = generators.first() else { return Ok(()) };
        if generators.iter().any(|g| g.is_async) {
            return Err(self.err("asynchronous comprehensions are not supported by gilfree", node.range()));
        }
        self.visit_expr(&first.iter)?;
        self.enter(node, ScopeKind::Comprehension, name);
        self.cur().is_generator = is_generator;
        self.add_to(self.current, ".0", flag::PARAM);
        self.cur().params.push(".0".to_string());
        let mut targets = HashSet::new();
        for g in generators {
            collect_names(&g.target, &mut |n| {
                targets.insert(n.to_string());
            });
        }
        let targets: HashSet<String> = targets.into_iter().map(|n| self.mangled(&n)).collect();
        self.comp_iter_targets.push(targets);
        let result = (|| {
            for (i, g) in generators.iter().enumerate() {
                self.visit_expr(&g.target)?;
                if i > 0 {
                    self.visit_expr(&g.iter)?;
                }
                self.visit_exprs(&g.ifs)?;
            }
            for e in elts {
                self.visit_expr(e)?;
            }
            Ok(())
        })();
        self.comp_iter_targets.pop();
        self.leave();
        result
    }

    fn finish(mut self) -> Result<SymbolTable, CompileError> {
        let mut free = HashSet::new();
        analyze(&mut self.scopes, 0, &HashSet::new(), &HashSet::new(), &mut free).map_err(|(msg, scope, name)| {
            let range = self.scopes[scope].decl_ranges.get(&name).copied().unwrap_or_default();
            self.ctx.syntax(msg, range)
        })?;
        Ok(SymbolTable { scopes: self.scopes, by_node: self.by_node, future_annotations: self.future_annotations })
    }
}

/// Names bound by a target expression.
fn collect_names(e: &Expr, f: &mut dyn FnMut(&str)) {
    match e {
        Expr::Name(n) => f(n.id.as_str()),
        Expr::Tuple(t) => t.elts.iter().for_each(|e| collect_names(e, f)),
        Expr::List(l) => l.elts.iter().for_each(|e| collect_names(e, f)),
        Expr::Starred(s) => collect_names(&s.value, f),
        _ => {}
    }
}

/// Resolve the names of block `id`; returns (through `free_out`) its free names
/// that enclosing blocks must provide.
fn analyze(
    scopes: &mut Vec<Scope>,
    id: ScopeId,
    bound: &HashSet<String>,
    global: &HashSet<String>,
    free_out: &mut HashSet<String>,
) -> Result<(), (String, ScopeId, String)> {
    let kind = scopes[id].kind;
    let mut local = HashSet::new();
    let mut free = HashSet::new();
    let mut bound_here = bound.clone();
    let mut global_here = global.clone();
    let names: Vec<(String, u32)> =
        scopes[id].order.iter().map(|n| (n.clone(), scopes[id].flags[n])).collect();
    for (name, f) in &names {
        let scope = if f & flag::GLOBAL != 0 {
            if f & flag::NONLOCAL != 0 {
                return Err((format!("name '{name}' is nonlocal and global"), id, name.clone()));
            }
            global_here.insert(name.clone());
            bound_here.remove(name);
            NameScope::GlobalExplicit
        } else if f & flag::NONLOCAL != 0 {
            if !bound.contains(name) {
                return Err((format!("no binding for nonlocal '{name}' found"), id, name.clone()));
            }
            free.insert(name.clone());
            NameScope::Free
        } else if f & flag::BOUND != 0 {
            local.insert(name.clone());
            global_here.remove(name);
            NameScope::Local
        } else if bound.contains(name) {
            free.insert(name.clone());
            NameScope::Free
        } else {
            NameScope::GlobalImplicit
        };
        scopes[id].scopes.insert(name.clone(), scope);
    }

    let (new_bound, new_global) = match kind {
        ScopeKind::Class => {
            let mut b = bound.clone();
            b.insert("__class__".to_string());
            (b, global.clone())
        }
        ScopeKind::Module => (HashSet::new(), global_here.clone()),
        _ => {
            let mut b = bound_here.clone();
            b.extend(local.iter().cloned());
            (b, global_here.clone())
        }
    };

    let children = scopes[id].children.clone();
    let mut child_free = HashSet::new();
    for c in children {
        analyze(scopes, c, &new_bound, &new_global, &mut child_free)?;
    }

    if kind == ScopeKind::Class && child_free.remove("__class__") {
        scopes[id].needs_class_closure = true;
    }
    if kind.is_function() {
        let captured: Vec<String> =
            child_free.iter().filter(|n| scopes[id].scopes.get(*n) == Some(&NameScope::Local)).cloned().collect();
        for n in captured {
            scopes[id].scopes.insert(n.clone(), NameScope::Cell);
            child_free.remove(&n);
        }
    }
    for name in &child_free {
        let s = &mut scopes[id];
        if let Some(f) = s.flags.get_mut(name) {
            if kind == ScopeKind::Class && *f & (flag::BOUND | flag::GLOBAL) != 0 {
                *f |= flag::FREE_CLASS;
            }
            continue;
        }
        s.flags.insert(name.clone(), 0);
        s.order.push(name.clone());
        s.scopes.insert(name.clone(), NameScope::Free);
    }
    free.extend(child_free);

    let s = &mut scopes[id];
    let mut cells: Vec<String> =
        s.scopes.iter().filter(|(_, sc)| **sc == NameScope::Cell).map(|(n, _)| n.clone()).collect();
    cells.sort();
    if s.needs_class_closure {
        cells.push("__class__".to_string());
    }
    let mut frees: Vec<String> = s
        .scopes
        .iter()
        .filter(|(n, sc)| **sc == NameScope::Free || s.flags.get(*n).map(|f| f & flag::FREE_CLASS != 0).unwrap_or(false))
        .map(|(n, _)| n.clone())
        .collect();
    frees.sort();
    s.cellvars = cells;
    s.freevars = frees;
    free_out.extend(free);
    Ok(())
}
