//! The handle through which code inside the arena uses the heap.
//!
//! Invariant: a [`Context`] exists only inside [`Heap::mutate`](crate::Heap::mutate) or an event
//! handler, branded with that arena's `'gc`, so a weak reference or finalizer of one heap can
//! never be handed to another (the compiler rejects it), and no collection can run while one
//! is in use.

use core::ops::Deref;

use gc_arena::{Collect, Gc, Mutation};

use crate::event::Event;
use crate::finalizer::Finalizer;
use crate::root::Runtime;
use crate::weakref::{RefKind, WeakRef, WeakRefOptions};
use crate::{Embed, HeapError, ObjectRef};

/// The mutation context plus the heap's runtime. Dereferences to gc-arena's [`Mutation`], so it
/// can be passed wherever `&Mutation` is expected (`Gc::new(&cx, …)`).
///
/// Nothing made inside one `mutate` call can leave it, so a weak reference can never be used
/// after a collection without going through the root, nor handed to another heap:
///
/// ```compile_fail
/// # use wraith_gc::doc_support::*;
/// # let heap = heap();
/// let escaped = heap.mutate(|cx, _| cx.weak_ref(Gc::new(&cx, Obj::new(1)), None));
/// ```
///
/// ```compile_fail,E0521
/// # use wraith_gc::doc_support::*;
/// let (a, b) = (heap(), heap());
/// a.mutate(|cx, _| {
///     let obj = Gc::new(&cx, Obj::new(1));
///     b.mutate(|cx2, _| {
///         cx2.weak_ref(obj, None); // `obj` is branded with the other heap's lifetime
///     });
/// });
/// ```
pub struct Context<'gc, E: Embed> {
    mc: &'gc Mutation<'gc>,
    rt: Gc<'gc, Runtime<'gc, E>>,
}

impl<'gc, E: Embed> Clone for Context<'gc, E> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<'gc, E: Embed> Copy for Context<'gc, E> {}

impl<'gc, E: Embed> Deref for Context<'gc, E> {
    type Target = Mutation<'gc>;
    fn deref(&self) -> &Mutation<'gc> {
        self.mc
    }
}

/// A handle to a heap's runtime that an embedder may store in its own arena structures (it is
/// `Collect` and `Copy`), to make a [`Context`] from code that only has a `&Mutation`.
///
/// ```
/// # use wraith_gc::doc_support::*;
/// # use wraith_gc::{Heap, HeapConfig, HeapHandle};
/// # use gc_arena::{Mutation, RefLock};
/// fn deep_inside<'gc>(mc: &'gc Mutation<'gc>, handle: HeapHandle<'gc, Doc>, obj: Gc<'gc, Obj>) -> usize {
///     handle.context(mc).weak_ref_count(obj)
/// }
/// let heap: Heap<Doc> = Heap::with_context(HeapConfig::manual(), |cx| {
///     let _handle = cx.handle(); // an embedder would store it in its root
///     Gc::new(&cx, RefLock::new(Vec::new()))
/// });
/// heap.mutate(|cx, _| {
///     let obj = Gc::new(&cx, Obj::new(1));
///     cx.weak_ref(obj, None);
///     assert_eq!(deep_inside(cx.mutation(), cx.handle(), obj), 1);
/// });
/// ```
#[derive(Collect)]
#[collect(no_drop, bound = "")]
pub struct HeapHandle<'gc, E: Embed>(Gc<'gc, Runtime<'gc, E>>);

impl<'gc, E: Embed> Clone for HeapHandle<'gc, E> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<'gc, E: Embed> Copy for HeapHandle<'gc, E> {}

impl<'gc, E: Embed> HeapHandle<'gc, E> {
    /// A context for this heap.
    pub fn context(self, mc: &'gc Mutation<'gc>) -> Context<'gc, E> {
        Context::new(mc, self.0)
    }
}

