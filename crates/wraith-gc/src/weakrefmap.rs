//! Weak-reference maps: strong keys whose values are the embedder's own weak references (as
//! Python's `WeakValueDictionary` stores one `KeyedRef` per entry). The map holds each weak
//! reference, and so its payload, strongly; the entry leaves during the collection that finds
//! the reference's referent dead.
//!
//! Invariant: an entry is in a map exactly while its weak reference's referent is alive; the
//! collector removes it in the decision pass (the pass that also clears the weak reference and
//! queues its callback), so no program code ever sees an entry whose reference is dead. Keys
//! and weak references are traced, and get a forward write barrier when stored.

use gc_arena::{Finalization, Gc, GcWeak};

use crate::table::{AnyTable, Mode, RawTable, WeakTable, sealed};
use crate::{Embed, ObjectRef, WeakRef};

/// The mode of a [`WeakRefMap`]: keys are [`Embed::Value`]s and values are weak references,
/// both held strongly; an entry lives while its reference's referent does.
#[derive(Debug)]
pub struct WeakRefs;

impl sealed::Sealed for WeakRefs {}

impl<E: Embed> Mode<E> for WeakRefs {
    type Key<'gc> = E::Value<'gc>;
    type Value<'gc> = Gc<'gc, WeakRef<'gc, E>>;
    const STRONG_KEYS: bool = true;
    const STRONG_VALUES: bool = true;

    fn weak_key<'gc>(_: &Self::Key<'gc>) -> Option<ObjectRef<'gc, E>> {
        None
    }
    fn weak_value<'gc>(_: &Self::Value<'gc>) -> Option<ObjectRef<'gc, E>> {
        None
    }
    fn value_dead<'gc>(value: &Self::Value<'gc>, fc: &Finalization<'gc>) -> bool {
        value.is_dead(fc)
    }
    fn erase<'gc>(table: GcWeak<'gc, RawTable<'gc, E, Self>>) -> AnyTable<'gc, E> {
        AnyTable::WeakRefs(table)
    }
}

/// A map from strong [`Embed::Value`] keys to weak references that the map keeps alive (with
/// their payloads, such as an interpreter's reference objects): an entry leaves during the
/// collection that finds its reference's referent dead, in the same pass that clears the
/// reference. Entries keep their insertion order ([`entries_in_order`](WeakTable::entries_in_order)).
/// Keys are hashed and compared by the embedder (the `*_hashed` methods of [`WeakTable`]).
///
/// ```
/// # use wraith_gc::doc_support::*;
/// use wraith_gc::{WeakRefMap, WeakRefOptions};
/// # let mut heap = heap();
/// heap.mutate(|cx, root| {
///     let m = WeakRefMap::new(&cx);
///     let obj = Gc::new(&cx, Obj::new(7));
///     root.borrow_mut(&cx).push(Value::Obj(obj));
///     let r = cx.new_weak_ref(obj, WeakRefOptions::default());
///     let eq = |k: &Value<'_>| Ok::<_, ()>(matches!(k, Value::Int(1)));
///     m.insert_hashed(cx, 1, Value::Int(1), r, eq).unwrap();
///     let (_, found) = m.find_hashed(1, eq).unwrap().unwrap();
///     assert!(found.get(&cx).is_some_and(|o| Gc::ptr_eq(o, obj)));
/// });
/// ```
pub type WeakRefMap<'gc, E> = WeakTable<'gc, E, WeakRefs>;
