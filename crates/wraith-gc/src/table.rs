//! The raw layer shared by the weak containers ([`EphemeronTable`], [`WeakValueMap`],
//! [`WeakPairMap`], [`WeakSet`], [`WeakRefMap`]): a hashbrown [`HashTable`] of entries that
//! cache their hash and insertion number, a registry of every table in the heap, and the
//! collector's purge pass.
//!
//! Invariants:
//! - every entry caches the hash it was inserted with; the table never hashes or compares keys
//!   itself except by identity, so the collector (which cannot call embedder code) can remove
//!   entries, and hashbrown can grow, from cached hashes alone;
//! - the weak sides of an entry (a weak key, a weak value, an ephemeron value) are **not traced**
//!   by the table. They are safe to hold because every table that has ever held an entry is
//!   registered, weakly, in the heap's `TableRegistry` (registration happens at the first
//!   insertion, which needs a [`Context`]), and the collection protocol (the only path from
//!   "marked" to "sweeping", see `collector.rs`) visits every registered table before any sweep:
//!   an entry whose weak side is dead is removed in the decision pass, and an ephemeron value
//!   whose key is alive has been marked by convergence. So between two collections, every
//!   pointer a table holds points at a live object;
//! - removing an entry never moves another (hashbrown erases in place), so a [`Cursor`] that is
//!   live across a collection keeps its place; the collector's removals do not count as
//!   mutation. Inserting a new key, or removing one by program, bumps the table's version, which
//!   every live iterator checks before each step.
//!
//! [`EphemeronTable`]: crate::EphemeronTable
//! [`WeakValueMap`]: crate::WeakValueMap
//! [`WeakRefMap`]: crate::WeakRefMap
//! [`WeakPairMap`]: crate::WeakPairMap
//! [`WeakSet`]: crate::WeakSet

use core::cell::{Cell, RefCell};
use core::fmt;
use core::hash::{Hash, Hasher};
use core::marker::PhantomData;

use gc_arena::collect::Trace;
use gc_arena::{Collect, Finalization, Gc, GcWeak, Mutation, RefLock};
use hashbrown::HashTable;
use smallvec::SmallVec;

use crate::context::Context;
use crate::{Embed, ObjectRef};

/// A mutation of a weak container that an iteration detected.
///
/// Python turns this into `RuntimeError: dictionary changed size during iteration`.
///
/// ```
/// use wraith_gc::TableError;
/// let e = TableError::MutatedDuringIteration;
/// assert_eq!(e.to_string(), "table changed size during iteration");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TableError {
    /// The program inserted a new key or removed one while the iterator was live. (Entries that
    /// the collector removes are not a mutation: an iterator simply never meets them.)
    MutatedDuringIteration,
}

impl fmt::Display for TableError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TableError::MutatedDuringIteration => {
                f.write_str("table changed size during iteration")
            }
        }
    }
}

impl std::error::Error for TableError {}

pub(crate) mod sealed {
    pub trait Sealed {}
}

/// How a [`WeakTable`] holds its keys and values. Implemented by the four marker types
/// [`Ephemeron`](crate::Ephemeron), [`WeakValues`](crate::WeakValues),
/// [`WeakPairs`](crate::WeakPairs) and [`WeakElements`](crate::WeakElements); sealed.
pub trait Mode<E: Embed>: sealed::Sealed + Sized + 'static {
    /// The key type.
    type Key<'gc>: Collect<'gc> + Clone + 'gc;
    /// The value type.
    type Value<'gc>: Collect<'gc> + Clone + 'gc;

    /// Whether the table traces its keys (strong keys).
    #[doc(hidden)]
    const STRONG_KEYS: bool;

    /// The object a weak key refers to (`None` for strong keys).
    #[doc(hidden)]
    fn weak_key<'gc>(key: &Self::Key<'gc>) -> Option<ObjectRef<'gc, E>>;

    /// The object a weak value refers to (`None` for other values).
    #[doc(hidden)]
    fn weak_value<'gc>(value: &Self::Value<'gc>) -> Option<ObjectRef<'gc, E>>;

    /// Whether the table traces its values (strong values).
    #[doc(hidden)]
    const STRONG_VALUES: bool = false;

    /// Whether `value` makes its entry dead in the decision pass of the collection `fc`.
    #[doc(hidden)]
    fn value_dead<'gc>(value: &Self::Value<'gc>, fc: &Finalization<'gc>) -> bool {
        Self::weak_value(value).is_some_and(|v| Gc::is_dead(fc, v))
    }

    /// The registry's handle for a table of this mode.
    #[doc(hidden)]
    fn erase<'gc>(table: GcWeak<'gc, RawTable<'gc, E, Self>>) -> AnyTable<'gc, E>;
}

/// A key and its value, as a table hands them out (strong references).
pub type Pair<'gc, E, M> = (<M as Mode<E>>::Key<'gc>, <M as Mode<E>>::Value<'gc>);

/// One entry: the hash it was inserted with, its insertion number, its key and its value.
pub struct Slot<K, V> {
    pub(crate) hash: u64,
    /// The table's count of insertions of new keys when this key was inserted: entries sort
    /// into insertion order by it (replacing a value keeps it).
    pub(crate) seq: u64,
    pub(crate) key: K,
    pub(crate) value: V,
}

type Slots<'gc, E, M> = HashTable<Slot<<M as Mode<E>>::Key<'gc>, <M as Mode<E>>::Value<'gc>>>;

/// The arena object behind a [`WeakTable`] handle.
pub struct RawTable<'gc, E: Embed, M: Mode<E>> {
    pub(crate) slots: RefCell<Slots<'gc, E, M>>,
    /// Bumped by every insertion of a new key and every removal by the program.
    version: Cell<u64>,
    /// Entries the collector removed, in total.
    removed: Cell<u64>,
    /// Insertions of new keys, in total (the next entry's `seq`).
    inserted: Cell<u64>,
    /// Whether the table is in the heap's registry (it is from its first insertion on).
    registered: Cell<bool>,
    _mode: PhantomData<fn() -> (E, M)>,
}

