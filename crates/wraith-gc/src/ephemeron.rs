//! Ephemeron tables (weak keys; a value lives only while its key lives through something other
//! than the table) and the collector's convergence step.
//!
//! Invariant: when convergence returns, the arena is fully marked and, for every registered
//! ephemeron table that is alive, every entry whose key is alive has a fully marked value.
//! Nothing else is marked because of a table: a table neither traces its keys nor its values,
//! so a value that refers to its own key does not keep the pair alive, and a dead table keeps
//! nothing alive.
//!
//! # Convergence
//!
//! Round 1 scans every live table: values of entries with live keys are resurrected; entries
//! with dead keys are *pending*, indexed by the address of their key. Resurrecting a value
//! marks what it reaches only at the next `finish_marking`, which would cost one marking round
//! and one rescan per level of a chain (quadratic: key *i* → value → key *i+1*). So within the
//! round, the step walks the newly resurrected values itself: every object a value holds
//! directly (and, through the embedder's [`Embed::value_referents`]/[`Embed::object_referents`],
//! every object reachable through objects) is looked up among the pending keys, and a pending
//! key found that way is as good as live, so its value is resurrected in the same round. The
//! walk is skipped when no key is pending and bounded by a budget proportional to the pending
//! entries (beyond it, marking rounds find the rest). Only plain data crosses `finalize` calls:
//! the registry ids of tables found dead and the `(table id, bucket)` of entries still pending;
//! the next round rescans only those (buckets do not move, since nothing is inserted or removed
//! during convergence). Convergence ends with a round that resurrects nothing; its pending
//! entries are exactly the ephemeron entries the decision pass removes, so live tables are not
//! scanned again there.
//!
//! Cost per collection: one scan of every live ephemeron entry, plus, per chain level that the
//! walk cannot follow (values that reach the next key only through objects the embedder does
//! not describe), one marking round and one scan of the entries still pending.

use std::collections::{HashMap, HashSet};

use gc_arena::{Arena, Collect, Finalization, Gc, GcWeak};
use smallvec::SmallVec;

use crate::report::CollectReport;
use crate::root::{HeapRootable, Runtime};
use crate::table::{AnyTable, Mode, ObjectKeys, RawTable, Slot, StrongEdges, WeakTable, sealed};
use crate::{Embed, ObjectRef};

/// The mode of an [`EphemeronTable`]: keys are objects held weakly by identity (or by an
/// embedder hash), values are [`Embed::Value`]s held only while their key lives.
#[derive(Debug)]
pub struct Ephemeron;

impl sealed::Sealed for Ephemeron {}

impl<E: Embed> Mode<E> for Ephemeron {
    type Key<'gc> = ObjectRef<'gc, E>;
    type Value<'gc> = E::Value<'gc>;
    const STRONG_KEYS: bool = false;

    fn weak_key<'gc>(key: &Self::Key<'gc>) -> Option<ObjectRef<'gc, E>> {
        Some(*key)
    }
    fn weak_value<'gc>(_: &Self::Value<'gc>) -> Option<ObjectRef<'gc, E>> {
        None
    }
    fn erase<'gc>(table: GcWeak<'gc, RawTable<'gc, E, Self>>) -> AnyTable<'gc, E> {
        AnyTable::Ephemeron(table)
    }
}

impl<E: Embed> ObjectKeys<E> for Ephemeron {
    fn key<'gc>(obj: ObjectRef<'gc, E>) -> ObjectRef<'gc, E> {
        obj
    }
    fn object<'gc>(key: &Self::Key<'gc>) -> ObjectRef<'gc, E> {
        *key
    }
}

