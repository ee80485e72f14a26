//! Bytecode: the instruction set and the `Code` object the compiler emits.
//!
//! Invariant: a `Code` is immutable once built and shared by `Rc`; every jump target is an
//! index into `instrs`; `lines[i]` is the source line of `instrs[i]`. Operand indexes refer to
//! this code's own tables (`consts`, `names`, `codes`, `varnames`, cells then frees).

use std::rc::Rc;

use num_bigint::BigInt;

/// Binary operators (also used by augmented assignment).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    /// `+`
    Add,
    /// `-`
    Sub,
    /// `*`
    Mul,
    /// `@`
    MatMul,
    /// `/`
    TrueDiv,
    /// `//`
    FloorDiv,
    /// `%`
    Mod,
    /// `**`
    Pow,
    /// `<<`
    LShift,
    /// `>>`
    RShift,
    /// `&`
    And,
    /// `|`
    Or,
    /// `^`
    Xor,
}

/// Unary operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnOp {
    /// `-x`
    Neg,
    /// `+x`
    Pos,
    /// `~x`
    Invert,
}

/// Rich comparisons.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cmp {
    /// `<`
    Lt,
    /// `<=`
    Le,
    /// `==`
    Eq,
    /// `!=`
    Ne,
    /// `>`
    Gt,
    /// `>=`
    Ge,
}