// SAFETY: `trace` traces every pointer the table holds strongly (the keys of a strong-keyed mode,
// the values of a strong-valued one: a weak-reference map's references). Weak keys, weak values and
// ephemeron values are deliberately not traced: a table is registered in the heap's `TableRegistry`
// before it holds its first entry (`insert_new` and `upsert`, the only code that adds entries,
// register it first), and the collection protocol, the only path from "marked" to "sweeping",
// visits every registered table that is alive (and, when a resurrection follows, every one not yet
// dropped): ephemeron convergence marks the value of every entry whose key is alive, and the
// decision pass removes every entry with a dead weak side, before the sweep can free anything. A
// dead table that is not purged is swept in the same sweep as the objects it points at, and its
// drop reads none of them. Between collections such a pointer therefore always points at a live
// object, and no entry is ever read with a dead one. Strong keys and values stored during
// incremental marking get a forward barrier (`WeakTable::barrier`, `value_barrier`, called by every
// path that stores one), so a black table never adopts a white key or value unmarked. `trace` only
// runs during marking, never inside a table method, so the `RefCell` is never mutably borrowed
// here. Tests that would catch a failure: `tests/containers.rs`
// (`ephemeron_values_live_only_through_live_keys`,
// `weak_ref_map_references_survive_incremental_insert`,
// `weak_value_map_keys_survive_incremental_insert`, the proptest model).
unsafe impl<'gc, E: Embed, M: Mode<E>> Collect<'gc> for RawTable<'gc, E, M> {
    fn trace<T: Trace<'gc>>(&self, cc: &mut T) {
        if M::STRONG_KEYS && <M::Key<'gc> as Collect<'gc>>::NEEDS_TRACE {
            for slot in self.slots.borrow().iter() {
                cc.trace(&slot.key);
            }
        }
        if M::STRONG_VALUES && <M::Value<'gc> as Collect<'gc>>::NEEDS_TRACE {
            for slot in self.slots.borrow().iter() {
                cc.trace(&slot.value);
            }
        }
    }
}

impl<'gc, E: Embed, M: Mode<E>> RawTable<'gc, E, M> {
    /// Removes the entries in `buckets` that have a dead weak side; returns how many.
    fn purge_buckets(&self, fc: &Finalization<'gc>, buckets: impl Iterator<Item = usize>) -> usize {
        let mut slots = self.slots.borrow_mut();
        let mut n = 0;
        for b in buckets {
            if let Ok(entry) = slots.get_bucket_entry(b) {
                let s = entry.get();
                let dead = M::weak_key(&s.key).is_some_and(|k| Gc::is_dead(fc, k))
                    || M::value_dead(&s.value, fc);
                if dead {
                    entry.remove();
                    n += 1;
                }
            }
        }
        self.removed.set(self.removed.get() + n as u64);
        n
    }

    pub(crate) fn bump(&self) {
        self.version.set(self.version.get().wrapping_add(1));
    }

    /// Removes the entries that have a dead weak side; returns how many. Runs in the decision
    /// pass, from cached state only.
    fn purge(&self, fc: &Finalization<'gc>) -> usize {
        let dead = |s: &Slot<M::Key<'gc>, M::Value<'gc>>| {
            M::weak_key(&s.key).is_some_and(|k| Gc::is_dead(fc, k)) || M::value_dead(&s.value, fc)
        };
        let mut slots = self.slots.borrow_mut();
        if !slots.iter().any(dead) {
            return 0;
        }
        let before = slots.len();
        slots.retain(|s| !dead(s));
        let n = before - slots.len();
        self.removed.set(self.removed.get() + n as u64);
        n
    }
}

/// A weak container of mode `M`: a copyable handle to an arena object. See the aliases
/// [`EphemeronTable`](crate::EphemeronTable), [`WeakValueMap`](crate::WeakValueMap),
/// [`WeakPairMap`](crate::WeakPairMap) and [`WeakSet`](crate::WeakSet) for the modes.
///
/// Two kinds of methods:
/// - the `*_hashed` methods take a hash and an equality closure from the embedder (an
///   interpreter's `__hash__` and `__eq__`). Equality is called with no borrow of the table
///   held, so it may run arbitrary code, even code that mutates this table: the lookup then
///   starts again, as CPython's dict does. Equality may fail (`Err(X)`), which is returned;
/// - the plain methods (`insert`, `get`, …) hash object keys by identity and, for a
///   [`WeakValueMap`](crate::WeakValueMap), value keys with their Rust `Hash`/`Eq`. Do not mix
///   the two kinds of hashing in one table.
///
/// The handle is `Copy`; store it in arena objects like any `Gc`.
///
/// ```
/// # use wraith_gc::doc_support::*;
/// use wraith_gc::EphemeronTable;
/// # let heap = heap();
/// heap.mutate(|cx, root| {
///     let t = EphemeronTable::new(&cx);
///     let (a, b) = (Gc::new(&cx, Obj::new(1)), Gc::new(&cx, Obj::new(2)));
///     root.borrow_mut(&cx).extend([Value::Obj(a), Value::Obj(b)]);
///
///     assert!(t.insert(cx, a, Value::Int(1)).is_none());
///     assert!(matches!(t.insert(cx, a, Value::Int(10)), Some(Value::Int(1))));
///     assert!(matches!(t.get(a), Some(Value::Int(10))));
///     assert!(t.contains_key(a) && !t.contains_key(b));
///     assert!(matches!(t.get_or_insert_with(cx, b, || Value::Int(2)), Value::Int(2)));
///     assert_eq!(t.len(), 2);
///
///     t.retain(|key, _| key.0 == 1).unwrap();
///     assert_eq!(t.keys().len(), 1);
///     assert!(matches!(t.remove(a), Some(Value::Int(10))));
///     assert!(t.is_empty());
/// });
/// ```
#[derive(Collect)]
#[collect(no_drop, bound = "")]
pub struct WeakTable<'gc, E: Embed, M: Mode<E>>(Gc<'gc, RawTable<'gc, E, M>>);

impl<'gc, E: Embed, M: Mode<E>> Clone for WeakTable<'gc, E, M> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<'gc, E: Embed, M: Mode<E>> Copy for WeakTable<'gc, E, M> {}

impl<'gc, E: Embed, M: Mode<E>> PartialEq for WeakTable<'gc, E, M> {
    fn eq(&self, other: &Self) -> bool {
        Gc::ptr_eq(self.0, other.0)
    }
}
impl<'gc, E: Embed, M: Mode<E>> Eq for WeakTable<'gc, E, M> {}

impl<'gc, E: Embed, M: Mode<E>> fmt::Debug for WeakTable<'gc, E, M> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "WeakTable({:p}, len {})", Gc::as_ptr(self.0), self.len())
    }
}

