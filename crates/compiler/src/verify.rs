//! Bytecode verifier: stack effects, jump targets and the depth of every path.
//!
//! `analyze` simulates every instruction of a code object on every path from
//! the entry (and from each `SetupFinally` handler edge), tracking the value stack
//! depth and the block stack (the depth recorded by each `SetupFinally`). It
//! checks what the VM relies on: operands index their tables, jumps land inside
//! the code, no path underflows the stack or falls off the end, every path that
//! reaches an instruction agrees on both stacks, a block only protects code that
//! keeps at least the depth it recorded, and `ReturnValue` runs with no block set
//! up. It returns the maximum depth, which codegen stores as `max_stack`; the VM
//! may call `verify` in debug builds to re-check any code object it is given.
//! Unreachable instructions are ignored.

use crate::bytecode::{CodeObject, Constant, Instr};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifyError {
    /// Name of the code object and the instruction index at fault.
    pub code: String,
    pub index: usize,
    pub message: String,
}

impl std::fmt::Display for VerifyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} at instruction {}: {}", self.code, self.index, self.message)
    }
}

impl std::error::Error for VerifyError {}

impl Instr {
    /// The jump target (an instruction index once compiled) of a jumping instruction.
    pub fn jump_target(&self) -> Option<u32> {
        use Instr::*;
        match *self {
            Jump(t) | PopJumpIfFalse(t) | PopJumpIfTrue(t) | PopJumpIfNone(t) | PopJumpIfNotNone(t)
            | JumpIfFalseOrPop(t) | JumpIfTrueOrPop(t) | ForIter(t) | SetupFinally(t) => Some(t),
            _ => None,
        }
    }

    /// The same instruction with another jump target (identity on non-jumps).
    pub fn with_jump_target(self, t: u32) -> Instr {
        use Instr::*;
        match self {
            Jump(_) => Jump(t),
            PopJumpIfFalse(_) => PopJumpIfFalse(t),
            PopJumpIfTrue(_) => PopJumpIfTrue(t),
            PopJumpIfNone(_) => PopJumpIfNone(t),
            PopJumpIfNotNone(_) => PopJumpIfNotNone(t),
            JumpIfFalseOrPop(_) => JumpIfFalseOrPop(t),
            JumpIfTrueOrPop(_) => JumpIfTrueOrPop(t),
            ForIter(_) => ForIter(t),
            SetupFinally(_) => SetupFinally(t),
            other => other,
        }
    }

    /// Whether execution never continues with the next instruction.
    pub fn is_terminator(&self) -> bool {
        matches!(self, Instr::Jump(_) | Instr::ReturnValue | Instr::Raise(_) | Instr::Reraise)
    }