impl<'gc, E: Embed> Context<'gc, E> {
    /// A handle to this heap's runtime, to store and turn back into a context later.
    pub fn handle(self) -> HeapHandle<'gc, E> {
        HeapHandle(self.rt)
    }

    pub(crate) fn new(mc: &'gc Mutation<'gc>, rt: Gc<'gc, Runtime<'gc, E>>) -> Self {
        Context { mc, rt }
    }

    pub(crate) fn runtime(self) -> &'gc Runtime<'gc, E> {
        Gc::as_ref(self.rt)
    }

    /// The gc-arena mutation context.
    pub fn mutation(self) -> &'gc Mutation<'gc> {
        self.mc
    }

    /// A weak reference to `obj`. Without a callback this is the shared ("basic") weak
    /// reference, reused while it lives, like Python's `weakref.ref(obj)`; with one it is
    /// always new.
    ///
    /// ```
    /// # use wraith_gc::doc_support::*;
    /// # let heap = heap();
    /// heap.mutate(|cx, _| {
    ///     let obj = Gc::new(&cx, Obj::new(1));
    ///     let a = cx.weak_ref(obj, None);
    ///     let b = cx.weak_ref(obj, None);
    ///     assert!(Gc::ptr_eq(a, b));
    ///     let c = cx.weak_ref(obj, Some(Value::Int(0)));
    ///     assert!(!Gc::ptr_eq(a, c));
    ///     assert_eq!(cx.weak_ref_count(obj), 2);
    /// });
    /// ```
    pub fn weak_ref(
        self,
        obj: ObjectRef<'gc, E>,
        callback: Option<E::Value<'gc>>,
    ) -> Gc<'gc, WeakRef<'gc, E>> {
        match callback {
            None => self.shared_weak_ref(obj, RefKind::Ref),
            Some(cb) => self.new_weak_ref(
                obj,
                WeakRefOptions {
                    callback: Some(cb),
                    ..Default::default()
                },
            ),
        }
    }

    /// The shared weak reference (or proxy) of `kind` to `obj`, made if there is none alive.
    pub fn shared_weak_ref(
        self,
        obj: ObjectRef<'gc, E>,
        kind: RefKind,
    ) -> Gc<'gc, WeakRef<'gc, E>> {
        if let Some(w) = self.find_shared(obj, kind) {
            return w;
        }
        self.new_weak_ref(
            obj,
            WeakRefOptions {
                kind,
                shared: true,
                ..Default::default()
            },
        )
    }

    /// The live shared weak reference (or proxy) of `kind` to `obj`, if there is one.
    pub fn find_shared(
        self,
        obj: ObjectRef<'gc, E>,
        kind: RefKind,
    ) -> Option<Gc<'gc, WeakRef<'gc, E>>> {
        self.rt.lists.shared(self.mc, obj, kind)
    }

    /// A new weak reference to `obj`, placed in `obj`'s weak list as `opts` says.
    /// A finalizer kind in `opts` is treated as a plain ref: use [`finalize`](Self::finalize).
    pub fn new_weak_ref(
        self,
        obj: ObjectRef<'gc, E>,
        mut opts: WeakRefOptions<'gc, E>,
    ) -> Gc<'gc, WeakRef<'gc, E>> {
        if opts.kind == RefKind::Finalizer {
            opts.kind = RefKind::Ref;
        }
        // A callback makes a weak reference its creator's own; a payload does not (an
        // embedder may keep its wrapper object there, as wraith-python does).
        if opts.callback.is_some() {
            opts.shared = false;
        }
        let wr = WeakRef::new(self.mc, obj, opts, self.rt.next_seq());
        self.rt.lists.add(self.mc, obj, wr);
        wr
    }

    /// The live weak references (and finalizers) to `obj`, in weak-list order: shared ref,
    /// shared proxy, then newest to oldest. Python's `weakref.getweakrefs`.
    pub fn weak_refs(self, obj: ObjectRef<'gc, E>) -> Vec<Gc<'gc, WeakRef<'gc, E>>> {
        self.rt.lists.refs(self.mc, obj)
    }

    /// How many live weak references (and finalizers) point at `obj`.
    pub fn weak_ref_count(self, obj: ObjectRef<'gc, E>) -> usize {
        self.weak_refs(obj).len()
    }

    /// Registers a finalizer for `obj` (Python's `weakref.finalize(obj, func, *args)`, with
    /// `func` and its arguments in `payload`). The heap keeps it alive until it runs.
    pub fn finalize(self, obj: ObjectRef<'gc, E>, payload: E::Value<'gc>) -> Finalizer<'gc, E> {
        let opts = WeakRefOptions {
            kind: RefKind::Finalizer,
            shared: false,
            callback: None,
            payload: Some(payload),
        };
        let wr = WeakRef::new(self.mc, obj, opts, self.rt.next_seq());
        self.rt.lists.add(self.mc, obj, wr);
        self.rt.state.finalizers_dirty.set(true);
        Finalizer::from_weak_ref(wr)
    }

    /// The live finalizers, oldest first (by [`Finalizer::index`]): for an embedder that runs
    /// its own at-exit pass with mutable access to its root, then calls
    /// [`Heap::shutdown`](crate::Heap::shutdown).
    pub fn finalizers(self) -> Vec<Finalizer<'gc, E>> {
        let mut out = Vec::new();
        self.rt.lists.for_each_finalizer(|w| {
            if let Some(f) = Finalizer::of(w)
                && f.alive()
            {
                out.push(f);
            }
        });
        out.sort_by_key(|f| f.index());
        out
    }

    /// Registers `obj` for one object-finalizer call (Python's `__del__`): when found dead it
    /// is resurrected and an [`Event::Del`] queued. An object is finalized at most once.
    pub fn track_del(self, obj: ObjectRef<'gc, E>) -> Result<(), HeapError> {
        if self.rt.lists.track_del(self.mc, obj) {
            Ok(())
        } else {
            Err(HeapError::AlreadyFinalized)
        }
    }

    /// Whether `obj` has had its one object-finalizer call queued.
    pub fn is_finalized(self, obj: ObjectRef<'gc, E>) -> bool {
        self.rt.lists.is_finalized(obj)
    }

    /// Takes the next queued event, for hosts that run events step by step (a VM that runs
    /// callbacks as frames). [`Heap::drain`](crate::Heap::drain) does this in a loop.
    pub fn pop_event(self) -> Option<Event<'gc, E>> {
        self.rt.queue.borrow_mut(self.mc).pop_front()
    }

    /// Events waiting.
    pub fn queued_events(self) -> usize {
        self.rt.queue.borrow().len()
    }

    /// Asks the host for a full collection at its next opportunity. Collections never run
    /// inside the arena; a request made while draining runs after the drain has finished.
    pub fn request_collection(self) {
        self.rt.state.collect_requested.set(true);
    }

    /// Whether the heap is inside [`Heap::drain`](crate::Heap::drain).
    pub fn is_draining(self) -> bool {
        self.rt.state.draining.get()
    }

    /// Whether [`Heap::shutdown`](crate::Heap::shutdown) has run.
    pub fn is_shut_down(self) -> bool {
        self.rt.state.shut_down.get()
    }
}
