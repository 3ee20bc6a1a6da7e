//! The bytecode contract between the compiler and the VM.
//!
//! A `CodeObject` is what one function, class body, comprehension or module
//! compiles to. Instructions are a flat `Vec<Instr>`; each instruction carries
//! its operand inline (a Rust enum of at most 8 bytes), and jump targets are
//! absolute instruction indexes. Every instruction documents its stack effect
//! as `(before -- after)`, top of stack on the right, CPython-style.
//!
//! Invariants the compiler guarantees and the VM relies on:
//! - every index operand is in range of the table it names (`consts`, `names`,
//!   `varnames`, the cell table `cellvars ++ freevars`);
//! - `locations.len() == instrs.len()`: every instruction has a source location;
//! - the value stack depth at every instruction is the same on every path that
//!   reaches it, and never exceeds `max_stack`;
//! - exception handling uses a block stack (`SetupFinally` / `PopBlock`): when an
//!   exception propagates to the innermost block, the VM truncates the value stack
//!   to the depth recorded when the block was set up, pushes the exception
//!   object, and jumps to the block's handler.
//!
//! `NULL` below is an internal sentinel value that Python code never sees.

use std::sync::Arc;

/// A compile-time constant; the VM turns each into an object once per code object.
#[derive(Debug, Clone, PartialEq)]
pub enum Constant {
    None,
    Ellipsis,
    Bool(bool),
    Int(i64),
    /// An integer literal that does not fit in i64, as decimal digits (optionally with a leading '-').
    BigInt(String),
    Float(f64),
    /// Imaginary literal: `(real, imag)`.
    Complex(f64, f64),
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<Constant>),
    Code(Arc<CodeObject>),
}

/// Binary operators, including the in-place forms (`a += b`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    MatMul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
    InplaceAdd,
    InplaceSub,
    InplaceMul,
    InplaceMatMul,
    InplaceTrueDiv,
    InplaceFloorDiv,
    InplaceMod,
    InplacePow,
    InplaceLShift,
    InplaceRShift,
    InplaceAnd,
    InplaceOr,
    InplaceXor,
}

impl BinOp {
    /// The in-place form of a plain operator (identity on in-place forms).
    pub fn inplace(self) -> BinOp {
        use BinOp::*;
        match self {
            Add => InplaceAdd,
            Sub => InplaceSub,
            Mul => InplaceMul,
            MatMul => InplaceMatMul,
            TrueDiv => InplaceTrueDiv,
            FloorDiv => InplaceFloorDiv,
            Mod => InplaceMod,
            Pow => InplacePow,
            LShift => InplaceLShift,
            RShift => InplaceRShift,
            And => InplaceAnd,
            Or => InplaceOr,
            Xor => InplaceXor,
            other => other,
        }
    }

    /// The plain form of an operator (identity on plain forms).
    pub fn plain(self) -> BinOp {
        use BinOp::*;
        match self {
            InplaceAdd => Add,
            InplaceSub => Sub,
            InplaceMul => Mul,
            InplaceMatMul => MatMul,
            InplaceTrueDiv => TrueDiv,
            InplaceFloorDiv => FloorDiv,
            InplaceMod => Mod,
            InplacePow => Pow,
            InplaceLShift => LShift,
            InplaceRShift => RShift,
            InplaceAnd => And,
            InplaceOr => Or,
            InplaceXor => Xor,
            other => other,
        }
    }

    pub fn is_inplace(self) -> bool {
        self != self.plain()
    }

    /// The operator as Python source spells it (`"+"`, `"+="`, ...), for error messages.
    pub fn symbol(self) -> &'static str {
        use BinOp::*;
        match self {
            Add => "+",
            Sub => "-",
            Mul => "*",
            MatMul => "@",
            TrueDiv => "/",
            FloorDiv => "//",
            Mod => "%",
            Pow => "** or pow()",
            LShift => "<<",
            RShift => ">>",
            And => "&",
            Or => "|",
            Xor => "^",
            InplaceAdd => "+=",
            InplaceSub => "-=",
            InplaceMul => "*=",
            InplaceMatMul => "@=",
            InplaceTrueDiv => "/=",
            InplaceFloorDiv => "//=",
            InplaceMod => "%=",
            InplacePow => "**=",
            InplaceLShift => "<<=",
            InplaceRShift => ">>=",
            InplaceAnd => "&=",
            InplaceOr => "|=",
            InplaceXor => "^=",
        }
    }
}

/// Rich comparison operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum CmpOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CmpOp {
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }

    /// The operator with its operands swapped (`a < b` is `b > a`).
    pub fn swapped(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Eq => CmpOp::Eq,
            CmpOp::Ne => CmpOp::Ne,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
        }
    }
}

