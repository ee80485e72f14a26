//! Weak reference objects.
//!
//! Invariant: a [`WeakRef`]'s referent edge is either a live referent or `None`. It is set once,
//! at creation, and only ever cleared (by the collector when the referent dies, or by the
//! embedder for finalizers that are called or detached). Clearing goes through `Lock::take`,
//! which removes an edge and so needs no write barrier. Once cleared, a weak reference never
//! points at anything again, even if its old referent is resurrected by an object finalizer.

use core::cell::Cell;

use gc_arena::barrier::unlock;
use gc_arena::{Collect, Finalization, Gc, GcWeak, Lock, Mutation, RefLock};

use crate::{Embed, ObjectRef};

/// What a weak reference is, as far as its referent's weak list is concerned.
///
/// The list order follows CPython: `[shared ref] [shared proxy] [newest other] … [oldest other]`.
/// Callbacks for one referent run in list order, so newest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RefKind {
    /// A plain weak reference (Python's `weakref.ref` and its subclasses).
    Ref,
    /// A weak proxy (Python's `weakref.proxy`). The heap treats it like a `Ref`; the kind only
    /// decides its place in the list and lets the embedder tell them apart.
    Proxy,
    /// A [`Finalizer`](crate::Finalizer): held strongly by the heap while alive.
    Finalizer,
}

/// How to make a weak reference with [`Context::new_weak_ref`](crate::Context::new_weak_ref).
#[derive(Collect)]
#[collect(no_drop, bound = "")]
pub struct WeakRefOptions<'gc, E: Embed> {
    /// Ref or proxy. (Finalizers are made with [`Context::finalize`](crate::Context::finalize).)
    #[collect(require_static)]
    pub kind: RefKind,
    /// A shared ("basic") weak reference has no callback and is handed out again by
    /// [`Context::shared_weak_ref`](crate::Context::shared_weak_ref) and
    /// [`Context::find_shared`](crate::Context::find_shared); its payload, if any, is shared
    /// with it (an embedder's wrapper object). At most one shared ref and one shared proxy
    /// exist per referent.
    #[collect(require_static)]
    pub shared: bool,
    /// Queued as an [`Event::Callback`](crate::Event::Callback) when the referent dies, if the
    /// weak reference object itself is still alive.
    pub callback: Option<E::Value<'gc>>,
    /// Embedder data carried by the weak reference (Python: subclass data, `KeyedRef.key`).
    pub payload: Option<E::Value<'gc>>,
}

impl<'gc, E: Embed> Default for WeakRefOptions<'gc, E> {
    fn default() -> Self {
        WeakRefOptions {
            kind: RefKind::Ref,
            shared: false,
            callback: None,
            payload: None,
        }
    }
}

/// Bookkeeping that holds no `Gc` pointers.
///
/// Packed so that a `WeakRef` stays at 72 bytes (with an embedder value of 16): the cached hash is a plain `i64` beside a
/// "hashed" flag rather than an `Option<i64>` (which would take 16).
pub(crate) struct Meta {
    pub(crate) kind: RefKind,
    pub(crate) shared: bool,
    /// Whether `hash` holds the cached hash.
    hashed: Cell<bool>,
    /// Finalizers only: run at heap shutdown if still alive.
    pub(crate) atexit: Cell<bool>,
    /// Creation order, unique per heap: finalizers run at exit newest first by it.
    pub(crate) seq: u64,
    hash: Cell<i64>,
}

/// A weak reference: an arena object with a clearable weak edge to a referent.
///
/// Made with [`Context::weak_ref`](crate::Context::weak_ref) or
/// [`Context::new_weak_ref`](crate::Context::new_weak_ref). When the referent dies, every weak
/// reference to it is cleared during the collection, before any callback runs.
#[derive(Collect)]
#[collect(no_drop, bound = "")]
pub struct WeakRef<'gc, E: Embed> {
    referent: Lock<Option<GcWeak<'gc, E::Object<'gc>>>>,
    callback: Option<E::Value<'gc>>,
    payload: RefLock<Option<E::Value<'gc>>>,
    #[collect(require_static)]
    pub(crate) meta: Meta,
}

