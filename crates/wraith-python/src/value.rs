//! The `Value` enum: immediates inline, everything else a `Gc` pointer to one `PyObject`.
//!
//! Invariant: an `Int` always fits `i64`; integers outside that range are `BigInt` objects, and
//! a `BigInt` object never holds a value that fits `i64` (see `object::int::normalize`).
//! `Undef` is internal (an unbound local slot, a "no self" call marker) and never reaches a script.

use gc_arena::{Collect, Gc};

use crate::object::PyObject;

/// A pointer to a heap object.
pub type Obj<'gc> = Gc<'gc, PyObject<'gc>>;

/// A Python value.
#[derive(Clone, Copy, Collect)]
#[collect(no_drop)]
#[repr(u64)]
pub enum Value<'gc> {
    /// Internal marker: unbound slot. Never visible to scripts.
    Undef,
    /// `None`.
    None,
    /// `True` / `False`.
    Bool(bool),
    /// A small integer.
    Int(i64),
    /// A float.
    Float(f64),
    /// Any heap object.
    Obj(Obj<'gc>),
}

impl<'gc> Value<'gc> {
    /// The object pointer, if this is a heap value.
    #[inline]
    pub fn as_obj(self) -> Option<Obj<'gc>> {
        match self {
            Value::Obj(o) => Some(o),
            _ => None,
        }
    }

    /// Identity comparison (`is`).
    pub fn is(self, other: Value<'gc>) -> bool {
        match (self, other) {
            (Value::Undef, Value::Undef) | (Value::None, Value::None) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Obj(a), Value::Obj(b)) => Gc::ptr_eq(a, b),
            _ => false,
        }
    }

    /// Is this the internal `Undef` marker?
    #[inline]
    pub fn is_undef(self) -> bool {
        matches!(self, Value::Undef)
    }
}