/// Conversion applied by `FormatValue` (`f"{x!r}"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Conversion {
    None,
    Str,
    Repr,
    Ascii,
}

/// Flags of `MakeFunction`: which optional items lie below the code object.
pub mod make_function {
    pub const DEFAULTS: u32 = 0x01;
    pub const KWDEFAULTS: u32 = 0x02;
    pub const ANNOTATIONS: u32 = 0x04;
    pub const CLOSURE: u32 = 0x08;
}

/// Flags of a `CodeObject`.
pub mod code_flags {
    /// `*args` parameter present (it follows the keyword-only parameters in `varnames`).
    pub const VARARGS: u32 = 0x04;
    /// `**kwargs` parameter present (after `*args` if both).
    pub const VARKEYWORDS: u32 = 0x08;
    /// A function body (not a module or class body): locals are fast slots.
    pub const OPTIMIZED: u32 = 0x01;
    /// Calling it creates a generator.
    pub const GENERATOR: u32 = 0x20;
    /// A class body: runs with a namespace dict as locals.
    pub const CLASS_BODY: u32 = 0x100;
}

/// One VM instruction. Stack effects are `(before -- after)`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Instr {
    // --- stack manipulation ---
    /// `( -- )`
    Nop,
    /// `(x -- )`
    PopTop,
    /// `(a ... b -- a ... b a)` where `a` is the i-th item from the top (1 = TOS).
    Copy(u32),
    /// Swap TOS with the i-th item from the top (i >= 2).
    Swap(u32),

    // --- loads and stores ---
    /// `( -- consts[i])`
    LoadConst(u32),
    /// `( -- varnames[i])`; UnboundLocalError if unset.
    LoadFast(u32),
    /// `(x -- )`
    StoreFast(u32),
    /// `( -- )`; UnboundLocalError if unset.
    DeleteFast(u32),
    /// `( -- cell.contents)` for cell table index i (`cellvars ++ freevars`); NameError
    /// ("free variable ... referenced before assignment") if empty.
    LoadDeref(u32),
    /// `(x -- )`
    StoreDeref(u32),
    /// `( -- )`
    DeleteDeref(u32),
    /// `( -- cell)` pushes the cell object itself, to build a closure tuple.
    LoadClosure(u32),
    /// In a class body: look `freevars`-name up in the class namespace first, then the cell.
    /// `( -- value)`; operand is a cell table index.
    LoadClassDeref(u32),
    /// Locals dict, then globals, then builtins. `( -- value)`; NameError if missing.
    LoadName(u32),
    /// `(x -- )` into the locals dict (module or class namespace).
    StoreName(u32),
    /// `( -- )`
    DeleteName(u32),
    /// Globals then builtins. `( -- value)`
    LoadGlobal(u32),
    /// `(x -- )`
    StoreGlobal(u32),
    /// `( -- )`
    DeleteGlobal(u32),
    /// `(obj -- obj.names[i])`
    LoadAttr(u32),
    /// `(value, obj -- )` does `obj.name = value`.
    StoreAttr(u32),
    /// `(obj -- )`
    DeleteAttr(u32),
    /// `(obj -- meth, self)` when `names[i]` resolves to a plain function on the type,
    /// else `(obj -- NULL, attr)`. Paired with `CallMethod`.
    LoadMethod(u32),

    // --- operators ---
    /// `(a, b -- a op b)`
    BinaryOp(BinOp),
    /// `(a, b -- result)`
    CompareOp(CmpOp),
    /// `(a, b -- a is b)`, or `is not` when the operand is true.
    IsOp(bool),
    /// `(a, b -- a in b)`, or `not in` when the operand is true.
    ContainsOp(bool),
    /// `(x -- -x)`
    UnaryNegative,
    /// `(x -- +x)`
    UnaryPositive,
    /// `(x -- not x)`
    UnaryNot,
    /// `(x -- ~x)`
    UnaryInvert,
    /// `(container, key -- container[key])`
    BinarySubscr,
    /// `(value, container, key -- )` does `container[key] = value`.
    StoreSubscr,
    /// `(container, key -- )`
    DeleteSubscr,
    /// `(start, stop -- slice)` with operand 2, `(start, stop, step -- slice)` with 3.
    BuildSlice(u32),

    // --- building containers ---
    /// `(x1 ... xn -- tuple)`
    BuildTuple(u32),
    /// `(x1 ... xn -- list)`
    BuildList(u32),
    /// `(x1 ... xn -- set)`
    BuildSet(u32),
    /// `(k1, v1 ... kn, vn -- dict)`
    BuildMap(u32),
    /// `(s1 ... sn -- s1 + ... + sn)` string concatenation for f-strings.
    BuildString(u32),
    /// `(list, x -- list)` with `list` at depth i counted *after* popping x
    /// (i = 1 means TOS after the pop). Same depth rule for the three below.
    ListAppend(u32),
    /// `(set, x -- set)`
    SetAdd(u32),
    /// `(dict, key, value -- dict)`
    MapAdd(u32),
    /// `(list, iterable -- list)` list.extend.
    ListExtend(u32),
    /// `(set, iterable -- set)`
    SetUpdate(u32),
    /// `(dict, mapping -- dict)` dict.update (for `{**a}`).
    DictUpdate(u32),
    /// `(dict, mapping -- dict)` like DictUpdate, but a repeated key raises
    /// TypeError "f() got multiple values for keyword argument 'k'" (for `f(**a, **b)`;
    /// the function is the item below the dict at depth i+1... the VM names it if it can).
    DictMerge(u32),
    /// `(list -- tuple)`
    ListToTuple,
    /// `(value -- str)` or `(value, spec -- str)` when `has_spec`.
    FormatValue { conversion: Conversion, has_spec: bool },

    // --- unpacking ---
    /// `(seq -- x_n ... x_1)`: x_1 ends on top, so stores run left to right.
    /// ValueError on a length mismatch, with CPython's messages.
    UnpackSequence(u32),
    /// Starred unpacking `a, *b, c = seq`: `(seq -- after_n..after_1, list, before_m..before_1)`
    /// (`before` items on top, first one topmost).
    UnpackEx { before: u16, after: u16 },

    // --- control flow ---
    /// Unconditional jump to an instruction index.
    Jump(u32),
    /// `(x -- )` jump if x is falsy.
    PopJumpIfFalse(u32),
    /// `(x -- )` jump if x is truthy.
    PopJumpIfTrue(u32),
    /// `(x -- )` jump if x is None.
    PopJumpIfNone(u32),
    /// `(x -- )` jump if x is not None.
    PopJumpIfNotNone(u32),
    /// If x is falsy, jump and leave it; else pop it. `(x -- x)` or `(x -- )`.
    JumpIfFalseOrPop(u32),
    /// If x is truthy, jump and leave it; else pop it.
    JumpIfTrueOrPop(u32),
    /// `(iterable -- iterator)`
    GetIter,
    /// `(iter -- iter, next)`; when exhausted: `(iter -- )` and jump to target.
    ForIter(u32),

    // --- functions and calls ---
    /// `([defaults], [kwdefaults], [annotations], [closure], code -- function)`;
    /// the bracketed items are present when the matching `make_function` flag is set,
    /// in that order (defaults deepest). `defaults` is a tuple, `kwdefaults` a dict,
    /// `annotations` a dict, `closure` a tuple of cells. The qualname is the code's.
    MakeFunction(u32),
    /// `(callable, a1 ... an -- result)`
    Call(u32),
    /// `(callable, a1 ... an, kwnames -- result)`: `kwnames` is a tuple constant of the
    /// names of the last `len(kwnames)` arguments; n counts all arguments.
    CallKw(u32),
    /// `(meth, self, a1 ... an -- result)` or `(NULL, callable, a1 ... an -- result)`.
    CallMethod(u32),
    /// `(callable, args_tuple -- result)` or, when the operand is true,
    /// `(callable, args_tuple, kwargs_dict -- result)`.
    CallFunctionEx(bool),
    /// `(value -- )` return from the frame.
    ReturnValue,
    /// `(value -- sent)`: suspend the generator, producing value; resumes with the sent value.
    YieldValue,
    /// `(iterable -- iterator)`: iter() unless it already is a generator.
    GetYieldFromIter,
    /// `(iter, sent -- iter, sent)` then suspend while the sub-iterator yields: sends
    /// `sent` (None means `next()`) into `iter`; if it yields v, the frame yields v and,
    /// on resume, this same instruction runs again with the new sent value on top;
    /// when it returns r: `(iter, sent -- r)` and execution continues.
    YieldFrom,

    // --- exceptions ---
    /// Push a handler block: on an exception, unwind to the current stack depth,
    /// push the exception and jump to the target.
    SetupFinally(u32),
    /// Pop the innermost block (leaving its protected region normally).
    PopBlock,
    /// `(exc -- prev_exc, exc)`: make exc the "currently handled" exception
    /// (`sys.exc_info()`), saving the previous one (None if there was none).
    PushExcInfo,
    /// `(prev_exc -- )`: restore the previously handled exception.
    PopExcept,
    /// `(exc, type -- exc, bool)`: does exc match type (a class or a tuple of classes);
    /// TypeError if type is not an exception class.
    CheckExcMatch,
    /// `(exc -- exc)`: re-raise exc as it is, keeping its traceback. The exception is
    /// left in place (the unwinding truncates the stack to the handler's depth), so a
    /// cleanup block set up while `exc` was on the stack finds `(…, exc, new)`.
    Reraise,
    /// `raise` with 0 operands re-raises the handled exception; 1: `(exc -- )`;
    /// 2: `(exc, cause -- )` for `raise exc from cause`.
    Raise(u32),
    /// `( -- AssertionError)` the builtin class, even if the name is shadowed.
    LoadAssertionError,
    /// `(mgr -- exit, enter_result)`: looks up `__enter__` / `__exit__` on the type
    /// (AttributeError/TypeError as CPython), calls `__enter__`, pushes bound `__exit__`.
    BeforeWith,
    /// `(exit, prev_exc, exc -- exit, prev_exc, exc, result)`: calls
    /// `exit(type(exc), exc, exc.__traceback__)`.
    WithExceptStart,

    // --- modules and classes ---
    /// `(level, fromlist -- module)` imports `names[i]`.
    ImportName(u32),
    /// `(module -- module, module.names[i])`; ImportError "cannot import name" if missing
    /// (falls back to importing the submodule `module.name`).
    ImportFrom(u32),
    /// `(module -- )` binds all public names into the locals namespace.
    ImportStar,
    /// `( -- builtins.__build_class__)`
    LoadBuildClass,
    /// `( -- locals)` the locals namespace dict (class bodies).
    LoadLocals,
    /// Module or class body with annotated names: create `__annotations__` in locals if missing.
    SetupAnnotations,
    /// `(x -- )` REPL: print repr(x) if not None and bind `builtins._`.
    PrintExpr,
}