/// One instruction.
#[derive(Clone, Copy, Debug)]
pub enum Instr {
    /// Do nothing.
    Nop,
    /// Drop TOS.
    Pop,
    /// Duplicate TOS.
    Dup,
    /// Duplicate the top two.
    Dup2,
    /// Swap the top two.
    Rot2,
    /// Move TOS two down.
    Rot3,
    /// Move TOS three down.
    Rot4,
    /// Push a constant.
    LoadConst(u32),
    /// Push a local.
    LoadFast(u32),
    /// Store a local.
    StoreFast(u32),
    /// Delete a local.
    DeleteFast(u32),
    /// Push a cell's content.
    LoadDeref(u32),
    /// Store into a cell.
    StoreDeref(u32),
    /// Empty a cell.
    DeleteDeref(u32),
    /// Class body: namespace first, then the cell (free var index).
    LoadClassDeref(u32),
    /// Push a global (or builtin).
    LoadGlobal(u32),
    /// Store a global.
    StoreGlobal(u32),
    /// Delete a global.
    DeleteGlobal(u32),
    /// Push a name from locals, globals, builtins.
    LoadName(u32),
    /// Store into the locals namespace.
    StoreName(u32),
    /// Delete from the locals namespace.
    DeleteName(u32),
    /// Replace TOS by its attribute.
    LoadAttr(u32),
    /// `TOS.name = TOS1`.
    StoreAttr(u32),
    /// `del TOS.name`.
    DeleteAttr(u32),
    /// Replace TOS by (method, self) or (attr, Undef).
    LoadMethod(u32),
    /// Fused `Compare(op); PopJumpIfFalse(target)`; the next instruction is a `Nop` it skips.
    CompareJumpIfFalse(Cmp, u32),
    /// Fused `Is(positive); PopJumpIfFalse(target)`; the next instruction is a skipped `Nop`.
    IsJumpIfFalse(bool, u32),
    /// Fused `LoadFast(local); LoadAttr(name)`.
    LoadFastAttr(u16, u16),
    /// Fused `LoadFast(local); LoadMethod(name)`.
    LoadFastMethod(u16, u16),
    /// Fused `LoadFast(local); StoreAttr(name)` (the value is on the stack).
    StoreFastAttr(u16, u16),
    /// `TOS1[TOS]`.
    Subscr,
    /// `TOS1[TOS] = TOS2`.
    StoreSubscr,
    /// `del TOS1[TOS]`.
    DeleteSubscr,
    /// Binary operator.
    Binary(BinOp),
    /// In-place operator.
    Inplace(BinOp),
    /// Unary operator.
    Unary(UnOp),
    /// `not TOS`.
    Not,
    /// Rich comparison.
    Compare(Cmp),
    /// `is` (true) / `is not` (false).
    Is(bool),
    /// `in` (true) / `not in` (false).
    In(bool),
    /// Call with n positional arguments: `[f, args...]`.
    Call(u32),
    /// Call after LoadMethod: `[f, self_or_undef, args...]`.
    CallMethod(u32),
    /// Call with keywords: `[f, args..., kwvalues..., names tuple]`; operand counts all values.
    CallKw(u32),
    /// Call with star args: `[f, args tuple, (kwargs dict if operand)]`.
    CallEx(bool),
    /// Make a function from `codes[.0]`; flags: 1 defaults tuple, 2 kwdefaults dict.
    MakeFunction(u32, u8),
    /// Build containers from n items.
    BuildTuple(u32),
    /// Build a list.
    BuildList(u32),
    /// Build a set.
    BuildSet(u32),
    /// Build a set from n constants as CPython does for a constant set display: its
    /// compiler folds them into a frozenset, rebuilt once from its own iteration order,
    /// which the set display then copies.
    BuildConstSet(u32),
    /// Build a dict from n key/value pairs.
    BuildMap(u32),
    /// Concatenate n strings.
    BuildString(u32),
    /// Build a slice from 2 or 3 values.
    BuildSlice(u32),
    /// Append TOS to the list n deep (after popping TOS).
    ListAppend(u32),
    /// Add TOS to the set n deep.
    SetAdd(u32),
    /// Map TOS1 -> TOS into the dict n deep.
    MapAdd(u32),
    /// Extend the list n deep by iterable TOS.
    ListExtend(u32),
    /// Update the set n deep by iterable TOS.
    SetUpdate(u32),
    /// Update the dict n deep by mapping TOS.
    DictUpdate(u32),
    /// Like DictUpdate but errors on duplicate keys (call `**`).
    DictMerge(u32),
    /// Convert TOS list to a tuple.
    ListToTuple,
    /// Format TOS: conversion (0 none, 1 str, 2 repr, 3 ascii), with a spec below it.
    FormatValue(u8, bool),
    /// `iter(TOS)`.
    GetIter,
    /// Push next(TOS) or pop TOS and jump.
    ForIter(u32),
    /// `yield from` step: push next(TOS), or replace TOS by the iterator's return value and jump.
    YieldFromNext(u32),
    /// Unconditional jump.
    Jump(u32),
    /// Pop and jump if falsy.
    PopJumpIfFalse(u32),
    /// Pop and jump if truthy.
    PopJumpIfTrue(u32),
    /// Jump if falsy (keep), else pop.
    JumpIfFalseOrPop(u32),
    /// Jump if truthy (keep), else pop.
    JumpIfTrueOrPop(u32),
    /// Push an exception handler block.
    SetupExcept(u32),
    /// Pop the innermost handler block.
    PopBlock,
    /// Leave an active handler: restore the previous handled exception.
    PopExcept,
    /// `[exc, type]` -> `[exc, bool]`.
    CheckExcMatch,
    /// raise (0: re-raise, 1: exc, 2: exc from cause).
    Raise(u8),
    /// Re-raise TOS exception, leaving the active handler.
    Reraise,
    /// `[mgr]` -> `[exit, enter()]`; pushes a handler block to the operand.
    SetupWith(u32),
    /// `[exit]` -> `[]`: call exit(None, None, None).
    WithExitNormal,
    /// `[exit, exc]` -> handle: call exit(type, exc, tb); suppress (jump) or re-raise.
    WithExcept(u32),
    /// Return TOS.
    ReturnValue,
    /// Yield TOS; push the sent value when resumed.
    YieldValue,
    /// `import name` (pushes the module).
    ImportName(u32),
    /// `[module]` -> `[module, module.name]`.
    ImportFrom(u32),
    /// `from m import *`.
    ImportStar,
    /// Unpack TOS into n values (first item on top).
    UnpackSequence(u32),
    /// Unpack with a starred target: before, after.
    UnpackEx(u16, u16),
    /// Push the class builder.
    LoadBuildClass,
    /// REPL: print repr of TOS if not None.
    PrintExpr,
    /// Push AssertionError.
    LoadAssertionError,
    /// Store the class body's `__class__` cell into the namespace as `__classcell__`.
    StoreClassCell(u32),
}