impl<'gc, E: Embed, M: Mode<E>> WeakTable<'gc, E, M> {
    /// An empty table. It needs only a `&Mutation` (a [`Context`] dereferences to one), so an
    /// embedder root can hold tables from the start; the table joins the heap's registry of
    /// weak containers at its first insertion.
    pub fn new(mc: &Mutation<'gc>) -> Self {
        Self::with_capacity(mc, 0)
    }

    /// An empty table with room for `capacity` entries.
    pub fn with_capacity(mc: &Mutation<'gc>, capacity: usize) -> Self {
        WeakTable(Gc::new(
            mc,
            RawTable {
                slots: RefCell::new(HashTable::with_capacity(capacity)),
                version: Cell::new(0),
                removed: Cell::new(0),
                inserted: Cell::new(0),
                registered: Cell::new(false),
                _mode: PhantomData,
            },
        ))
    }

    /// Number of entries. Every entry is live: the collector removes dead ones as it finds them.
    pub fn len(self) -> usize {
        self.0.slots.borrow().len()
    }

    /// Whether the table has no entries.
    pub fn is_empty(self) -> bool {
        self.len() == 0
    }

    /// How many entries the collector has removed from this table since it was made.
    pub fn removed_by_collector(self) -> u64 {
        self.0.removed.get()
    }

    /// The table's mutation counter: it changes whenever the program inserts a new key or
    /// removes one (not when the collector removes dead entries, nor when a value is replaced).
    pub fn version(self) -> u64 {
        self.0.version.get()
    }

    /// Removes every entry.
    ///
    /// ```
    /// # use wraith_gc::doc_support::*;
    /// use wraith_gc::WeakSet;
    /// # let heap = heap();
    /// heap.mutate(|cx, root| {
    ///     let s = WeakSet::new(&cx);
    ///     let a = Gc::new(&cx, Obj::new(1));
    ///     s.add(cx, a);
    ///     let v = s.version();
    ///     s.clear();
    ///     assert!(s.is_empty());
    ///     assert_ne!(s.version(), v); // a mutation, as iterators see it
    /// #   let _ = root;
    /// });
    /// ```
    pub fn clear(self) {
        let mut slots = self.0.slots.borrow_mut();
        if !slots.is_empty() {
            slots.clear();
            drop(slots);
            self.0.bump();
        }
    }

    /// Marks a strong key as adopted by the table: during incremental marking, a black table
    /// never holds a white key unmarked. (A forward barrier per pointer, so a huge table is
    /// never re-traced because of one insert.)
    fn barrier(self, mc: &Mutation<'gc>, key: &M::Key<'gc>) {
        if M::STRONG_KEYS {
            let parent = Gc::erase(self.0);
            key.trace(&mut StrongEdges(|child| {
                mc.forward_barrier(Some(parent), child)
            }));
        }
    }

    /// The same barrier for a strong value stored in the table.
    fn value_barrier(self, mc: &Mutation<'gc>, value: &M::Value<'gc>) {
        if M::STRONG_VALUES {
            let parent = Gc::erase(self.0);
            value.trace(&mut StrongEdges(|child| {
                mc.forward_barrier(Some(parent), child)
            }));
        }
    }

    /// The next insertion number.
    fn next_seq(self) -> u64 {
        let seq = self.0.inserted.get();
        self.0.inserted.set(seq + 1);
        seq
    }

    /// The first bucket holding an entry with exactly `hash` that is not in `skip`, with its
    /// key (cloned, so that no borrow is held when the embedder compares it).
    fn next_candidate(self, hash: u64, skip: &[usize]) -> Option<(usize, M::Key<'gc>)> {
        let hash = spread(hash);
        let slots = self.0.slots.borrow();
        slots.iter_hash_buckets(hash).find_map(|b| {
            let s = slots.get_bucket(b)?;
            (s.hash == hash && !skip.contains(&b)).then(|| (b, s.key.clone()))
        })
    }

    /// The bucket of the entry whose key `eq` accepts, calling `eq` with no borrow held and
    /// starting again if it mutated the table.
    fn find_bucket<X>(
        self,
        hash: u64,
        eq: &mut impl FnMut(&M::Key<'gc>) -> Result<bool, X>,
    ) -> Result<Option<usize>, X> {
        'again: loop {
            let version = self.version();
            let mut tried: SmallVec<[usize; 4]> = SmallVec::new();
            while let Some((b, key)) = self.next_candidate(hash, &tried) {
                let found = eq(&key)?;
                if self.version() != version {
                    continue 'again;
                }
                if found {
                    return Ok(Some(b));
                }
                tried.push(b);
            }
            return Ok(None);
        }
    }