/// An ephemeron table: weak object keys, values kept alive only while their key is alive
/// through something other than a table (JavaScript's `WeakMap`, Lua's `__mode = "k"`, .NET's
/// `ConditionalWeakTable`). A value that refers to its own key does not keep the entry alive;
/// chains (a value that reaches another entry's key) and cycles across tables work. An entry
/// leaves during the collection that finds its key dead, counted in
/// [`CollectReport::entries_removed`].
///
/// ```
/// # use wraith_gc::doc_support::*;
/// use wraith_gc::EphemeronTable;
/// # let mut heap = heap();
/// heap.mutate(|cx, root| {
///     let t = EphemeronTable::new(&cx);
///     let key = Gc::new(&cx, Obj::new(1));
///     // The value refers to the key: under weak-key dictionaries that hold values strongly
///     // (CPython's WeakKeyDictionary) this pair would never die.
///     t.insert(cx, key, Value::Obj(key));
///     assert_eq!(t.len(), 1);
/// #   let _ = root;
/// });
/// let report = heap.collect();
/// assert!(report.objects_freed >= 1); // the key is freed although its value refers to it
/// ```
pub type EphemeronTable<'gc, E> = WeakTable<'gc, E, Ephemeron>;

/// What convergence did.
#[derive(Default)]
pub(crate) struct Converged {
    /// `finalize` rounds.
    pub(crate) rounds: usize,
    /// Values made live (with repeats when a value is shared).
    pub(crate) values: usize,
}

/// Plain data carried between rounds.
#[derive(Default)]
struct State {
    started: bool,
    /// Ids of ephemeron tables that were dead at the last round.
    tables: Vec<u32>,
    /// Entries of live tables whose key was dead at the last round.
    entries: Vec<(u32, usize)>,
}

/// Entries of live ephemeron tables whose key is dead once convergence is over, as
/// `(table id, bucket)`, sorted: exactly the ephemeron entries the decision pass removes (plain
/// data, valid until the mutator runs again).
pub(crate) type DeadKeys = Vec<(u32, usize)>;

/// Runs rounds until one resurrects nothing. The arena must not be sweeping; on return it is
/// fully marked.
pub(crate) fn converge<E: Embed>(
    arena: &mut Arena<HeapRootable<E>>,
    report: &mut CollectReport,
) -> DeadKeys {
    let mut st = State::default();
    let mut done = Converged::default();
    loop {
        let made = arena
            .finish_marking()
            .expect("the driver never converges while sweeping")
            .finalize(|fc, root| round(fc, &root.rt, &mut st));
        done.rounds += 1;
        done.values += made;
        if made == 0 {
            break;
        }
    }
    arena.finish_marking();
    report.rounds += done.rounds;
    report.ephemeron_values += done.values;
    let mut dead = st.entries;
    dead.sort_unstable();
    dead
}

type Pending = HashMap<usize, SmallVec<[(u32, usize); 1]>>;

fn addr<T: ?Sized>(p: *const T) -> usize {
    p as *const () as usize
}

/// Resurrects every dead object `v` holds directly; returns whether there was one.
fn resurrect_value<'gc, V: Collect<'gc>>(fc: &Finalization<'gc>, v: &V) -> bool {
    let mut any = false;
    v.trace(&mut StrongEdges(|p| {
        if Gc::is_dead(fc, p) {
            Gc::resurrect(fc, p);
            any = true;
        }
    }));
    any
}

