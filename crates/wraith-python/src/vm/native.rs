//! The calling convention for built-in functions written in Rust.
//!
//! Invariant: a native receives positional arguments (bound `self` first) and keyword pairs
//! `(str, value)`; it reports failure only through `PyErr`, never by panicking.

use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Keyword arguments: (name as a `str` value, value).
pub type Kw<'gc> = [(Value<'gc>, Value<'gc>)];

/// A built-in implemented in Rust.
pub type NativeFn =
    for<'gc, 'a> fn(&mut Vm<'gc, 'a>, &[Value<'gc>], &Kw<'gc>) -> PyResult<'gc, Value<'gc>>;