    /// `(pops, pushes)` of the instruction, on its jump edge when `jump` is true.
    /// For `SetupFinally` the jump edge is the handler entry, relative to the depth
    /// at setup (the VM pushes the exception there).
    pub fn stack_effect(&self, jump: bool) -> (u32, u32) {
        use Instr::*;
        match *self {
            Nop => (0, 0),
            PopTop => (1, 0),
            Copy(i) => (i, i + 1),
            Swap(i) => (i, i),
            LoadConst(_) | LoadFast(_) | LoadDeref(_) | LoadClosure(_) | LoadClassDeref(_) | LoadName(_)
            | LoadGlobal(_) => (0, 1),
            StoreFast(_) | StoreDeref(_) | StoreName(_) | StoreGlobal(_) => (1, 0),
            DeleteFast(_) | DeleteDeref(_) | DeleteName(_) | DeleteGlobal(_) => (0, 0),
            LoadAttr(_) => (1, 1),
            StoreAttr(_) => (2, 0),
            DeleteAttr(_) => (1, 0),
            LoadMethod(_) => (1, 2),
            BinaryOp(_) | CompareOp(_) | IsOp(_) | ContainsOp(_) => (2, 1),
            UnaryNegative | UnaryPositive | UnaryNot | UnaryInvert => (1, 1),
            BinarySubscr => (2, 1),
            StoreSubscr => (3, 0),
            DeleteSubscr => (2, 0),
            BuildSlice(n) => (n, 1),
            BuildTuple(n) | BuildList(n) | BuildSet(n) | BuildString(n) => (n, 1),
            BuildMap(n) => (2 * n, 1),
            ListAppend(i) | SetAdd(i) | ListExtend(i) | SetUpdate(i) | DictUpdate(i) | DictMerge(i) => {
                (i + 1, i)
            }
            MapAdd(i) => (i + 2, i),
            ListToTuple => (1, 1),
            FormatValue { has_spec, .. } => (1 + has_spec as u32, 1),
            UnpackSequence(n) => (1, n),
            UnpackEx { before, after } => (1, before as u32 + after as u32 + 1),
            Jump(_) => (0, 0),
            PopJumpIfFalse(_) | PopJumpIfTrue(_) | PopJumpIfNone(_) | PopJumpIfNotNone(_) => (1, 0),
            JumpIfFalseOrPop(_) | JumpIfTrueOrPop(_) => {
                if jump {
                    (1, 1)
                } else {
                    (1, 0)
                }
            }
            GetIter => (1, 1),
            ForIter(_) => {
                if jump {
                    (1, 0)
                } else {
                    (1, 2)
                }
            }
            MakeFunction(flags) => (1 + (flags & 0xf).count_ones(), 1),
            Call(n) => (n + 1, 1),
            CallKw(n) => (n + 2, 1),
            CallMethod(n) => (n + 2, 1),
            CallFunctionEx(kw) => (2 + kw as u32, 1),
            ReturnValue => (1, 0),
            YieldValue => (1, 1),
            GetYieldFromIter => (1, 1),
            YieldFrom => (2, 1),
            SetupFinally(_) => {
                if jump {
                    (0, 1)
                } else {
                    (0, 0)
                }
            }
            PopBlock => (0, 0),
            PushExcInfo => (1, 2),
            PopExcept => (1, 0),
            CheckExcMatch => (2, 2),
            Reraise => (1, 0),
            Raise(n) => (n, 0),
            LoadAssertionError => (0, 1),
            BeforeWith => (1, 2),
            WithExceptStart => (3, 4),
            ImportName(_) => (2, 1),
            ImportFrom(_) => (1, 2),
            ImportStar => (1, 0),
            LoadBuildClass => (0, 1),
            LoadLocals => (0, 1),
            SetupAnnotations => (0, 0),
            PrintExpr => (1, 0),
        }
    }
}

#[derive(Clone, PartialEq, Eq)]
struct State {
    depth: u32,
    /// Depth recorded by each active `SetupFinally`, innermost last.
    blocks: Vec<u32>,
}

