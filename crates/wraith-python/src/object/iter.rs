//! State of the built-in iterators (sequence, range, dict, str, enumerate, zip, map, filter,
//! reversed, callable-sentinel).
//!
//! Invariant: an exhausted iterator stays exhausted (its state becomes `Done`).

use gc_arena::Collect;

use crate::value::{Obj, Value};

/// Iterator state.
#[derive(Collect)]
#[collect(no_drop)]
pub enum IterState<'gc> {
    /// Finished.
    Done,
    /// Over a list or tuple (or any object with a sequence payload) by index.
    Seq(Value<'gc>, usize),
    /// Reversed over a list/tuple/str by index (next index + 1).
    Rev(Value<'gc>, usize),
    /// Over a range.
    Range(i64, i64, i64),
    /// Over a range beyond `i64`: `[next, stop, step]`.
    BigRange(#[collect(require_static)] Box<[num_bigint::BigInt; 3]>),
    /// Over a str by byte offset.
    Str(Obj<'gc>, usize),
    /// Over a dict/set by slot index: (dict object, slot, kind 0 keys / 1 values / 2 items, len at start).
    Dict(Obj<'gc>, usize, u8, usize),
    /// enumerate(it, n).
    Enumerate(Value<'gc>, Value<'gc>),
    /// zip(*its, strict=...).
    Zip(Box<[Value<'gc>]>, bool),
    /// map(f, *its).
    Map(Value<'gc>, Box<[Value<'gc>]>),
    /// filter(f, it).
    Filter(Value<'gc>, Value<'gc>),
    /// iter(callable, sentinel).
    Callable(Value<'gc>, Value<'gc>),
    /// Via `__getitem__` with increasing index.
    GetItem(Value<'gc>, i64),
    /// A `WeakSet`'s live elements: its table, the entries' stored values (each holds its
    /// key's weak reference, never the key) in insertion order (taken at the first `next`,
    /// where CPython's generator starts), the next index, and the table's version then.
    WeakKeys(Value<'gc>, Option<Box<[Value<'gc>]>>, usize, u64),
}