/// A compile-time constant.
#[derive(Clone, Debug)]
pub enum Const {
    /// `None`
    None,
    /// `True`/`False`
    Bool(bool),
    /// small int
    Int(i64),
    /// big int
    BigInt(Rc<BigInt>),
    /// float
    Float(f64),
    /// str
    Str(Rc<str>),
    /// tuple of constants
    Tuple(Vec<Const>),
    /// `...`
    Ellipsis,
}

/// What a code object is the body of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeKind {
    /// A module (or `-c`/REPL input).
    Module,
    /// A function or lambda.
    Function,
    /// A class body.
    Class,
}

/// Where the source came from (shared by all code of one compilation).
#[derive(Debug)]
pub struct Source {
    /// File name shown in tracebacks.
    pub filename: Rc<str>,
    /// The text (for traceback source lines).
    pub text: Rc<str>,
}

impl Source {
    /// The text of 1-based line `n`, stripped.
    pub fn line_text(&self, n: u32) -> Option<&str> {
        self.text
            .lines()
            .nth((n as usize).checked_sub(1)?)
            .map(|l| l.trim())
    }
}

/// A compiled body.
#[derive(Debug)]
pub struct Code {
    /// `co_name`.
    pub name: Rc<str>,
    /// `__qualname__`.
    pub qualname: Rc<str>,
    /// Source information.
    pub source: Rc<Source>,
    /// Instructions.
    pub instrs: Vec<Instr>,
    /// One lookup hint per instruction: for name loads, the index of the entry where the name
    /// was last found in the dict it was loaded from (a hint only: checked before use).
    pub hints: Box<[std::cell::Cell<u32>]>,
    /// Line of each instruction.
    pub lines: Vec<u32>,
    /// Constants.
    pub consts: Vec<Const>,
    /// Names (globals, attributes, imports).
    pub names: Vec<Rc<str>>,
    /// Nested code objects.
    pub codes: Vec<Rc<Code>>,
    /// Local variable names; parameters first.
    pub varnames: Vec<Rc<str>>,
    /// Names of cells this code creates.
    pub cellvars: Vec<Rc<str>>,
    /// Names of free variables (cells received from the enclosing function).
    pub freevars: Vec<Rc<str>>,
    /// (cell index, local index) for parameters that live in cells.
    pub cell_params: Vec<(u32, u32)>,
    /// For each free var, the index into the enclosing code's cells (cellvars then freevars).
    pub closure_from: Vec<u32>,
    /// Positional parameters (including positional-only).
    pub argcount: u32,
    /// Positional-only parameters.
    pub posonlycount: u32,
    /// Keyword-only parameters.
    pub kwonlycount: u32,
    /// Has `*args`.
    pub varargs: bool,
    /// Has `**kwargs`.
    pub varkw: bool,
    /// Contains `yield`.
    pub generator: bool,
    /// What this is the body of.
    pub kind: CodeKind,
    /// First line.
    pub firstline: u32,
    /// Index of the `__class__` cell in a class body, if any.
    pub class_cell: Option<u32>,
    /// The docstring (first statement a string literal), for functions.
    pub doc: Option<Rc<str>>,
}

impl Code {
    /// The line of the instruction at `pc`.
    pub fn line_at(&self, pc: usize) -> u32 {
        self.lines.get(pc).copied().unwrap_or(self.firstline)
    }

    /// Whether running this code does nothing but return `None` (a body of `pass`, a
    /// docstring, constant expression statements, `return` or `return None`): binding the
    /// arguments is then a call's only effect. The first instruction that is not a constant
    /// pushed and popped must return `None`; nothing before it jumps, so nothing after it runs.
    pub fn only_returns_none(&self) -> bool {
        if self.generator || self.kind != CodeKind::Function {
            return false;
        }
        let mut body = self.instrs.iter().filter(|i| !matches!(i, Instr::Nop));
        loop {
            match (body.next(), body.next()) {
                (Some(Instr::LoadConst(_)), Some(Instr::Pop)) => continue,
                (Some(Instr::LoadConst(k)), Some(Instr::ReturnValue)) => {
                    return matches!(self.consts.get(*k as usize), Some(Const::None));
                }
                _ => return false,
            }
        }
    }

    /// Number of cells (cellvars + freevars).
    pub fn ncells(&self) -> usize {
        self.cellvars.len() + self.freevars.len()
    }
}
