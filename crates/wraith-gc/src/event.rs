//! Post-collection events.
//!
//! Invariant: the collector only ever appends to the queue, during the protocol, and each
//! event is removed exactly once, by the host draining it. The queue holds its events strongly,
//! so everything an event names survives the sweep that follows its collection.

use std::collections::VecDeque;

use gc_arena::{Collect, Gc, Mutation, RefLock};

use crate::finalizer::Finalizer;
use crate::weakref::WeakRef;
use crate::{Embed, ObjectRef};

/// Something the host must run after a collection, outside it.
///
/// Order within one collection: all [`Callback`](Event::Callback)s and
/// [`Finalize`](Event::Finalize)s (per referent in weak-list order, newest first), then all
/// [`Del`](Event::Del)s.
#[derive(Collect)]
#[collect(no_drop, bound = "")]
pub enum Event<'gc, E: Embed> {
    /// A weak reference whose referent died; it is already cleared. Call
    /// [`WeakRef::callback`] with it.
    Callback(Gc<'gc, WeakRef<'gc, E>>),
    /// A finalizer whose object died; it is already dead. Run its
    /// [`payload`](Finalizer::payload).
    Finalize(Finalizer<'gc, E>),
    /// An object registered with [`Context::track_del`](crate::Context::track_del) was found
    /// dead and resurrected for its one finalizer call. If the call stores it somewhere, it
    /// lives on; it is never finalized again.
    Del(ObjectRef<'gc, E>),
}

impl<'gc, E: Embed> Clone for Event<'gc, E> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<'gc, E: Embed> Copy for Event<'gc, E> {}

impl<'gc, E: Embed> core::fmt::Debug for Event<'gc, E> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            Event::Callback(w) => write!(f, "Callback(#{})", w.seq()),
            Event::Finalize(fin) => write!(f, "Finalize(#{})", fin.weak_ref().seq()),
            Event::Del(o) => write!(f, "Del({:p})", Gc::as_ptr(*o)),
        }
    }
}

/// The queue of events waiting for the host.
pub(crate) type Queue<'gc, E> = Gc<'gc, RefLock<VecDeque<Event<'gc, E>>>>;

pub(crate) fn new_queue<'gc, E: Embed>(mc: &Mutation<'gc>) -> Queue<'gc, E> {
    Gc::new(mc, RefLock::new(VecDeque::new()))
}