/// One round; returns how many values it resurrected.
fn round<'gc, E: Embed>(fc: &Finalization<'gc>, rt: &Runtime<'gc, E>, st: &mut State) -> usize {
    let reg = &rt.tables;
    let mut made = 0;
    // Entries whose value this round resurrected, kept in case a walk is needed: plain data in
    // a buffer reused across collections.
    let mut live = reg.scratch.take();
    live.clear();
    // (table id, bucket, key address) of entries whose key is dead.
    let mut dead_keys: Vec<(u32, usize, usize)> = Vec::new();
    let mut dead_tables = Vec::new();

    let mut scan = |id: u32, b: usize, s: &Slot<ObjectRef<'gc, E>, E::Value<'gc>>| {
        if Gc::is_dead(fc, s.key) {
            dead_keys.push((id, b, addr(Gc::as_ptr(s.key))));
        } else if resurrect_value(fc, &s.value) {
            made += 1;
            live.push((id, b));
        }
    };
    let tables = if st.started {
        st.tables
            .iter()
            .filter_map(|&id| reg.ephemeron(id).map(|t| (id, t)))
            .collect()
    } else {
        reg.ephemerons()
    };
    for (id, w) in tables {
        if w.is_dead(fc) {
            dead_tables.push(id);
            continue;
        }
        let Some(t) = w.upgrade(fc) else { continue };
        let slots = t.slots.borrow();
        for b in slots.iter_buckets() {
            if let Some(s) = slots.get_bucket(b) {
                scan(id, b, s);
            }
        }
    }
    if st.started {
        for &(id, b) in &st.entries {
            if let Some(t) = reg.ephemeron(id).and_then(|w| w.upgrade(fc))
                && let Some(s) = t.slots.borrow().get_bucket(b)
            {
                scan(id, b, s);
            }
        }
    }
    st.started = true;
    st.tables = dead_tables;
    if made == 0 || dead_keys.is_empty() {
        // Nothing resurrected, or nothing a resurrected value could bring back this round.
        st.entries = dead_keys.into_iter().map(|(id, b, _)| (id, b)).collect();
        reg.scratch.replace(live);
        return made;
    }

    // Walk what the resurrected values reach, looking for pending keys.
    let mut pending: Pending = HashMap::with_capacity(dead_keys.len());
    for (id, b, a) in dead_keys {
        pending.entry(a).or_default().push((id, b));
    }
    let value_at = |id: u32, b: usize| -> Option<E::Value<'gc>> {
        let t = reg.ephemeron(id)?.upgrade(fc)?;
        let slots = t.slots.borrow();
        slots.get_bucket(b).map(|s| s.value.clone())
    };
    // Values to resurrect (and walk, while the walk goes on); the values resurrected by the
    // scan only need walking, and are fetched one by one while it goes on.
    let mut work: Vec<E::Value<'gc>> = Vec::new();
    let mut scanned = live.iter();
    // A pending key reached from a resurrected value will be marked: so will its values.
    let reach = |a: usize, pending: &mut Pending, work: &mut Vec<E::Value<'gc>>| {
        if let Some(entries) = pending.remove(&a) {
            work.extend(entries.into_iter().filter_map(|(id, b)| value_at(id, b)));
        }
    };

    // The typed walk costs at most a few steps per pending entry; past that, the next round's
    // marking finds the rest.
    let budget = 4 * pending.len() + 1024;
    let mut spent = 0usize;
    let mut walked: HashSet<usize> = HashSet::new();
    let mut objs: Vec<ObjectRef<'gc, E>> = Vec::new();
    let mut scratch: Vec<ObjectRef<'gc, E>> = Vec::new();
    loop {
        let walking = !pending.is_empty() && spent < budget;
        let v = match work.pop() {
            Some(v) => {
                if resurrect_value(fc, &v) {
                    made += 1;
                }
                v
            }
            None if walking => match scanned.next() {
                Some(&(id, b)) => match value_at(id, b) {
                    Some(v) => v,
                    None => continue,
                },
                None => break,
            },
            None => break,
        };
        if !walking {
            continue;
        }
        // The objects the value holds directly were resurrected above, so they are not
        // filtered by deadness; deeper ones are (a live object's children are all marked).
        v.trace(&mut StrongEdges(|p: Gc<'gc, ()>| {
            reach(addr(Gc::as_ptr(p)), &mut pending, &mut work);
        }));
        E::value_referents(&v, &mut scratch);
        for o in scratch.drain(..) {
            if walked.insert(addr(Gc::as_ptr(o))) {
                objs.push(o);
            }
        }
        while let Some(o) = objs.pop() {
            spent += 1;
            if spent > budget || pending.is_empty() {
                objs.clear();
                break;
            }
            reach(addr(Gc::as_ptr(o)), &mut pending, &mut work);
            E::object_referents(&o, &mut scratch);
            for c in scratch.drain(..) {
                if Gc::is_dead(fc, c) && walked.insert(addr(Gc::as_ptr(c))) {
                    objs.push(c);
                }
            }
            (*o).trace(&mut StrongEdges(|p: Gc<'gc, ()>| {
                reach(addr(Gc::as_ptr(p)), &mut pending, &mut work);
            }));
        }
    }
    reg.scratch.replace(live);
    st.entries = pending.into_values().flatten().collect();
    made
}
