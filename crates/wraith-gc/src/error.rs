//! Errors: typed misuse errors, and the failures of drained events that the host's
//! "unraisable" hook receives.
//!
//! Invariant: nothing in this crate panics on embedder input; a failing or panicking event
//! handler is reported once, to the hook, and the drain goes on with the next event.

use core::fmt;

use crate::{Embed, Event};

/// Misuse of the heap that the type system cannot rule out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HeapError {
    /// The object was already given its one object-finalizer call.
    AlreadyFinalized,
    /// The heap has run its shutdown; finalizers no longer run.
    ShutDown,
}

impl fmt::Display for HeapError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HeapError::AlreadyFinalized => f.write_str("object was already finalized once"),
            HeapError::ShutDown => f.write_str("the heap has shut down"),
        }
    }
}

impl std::error::Error for HeapError {}

/// How a drained event failed.
pub enum Failure<'gc, E: Embed> {
    /// The handler returned an error value.
    Error(E::Value<'gc>),
    /// The handler panicked; the panic was caught at the drain boundary.
    Panic(String),
}

/// A failed event, handed to the hook installed with
/// [`Heap::set_unraisable_hook`](crate::Heap::set_unraisable_hook).
pub struct Unraisable<'gc, E: Embed> {
    /// The event whose handler failed (Python's "Exception ignored in: ..." object).
    pub event: Event<'gc, E>,
    /// What went wrong.
    pub failure: Failure<'gc, E>,
}

impl<'gc, E: Embed> fmt::Debug for Unraisable<'gc, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let failure = match &self.failure {
            Failure::Error(_) => "error value".to_string(),
            Failure::Panic(msg) => format!("panic: {msg}"),
        };
        write!(
            f,
            "Unraisable {{ event: {:?}, failure: {failure} }}",
            self.event
        )
    }
}
