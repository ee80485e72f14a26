//! Weak sets: objects held weakly (Python's `WeakSet`, JavaScript's `WeakSet`).
//!
//! Invariant: an object is a member exactly while it is alive and was added and not removed;
//! the collector removes a dead member in the decision pass of the collection that finds it
//! dead. Membership is by identity, or by the embedder's hash and equality through the
//! `*_hashed` methods of [`WeakTable`] (Python compares `WeakSet` members with `__eq__`).

use gc_arena::GcWeak;

use crate::context::Context;
use crate::table::{AnyTable, Mode, ObjectKeys, RawTable, TableError, WeakTable, sealed};
use crate::{Embed, ObjectRef};

/// The mode of a [`WeakSet`]: members are objects held weakly; values are `()`.
#[derive(Debug)]
pub struct WeakElements;

impl sealed::Sealed for WeakElements {}

impl<E: Embed> Mode<E> for WeakElements {
    type Key<'gc> = ObjectRef<'gc, E>;
    type Value<'gc> = ();
    const STRONG_KEYS: bool = false;

    fn weak_key<'gc>(key: &Self::Key<'gc>) -> Option<ObjectRef<'gc, E>> {
        Some(*key)
    }
    fn weak_value<'gc>(_: &Self::Value<'gc>) -> Option<ObjectRef<'gc, E>> {
        None
    }
    fn erase<'gc>(table: GcWeak<'gc, RawTable<'gc, E, Self>>) -> AnyTable<'gc, E> {
        AnyTable::WeakElements(table)
    }
}

impl<E: Embed> ObjectKeys<E> for WeakElements {
    fn key<'gc>(obj: ObjectRef<'gc, E>) -> ObjectRef<'gc, E> {
        obj
    }
    fn object<'gc>(key: &Self::Key<'gc>) -> ObjectRef<'gc, E> {
        *key
    }
}

/// A set of weakly held objects. A member leaves during the collection that finds it dead.
///
/// ```
/// # use wraith_gc::doc_support::*;
/// use wraith_gc::WeakSet;
/// # let mut heap = heap();
/// heap.mutate(|cx, root| {
///     let s = WeakSet::new(&cx);
///     let a = Gc::new(&cx, Obj::new(1));
///     assert!(s.add(cx, a));
///     assert!(!s.add(cx, a)); // already a member
///     assert!(s.contains(a));
///     assert_eq!(s.len(), 1);
///     assert!(s.discard(a));
///     assert!(s.is_empty());
/// #   let _ = root;
/// });
/// ```
pub type WeakSet<'gc, E> = WeakTable<'gc, E, WeakElements>;

impl<'gc, E: Embed> WeakTable<'gc, E, WeakElements> {
    /// Adds `obj`; returns whether it was not a member yet.
    pub fn add(self, cx: Context<'gc, E>, obj: ObjectRef<'gc, E>) -> bool {
        self.insert(cx, obj, ()).is_none()
    }

    /// Whether `obj` is a member.
    pub fn contains(self, obj: ObjectRef<'gc, E>) -> bool {
        self.contains_key(obj)
    }

    /// Removes `obj`; returns whether it was a member.
    pub fn discard(self, obj: ObjectRef<'gc, E>) -> bool {
        self.remove(obj).is_some()
    }

    /// A snapshot of the members, as strong references.
    pub fn members(self) -> Vec<ObjectRef<'gc, E>> {
        self.keys()
    }

    /// An iterator over the members; see [`WeakTable::iter`].
    pub fn iter_members(self) -> impl Iterator<Item = Result<ObjectRef<'gc, E>, TableError>> + 'gc {
        self.iter().map(|e| e.map(|(k, ())| k))
    }
}