impl<'gc, E: Embed> WeakRef<'gc, E> {
    pub(crate) fn new(
        mc: &Mutation<'gc>,
        referent: ObjectRef<'gc, E>,
        opts: WeakRefOptions<'gc, E>,
        seq: u64,
    ) -> Gc<'gc, Self> {
        Gc::new(
            mc,
            WeakRef {
                referent: Lock::new(Some(Gc::downgrade(referent))),
                callback: opts.callback,
                payload: RefLock::new(opts.payload),
                meta: Meta {
                    kind: opts.kind,
                    shared: opts.shared,
                    seq,
                    hashed: Cell::new(false),
                    hash: Cell::new(0),
                    atexit: Cell::new(true),
                },
            },
        )
    }

    /// The referent, or `None` once it has died (or, for a finalizer, once it was called or
    /// detached).
    #[inline]
    pub fn get(&self, mc: &Mutation<'gc>) -> Option<ObjectRef<'gc, E>> {
        self.referent.get()?.upgrade(mc)
    }

    /// Whether the weak reference still points at its referent. Unlike [`get`](Self::get) this
    /// needs no context and never extends the referent's life.
    #[inline]
    pub fn is_alive(&self) -> bool {
        self.referent.get().is_some_and(|w| !w.is_dropped())
    }

    /// Whether the referent is gone or dies in the collection `fc` (the decision pass).
    pub(crate) fn is_dead(&self, fc: &Finalization<'gc>) -> bool {
        self.referent.get().is_none_or(|w| w.is_dead(fc))
    }

    /// Clears the referent edge; returns whether it was set.
    pub(crate) fn clear(&self) -> bool {
        self.referent.take().is_some()
    }

    /// The callback given at creation, kept after death (CPython's GC path does the same).
    #[inline]
    pub fn callback(&self) -> Option<&E::Value<'gc>> {
        self.callback.as_ref()
    }

    /// The embedder payload given at creation or by [`set_payload`](Self::set_payload).
    #[inline]
    pub fn payload(&self) -> Option<E::Value<'gc>> {
        self.payload.borrow().clone()
    }

    /// Replaces the embedder payload. An embedder whose wrapper object holds the weak
    /// reference makes the weak reference first, then the wrapper, then points the payload at
    /// the wrapper, so that the wrapper needs no cell of its own.
    ///
    /// ```
    /// # use wraith_gc::doc_support::*;
    /// use wraith_gc::{WeakRef, WeakRefOptions};
    /// heap().mutate(|cx, _| {
    ///     let obj = Gc::new(&cx, Obj::new(1));
    ///     let wr = cx.new_weak_ref(obj, WeakRefOptions::default());
    ///     assert!(wr.payload().is_none());
    ///     WeakRef::set_payload(wr, &cx, Some(Value::Int(7)));
    ///     assert!(matches!(wr.payload(), Some(Value::Int(7))));
    /// });
    /// ```
    pub fn set_payload(this: Gc<'gc, Self>, mc: &Mutation<'gc>, payload: Option<E::Value<'gc>>) {
        *unlock!(Gc::write(mc, this), WeakRef, payload).borrow_mut() = payload;
    }

    /// Ref, proxy or finalizer.
    #[inline]
    pub fn kind(&self) -> RefKind {
        self.meta.kind
    }

    /// Whether this is the referent's shared (basic) ref or proxy.
    #[inline]
    pub fn is_shared(&self) -> bool {
        self.meta.shared
    }

    /// The hash the embedder cached while the referent lived (see [`set_hash`](Self::set_hash)).
    /// It survives the referent's death.
    #[inline]
    pub fn hash(&self) -> Option<i64> {
        self.meta.hashed.get().then(|| self.meta.hash.get())
    }

    /// Caches the referent's hash. Python computes it at the first `hash()` of a live ref.
    #[inline]
    pub fn set_hash(&self, hash: i64) {
        self.meta.hash.set(hash);
        self.meta.hashed.set(true);
    }

    /// Creation order within the heap; newer weak references have larger numbers.
    #[inline]
    pub fn seq(&self) -> u64 {
        self.meta.seq
    }
}

#[cfg(test)]
mod tests {
    /// A weak reference is one arena allocation per `ref()`: its size is the lever on
    /// collection speed (docs/BENCHMARKS.md), so growing it must be a decision.
    #[test]
    fn weak_ref_stays_at_72_bytes() {
        assert_eq!(
            core::mem::size_of::<super::WeakRef<'static, crate::doc_support::Doc>>(),
            72
        );
    }
}
