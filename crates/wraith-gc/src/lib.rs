//! A tracing garbage-collected heap for interpreters, built on [`gc_arena`], with the whole
//! weak-reference toolkit of Python's `weakref` module in language-neutral form.
//!
//! An embedder describes its own types once, through [`Embed`], and gets a [`Heap`] that owns
//! every object. On top of gc-arena's `Gc`/`GcWeak` the heap adds:
//!
//! - [`WeakRef`]s: arena objects with a clearable weak edge, an optional callback, an optional
//!   payload and a cached hash, kept per referent in CPython's list order;
//! - [`Finalizer`]s with the semantics of Python's `weakref.finalize`;
//! - object finalizers (`__del__`, PEP 442): run at most once, may resurrect their object;
//! - a post-collection [`Event`] queue that the host drains where it chooses;
//! - weak containers on hashbrown's `HashTable`: [`EphemeronTable`] (weak keys, values alive
//!   only through their key), [`WeakValueMap`], [`WeakPairMap`], [`WeakSet`] and
//!   [`WeakRefMap`] (values that are weak references, kept with their payloads), purged by the
//!   collector itself, with iterators that survive collections and insertion order on request;
//! - one collection driver ([`Heap::collect`], [`Heap::step`]) that takes every cycle through
//!   the protocol of `docs/ARCHITECTURE.md`, and reports what each collection did.
//!
//! # Example
//!
//! ```
//! use gc_arena::{Collect, Gc, Mutation, RefLock};
//! use wraith_gc::{Embed, Event, Heap, HeapConfig, WeakRef, WeakSlot};
//!
//! // The embedder's object and value types.
//! #[derive(Collect)]
//! #[collect(no_drop)]
//! struct Obj {
//!     id: u32,
//!     weak: WeakSlot, // where the heap finds this object's weak references
//! }
//!
//! #[derive(Collect, Clone)]
//! #[collect(no_drop)]
//! enum Value<'gc> {
//!     Int(i64),
//!     Obj(Gc<'gc, Obj>),
//! }
//!
//! // The root keeps weak reference objects alive (not their referents).
//! type Root<'gc> = Gc<'gc, RefLock<Vec<Gc<'gc, WeakRef<'gc, MyLang>>>>>;
//!
//! struct MyLang;
//! impl Embed for MyLang {
//!     type Object<'gc> = Obj;
//!     type Value<'gc> = Value<'gc>;
//!     type Root<'gc> = Root<'gc>;
//!     fn weak_slot<'a>(obj: &'a Obj) -> &'a WeakSlot {
//!         &obj.weak
//!     }
//! }
//!
//! let mut heap = Heap::<MyLang>::new(HeapConfig::manual(), |mc: &Mutation<'_>| {
//!     Gc::new(mc, RefLock::new(Vec::new()))
//! });
//!
//! // An object that nothing keeps alive, and a weak reference with a callback to it.
//! heap.mutate(|cx, root| {
//!     let obj = Gc::new(&cx, Obj { id: 7, weak: WeakSlot::new() });
//!     let wr = cx.weak_ref(obj, Some(Value::Int(1)));
//!     assert_eq!(wr.get(&cx).map(|o| o.id), Some(7));
//!     root.borrow_mut(&cx).push(wr);
//! });
//!
//! let report = heap.collect();
//! assert_eq!(report.weak_refs_cleared, 1);
//! assert_eq!(report.callbacks_queued, 1);
//!
//! let mut seen = Vec::new();
//! heap.drain(|cx, _root, event| {
//!     if let Event::Callback(wr) = event {
//!         assert!(wr.get(&cx).is_none()); // cleared before any callback runs
//!         if let Some(Value::Int(n)) = wr.callback() {
//!             seen.push(*n);
//!         }
//!     }
//!     Ok(())
//! });
//! assert_eq!(seen, [1]);
//! ```

#![warn(missing_docs)]