/// Check `code` (not its nested code objects) and return its maximum stack depth.
pub fn analyze(code: &CodeObject) -> Result<u32, VerifyError> {
    let fail = |index: usize, message: String| VerifyError { code: code.qualname.clone(), index, message };
    let n = code.instrs.len();
    if code.locations.len() != n {
        return Err(fail(0, format!("{} locations for {} instructions", code.locations.len(), n)));
    }
    check_operands(code).map_err(|(i, m)| fail(i, m))?;
    let mut states: Vec<Option<State>> = vec![None; n];
    let mut work: Vec<usize> = Vec::new();
    let mut max = 0u32;
    if n == 0 {
        return Ok(0);
    }
    states[0] = Some(State { depth: 0, blocks: Vec::new() });
    work.push(0);
    while let Some(i) = work.pop() {
        let Some(state) = states[i].clone() else { continue };
        let ins = code.instrs[i];
        let mut edges: Vec<(usize, State)> = Vec::new();
        let go = |jump: bool, target: usize, blocks: Vec<u32>| -> Result<(usize, State), VerifyError> {
            let (pops, pushes) = ins.stack_effect(jump);
            let need = match ins {
                ListAppend(i) | SetAdd(i) | ListExtend(i) | SetUpdate(i) | DictUpdate(i) | DictMerge(i) => i + 1,
                MapAdd(i) => i + 2,
                _ => pops,
            };
            if state.depth < need {
                return Err(fail(i, format!("stack underflow: depth {} < {need} for {ins:?}", state.depth)));
            }
            let after_pop = state.depth - pops;
            if let Some(&floor) = blocks.last() {
                let after = after_pop + pushes;
                if after < floor && !matches!(ins, Instr::Reraise | Instr::Raise(_)) {
                    return Err(fail(i, format!("depth {after} below block floor {floor}")));
                }
            }
            Ok((target, State { depth: after_pop + pushes, blocks }))
        };
        use Instr::*;
        let next = i + 1;
        match ins {
            ReturnValue => {
                go(false, next, state.blocks.clone())?;
                if !state.blocks.is_empty() {
                    return Err(fail(i, "return with blocks still set up".into()));
                }
            }
            Raise(_) | Reraise => {
                go(false, next, state.blocks.clone())?;
            }
            Jump(t) => edges.push(go(true, t as usize, state.blocks.clone())?),
            SetupFinally(t) => {
                let mut inner = state.blocks.clone();
                inner.push(state.depth);
                edges.push(go(false, next, inner)?);
                edges.push(go(true, t as usize, state.blocks.clone())?);
            }
            PopBlock => {
                let mut outer = state.blocks.clone();
                if outer.pop().is_none() {
                    return Err(fail(i, "PopBlock with no block".into()));
                }
                edges.push(go(false, next, outer)?);
            }
            _ => {
                if let Some(t) = ins.jump_target() {
                    edges.push(go(true, t as usize, state.blocks.clone())?);
                }
                edges.push(go(false, next, state.blocks.clone())?);
            }
        }
        for (target, st) in edges {
            if target >= n {
                return Err(fail(i, format!("control reaches {target}, past the end ({n})")));
            }
            max = max.max(st.depth);
            match &states[target] {
                Some(old) if *old == st => {}
                Some(old) => {
                    return Err(fail(
                        target,
                        format!(
                            "inconsistent stack: depth {} blocks {:?} vs depth {} blocks {:?} (from {i})",
                            old.depth, old.blocks, st.depth, st.blocks
                        ),
                    ))
                }
                None => {
                    states[target] = Some(st);
                    work.push(target);
                }
            }
        }
        // Transient depth inside instructions that push more than they leave.
        let (pops, pushes) = ins.stack_effect(false);
        if pushes > pops {
            max = max.max(state.depth - pops.min(state.depth) + pushes);
        }
    }
    Ok(max)
}

/// Check `code` and every code object nested in its constants, including that
/// `max_stack` covers the computed depth.
pub fn verify(code: &CodeObject) -> Result<(), VerifyError> {
    let depth = analyze(code)?;
    if depth > code.max_stack {
        return Err(VerifyError {
            code: code.qualname.clone(),
            index: 0,
            message: format!("max_stack {} below computed depth {depth}", code.max_stack),
        });
    }
    for c in &code.consts {
        if let Constant::Code(inner) = c {
            verify(inner)?;
        }
    }
    Ok(())
}

fn check_operands(code: &CodeObject) -> Result<(), (usize, String)> {
    use Instr::*;
    let ncells = (code.cellvars.len() + code.freevars.len()) as u32;
    for (i, ins) in code.instrs.iter().enumerate() {
        let (index, len, table) = match *ins {
            LoadConst(k) => (k, code.consts.len() as u32, "consts"),
            LoadFast(k) | StoreFast(k) | DeleteFast(k) => (k, code.varnames.len() as u32, "varnames"),
            LoadDeref(k) | StoreDeref(k) | DeleteDeref(k) | LoadClosure(k) | LoadClassDeref(k) => {
                (k, ncells, "cells")
            }
            LoadName(k) | StoreName(k) | DeleteName(k) | LoadGlobal(k) | StoreGlobal(k) | DeleteGlobal(k)
            | LoadAttr(k) | StoreAttr(k) | DeleteAttr(k) | LoadMethod(k) | ImportName(k) | ImportFrom(k) => {
                (k, code.names.len() as u32, "names")
            }
            Copy(k) | Swap(k) if k == 0 => return Err((i, format!("{ins:?} with index 0"))),
            BuildSlice(k) if !(2..=3).contains(&k) => return Err((i, format!("{ins:?}"))),
            _ => continue,
        };
        if index >= len {
            return Err((i, format!("{ins:?} out of range of {table} ({len})")));
        }
    }
    Ok(())
}