    pub(crate) fn bucket(self, b: usize) -> Option<Pair<'gc, E, M>> {
        let slots = self.0.slots.borrow();
        let s = slots.get_bucket(b)?;
        Some((s.key.clone(), s.value.clone()))
    }

    /// Stores `value` in bucket `b`, returning the old value.
    pub(crate) fn replace(
        self,
        mc: &Mutation<'gc>,
        b: usize,
        value: M::Value<'gc>,
    ) -> Option<M::Value<'gc>> {
        self.value_barrier(mc, &value);
        let mut slots = self.0.slots.borrow_mut();
        let s = slots.get_bucket_mut(b)?;
        Some(core::mem::replace(&mut s.value, value))
    }

    pub(crate) fn insert_new(
        self,
        cx: Context<'gc, E>,
        hash: u64,
        key: M::Key<'gc>,
        value: M::Value<'gc>,
    ) {
        let hash = spread(hash);
        if !self.0.registered.get() {
            cx.runtime()
                .tables
                .register(&cx, M::erase(Gc::downgrade(self.0)));
            self.0.registered.set(true);
        }
        self.barrier(&cx, &key);
        self.value_barrier(&cx, &value);
        let seq = self.next_seq();
        let mut slots = self.0.slots.borrow_mut();
        if slots.len() == slots.capacity() {
            // Grow by 4 rather than hashbrown's 2 (CPython's dict grows by about 3): half the
            // rehashing of a table that fills up, for some slack memory; by 2 past 4M entries.
            let len = slots.len();
            let more = if len < 1 << 22 { len * 3 } else { len }.max(4);
            slots.reserve(more, |s| s.hash);
        }
        slots.insert_unique(
            hash,
            Slot {
                hash,
                seq,
                key,
                value,
            },
            |s| s.hash,
        );
        drop(slots);
        self.0.bump();
    }

    pub(crate) fn remove_bucket(self, b: usize) -> Option<Pair<'gc, E, M>> {
        let removed = {
            let mut slots = self.0.slots.borrow_mut();
            let entry = slots.get_bucket_entry(b).ok()?;
            let (s, _) = entry.remove();
            (s.key, s.value)
        };
        self.0.bump();
        Some(removed)
    }

    /// The stored key and value of the entry with `hash` whose key `eq` accepts.
    ///
    /// ```
    /// # use wraith_gc::doc_support::*;
    /// use wraith_gc::EphemeronTable;
    /// # let heap = heap();
    /// heap.mutate(|cx, root| {
    ///     let t = EphemeronTable::new(&cx);
    ///     let k = Gc::new(&cx, Obj::new(1));
    ///     // An embedder hash (here: the id) and equality (here: same id).
    ///     t.insert_hashed(cx, 1, k, Value::Int(10), |o| Ok::<_, ()>(o.0 == 1)).unwrap();
    ///     let found = t.find_hashed(1, |o| Ok::<_, ()>(o.0 == 1)).unwrap();
    ///     assert!(matches!(found, Some((_, Value::Int(10)))));
    /// #   root.borrow_mut(&cx).push(Value::Obj(k));
    /// });
    /// ```
    pub fn find_hashed<X>(
        self,
        hash: u64,
        mut eq: impl FnMut(&M::Key<'gc>) -> Result<bool, X>,
    ) -> Result<Option<Pair<'gc, E, M>>, X> {
        Ok(self
            .find_bucket(hash, &mut eq)?
            .and_then(|b| self.bucket(b)))
    }

    /// Inserts `key → value` under `hash`. If an entry whose key `eq` accepts exists, its value
    /// is replaced (the stored key is kept, as Python's dict does) and the old value returned.
    pub fn insert_hashed<X>(
        self,
        cx: Context<'gc, E>,
        hash: u64,
        key: M::Key<'gc>,
        value: M::Value<'gc>,
        mut eq: impl FnMut(&M::Key<'gc>) -> Result<bool, X>,
    ) -> Result<Option<M::Value<'gc>>, X> {
        match self.find_bucket(hash, &mut eq)? {
            Some(b) => Ok(self.replace(&cx, b, value)),
            None => {
                self.insert_new(cx, hash, key, value);
                Ok(None)
            }
        }
    }

    /// Removes the entry with `hash` whose key `eq` accepts, returning its key and value.
    ///
    /// ```
    /// # use wraith_gc::doc_support::*;
    /// use wraith_gc::WeakSet;
    /// # let heap = heap();
    /// heap.mutate(|cx, root| {
    ///     // A set whose members compare by id, like Python objects with `__eq__`.
    ///     let s = WeakSet::new(&cx);
    ///     let a = Gc::new(&cx, Obj::new(5));
    ///     let twin = Gc::new(&cx, Obj::new(5)); // equal, not identical
    ///     s.insert_hashed(cx, 5, a, (), |m| Ok::<_, ()>(m.0 == a.0)).unwrap();
    ///     let removed = s.remove_hashed(5, |m| Ok::<_, ()>(m.0 == twin.0)).unwrap();
    ///     assert!(removed.is_some_and(|(m, ())| Gc::ptr_eq(m, a)));
    /// #   let _ = root;
    /// });
    /// ```
    pub fn remove_hashed<X>(
        self,
        hash: u64,
        mut eq: impl FnMut(&M::Key<'gc>) -> Result<bool, X>,
    ) -> Result<Option<Pair<'gc, E, M>>, X> {
        Ok(self
            .find_bucket(hash, &mut eq)?
            .and_then(|b| self.remove_bucket(b)))
    }

    /// The value of the entry with `hash` whose key `eq` accepts; if there is none, inserts
    /// `key → default()` and returns that (Python's `setdefault`).
    ///
    /// ```
    /// # use wraith_gc::doc_support::*;
    /// use wraith_gc::EphemeronTable;
    /// # let heap = heap();
    /// heap.mutate(|cx, root| {
    ///     let t = EphemeronTable::new(&cx);
    ///     let k = Gc::new(&cx, Obj::new(3));
    ///     let eq = |o: &Gc<'_, Obj>| Ok::<_, ()>(o.0 == 3);
    ///     let v = t.get_or_insert_hashed(cx, 3, k, eq, || Value::Int(30)).unwrap();
    ///     assert!(matches!(v, Value::Int(30)));
    ///     let v = t.get_or_insert_hashed(cx, 3, k, eq, || Value::Int(99)).unwrap();
    ///     assert!(matches!(v, Value::Int(30)));
    /// #   root.borrow_mut(&cx).push(Value::Obj(k));
    /// });
    /// ```
    pub fn get_or_insert_hashed<X>(
        self,
        cx: Context<'gc, E>,
        hash: u64,
        key: M::Key<'gc>,
        mut eq: impl FnMut(&M::Key<'gc>) -> Result<bool, X>,
        default: impl FnOnce() -> M::Value<'gc>,
    ) -> Result<M::Value<'gc>, X> {
        if let Some(b) = self.find_bucket(hash, &mut eq)?
            && let Some((_, v)) = self.bucket(b)
        {
            return Ok(v);
        }
        let value = default();
        self.insert_new(cx, hash, key, value.clone());
        Ok(value)
    }

    /// Identity lookup under the table's borrow (no embedder code runs).
    /// Inserts `key → value`, or replaces the value of the entry whose key `same` accepts
    /// (comparing under the table's borrow: `same` must not run embedder code); returns the old
    /// value. One probe when the table has room; never a rehash when the key exists (a rehash
    /// would move entries under a live cursor without counting as a mutation).
    pub(crate) fn upsert(
        self,
        cx: Context<'gc, E>,
        hash: u64,
        key: M::Key<'gc>,
        value: M::Value<'gc>,
        same: impl Fn(&M::Key<'gc>) -> bool,
    ) -> Option<M::Value<'gc>> {
        let has_room = {
            let slots = self.0.slots.borrow();
            slots.len() < slots.capacity()
        };
        if !has_room || !self.0.registered.get() {
            return match self.find_identity(hash, same) {
                Some(b) => self.replace(&cx, b, value),
                None => {
                    self.insert_new(cx, hash, key, value);
                    None
                }
            };
        }
        let h = spread(hash);
        let mut slots = self.0.slots.borrow_mut();
        match slots.entry(h, |s| s.hash == h && same(&s.key), |s| s.hash) {
            hashbrown::hash_table::Entry::Occupied(mut o) => {
                self.value_barrier(&cx, &value);
                Some(core::mem::replace(&mut o.get_mut().value, value))
            }
            hashbrown::hash_table::Entry::Vacant(v) => {
                self.barrier(&cx, &key);
                self.value_barrier(&cx, &value);
                v.insert(Slot {
                    hash: h,
                    seq: self.next_seq(),
                    key,
                    value,
                });
                drop(slots);
                self.0.bump();
                None
            }
        }
    }

    pub(crate) fn find_identity(
        self,
        hash: u64,
        same: impl Fn(&M::Key<'gc>) -> bool,
    ) -> Option<usize> {
        let hash = spread(hash);
        self.0
            .slots
            .borrow()
            .find_bucket_index(hash, |s| s.hash == hash && same(&s.key))
    }

    /// An iterator over the entries, as strong references. It yields
    /// `Err(`[`TableError::MutatedDuringIteration`]`)` (then ends) if the program inserts or
    /// removes a key meanwhile; the body of the loop may read the table and replace values.
    ///
    /// ```
    /// # use wraith_gc::doc_support::*;
    /// use wraith_gc::{EphemeronTable, TableError};
    /// # let heap = heap();
    /// heap.mutate(|cx, root| {
    ///     let t = EphemeronTable::new(&cx);
    ///     let (a, b) = (Gc::new(&cx, Obj::new(1)), Gc::new(&cx, Obj::new(2)));
    ///     t.insert(cx, a, Value::Int(1));
    ///     let mut n = 0;
    ///     for entry in t.iter() {
    ///         let (_key, _value) = entry.unwrap();
    ///         n += 1;
    ///     }
    ///     assert_eq!(n, 1);
    ///
    ///     let mut it = t.iter();
    ///     t.insert(cx, b, Value::Int(2)); // a new key: the iterator notices
    ///     assert_eq!(it.next().map(|e| e.err()), Some(Some(TableError::MutatedDuringIteration)));
    ///     assert!(it.next().is_none());
    /// #   root.borrow_mut(&cx).extend([Value::Obj(a), Value::Obj(b)]);
    /// });
    /// ```
    pub fn iter(self) -> Iter<'gc, E, M> {
        Iter {
            cursor: self.cursor(),
        }
    }

    /// A cursor over the entries that can be stored in the arena (it is [`Collect`]) and resumed
    /// after collections, for an interpreter's iterator objects. It never yields an entry that
    /// died: the collector removes dead entries without moving the others, and the cursor
    /// skips empty buckets. Dead entries are thus gone before the iterator ends, which is what
    /// CPython's deferred removal achieves when the last iterator ends.
    pub fn cursor(self) -> Cursor<'gc, E, M> {
        Cursor {
            table: self,
            pos: Cell::new(0),
            version: Cell::new(self.version()),
            done: Cell::new(false),
        }
    }

    /// Keeps only the entries for which `keep` returns `true`. `keep` runs with no borrow of the
    /// table held; if it inserts or removes keys itself, `retain` stops with an error.
    pub fn retain(
        self,
        mut keep: impl FnMut(&M::Key<'gc>, &M::Value<'gc>) -> bool,
    ) -> Result<(), TableError> {
        let mut pos = 0;
        let mut version = self.version();
        loop {
            if self.version() != version {
                return Err(TableError::MutatedDuringIteration);
            }
            let Some((b, (k, v))) = self.next_from(pos) else {
                return Ok(());
            };
            pos = b + 1;
            let kept = keep(&k, &v);
            if self.version() != version {
                return Err(TableError::MutatedDuringIteration);
            }
            if !kept {
                self.remove_bucket(b);
                version = self.version();
            }
        }
    }

    /// The first entry at or after bucket `pos`, with its bucket.
    fn next_from(self, pos: usize) -> Option<(usize, Pair<'gc, E, M>)> {
        let slots = self.0.slots.borrow();
        (pos..slots.num_buckets()).find_map(|b| {
            slots
                .get_bucket(b)
                .map(|s| (b, (s.key.clone(), s.value.clone())))
        })
    }

    /// Removes and returns some entry (the first in iteration order): Python's `popitem()` and
    /// `WeakSet.pop()`.
    ///
    /// ```
    /// # use wraith_gc::doc_support::*;
    /// use wraith_gc::WeakSet;
    /// # let heap = heap();
    /// heap.mutate(|cx, root| {
    ///     let s = WeakSet::new(&cx);
    ///     let a = Gc::new(&cx, Obj::new(1));
    ///     s.add(cx, a);
    ///     assert!(s.pop().is_some_and(|(m, ())| Gc::ptr_eq(m, a)));
    ///     assert!(s.pop().is_none());
    /// #   let _ = root;
    /// });
    /// ```
    pub fn pop(self) -> Option<Pair<'gc, E, M>> {
        let (b, _) = self.next_from(0)?;
        self.remove_bucket(b)
    }

    /// A snapshot of the keys, as strong references.
    pub fn keys(self) -> Vec<M::Key<'gc>> {
        self.0
            .slots
            .borrow()
            .iter()
            .map(|s| s.key.clone())
            .collect()
    }

    /// A snapshot of the values, as strong references.
    pub fn values(self) -> Vec<M::Value<'gc>> {
        self.0
            .slots
            .borrow()
            .iter()
            .map(|s| s.value.clone())
            .collect()
    }

    /// A snapshot of the entries, as strong references: the vector keeps them alive for as
    /// long as it is reachable, whatever happens to the table.
    ///
    /// ```
    /// # use wraith_gc::doc_support::*;
    /// use wraith_gc::WeakPairMap;
    /// # let heap = heap();
    /// heap.mutate(|cx, root| {
    ///     let m = WeakPairMap::new(&cx);
    ///     let (k, v) = (Gc::new(&cx, Obj::new(1)), Gc::new(&cx, Obj::new(2)));
    ///     m.insert(cx, k, v);
    ///     let snapshot = m.entries();
    ///     m.clear();
    ///     assert_eq!(snapshot.len(), 1);
    ///     assert_eq!((snapshot[0].0 .0, snapshot[0].1 .0), (1, 2));
    /// #   let _ = root;
    /// });
    /// ```
    pub fn entries(self) -> Vec<Pair<'gc, E, M>> {
        self.0
            .slots
            .borrow()
            .iter()
            .map(|s| (s.key.clone(), s.value.clone()))
            .collect()
    }

    /// A snapshot of the entries in insertion order: a key keeps its place when its value is
    /// replaced, as in Python's dict.
    ///
    /// ```
    /// # use wraith_gc::doc_support::*;
    /// use wraith_gc::WeakValueMap;
    /// # let heap = heap();
    /// heap.mutate(|cx, root| {
    ///     let m = WeakValueMap::new(&cx);
    ///     let o = Gc::new(&cx, Obj::new(0));
    ///     let put = |k: i64| {
    ///         let eq = move |x: &Value<'_>| Ok::<_, ()>(matches!(x, Value::Int(i) if *i == k));
    ///         m.insert_hashed(cx, k as u64, Value::Int(k), o, eq).unwrap()
    ///     };
    ///     for k in [3, 1, 2] {
    ///         put(k);
    ///     }
    ///     assert!(put(3).is_some()); // replaced: keeps its place
    ///     let keys: Vec<_> = m.entries_in_order().into_iter().map(|(k, _)| k).collect();
    ///     assert!(matches!(keys[..], [Value::Int(3), Value::Int(1), Value::Int(2)]));
    /// #   root.borrow_mut(&cx).push(Value::Obj(o));
    /// });
    /// ```
    pub fn entries_in_order(self) -> Vec<Pair<'gc, E, M>> {
        self.in_order(|s| (s.key.clone(), s.value.clone()))
    }

    /// The values alone, in insertion order (see [`entries_in_order`](Self::entries_in_order)).
    pub fn values_in_order(self) -> Vec<M::Value<'gc>> {
        self.in_order(|s| s.value.clone())
    }

    /// `f` of every entry, in insertion order.
    fn in_order<T>(self, f: impl Fn(&Slot<M::Key<'gc>, M::Value<'gc>>) -> T) -> Vec<T> {
        let slots = self.0.slots.borrow();
        let (lo, hi) = slots
            .iter()
            .fold((u64::MAX, 0), |(lo, hi), s| (lo.min(s.seq), hi.max(s.seq)));
        let span = hi.wrapping_sub(lo).wrapping_add(1) as usize;
        if slots.is_empty() || span > 2 * slots.len() {
            let mut v: Vec<(u64, T)> = slots.iter().map(|s| (s.seq, f(s))).collect();
            v.sort_unstable_by_key(|e| e.0); // insertion numbers are unique
            return v.into_iter().map(|e| e.1).collect();
        }
        // Dense numbers (few removals since the oldest entry): place each entry by its number,
        // in linear time.
        let mut placed: Vec<Option<T>> = (0..span).map(|_| None).collect();
        for s in slots.iter() {
            placed[(s.seq - lo) as usize] = Some(f(s));
        }
        placed.into_iter().flatten().collect()
    }
}