mod collector;
mod context;
#[doc(hidden)]
pub mod doc_support;
mod ephemeron;
mod error;
mod event;
mod finalizer;
mod heap;
mod introspect;
mod report;
mod root;
mod table;
mod weaklist;
mod weakmap;
mod weakref;
mod weakrefmap;
mod weakset;

pub use context::{Context, HeapHandle};
pub use ephemeron::{Ephemeron, EphemeronTable};
pub use error::{Failure, HeapError, Unraisable};
pub use event::Event;
pub use finalizer::Finalizer;
pub use heap::{EventHandler, Heap, HeapConfig, Pacing};
pub use introspect::{AlivePath, Holder};
pub use report::{CollectReport, HeapStats, PhaseTimes};
pub use table::{Cursor, Iter, Mode, ObjectKeys, Pair, TableError, WeakTable, identity_hash};
pub use weaklist::WeakSlot;
pub use weakmap::{WeakPairMap, WeakPairs, WeakValueMap, WeakValues};
pub use weakref::{RefKind, WeakRef, WeakRefOptions};
pub use weakrefmap::{WeakRefMap, WeakRefs};
pub use weakset::{WeakElements, WeakSet};

/// Re-exported so that embedders name exactly the gc-arena this crate is built on.
pub use gc_arena;

use gc_arena::Collect;

/// The embedder's own types, named once for a whole [`Heap`].
///
/// Each associated type is generic over the arena's `'gc` brand, so they can hold `Gc`
/// pointers. `wraith-gc` never looks inside them: it only traces them.
pub trait Embed: 'static {
    /// The heap object that weak references, finalizers and object finalizers point at,
    /// always reached through `Gc<'gc, Self::Object<'gc>>`.
    type Object<'gc>: Collect<'gc> + 'gc;
    /// A traceable embedder value: weak reference callbacks and payloads, finalizer payloads,
    /// and the errors that a drained event can fail with.
    type Value<'gc>: Collect<'gc> + Clone + 'gc;
    /// The embedder's root: everything reachable from it stays alive.
    type Root<'gc>: Collect<'gc> + 'gc;

    /// Where an object keeps its [`WeakSlot`]: the index of its weak list, so that finding an
    /// object's weak references needs no hashing (CPython keeps a weak-list pointer in each
    /// object for the same reason). Which objects may be weakly referenced at all is the
    /// embedder's policy, checked before it asks for a weak reference.
    fn weak_slot<'a, 'gc>(object: &'a Self::Object<'gc>) -> &'a WeakSlot;

    /// The objects `object` refers to directly (Python's `tp_traverse`). Used by the
    /// introspection queries ([`Context::referents`], [`Context::path_to`], ...), and as a hint
    /// by ephemeron convergence, which follows a chain of entries (key → value → … → next key)
    /// through it within one marking round instead of one round per level. It must not report
    /// an object that `object` does not hold strongly (that would keep an ephemeron value alive
    /// one cycle too long); objects it leaves out are found by marking. The default reports
    /// none.
    fn object_referents<'gc>(object: &Self::Object<'gc>, out: &mut Vec<ObjectRef<'gc, Self>>)
    where
        Self: Sized,
    {
        let _ = (object, out);
    }

    /// The objects a value refers to directly (for finalizer payloads, which the heap holds).
    /// The default reports none.
    fn value_referents<'gc>(value: &Self::Value<'gc>, out: &mut Vec<ObjectRef<'gc, Self>>)
    where
        Self: Sized,
    {
        let _ = (value, out);
    }

    /// The objects the embedder root refers to directly. The default reports none.
    fn root_referents<'gc>(root: &Self::Root<'gc>, out: &mut Vec<ObjectRef<'gc, Self>>)
    where
        Self: Sized,
    {
        let _ = (root, out);
    }
}

/// `Gc` pointer to an embedder object.
pub type ObjectRef<'gc, E> = gc_arena::Gc<'gc, <E as Embed>::Object<'gc>>;

/// The README's embedding example, compiled and run as a doctest.
#[cfg(doctest)]
#[doc = include_str!("../../../README.md")]
struct ReadmeDoctests;
