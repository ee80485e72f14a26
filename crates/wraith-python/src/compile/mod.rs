//! Source text to bytecode: ruff parses, `symtable` resolves scopes, `compiler` emits `Code`.
//!
//! Invariant: compilation never panics and never recurses without bound; every failure is a
//! `CompileError` carrying CPython's exception type name, message, and 1-based position.

pub mod code;
pub mod compiler;
pub mod indent;
pub mod symtable;

pub use compiler::{CompileError, Mode, compile};