/// Modes whose keys are objects held by identity: [`Ephemeron`](crate::Ephemeron),
/// [`WeakPairs`](crate::WeakPairs) and [`WeakElements`](crate::WeakElements).
pub trait ObjectKeys<E: Embed>: Mode<E> {
    /// The key for an object.
    #[doc(hidden)]
    fn key<'gc>(obj: ObjectRef<'gc, E>) -> Self::Key<'gc>;
    /// The object of a key.
    #[doc(hidden)]
    fn object<'gc>(key: &Self::Key<'gc>) -> ObjectRef<'gc, E>;
}

/// The identity hash of an object: its address shifted right by 4, like CPython's default
/// object hash. The plain (non-`_hashed`) methods of object-keyed tables use it; it stays valid
/// for as long as the object lives.
///
/// ```
/// # use wraith_gc::doc_support::*;
/// use wraith_gc::identity_hash;
/// # let heap = heap();
/// heap.mutate(|cx, _| {
///     let a = Gc::new(&cx, Obj::new(1));
///     assert_eq!(identity_hash(a), identity_hash(a));
/// });
/// ```
pub fn identity_hash<T>(obj: Gc<'_, T>) -> u64 {
    (Gc::as_ptr(obj) as *const () as usize as u64) >> 4
}

/// The hash a table stores and hashbrown sees, made from an embedder hash `h`. hashbrown takes
/// the bucket from the low bits and a 7-bit tag from the top 7. Embedder hashes often have
/// little entropy at the top and are sequential at the bottom (Python's `hash(i) == i`, the
/// addresses of objects allocated together). Runs of 128 consecutive hashes are kept together
/// (eight hashbrown groups: good locality when a program walks keys in order), the runs are
/// scattered by a multiplicative mix (so that dense keys never form the long full runs that
/// make absent-key probes slow), and the tag comes from a mix of the whole hash.
fn spread(h: u64) -> u64 {
    const LOW: u64 = (1 << 57) - 1;
    (((mix(h >> 7) << 7) | (h & 127)) & LOW) | (mix(h) & !LOW)
}

