//! Exception instance data: args, traceback entries, cause and context.
//!
//! Invariant: `traceback` lists (code, line) innermost-last in the order frames were unwound
//! *outward*, i.e. entry 0 is the frame that caught it last; printing reverses nothing:
//! entries are appended as the exception leaves each frame, so printing iterates in reverse.

use std::rc::Rc;

use gc_arena::Collect;

use crate::compile::code::Code;
use crate::value::Value;

/// One traceback entry.
#[derive(Clone)]
pub struct TbEntry {
    /// The code object of the frame.
    pub code: Rc<Code>,
    /// The line being executed.
    pub line: u32,
}

/// An exception's data.
#[derive(Collect)]
#[collect(no_drop)]
pub struct ExcData<'gc> {
    /// `args` (a tuple value).
    pub args: Value<'gc>,
    /// Traceback entries, innermost first.
    #[collect(require_static)]
    pub traceback: Vec<TbEntry>,
    /// `__cause__`.
    pub cause: Value<'gc>,
    /// `__context__`.
    pub context: Value<'gc>,
    /// `__suppress_context__`.
    pub suppress_context: bool,
}
