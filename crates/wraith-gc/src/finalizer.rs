//! Finalizers with the semantics of Python's `weakref.finalize`.
//!
//! Invariant: a finalizer is a weak reference of kind [`RefKind::Finalizer`] that its
//! referent's weak list holds strongly. It is alive exactly while its referent edge is set;
//! it dies once, by whichever comes first: its referent dying (an [`Event::Finalize`] is
//! queued), [`Finalizer::call`], [`Finalizer::detach`], or heap shutdown. After shutdown no
//! finalizer payload is ever handed out again.
//!
//! [`Event::Finalize`]: crate::Event::Finalize

use gc_arena::{Collect, Gc};

use crate::context::Context;
use crate::weakref::{RefKind, WeakRef};
use crate::{Embed, ObjectRef};

/// A handle to a finalizer made by [`Context::finalize`](crate::Context::finalize).
#[derive(Collect)]
#[collect(no_drop, bound = "")]
pub struct Finalizer<'gc, E: Embed>(Gc<'gc, WeakRef<'gc, E>>);

impl<'gc, E: Embed> Clone for Finalizer<'gc, E> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<'gc, E: Embed> Copy for Finalizer<'gc, E> {}

impl<'gc, E: Embed> PartialEq for Finalizer<'gc, E> {
    fn eq(&self, other: &Self) -> bool {
        Gc::ptr_eq(self.0, other.0)
    }
}

impl<'gc, E: Embed> Finalizer<'gc, E> {
    pub(crate) fn from_weak_ref(wr: Gc<'gc, WeakRef<'gc, E>>) -> Self {
        debug_assert_eq!(wr.kind(), RefKind::Finalizer);
        Finalizer(wr)
    }

    /// The finalizer whose weak reference is `wr` (see [`weak_ref`](Self::weak_ref)), if `wr`
    /// is one: embedders that keep the weak reference in their own objects get the handle back.
    pub fn of(wr: Gc<'gc, WeakRef<'gc, E>>) -> Option<Self> {
        (wr.kind() == RefKind::Finalizer).then_some(Finalizer(wr))
    }

    /// The weak reference underneath (it is in its object's weak list).
    pub fn weak_ref(self) -> Gc<'gc, WeakRef<'gc, E>> {
        self.0
    }

    /// Whether the finalizer has not run, been called, or been detached yet.
    pub fn alive(self) -> bool {
        self.0.is_alive()
    }

    /// The embedder payload: what to run (Python: `func`, `args`, `kwargs`).
    pub fn payload(self) -> Option<E::Value<'gc>> {
        self.0.payload()
    }

    /// Registration order; at shutdown the newest run first.
    pub fn index(self) -> u64 {
        self.0.seq()
    }

    /// Whether it will run at shutdown: alive and its `atexit` flag set (the default).
    pub fn atexit(self) -> bool {
        self.alive() && self.0.meta.atexit.get()
    }

    /// Sets the `atexit` flag. Ignored once the finalizer is dead, as in Python.
    pub fn set_atexit(self, value: bool) {
        if self.alive() {
            self.0.meta.atexit.set(value);
        }
    }

    /// The object and payload, if alive, without killing the finalizer.
    pub fn peek(self, cx: Context<'gc, E>) -> Option<(ObjectRef<'gc, E>, E::Value<'gc>)> {
        let obj = self.0.get(&cx)?;
        Some((obj, self.payload()?))
    }

    /// Kills the finalizer and returns the object and payload, if it was alive.
    pub fn detach(self, cx: Context<'gc, E>) -> Option<(ObjectRef<'gc, E>, E::Value<'gc>)> {
        let found = self.peek(cx)?;
        self.kill(cx);
        Some(found)
    }

    /// Kills the finalizer; returns the payload for the caller to run if it was alive and the
    /// heap has not shut down. A finalizer runs at most once: later calls return `None`.
    pub fn call(self, cx: Context<'gc, E>) -> Option<E::Value<'gc>> {
        if !self.kill(cx) || cx.is_shut_down() {
            return None;
        }
        self.payload()
    }

    /// Clears the finalizer and takes it out of its referent's list; returns whether it was
    /// alive.
    pub(crate) fn kill(self, cx: Context<'gc, E>) -> bool {
        let referent = self.0.get(&cx);
        let was_alive = self.0.clear();
        if let Some(obj) = referent {
            cx.runtime().lists.remove(&cx, obj, self.0);
        }
        was_alive
    }
}