fn mix(x: u64) -> u64 {
    let x = (x ^ (x >> 31)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    x ^ (x >> 29)
}

macro_rules! object_keyed {
    ($($mode:ty),*) => {$(
impl<'gc, E: Embed> WeakTable<'gc, E, $mode> {

    fn find_object(self, key: ObjectRef<'gc, E>) -> Option<usize> {
        self.find_identity(identity_hash(key), |k| Gc::ptr_eq(<$mode as ObjectKeys<E>>::object(k), key))
    }

    /// Inserts `key → value` (keys compared by identity); returns the old value.
    pub fn insert(
        self,
        cx: Context<'gc, E>,
        key: ObjectRef<'gc, E>,
        value: <$mode as Mode<E>>::Value<'gc>,
    ) -> Option<<$mode as Mode<E>>::Value<'gc>> {
        self.upsert(
            cx,
            identity_hash(key),
            <$mode as ObjectKeys<E>>::key(key),
            value,
            |k| Gc::ptr_eq(<$mode as ObjectKeys<E>>::object(k), key),
        )
    }

    /// The value stored for `key`.
    pub fn get(self, key: ObjectRef<'gc, E>) -> Option<<$mode as Mode<E>>::Value<'gc>> {
        self.find_object(key)
            .and_then(|b| self.bucket(b))
            .map(|(_, v)| v)
    }

    /// Whether `key` has an entry.
    pub fn contains_key(self, key: ObjectRef<'gc, E>) -> bool {
        self.find_object(key).is_some()
    }

    /// Removes the entry of `key`, returning its value.
    pub fn remove(self, key: ObjectRef<'gc, E>) -> Option<<$mode as Mode<E>>::Value<'gc>> {
        self.find_object(key)
            .and_then(|b| self.remove_bucket(b))
            .map(|(_, v)| v)
    }

    /// The value of `key`, inserting `default()` first if it has none.
    pub fn get_or_insert_with(
        self,
        cx: Context<'gc, E>,
        key: ObjectRef<'gc, E>,
        default: impl FnOnce() -> <$mode as Mode<E>>::Value<'gc>,
    ) -> <$mode as Mode<E>>::Value<'gc> {
        if let Some((_, v)) = self.find_object(key).and_then(|b| self.bucket(b)) {
            return v;
        }
        let v = default();
        self.insert_new(cx, identity_hash(key), <$mode as ObjectKeys<E>>::key(key), v.clone());
        v
    }
}
    )*};
}

object_keyed!(crate::Ephemeron, crate::WeakPairs, crate::WeakElements);

/// A Rust iterator over a [`WeakTable`]; see [`WeakTable::iter`].
pub struct Iter<'gc, E: Embed, M: Mode<E>> {
    cursor: Cursor<'gc, E, M>,
}

