//! Expressions: each leaves exactly one value on the stack.
//!
//! Literals become constants (big integer literals are converted to decimal
//! digit strings here, whatever their base); displays with starred items are
//! built incrementally (`ListExtend`, `SetUpdate`, `DictUpdate`); chained
//! comparisons evaluate each middle operand once and short-circuit;
//! `compile_jump_if` compiles conditions straight into jumps.

use super::{Compiler, Label, R};
use crate::bytecode::{BinOp, CmpOp, Constant, Instr};
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

/// Displays longer than this are built element by element to keep the stack small.
const DISPLAY_CHUNK: usize = 16;

pub(crate) fn binop(op: ast::Operator) -> BinOp {
    use ast::Operator::*;
    match op {
        Add => BinOp::Add,
        Sub => BinOp::Sub,
        Mult => BinOp::Mul,
        MatMult => BinOp::MatMul,
        Div => BinOp::TrueDiv,
        Mod => BinOp::Mod,
        Pow => BinOp::Pow,
        LShift => BinOp::LShift,
        RShift => BinOp::RShift,
        BitOr => BinOp::Or,
        BitXor => BinOp::Xor,
        BitAnd => BinOp::And,
        FloorDiv => BinOp::FloorDiv,
    }
}

fn compare_instr(op: ast::CmpOp) -> Instr {
    use ast::CmpOp::*;
    match op {
        Eq => Instr::CompareOp(CmpOp::Eq),
        NotEq => Instr::CompareOp(CmpOp::Ne),
        Lt => Instr::CompareOp(CmpOp::Lt),
        LtE => Instr::CompareOp(CmpOp::Le),
        Gt => Instr::CompareOp(CmpOp::Gt),
        GtE => Instr::CompareOp(CmpOp::Ge),
        Is => Instr::IsOp(false),
        IsNot => Instr::IsOp(true),
        In => Instr::ContainsOp(false),
        NotIn => Instr::ContainsOp(true),
    }
}

/// Convert digits in `radix` (2..=16, underscores allowed) to decimal digits.
pub(crate) fn digits_to_decimal(digits: &str, radix: u32) -> Option<String> {
    // Little-endian base 10^9 limbs.
    let mut limbs: Vec<u64> = vec![0];
    let mut any = false;
    for c in digits.chars() {
        if c == '_' {
            continue;
        }
        let d = c.to_digit(radix)? as u64;
        any = true;
        let mut carry = d;
        for limb in limbs.iter_mut() {
            let v = *limb * radix as u64 + carry;
            *limb = v % 1_000_000_000;
            carry = v / 1_000_000_000;
        }
        while carry > 0 {
            limbs.push(carry % 1_000_000_000);
            carry /= 1_000_000_000;
        }
    }
    if !any {
        return None;
    }
    let mut out = String::new();
    let mut iter = limbs.iter().rev();
    if let Some(top) = iter.next() {
        out.push_str(&top.to_string());
    }
    for limb in iter {
        out.push_str(&format!("{limb:09}"));
    }
    Some(out)
}

/// The constant of an integer literal.
pub(crate) fn int_constant(i: &ast::Int) -> Constant {
    if let Some(v) = i.as_i64() {
        return Constant::Int(v);
    }
    let text = i.to_string();
    let lower = text.to_ascii_lowercase();
    let (digits, radix) = if let Some(d) = lower.strip_prefix("0x") {
        (d, 16)
    } else if let Some(d) = lower.strip_prefix("0o") {
        (d, 8)
    } else if let Some(d) = lower.strip_prefix("0b") {
        (d, 2)
    } else {
        (lower.as_str(), 10)
    };
    let decimal = digits_to_decimal(digits, radix).unwrap_or_else(|| "0".to_string());
    match decimal.parse::<i64>() {
        Ok(v) => Constant::Int(v),
        Err(_) => Constant::BigInt(decimal),
    }
}