/// Where an instruction came from: lines 1-based, columns 0-based UTF-8 byte offsets
/// within their line (as CPython's `co_positions()`), for tracebacks with carets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Location {
    pub line: u32,
    pub end_line: u32,
    pub col: u32,
    pub end_col: u32,
}

/// Compiled form of one function, class body, comprehension, lambda or module.
#[derive(Debug, Clone, PartialEq)]
pub struct CodeObject {
    /// `<module>`, `<lambda>`, `<listcomp>`, `<genexpr>`, the function or class name.
    pub name: String,
    /// Dotted path such as `Outer.method.<locals>.inner`.
    pub qualname: String,
    pub filename: String,
    pub first_line: u32,
    /// Positional parameters (including positional-only).
    pub arg_count: u32,
    pub posonly_arg_count: u32,
    pub kwonly_arg_count: u32,
    /// `code_flags::*`.
    pub flags: u32,
    pub instrs: Vec<Instr>,
    /// Source location of each instruction: the AST node it was compiled from.
    pub locations: Vec<Location>,
    /// The docstring, if the body starts with a string literal statement.
    pub docstring: Option<String>,
    pub consts: Vec<Constant>,
    /// Names used by global / attribute / import / name instructions.
    pub names: Vec<String>,
    /// Local variable names: parameters first, in order (positional, keyword-only,
    /// `*args`, `**kwargs`), then other locals.
    pub varnames: Vec<String>,
    /// Locals captured by inner scopes. A parameter that is also a cell variable
    /// is copied into its cell on frame entry.
    pub cellvars: Vec<String>,
    /// Variables of enclosing scopes this code reads; the closure tuple fills them.
    pub freevars: Vec<String>,
    /// Upper bound of the value stack depth.
    pub max_stack: u32,
}

impl CodeObject {
    pub fn is_generator(&self) -> bool {
        self.flags & code_flags::GENERATOR != 0
    }

    /// For each cellvar, the index of the parameter of the same name, if any.
    pub fn cell_param_index(&self, cell: usize) -> Option<usize> {
        let name = &self.cellvars[cell];
        let nparams = self.total_param_count();
        self.varnames[..nparams.min(self.varnames.len())]
            .iter()
            .position(|v| v == name)
    }

    /// Positional + keyword-only + `*args` + `**kwargs` slots.
    pub fn total_param_count(&self) -> usize {
        let mut n = (self.arg_count + self.kwonly_arg_count) as usize;
        if self.flags & code_flags::VARARGS != 0 {
            n += 1;
        }
        if self.flags & code_flags::VARKEYWORDS != 0 {
            n += 1;
        }
        n
    }
}