impl<'gc, E: Embed, M: Mode<E>> Iterator for Iter<'gc, E, M> {
    type Item = Result<Pair<'gc, E, M>, TableError>;

    fn next(&mut self) -> Option<Self::Item> {
        self.cursor.next().transpose()
    }
}

/// A resumable position in a [`WeakTable`]; see [`WeakTable::cursor`].
///
/// ```
/// # use wraith_gc::doc_support::*;
/// use wraith_gc::{Cursor, Ephemeron, EphemeronTable};
/// # let mut heap = heap();
/// // The cursor lives in the arena across a collection (here: in a Vec in the root).
/// heap.mutate(|cx, root| {
///     let t = EphemeronTable::new(&cx);
///     for i in 0..3 {
///         let k = Gc::new(&cx, Obj::new(i));
///         t.insert(cx, k, Value::Int(i.into()));
///         root.borrow_mut(&cx).push(Value::Obj(k));
///     }
///     let c = t.cursor();
///     assert!(c.next().unwrap().is_some());
///     # let _ = c;
/// });
/// heap.collect();
/// ```
#[derive(Collect)]
#[collect(no_drop, bound = "")]
pub struct Cursor<'gc, E: Embed, M: Mode<E>> {
    table: WeakTable<'gc, E, M>,
    #[collect(require_static)]
    pos: Cell<usize>,
    #[collect(require_static)]
    version: Cell<u64>,
    #[collect(require_static)]
    done: Cell<bool>,
}

impl<'gc, E: Embed, M: Mode<E>> Cursor<'gc, E, M> {
    /// The next live entry, `Ok(None)` at the end, or an error if the program inserted or
    /// removed a key since the cursor was made (after an error the cursor is finished).
    #[allow(clippy::should_implement_trait)]
    pub fn next(&self) -> Result<Option<Pair<'gc, E, M>>, TableError> {
        if self.done.get() {
            return Ok(None);
        }
        if self.table.version() != self.version.get() {
            self.done.set(true);
            return Err(TableError::MutatedDuringIteration);
        }
        match self.table.next_from(self.pos.get()) {
            Some((b, entry)) => {
                self.pos.set(b + 1);
                Ok(Some(entry))
            }
            None => {
                self.done.set(true);
                Ok(None)
            }
        }
    }

    /// Ends the iteration early.
    pub fn close(&self) {
        self.done.set(true);
    }

    /// Whether the cursor has ended (exhausted, closed, or failed).
    pub fn is_done(&self) -> bool {
        self.done.get()
    }

    /// The table being iterated.
    pub fn table(&self) -> WeakTable<'gc, E, M> {
        self.table
    }
}

/// A [`Trace`] that calls `f` on every strong pointer it is shown.
pub(crate) struct StrongEdges<F>(pub(crate) F);

impl<'gc, F: FnMut(Gc<'gc, ()>)> Trace<'gc> for StrongEdges<F> {
    fn trace_gc(&mut self, gc: Gc<'gc, ()>) {
        (self.0)(gc)
    }
    fn trace_gc_weak(&mut self, _gc: GcWeak<'gc, ()>) {}
}

/// A registered table of any mode.
#[derive(Collect)]
#[collect(no_drop, bound = "")]
pub enum AnyTable<'gc, E: Embed> {
    /// An ephemeron table.
    Ephemeron(GcWeak<'gc, RawTable<'gc, E, crate::Ephemeron>>),
    /// A weak-value map.
    WeakValues(GcWeak<'gc, RawTable<'gc, E, crate::WeakValues>>),
    /// A map with weak keys and weak values.
    WeakPairs(GcWeak<'gc, RawTable<'gc, E, crate::WeakPairs>>),
    /// A weak set.
    WeakElements(GcWeak<'gc, RawTable<'gc, E, crate::WeakElements>>),
    /// A weak-reference map.
    WeakRefs(GcWeak<'gc, RawTable<'gc, E, crate::WeakRefs>>),
}

impl<'gc, E: Embed> AnyTable<'gc, E> {
    fn is_dropped(&self) -> bool {
        match self {
            AnyTable::Ephemeron(t) => t.is_dropped(),
            AnyTable::WeakValues(t) => t.is_dropped(),
            AnyTable::WeakPairs(t) => t.is_dropped(),
            AnyTable::WeakElements(t) => t.is_dropped(),
            AnyTable::WeakRefs(t) => t.is_dropped(),
        }
    }
}

/// Tables per registry chunk.
const CHUNK: usize = 64;

type Chunk<'gc, E> = RefLock<Vec<Option<AnyTable<'gc, E>>>>;

