//! Frames: one activation of a code object, with its value stack, locals, cells, and block
//! stack, stored in the arena inside the thread (or inside a suspended generator).
//!
//! Invariant: `blocks` entries refer to handler pcs in this frame's code and to stack depths no
//! deeper than the current stack; `handled` holds the exceptions whose handlers are active.

use std::rc::Rc;

use gc_arena::Collect;

use crate::compile::code::Code;
use crate::object::GcCell;
use crate::value::{Obj, Value};

/// A block on the frame's block stack.
#[derive(Clone, Copy, Debug)]
pub struct Block {
    /// Handler pc (for `Setup`), unused for `Active`.
    pub handler: u32,
    /// Stack depth to restore.
    pub depth: u32,
    /// True: an exception handler is running (pop restores `handled`).
    pub active: bool,
}

/// What to do with a frame's return value.
#[derive(Collect, Clone, Copy)]
#[collect(no_drop)]
pub enum FrameKind<'gc> {
    /// Push it on the caller's stack.
    Normal,
    /// An `__init__` call: check it is None, push the instance instead.
    Init(Value<'gc>),
    /// A generator's frame.
    Generator(Obj<'gc>),
    /// A class body (its namespace is `ns`).
    ClassBody,
}

/// One activation.
#[derive(Collect)]
#[collect(no_drop)]
pub struct Frame<'gc> {
    /// The function object (consts, names, closure, globals).
    pub func: Obj<'gc>,
    /// The code.
    #[collect(require_static)]
    pub code: Rc<Code>,
    /// Next instruction.
    pub pc: usize,
    /// Value stack.
    pub stack: Vec<Value<'gc>>,
    /// Fast locals.
    pub locals: Vec<Value<'gc>>,
    /// Cells, then free variables.
    pub cells: Vec<GcCell<'gc>>,
    /// Block stack.
    #[collect(require_static)]
    pub blocks: Vec<Block>,
    /// Exceptions being handled.
    pub handled: Vec<Value<'gc>>,
    /// Name namespace (module and class bodies).
    pub ns: Option<Obj<'gc>>,
    /// Globals dict.
    pub globals: Obj<'gc>,
    /// Return handling.
    pub kind: FrameKind<'gc>,
}

impl<'gc> Frame<'gc> {
    /// Line being executed.
    pub fn line(&self) -> u32 {
        self.code.line_at(self.pc.saturating_sub(1))
    }
}
