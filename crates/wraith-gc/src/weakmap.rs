//! Weak-value maps (strong keys, weak object values: Python's `WeakValueDictionary`, Lua's
//! `__mode = "v"`) and weak-pair maps (weak object keys and weak object values: Lua's
//! `__mode = "kv"`).
//!
//! Invariant: an entry is in a map exactly while every weak side of it is alive; the collector
//! removes it in the decision pass of the collection that finds a weak side dead, before any
//! callback or finalizer runs, so no program code ever sees an entry with a dead side. Strong
//! keys are traced by the map, and get a forward write barrier when inserted.

use core::hash::Hash;

use gc_arena::GcWeak;

use crate::context::Context;
use crate::table::{AnyTable, Mode, ObjectKeys, RawTable, WeakTable, fx_hash, sealed};
use crate::{Embed, ObjectRef};

/// The mode of a [`WeakValueMap`]: keys are [`Embed::Value`]s held strongly, values are objects
/// held weakly.
#[derive(Debug)]
pub struct WeakValues;

impl sealed::Sealed for WeakValues {}

impl<E: Embed> Mode<E> for WeakValues {
    type Key<'gc> = E::Value<'gc>;
    type Value<'gc> = ObjectRef<'gc, E>;
    const STRONG_KEYS: bool = true;

    fn weak_key<'gc>(_: &Self::Key<'gc>) -> Option<ObjectRef<'gc, E>> {
        None
    }
    fn weak_value<'gc>(value: &Self::Value<'gc>) -> Option<ObjectRef<'gc, E>> {
        Some(*value)
    }
    fn erase<'gc>(table: GcWeak<'gc, RawTable<'gc, E, Self>>) -> AnyTable<'gc, E> {
        AnyTable::WeakValues(table)
    }
}

/// A map from strong [`Embed::Value`] keys to weakly held objects: an entry leaves during the
/// collection that finds its value dead (Python's `WeakValueDictionary`, Lua's
/// `__mode = "v"`). Keys are hashed by the embedder (the `*_hashed` methods of [`WeakTable`])
/// or, when the value type implements `Hash + Eq`, by the methods below.
///
/// ```
/// # use wraith_gc::doc_support::*;
/// use wraith_gc::WeakValueMap;
/// # let mut heap = heap();
/// heap.mutate(|cx, root| {
///     let cache = WeakValueMap::new(&cx);
///     let obj = Gc::new(&cx, Obj::new(7));
///     // The embedder hashes and compares its own values (here: integers).
///     let eq = |k: &Value<'_>| Ok::<_, ()>(matches!(k, Value::Int(7)));
///     cache.insert_hashed(cx, 7, Value::Int(7), obj, eq).unwrap();
///     let (_, found) = cache.find_hashed(7, eq).unwrap().unwrap();
///     assert!(Gc::ptr_eq(found, obj));
/// #   let _ = root;
/// });
/// ```
///
/// With a value type that implements `Hash + Eq`, `insert`, `get`, `remove`, `contains_key`
/// and `get_or_insert_with` do the hashing: `cache.insert(cx, Value::Int(7), obj)` (see the
/// crate's `tests/containers.rs` and the `lua_weak_table` example).
pub type WeakValueMap<'gc, E> = WeakTable<'gc, E, WeakValues>;

impl<'gc, E: Embed> WeakTable<'gc, E, WeakValues>
where
    E::Value<'gc>: Hash + Eq,
{
    /// Inserts `key → value` (keys hashed with their Rust `Hash`); returns the old value.
    pub fn insert(
        self,
        cx: Context<'gc, E>,
        key: E::Value<'gc>,
        value: ObjectRef<'gc, E>,
    ) -> Option<ObjectRef<'gc, E>> {
        let hash = fx_hash(&key);
        let probe = key.clone();
        self.upsert(cx, hash, key, value, |k| *k == probe)
    }

    /// The object stored for `key`.
    pub fn get(self, key: &E::Value<'gc>) -> Option<ObjectRef<'gc, E>> {
        self.find_identity(fx_hash(key), |k| k == key)
            .and_then(|b| self.bucket(b))
            .map(|(_, v)| v)
    }

    /// Whether `key` has an entry.
    pub fn contains_key(self, key: &E::Value<'gc>) -> bool {
        self.find_identity(fx_hash(key), |k| k == key).is_some()
    }

    /// Removes the entry of `key`, returning its object.
    pub fn remove(self, key: &E::Value<'gc>) -> Option<ObjectRef<'gc, E>> {
        self.find_identity(fx_hash(key), |k| k == key)
            .and_then(|b| self.remove_bucket(b))
            .map(|(_, v)| v)
    }

    /// The object of `key`, inserting `default()` first if it has none.
    pub fn get_or_insert_with(
        self,
        cx: Context<'gc, E>,
        key: E::Value<'gc>,
        default: impl FnOnce() -> ObjectRef<'gc, E>,
    ) -> ObjectRef<'gc, E> {
        let hash = fx_hash(&key);
        if let Some((_, v)) = self
            .find_identity(hash, |k| *k == key)
            .and_then(|b| self.bucket(b))
        {
            return v;
        }
        let v = default();
        self.insert_new(cx, hash, key, v);
        v
    }
}

/// The mode of a [`WeakPairMap`]: keys and values are both objects held weakly.
#[derive(Debug)]
pub struct WeakPairs;

impl sealed::Sealed for WeakPairs {}

impl<E: Embed> Mode<E> for WeakPairs {
    type Key<'gc> = ObjectRef<'gc, E>;
    type Value<'gc> = ObjectRef<'gc, E>;
    const STRONG_KEYS: bool = false;

    fn weak_key<'gc>(key: &Self::Key<'gc>) -> Option<ObjectRef<'gc, E>> {
        Some(*key)
    }
    fn weak_value<'gc>(value: &Self::Value<'gc>) -> Option<ObjectRef<'gc, E>> {
        Some(*value)
    }
    fn erase<'gc>(table: GcWeak<'gc, RawTable<'gc, E, Self>>) -> AnyTable<'gc, E> {
        AnyTable::WeakPairs(table)
    }
}

impl<E: Embed> ObjectKeys<E> for WeakPairs {
    fn key<'gc>(obj: ObjectRef<'gc, E>) -> ObjectRef<'gc, E> {
        obj
    }
    fn object<'gc>(key: &Self::Key<'gc>) -> ObjectRef<'gc, E> {
        *key
    }
}

/// A map whose keys and values are both weakly held objects: an entry leaves during the
/// collection that finds either dead (Lua's `__mode = "kv"`). Keys are compared by identity,
/// or by the embedder through the `*_hashed` methods.
///
/// ```
/// # use wraith_gc::doc_support::*;
/// use wraith_gc::WeakPairMap;
/// # let mut heap = heap();
/// heap.mutate(|cx, root| {
///     let m = WeakPairMap::new(&cx);
///     let (k, v) = (Gc::new(&cx, Obj::new(1)), Gc::new(&cx, Obj::new(2)));
///     m.insert(cx, k, v);
///     assert!(m.get(k).is_some_and(|o| Gc::ptr_eq(o, v)));
/// #   let _ = (m, root);
/// });
/// ```
pub type WeakPairMap<'gc, E> = WeakTable<'gc, E, WeakPairs>;