/// The constant value of a literal expression, if it is one (tuples of constants included).
pub(crate) fn constant_of(e: &Expr) -> Option<Constant> {
    Some(match e {
        Expr::NumberLiteral(n) => match &n.value {
            ast::Number::Int(i) => int_constant(i),
            ast::Number::Float(f) => Constant::Float(*f),
            ast::Number::Complex { real, imag } => Constant::Complex(*real, *imag),
        },
        Expr::StringLiteral(s) => Constant::Str(s.value.to_str().to_string()),
        Expr::BytesLiteral(b) => Constant::Bytes(b.value.iter().flat_map(|p| p.as_slice().iter().copied()).collect()),
        Expr::BooleanLiteral(b) => Constant::Bool(b.value),
        Expr::NoneLiteral(_) => Constant::None,
        Expr::EllipsisLiteral(_) => Constant::Ellipsis,
        Expr::Tuple(t) => Constant::Tuple(t.elts.iter().map(constant_of).collect::<Option<Vec<_>>>()?),
        _ => return None,
    })
}

impl<'a> Compiler<'a> {
    pub fn compile_expr(&mut self, e: &'a Expr) -> R {
        let saved = self.set_loc(e.range());
        let r = self.compile_expr_inner(e);
        self.restore_loc(saved);
        r
    }