/// Every weak container in the heap, held weakly, in chunks of separate arena objects (a
/// registration during incremental marking re-traces one chunk of 64 weak pointers).
#[derive(Collect)]
#[collect(no_drop, bound = "")]
pub(crate) struct TableRegistry<'gc, E: Embed> {
    chunks: Gc<'gc, RefLock<Vec<Gc<'gc, Chunk<'gc, E>>>>>,
    #[collect(require_static)]
    free: RefCell<Vec<u32>>,
    /// A buffer of `(table id, bucket)` that convergence reuses from one collection to the
    /// next (plain data: it never holds a pointer).
    #[collect(require_static)]
    pub(crate) scratch: Cell<Vec<(u32, usize)>>,
}

impl<'gc, E: Embed> TableRegistry<'gc, E> {
    pub(crate) fn new(mc: &Mutation<'gc>) -> Self {
        TableRegistry {
            chunks: Gc::new(mc, RefLock::new(Vec::new())),
            free: RefCell::new(Vec::new()),
            scratch: Cell::new(Vec::new()),
        }
    }

    fn register(&self, mc: &Mutation<'gc>, table: AnyTable<'gc, E>) {
        if let Some(id) = self.free.borrow_mut().pop() {
            let chunk = self.chunks.borrow()[id as usize / CHUNK];
            chunk.borrow_mut(mc)[id as usize % CHUNK] = Some(table);
            return;
        }
        let mut chunks = self.chunks.borrow_mut(mc);
        let last = chunks.last().copied().filter(|c| c.borrow().len() < CHUNK);
        let chunk = match last {
            Some(c) => c,
            None => {
                let c = Gc::new(mc, RefLock::new(Vec::with_capacity(CHUNK)));
                chunks.push(c);
                c
            }
        };
        chunk.borrow_mut(mc).push(Some(table));
    }

    /// The registered ephemeron tables that are not dropped, with their ids. Ids are stable
    /// for the whole convergence (no table is registered or released meanwhile).
    pub(crate) fn ephemerons(&self) -> Vec<(u32, GcWeak<'gc, RawTable<'gc, E, crate::Ephemeron>>)> {
        let mut out = Vec::new();
        for (c, chunk) in self.chunks.borrow().iter().enumerate() {
            for (i, t) in chunk.borrow().iter().enumerate() {
                if let Some(AnyTable::Ephemeron(t)) = t
                    && !t.is_dropped()
                {
                    out.push(((c * CHUNK + i) as u32, *t));
                }
            }
        }
        out
    }

    /// The ephemeron table registered as `id`.
    pub(crate) fn ephemeron(
        &self,
        id: u32,
    ) -> Option<GcWeak<'gc, RawTable<'gc, E, crate::Ephemeron>>> {
        let chunk = *self.chunks.borrow().get(id as usize / CHUNK)?;
        match chunk.borrow().get(id as usize % CHUNK) {
            Some(Some(AnyTable::Ephemeron(t))) if !t.is_dropped() => Some(*t),
            _ => None,
        }
    }

    /// The decision pass for tables: removes every entry with a dead weak side from every live
    /// table (and from dead tables too if `dead_tables_too`, because a resurrection is coming
    /// that may bring one back), and forgets tables that were dropped. Live ephemeron tables
    /// are not scanned: convergence has found their dead-key entries already (`eph_dead`,
    /// sorted `(table id, bucket)`). Returns the number of entries removed.
    pub(crate) fn purge(
        &self,
        fc: &Finalization<'gc>,
        dead_tables_too: bool,
        eph_dead: &[(u32, usize)],
    ) -> usize {
        fn one<'gc, E: Embed, M: Mode<E>>(
            fc: &Finalization<'gc>,
            t: GcWeak<'gc, RawTable<'gc, E, M>>,
            dead_too: bool,
        ) -> usize {
            if t.is_dead(fc) && !dead_too {
                return 0;
            }
            // Inside `finalize`, `upgrade` of a dead but unswept table returns it; it is used
            // here and not stored anywhere, so this does not resurrect it.
            t.upgrade(fc).map_or(0, |t| t.purge(fc))
        }
        // The buckets `eph_dead` lists for table `id`.
        let listed = |id: u32| {
            let from = eph_dead.partition_point(|&(t, _)| t < id);
            let to = eph_dead.partition_point(|&(t, _)| t <= id);
            eph_dead[from..to].iter().map(|&(_, b)| b)
        };
        let mut removed = 0;
        for (c, chunk) in self.chunks.borrow().iter().enumerate() {
            let mut dropped = false;
            for (i, t) in chunk.borrow().iter().enumerate() {
                let Some(t) = t else { continue };
                if t.is_dropped() {
                    dropped = true;
                    continue;
                }
                removed += match t {
                    AnyTable::Ephemeron(t) if !t.is_dead(fc) => t
                        .upgrade(fc)
                        .map_or(0, |t| t.purge_buckets(fc, listed((c * CHUNK + i) as u32))),
                    AnyTable::Ephemeron(t) => one(fc, *t, dead_tables_too),
                    AnyTable::WeakValues(t) => one(fc, *t, dead_tables_too),
                    AnyTable::WeakPairs(t) => one(fc, *t, dead_tables_too),
                    AnyTable::WeakElements(t) => one(fc, *t, dead_tables_too),
                    AnyTable::WeakRefs(t) => one(fc, *t, dead_tables_too),
                };
            }
            if dropped {
                let mut slots = chunk.borrow_mut(fc);
                for (i, t) in slots.iter_mut().enumerate() {
                    if t.as_ref().is_some_and(|t| t.is_dropped()) {
                        *t = None;
                        self.free.borrow_mut().push((c * CHUNK + i) as u32);
                    }
                }
            }
        }
        removed
    }
}

/// A small, deterministic hasher for the Rust-keyed conveniences of weak-value maps
/// (`insert`, `get`, ...): FxHash-style multiply-rotate.
#[derive(Default)]
pub(crate) struct FxHasher(u64);

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut buf = [0u8; 8];
            buf[..chunk.len()].copy_from_slice(chunk);
            self.write_u64(u64::from_le_bytes(buf));
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }
    fn write_u32(&mut self, n: u32) {
        self.write_u64(n.into());
    }
    fn write_u8(&mut self, n: u8) {
        self.write_u64(n.into());
    }
    fn finish(&self) -> u64 {
        mix(self.0)
    }
}

/// Hashes a Rust value with [`FxHasher`].
pub(crate) fn fx_hash<T: Hash + ?Sized>(v: &T) -> u64 {
    let mut h = FxHasher::default();
    v.hash(&mut h);
    h.finish()
}