    fn compile_expr_inner(&mut self, e: &'a Expr) -> R {
        match e {
            Expr::BoolOp(b) => {
                let end = self.new_label();
                let n = b.values.len();
                for (i, v) in b.values.iter().enumerate() {
                    self.compile_expr(v)?;
                    if i + 1 < n {
                        self.emit(match b.op {
                            ast::BoolOp::And => Instr::JumpIfFalseOrPop(end),
                            ast::BoolOp::Or => Instr::JumpIfTrueOrPop(end),
                        });
                    }
                }
                self.bind(end);
            }
            Expr::Named(n) => {
                self.compile_expr(&n.value)?;
                self.emit(Instr::Copy(1));
                self.compile_store(&n.target)?;
            }
            Expr::BinOp(b) => {
                self.compile_expr(&b.left)?;
                self.compile_expr(&b.right)?;
                self.emit(Instr::BinaryOp(binop(b.op)));
            }
            Expr::UnaryOp(u) => {
                self.compile_expr(&u.operand)?;
                self.emit(match u.op {
                    ast::UnaryOp::Invert => Instr::UnaryInvert,
                    ast::UnaryOp::Not => Instr::UnaryNot,
                    ast::UnaryOp::UAdd => Instr::UnaryPositive,
                    ast::UnaryOp::USub => Instr::UnaryNegative,
                });
            }
            Expr::Lambda(l) => self.compile_lambda(l)?,
            Expr::If(i) => {
                let orelse = self.new_label();
                let end = self.new_label();
                self.compile_jump_if(&i.test, false, orelse)?;
                self.compile_expr(&i.body)?;
                self.emit(Instr::Jump(end));
                self.bind(orelse);
                self.compile_expr(&i.orelse)?;
                self.bind(end);
            }
            Expr::Dict(d) => self.compile_dict(d)?,
            Expr::Set(s) => self.compile_display(&s.elts, Display::Set)?,
            Expr::List(l) => {
                if l.ctx != ast::ExprContext::Load {
                    return self.compile_store_or_del(e);
                }
                self.compile_display(&l.elts, Display::List)?
            }
            Expr::Tuple(t) => {
                if t.ctx != ast::ExprContext::Load {
                    return self.compile_store_or_del(e);
                }
                if let Some(c) = constant_of(e) {
                    self.load_const(c);
                } else if t.elts.iter().any(|x| x.is_starred_expr()) || t.elts.len() > DISPLAY_CHUNK {
                    self.compile_display(&t.elts, Display::List)?;
                    self.emit(Instr::ListToTuple);
                } else {
                    for x in &t.elts {
                        self.compile_expr(x)?;
                    }
                    self.emit(Instr::BuildTuple(t.elts.len() as u32));
                }
            }
            Expr::ListComp(c) => self.compile_comprehension(e, super::comprehension::CompKind::List, &c.generators, &c.elt, None)?,
            Expr::SetComp(c) => self.compile_comprehension(e, super::comprehension::CompKind::Set, &c.generators, &c.elt, None)?,
            Expr::DictComp(c) => {
                let Some(key) = &c.key else {
                    return Err(self.error("dict unpacking cannot be used in dict comprehension", c.range));
                };
                self.compile_comprehension(e, super::comprehension::CompKind::Dict, &c.generators, key, Some(&c.value))?
            }
            Expr::Generator(c) => self.compile_comprehension(e, super::comprehension::CompKind::Gen, &c.generators, &c.elt, None)?,
            Expr::Await(a) => return Err(self.error("'await' expressions are not supported by gilfree", a.range)),
            Expr::Yield(y) => {
                self.check_yield_allowed(e)?;
                match &y.value {
                    Some(v) => self.compile_expr(v)?,
                    None => self.load_const(Constant::None),
                }
                self.emit(Instr::YieldValue);
            }
            Expr::YieldFrom(y) => {
                self.check_yield_allowed(e)?;
                self.compile_expr(&y.value)?;
                self.emit(Instr::GetYieldFromIter);
                self.load_const(Constant::None);
                self.emit(Instr::YieldFrom);
            }
            Expr::Compare(c) => self.compile_compare(c)?,
            Expr::Call(c) => self.compile_call(c)?,
            Expr::FString(f) => self.compile_fstring(f)?,
            Expr::TString(t) => return Err(self.error("invalid syntax", t.range)),
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_) => {
                let c = constant_of(e).unwrap_or(Constant::None);
                self.load_const(c);
            }
            Expr::Attribute(a) => {
                if a.ctx != ast::ExprContext::Load {
                    return self.compile_store_or_del(e);
                }
                self.compile_expr(&a.value)?;
                let saved = self.set_loc(a.range);
                let i = self.mangled_name_index(a.attr.as_str());
                self.emit(Instr::LoadAttr(i));
                self.restore_loc(saved);
            }
            Expr::Subscript(s) => {
                if s.ctx != ast::ExprContext::Load {
                    return self.compile_store_or_del(e);
                }
                self.compile_expr(&s.value)?;
                self.compile_subscript_index(&s.slice)?;
                self.emit(Instr::BinarySubscr);
            }
            Expr::Starred(s) => return Err(self.error("can't use starred expression here", s.range)),
            Expr::Name(n) => match n.ctx {
                // `__debug__` is the constant True (gilfree never runs with -O).
                ast::ExprContext::Load if n.id.as_str() == "__debug__" => self.load_const(Constant::Bool(true)),
                ast::ExprContext::Load => self.load_name(n.id.as_str())?,
                _ => return self.compile_store_or_del(e),
            },
            Expr::Slice(s) => {
                // A slice outside a subscript cannot be written in Python; compile it anyway.
                self.compile_slice(s)?;
            }
            Expr::IpyEscapeCommand(c) => return Err(self.error("invalid syntax", c.range)),
        }
        Ok(())
    }

    fn compile_store_or_del(&mut self, e: &'a Expr) -> R {
        // Targets reached through compile_expr (e.g. walrus) are handled by callers.
        Err(self.error("invalid syntax", e.range()))
    }

    fn check_yield_allowed(&self, e: &Expr) -> R {
        if !self.scope_kind().is_function() {
            return Err(self.error("'yield' outside function", e.range()));
        }
        Ok(())
    }

    /// The index of a subscript: slices become `BuildSlice`.
    pub fn compile_subscript_index(&mut self, index: &'a Expr) -> R {
        match index {
            Expr::Slice(s) => {
                let saved = self.set_loc(s.range);
                let r = self.compile_slice(s);
                self.restore_loc(saved);
                r
            }
            other => self.compile_expr(other),
        }
    }

    fn compile_slice(&mut self, s: &'a ast::ExprSlice) -> R {
        for part in [&s.lower, &s.upper] {
            match part {
                Some(p) => self.compile_expr(p)?,
                None => self.load_const(Constant::None),
            }
        }
        match &s.step {
            Some(step) => {
                self.compile_expr(step)?;
                self.emit(Instr::BuildSlice(3));
            }
            None => self.emit(Instr::BuildSlice(2)),
        }
        Ok(())
    }

    fn compile_compare(&mut self, c: &'a ast::ExprCompare) -> R {
        self.compile_expr(&c.left)?;
        let n = c.ops.len();
        if n == 1 {
            self.compile_expr(&c.comparators[0])?;
            self.emit(compare_instr(c.ops[0]));
            return Ok(());
        }
        let cleanup = self.new_label();
        let end = self.new_label();
        for i in 0..n - 1 {
            self.compile_expr(&c.comparators[i])?;
            self.emit(Instr::Swap(2));
            self.emit(Instr::Copy(2));
            self.emit(compare_instr(c.ops[i]));
            self.emit(Instr::JumpIfFalseOrPop(cleanup));
        }
        self.compile_expr(&c.comparators[n - 1])?;
        self.emit(compare_instr(c.ops[n - 1]));
        self.emit(Instr::Jump(end));
        self.bind(cleanup);
        self.emit(Instr::Swap(2));
        self.emit(Instr::PopTop);
        self.bind(end);
        Ok(())
    }

    fn compile_dict(&mut self, d: &'a ast::ExprDict) -> R {
        let mut have_dict = false;
        let mut pending = 0u32;
        for item in &d.items {
            match &item.key {
                Some(k) => {
                    if have_dict && pending == 0 {
                        self.compile_expr(k)?;
                        self.compile_expr(&item.value)?;
                        self.emit(Instr::MapAdd(1));
                        continue;
                    }
                    self.compile_expr(k)?;
                    self.compile_expr(&item.value)?;
                    pending += 1;
                    if pending as usize >= DISPLAY_CHUNK {
                        self.flush_map(&mut have_dict, &mut pending);
                    }
                }
                None => {
                    self.flush_map(&mut have_dict, &mut pending);
                    if !have_dict {
                        self.emit(Instr::BuildMap(0));
                        have_dict = true;
                    }
                    self.compile_expr(&item.value)?;
                    self.emit(Instr::DictUpdate(1));
                }
            }
        }
        if pending > 0 || !have_dict {
            self.emit(Instr::BuildMap(pending));
            if have_dict {
                self.emit(Instr::DictUpdate(1));
            }
        }
        Ok(())
    }

    fn flush_map(&mut self, have_dict: &mut bool, pending: &mut u32) {
        if *pending == 0 {
            return;
        }
        self.emit(Instr::BuildMap(*pending));
        if *have_dict {
            self.emit(Instr::DictUpdate(1));
        }
        *have_dict = true;
        *pending = 0;
    }

    /// A list or set display (also used for tuples with starred items, then converted).
    pub fn compile_display(&mut self, elts: &'a [Expr], kind: Display) -> R {
        let (build, add, extend): (fn(u32) -> Instr, fn(u32) -> Instr, fn(u32) -> Instr) = match kind {
            Display::List => (Instr::BuildList, Instr::ListAppend, Instr::ListExtend),
            Display::Set => (Instr::BuildSet, Instr::SetAdd, Instr::SetUpdate),
        };
        let all_const: Option<Vec<Constant>> = elts.iter().map(constant_of).collect();
        if let Some(consts) = all_const {
            if consts.len() >= 3 {
                self.emit(build(0));
                self.load_const(Constant::Tuple(consts));
                self.emit(extend(1));
                return Ok(());
            }
        }
        let leading = elts.iter().take(DISPLAY_CHUNK).take_while(|e| !e.is_starred_expr()).count();
        for e in &elts[..leading] {
            self.compile_expr(e)?;
        }
        self.emit(build(leading as u32));
        for e in &elts[leading..] {
            match e {
                Expr::Starred(s) => {
                    self.compile_expr(&s.value)?;
                    self.emit(extend(1));
                }
                other => {
                    self.compile_expr(other)?;
                    self.emit(add(1));
                }
            }
        }
        Ok(())
    }

    /// Jump to `target` when the truth of `e` equals `cond`; fall through otherwise.
    pub fn compile_jump_if(&mut self, e: &'a Expr, cond: bool, target: Label) -> R {
        match e {
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => {
                let saved = self.set_loc(u.range);
                let r = self.compile_jump_if(&u.operand, !cond, target);
                self.restore_loc(saved);
                r
            }
            Expr::BoolOp(b) => {
                let saved = self.set_loc(b.range);
                let is_or = b.op == ast::BoolOp::Or;
                let next2 = if is_or != cond { self.new_label() } else { target };
                let n = b.values.len();
                for v in &b.values[..n - 1] {
                    self.compile_jump_if(v, is_or, next2)?;
                }
                self.compile_jump_if(&b.values[n - 1], cond, target)?;
                if next2 != target {
                    self.bind(next2);
                }
                self.restore_loc(saved);
                Ok(())
            }
            _ => {
                self.compile_expr(e)?;
                let saved = self.set_loc(e.range());
                self.emit(if cond { Instr::PopJumpIfTrue(target) } else { Instr::PopJumpIfFalse(target) });
                self.restore_loc(saved);
                Ok(())
            }
        }
    }
}

#[derive(Clone, Copy)]
pub(crate) enum Display {
    List,
    Set,
}
