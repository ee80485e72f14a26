//! Weak containers (ephemeron tables, weak-value maps, weak-pair maps, weak sets), with
//! collection cycles run by hand, and a property test against a reference model that computes
//! reachability with the textbook ephemeron fixpoint.

use std::cell::Cell;

use gc_arena::barrier::unlock;
use gc_arena::{Collect, Gc, Mutation, RefLock};
use proptest::prelude::*;
use wraith_gc::{
    Context, Cursor, Ephemeron, EphemeronTable, Event, Heap, HeapConfig, TableError, WeakPairMap,
    WeakRef, WeakRefMap, WeakRefOptions, WeakSet, WeakSlot, WeakValueMap,
};

/// The embedder of these tests: nodes with outgoing values; values can be tables.
struct C;

#[derive(Collect)]
#[collect(no_drop)]
struct Node<'gc> {
    id: u32,
    out: RefLock<Vec<Val<'gc>>>,
    weak: WeakSlot,
}

#[derive(Collect, Clone)]
#[collect(no_drop)]
enum Val<'gc> {
    Int(i64),
    Node(Gc<'gc, Node<'gc>>),
    Table(EphemeronTable<'gc, C>),
}

impl PartialEq for Val<'_> {
    fn eq(&self, o: &Self) -> bool {
        match (self, o) {
            (Val::Int(a), Val::Int(b)) => a == b,
            (Val::Node(a), Val::Node(b)) => Gc::ptr_eq(*a, *b),
            (Val::Table(a), Val::Table(b)) => a == b,
            _ => false,
        }
    }
}
impl Eq for Val<'_> {}
impl core::hash::Hash for Val<'_> {
    fn hash<H: core::hash::Hasher>(&self, h: &mut H) {
        match self {
            Val::Int(n) => n.hash(h),
            Val::Node(n) => Gc::as_ptr(*n).hash(h),
            Val::Table(_) => 0.hash(h),
        }
    }
}

#[derive(Collect)]
#[collect(no_drop)]
struct Root<'gc> {
    vals: List<'gc, Val<'gc>>,
    weak: List<'gc, Gc<'gc, WeakRef<'gc, C>>>,
    cursors: List<'gc, Cursor<'gc, C, Ephemeron>>,
    wvm: List<'gc, WeakValueMap<'gc, C>>,
    wrm: List<'gc, WeakRefMap<'gc, C>>,
    sets: List<'gc, WeakSet<'gc, C>>,
    pairs: List<'gc, WeakPairMap<'gc, C>>,
    /// A table made with the root, before any context exists.
    early: EphemeronTable<'gc, C>,
}

type List<'gc, T> = Gc<'gc, RefLock<Vec<T>>>;

type R<'gc> = Gc<'gc, Root<'gc>>;

thread_local! {
    /// Whether the convergence hints report edges (so both paths are tested).
    static HINTS: Cell<bool> = const { Cell::new(true) };
}

impl wraith_gc::Embed for C {
    type Object<'gc> = Node<'gc>;
    type Value<'gc> = Val<'gc>;
    type Root<'gc> = R<'gc>;
    fn weak_slot<'a, 'gc>(n: &'a Node<'gc>) -> &'a WeakSlot {
        &n.weak
    }
    fn value_referents<'gc>(v: &Val<'gc>, out: &mut Vec<Gc<'gc, Node<'gc>>>) {
        if let (Val::Node(n), true) = (v, HINTS.with(Cell::get)) {
            out.push(*n)
        }
    }
    fn object_referents<'gc>(n: &Node<'gc>, out: &mut Vec<Gc<'gc, Node<'gc>>>) {
        for v in n.out.borrow().iter() {
            Self::value_referents(v, out);
        }
    }
}

type Cx<'gc> = Context<'gc, C>;

fn heap_with(config: HeapConfig) -> Heap<C> {
    Heap::new(config, |mc: &Mutation<'_>| {
        Gc::new(
            mc,
            Root {
                vals: Gc::new(mc, RefLock::new(Vec::new())),
                weak: Gc::new(mc, RefLock::new(Vec::new())),
                cursors: Gc::new(mc, RefLock::new(Vec::new())),
                wvm: Gc::new(mc, RefLock::new(Vec::new())),
                wrm: Gc::new(mc, RefLock::new(Vec::new())),
                sets: Gc::new(mc, RefLock::new(Vec::new())),
                pairs: Gc::new(mc, RefLock::new(Vec::new())),
                early: EphemeronTable::new(mc),
            },
        )
    })
}

fn heap() -> Heap<C> {
    heap_with(HeapConfig::manual())
}

fn node<'gc>(cx: Cx<'gc>, id: u32) -> Gc<'gc, Node<'gc>> {
    Gc::new(
        &cx,
        Node {
            id,
            out: RefLock::new(Vec::new()),
            weak: WeakSlot::new(),
        },
    )
}

fn link<'gc>(cx: Cx<'gc>, from: Gc<'gc, Node<'gc>>, v: Val<'gc>) {
    unlock!(Gc::write(&cx, from), Node, out)
        .borrow_mut()
        .push(v);
}

fn keep<'gc>(cx: Cx<'gc>, root: &R<'gc>, v: Val<'gc>) {
    root.vals.borrow_mut(&cx).push(v);
}

/// Watches `n` through a weak reference kept in the root (it does not keep `n` alive).
fn watch<'gc>(cx: Cx<'gc>, root: &R<'gc>, n: Gc<'gc, Node<'gc>>) {
    let wr = cx.weak_ref(n, None);
    root.weak.borrow_mut(&cx).push(wr);
}

/// Which watched nodes are alive, by id.
fn alive(heap: &Heap<C>) -> Vec<u32> {
    heap.mutate(|cx, root| {
        let mut ids: Vec<u32> = root
            .weak
            .borrow()
            .iter()
            .filter_map(|w| w.get(&cx).map(|n| n.id))
            .collect();
        ids.sort();
        ids
    })
}

fn table<'gc>(root: &R<'gc>, i: usize) -> EphemeronTable<'gc, C> {
    match root.vals.borrow()[i] {
        Val::Table(t) => t,
        _ => panic!("not a table"),
    }
}

#[test]
fn value_referring_to_its_key_does_not_keep_the_entry() {
    let mut heap = heap();
    heap.mutate(|cx, root| {
        let t = EphemeronTable::new(&cx);
        keep(cx, root, Val::Table(t));
        let k = node(cx, 1);
        let v = node(cx, 2);
        link(cx, v, Val::Node(k)); // value → key
        t.insert(cx, k, Val::Node(v));
        watch(cx, root, k);
        watch(cx, root, v);
    });
    assert_eq!(alive(&heap), [1, 2]);
    let report = heap.collect();
    assert_eq!(report.entries_removed, 1);
    assert_eq!(alive(&heap), Vec::<u32>::new());
    heap.mutate(|_, root| {
        let t = table(root, 0);
        assert_eq!(t.len(), 0);
        assert_eq!(t.removed_by_collector(), 1);
    });
}

#[test]
fn a_table_made_with_the_root_is_purged_once_it_holds_entries() {
    let mut heap = heap();
    heap.collect(); // an empty, unregistered table is fine
    heap.mutate(|cx, root| {
        let k = node(cx, 1);
        let v = node(cx, 2);
        root.early.insert(cx, k, Val::Node(v)); // registers the table
        keep(cx, root, Val::Node(k));
        watch(cx, root, v);
        root.early.insert(cx, node(cx, 3), Val::Int(3)); // dies
    });
    let report = heap.collect();
    assert_eq!(report.entries_removed, 1);
    assert_eq!(alive(&heap), [2]);
    heap.mutate(|cx, root| root.vals.borrow_mut(&cx).clear());
    heap.collect();
    assert_eq!(alive(&heap), Vec::<u32>::new());
    heap.mutate(|_, root| assert!(root.early.is_empty()));
}

#[test]
fn ephemeron_values_live_only_through_live_keys() {
    let mut heap = heap();
    heap.mutate(|cx, root| {
        let t = EphemeronTable::new(&cx);
        keep(cx, root, Val::Table(t));
        let k = node(cx, 1);
        keep(cx, root, Val::Node(k));
        let v = node(cx, 2);
        link(cx, v, Val::Node(node(cx, 3))); // the value holds more
        t.insert(cx, k, Val::Node(v));
        watch(cx, root, v);
    });
    for _ in 0..3 {
        let report = heap.collect();
        assert_eq!(report.entries_removed, 0);
        assert_eq!(alive(&heap), [2]);
    }
    heap.mutate(|cx, root| {
        let t = table(root, 0);
        let Val::Node(k) = root.vals.borrow()[1].clone() else {
            panic!()
        };
        let Some(Val::Node(v)) = t.get(k) else {
            panic!()
        };
        assert_eq!(v.id, 2);
        assert_eq!(v.out.borrow().len(), 1); // the value's own children are intact
        root.vals.borrow_mut(&cx).truncate(1); // drop the key
    });
    let report = heap.collect();
    assert_eq!(report.entries_removed, 1);
    assert_eq!(alive(&heap), Vec::<u32>::new());
}

/// Builds a chain of `n` entries, key i → value node → key i+1, spread over `tables` tables,
/// with key 0 rooted. Returns nothing; the root holds the tables then the head key.
fn chain(heap: &Heap<C>, n: u32, tables: usize) {
    heap.mutate(|cx, root| {
        let ts: Vec<_> = (0..tables).map(|_| EphemeronTable::new(&cx)).collect();
        for t in &ts {
            keep(cx, root, Val::Table(*t));
        }
        let mut key = node(cx, 0);
        keep(cx, root, Val::Node(key));
        watch(cx, root, key);
        for i in 0..n {
            let next = node(cx, i + 1);
            let v = node(cx, 1_000_000 + i);
            link(cx, v, Val::Node(next));
            ts[i as usize % tables].insert(cx, key, Val::Node(v));
            if i + 1 == n {
                watch(cx, root, next);
            }
            key = next;
        }
    });
}

fn chain_kept_then_freed(hints: bool) {
    HINTS.with(|h| h.set(hints));
    let mut heap = heap();
    let n = 2_000;
    chain(&heap, n, 3);
    let report = heap.collect();
    assert_eq!(report.entries_removed, 0);
    assert_eq!(alive(&heap), [0, n]); // head and tail key both alive
    heap.mutate(|cx, root| {
        let len: usize = (0..3).map(|i| table(root, i).len()).sum();
        assert_eq!(len, n as usize);
        root.vals.borrow_mut(&cx).truncate(3); // unroot the head
    });
    let report = heap.collect();
    assert_eq!(report.entries_removed, n as usize);
    assert_eq!(alive(&heap), Vec::<u32>::new());
    HINTS.with(|h| h.set(true));
}

#[test]
fn chain_kept_while_head_rooted_and_freed_when_not() {
    chain_kept_then_freed(true);
}

#[test]
fn chain_without_hints_converges_by_marking_rounds() {
    chain_kept_then_freed(false);
}

#[test]
fn cycle_across_tables_is_freed_and_kept_by_one_root() {
    let mut heap = heap();
    heap.mutate(|cx, root| {
        let (t1, t2) = (EphemeronTable::new(&cx), EphemeronTable::new(&cx));
        keep(cx, root, Val::Table(t1));
        keep(cx, root, Val::Table(t2));
        let (a, b) = (node(cx, 1), node(cx, 2));
        t1.insert(cx, a, Val::Node(b));
        t2.insert(cx, b, Val::Node(a));
        watch(cx, root, a);
        watch(cx, root, b);
        // A second, identical cycle whose `a` is rooted.
        let (c, d) = (node(cx, 3), node(cx, 4));
        t1.insert(cx, c, Val::Node(d));
        t2.insert(cx, d, Val::Node(c));
        keep(cx, root, Val::Node(c));
        watch(cx, root, c);
        watch(cx, root, d);
    });
    let report = heap.collect();
    assert_eq!(report.entries_removed, 2);
    assert_eq!(alive(&heap), [3, 4]);
}

#[test]
fn a_dead_table_keeps_nothing_alive() {
    let mut heap = heap();
    heap.mutate(|cx, root| {
        let t = EphemeronTable::new(&cx);
        let k = node(cx, 1);
        keep(cx, root, Val::Node(k));
        let v = node(cx, 2);
        t.insert(cx, k, Val::Node(v));
        watch(cx, root, v);
        // The table is only reachable from a value in another (dead) table's entry.
        let outer = EphemeronTable::new(&cx);
        outer.insert(cx, k, Val::Table(t));
    });
    // `outer` is dead, so its entry's value (table `t`) is dead, so `v` is dead.
    heap.collect();
    assert_eq!(alive(&heap), Vec::<u32>::new());
}

#[test]
fn a_table_reached_through_a_live_entry_keeps_its_entries() {
    let mut heap = heap();
    heap.mutate(|cx, root| {
        let outer = EphemeronTable::new(&cx);
        keep(cx, root, Val::Table(outer));
        let k = node(cx, 1);
        keep(cx, root, Val::Node(k));
        let inner = EphemeronTable::new(&cx);
        outer.insert(cx, k, Val::Table(inner));
        let v = node(cx, 2);
        inner.insert(cx, k, Val::Node(v));
        watch(cx, root, v);
    });
    heap.collect();
    heap.collect();
    assert_eq!(alive(&heap), [2]);
}

#[test]
fn many_tables_come_and_go() {
    let mut heap = heap();
    heap.mutate(|cx, root| {
        let k = node(cx, 0);
        keep(cx, root, Val::Node(k));
    });
    for round in 0..20u32 {
        heap.mutate(|cx, root| {
            let Val::Node(k) = root.vals.borrow()[0].clone() else {
                panic!()
            };
            // 100 short-lived tables (registry slots to free and reuse) and one kept.
            for i in 0..100 {
                let t = EphemeronTable::new(&cx);
                t.insert(cx, k, Val::Node(node(cx, i)));
                t.insert(cx, node(cx, i), Val::Int(0));
            }
            let kept = EphemeronTable::new(&cx);
            kept.insert(cx, k, Val::Int(round.into()));
            kept.insert(cx, node(cx, 1), Val::Int(0)); // dies
            keep(cx, root, Val::Table(kept));
        });
        let report = heap.collect();
        assert_eq!(report.entries_removed, 1, "round {round}");
    }
    heap.collect();
    heap.mutate(|_, root| {
        let tables: Vec<_> = root
            .vals
            .borrow()
            .iter()
            .filter_map(|v| match v {
                Val::Table(t) => Some(*t),
                _ => None,
            })
            .collect();
        assert_eq!(tables.len(), 20);
        for (i, t) in tables.iter().enumerate() {
            assert_eq!(t.len(), 1);
            assert!(matches!(t.values()[0], Val::Int(n) if n == i as i64));
        }
    });
}

#[test]
fn entries_whose_key_dies_while_a_cursor_is_live_are_never_yielded() {
    let mut heap = heap();
    heap.mutate(|cx, root| {
        let t = EphemeronTable::new(&cx);
        keep(cx, root, Val::Table(t));
        for i in 0..10 {
            let k = node(cx, i);
            t.insert(cx, k, Val::Int(i.into()));
            keep(cx, root, Val::Node(k));
        }
        let c = t.cursor();
        let first = c.next().unwrap().unwrap();
        assert!(matches!(first.1, Val::Int(_)));
        root.cursors.borrow_mut(&cx).push(c);
        // Unroot every key but the first one yielded and key 0..: keep keys with even ids.
        let keep_ids: Vec<Val<'_>> = root
            .vals
            .borrow()
            .iter()
            .filter(|v| match v {
                Val::Node(n) => n.id % 2 == 0 || Gc::ptr_eq(*n, first.0),
                _ => true,
            })
            .cloned()
            .collect();
        *root.vals.borrow_mut(&cx) = keep_ids;
    });
    let report = heap.collect();
    assert!(report.entries_removed >= 4);
    heap.mutate(|_, root| {
        let c = &root.cursors.borrow()[0];
        let mut seen = 0;
        while let Some((k, v)) = c.next().expect("collector removals are not mutations") {
            assert!(k.id % 2 == 0, "a dead entry was yielded");
            assert!(matches!(v, Val::Int(n) if n == i64::from(k.id)));
            seen += 1;
        }
        assert!(c.is_done());
        assert!(seen <= 5);
        assert_eq!(table(root, 0).len(), 10 - report.entries_removed);
    });
}

#[test]
fn mutation_during_iteration_is_detected() {
    let heap = heap();
    heap.mutate(|cx, root| {
        let t = EphemeronTable::new(&cx);
        let nodes: Vec<_> = (0..4).map(|i| node(cx, i)).collect();
        for n in &nodes {
            keep(cx, root, Val::Node(*n));
            t.insert(cx, *n, Val::Int(0));
        }
        // Replacing values is not a mutation of the key set.
        let mut it = t.iter();
        let (k, _) = it.next().unwrap().unwrap();
        t.insert(cx, k, Val::Int(5));
        assert!(it.next().unwrap().is_ok());
        // Removing a key is.
        t.remove(nodes[3]);
        assert!(matches!(
            it.next(),
            Some(Err(TableError::MutatedDuringIteration))
        ));
        assert!(it.next().is_none());
        // Inserting one is too, for a stored cursor as well.
        let c = t.cursor();
        c.next().unwrap();
        t.insert(cx, node(cx, 9), Val::Int(9));
        assert!(matches!(c.next(), Err(TableError::MutatedDuringIteration)));
        assert!(matches!(c.next(), Ok(None)));
        // retain reports a callback that mutates.
        let err = t.retain(|_, _| {
            t.clear();
            true
        });
        assert_eq!(err, Err(TableError::MutatedDuringIteration));
    });
}

#[test]
fn map_api() {
    let heap = heap();
    heap.mutate(|cx, root| {
        let t = EphemeronTable::new(&cx);
        let ns: Vec<_> = (0..100).map(|i| node(cx, i)).collect();
        for n in &ns {
            keep(cx, root, Val::Node(*n));
            assert!(t.insert(cx, *n, Val::Int(n.id.into())).is_none());
        }
        assert_eq!(t.len(), 100);
        assert!(matches!(
            t.insert(cx, ns[0], Val::Int(-1)),
            Some(Val::Int(0))
        ));
        assert!(matches!(t.get(ns[0]), Some(Val::Int(-1))));
        assert!(t.contains_key(ns[5]));
        assert!(matches!(t.remove(ns[5]), Some(Val::Int(5))));
        assert!(!t.contains_key(ns[5]));
        assert!(t.remove(ns[5]).is_none());
        assert!(matches!(
            t.get_or_insert_with(cx, ns[5], || Val::Int(55)),
            Val::Int(55)
        ));
        assert!(matches!(
            t.get_or_insert_with(cx, ns[5], || Val::Int(66)),
            Val::Int(55)
        ));
        t.retain(|k, _| k.id % 2 == 0).unwrap();
        assert_eq!(t.len(), 50);
        assert_eq!(t.keys().len(), 50);
        assert_eq!(t.values().len(), 50);
        assert!(t.entries().iter().all(|(k, _)| k.id % 2 == 0));
        assert_eq!(t.iter().filter(|e| e.is_ok()).count(), 50);
        t.clear();
        assert!(t.is_empty());

        // Embedder hashing: keys equal by id (like __eq__), hashed by id % 3 (collisions).
        let h = |n: Gc<'_, Node<'_>>| u64::from(n.id % 3);
        let a = ns[1];
        let a2 = ns[4]; // another object with the same hash
        t.insert_hashed(cx, h(a), a, Val::Int(1), |k| Ok::<_, ()>(k.id == a.id))
            .unwrap();
        t.insert_hashed(cx, h(a2), a2, Val::Int(4), |k| Ok::<_, ()>(k.id == a2.id))
            .unwrap();
        assert_eq!(t.len(), 2);
        let found = t.find_hashed(h(a2), |k| Ok::<_, ()>(k.id == 4)).unwrap();
        assert!(matches!(found, Some((k, Val::Int(4))) if Gc::ptr_eq(k, a2)));
        // A failing __eq__ is returned.
        assert!(matches!(t.find_hashed(h(a), |_| Err("boom")), Err("boom")));
        // An __eq__ that mutates the table: the lookup starts again.
        let mut calls = 0;
        let r = t
            .find_hashed(h(a), |k| {
                calls += 1;
                if calls == 1 {
                    t.insert(cx, ns[7], Val::Int(7));
                }
                Ok::<_, ()>(k.id == 1)
            })
            .unwrap();
        assert!(r.is_some());
        assert!(calls >= 2);
        assert!(
            t.remove_hashed(h(a), |k| Ok::<_, ()>(k.id == 1))
                .unwrap()
                .is_some()
        );
    });
}

#[test]
fn weak_value_map_drops_entries_whose_value_died() {
    let mut heap = heap();
    heap.mutate(|cx, root| {
        let m = WeakValueMap::new(&cx);
        root.wvm.borrow_mut(&cx).push(m);
        let key_node = node(cx, 100); // a strong key: the map keeps it alive
        watch(cx, root, key_node);
        let v1 = node(cx, 1);
        let v2 = node(cx, 2);
        keep(cx, root, Val::Node(v2));
        m.insert(cx, Val::Node(key_node), v1);
        m.insert(cx, Val::Int(2), v2);
        assert_eq!(m.len(), 2);
        assert!(m.get(&Val::Int(2)).is_some_and(|o| Gc::ptr_eq(o, v2)));
    });
    let report = heap.collect();
    assert_eq!(report.entries_removed, 1);
    // The strong key was marked through the entry before the entry left; it dies next time.
    assert_eq!(alive(&heap), [100]);
    heap.collect();
    assert_eq!(alive(&heap), Vec::<u32>::new());
    heap.mutate(|cx, root| {
        let m = root.wvm.borrow()[0];
        assert_eq!(m.len(), 1);
        assert!(m.contains_key(&Val::Int(2)));
        let v = m.get_or_insert_with(cx, Val::Int(3), || node(cx, 3));
        assert_eq!(v.id, 3);
        assert!(m.remove(&Val::Int(2)).is_some());
    });
    let report = heap.collect();
    assert_eq!(report.entries_removed, 1);
}

/// A weak reference to `to` whose payload is `payload` and whose callback is `Int(id)`.
fn payload_ref<'gc>(
    cx: Cx<'gc>,
    to: Gc<'gc, Node<'gc>>,
    payload: Gc<'gc, Node<'gc>>,
    id: i64,
) -> Gc<'gc, WeakRef<'gc, C>> {
    cx.new_weak_ref(
        to,
        WeakRefOptions {
            callback: Some(Val::Int(id)),
            payload: Some(Val::Node(payload)),
            ..WeakRefOptions::default()
        },
    )
}

fn by_int(n: i64) -> impl Fn(&Val<'_>) -> Result<bool, ()> {
    move |k| Ok(matches!(k, Val::Int(i) if *i == n))
}

#[test]
fn weak_ref_map_keeps_its_references_and_drops_entries_whose_referent_died() {
    let mut heap = heap();
    heap.mutate(|cx, root| {
        let m = WeakRefMap::new(&cx);
        root.wrm.borrow_mut(&cx).push(m);
        let (dies, lives) = (node(cx, 1), node(cx, 2));
        keep(cx, root, Val::Node(lives));
        // The payloads are held only through the map's weak references.
        let (p1, p2) = (node(cx, 10), node(cx, 20));
        watch(cx, root, p1);
        watch(cx, root, p2);
        m.insert_hashed(cx, 1, Val::Int(1), payload_ref(cx, dies, p1, 1), by_int(1))
            .unwrap();
        m.insert_hashed(cx, 2, Val::Int(2), payload_ref(cx, lives, p2, 2), by_int(2))
            .unwrap();
        assert_eq!(m.len(), 2);
    });
    let report = heap.collect();
    assert_eq!(report.entries_removed, 1);
    assert_eq!(report.callbacks_queued, 1);
    let events = heap.mutate(|cx, root| {
        let m = root.wrm.borrow()[0];
        assert!(m.find_hashed(1, by_int(1)).unwrap().is_none());
        let (_, r) = m.find_hashed(2, by_int(2)).unwrap().unwrap();
        assert!(r.get(&cx).is_some_and(|n| n.id == 2));
        m.len()
    });
    assert_eq!(events, 1);
    let mut callbacks = Vec::new();
    heap.drain(|_, _, ev| {
        if let Event::Callback(wr) = ev {
            callbacks.push(wr.callback().cloned().map(|v| matches!(v, Val::Int(1))));
        }
        Ok(())
    });
    assert_eq!(callbacks, [Some(true)]);
    // The removed entry's payload was marked through it before it left; it dies next time,
    // while the live entry keeps its reference and payload across collections.
    assert_eq!(alive(&heap), [10, 20]);
    heap.collect();
    assert_eq!(alive(&heap), [20]);
}

#[test]
fn weak_ref_map_keeps_insertion_order_when_values_are_replaced() {
    let heap = heap();
    heap.mutate(|cx, root| {
        let m = WeakRefMap::new(&cx);
        let target = node(cx, 0);
        keep(cx, root, Val::Node(target));
        for k in [5, 3, 9] {
            let r = payload_ref(cx, target, node(cx, 100), k);
            m.insert_hashed(cx, k as u64, Val::Int(k), r, by_int(k))
                .unwrap();
        }
        let newer = payload_ref(cx, target, node(cx, 101), 3);
        let old = m
            .insert_hashed(cx, 3, Val::Int(3), newer, by_int(3))
            .unwrap();
        assert!(old.is_some_and(|o| !Gc::ptr_eq(o, newer)));
        let order: Vec<(i64, bool)> = m
            .entries_in_order()
            .into_iter()
            .map(|(k, r)| (int_of(&k), Gc::ptr_eq(r, newer)))
            .collect();
        assert_eq!(order, [(5, false), (3, true), (9, false)]);
        m.remove_hashed(5, by_int(5)).unwrap();
        m.insert_hashed(cx, 5, Val::Int(5), newer, by_int(5))
            .unwrap();
        let keys: Vec<i64> = m
            .entries_in_order()
            .iter()
            .map(|(k, _)| int_of(k))
            .collect();
        assert_eq!(keys, [3, 9, 5]);
        // Sparse numbers (most entries removed): the order comes from sorting instead.
        for k in 100..200 {
            let r = payload_ref(cx, target, node(cx, 102), k);
            m.insert_hashed(cx, k as u64, Val::Int(k), r, by_int(k))
                .unwrap();
        }
        for k in (100..200).filter(|k| k % 10 != 7) {
            m.remove_hashed(k as u64, by_int(k)).unwrap();
        }
        let keys: Vec<i64> = m
            .entries_in_order()
            .iter()
            .map(|(k, _)| int_of(k))
            .collect();
        let values = m.values_in_order();
        let entries = m.entries_in_order();
        assert_eq!(values.len(), entries.len());
        assert!(
            entries
                .iter()
                .zip(&values)
                .all(|((_, a), b)| Gc::ptr_eq(*a, *b))
        );
        let sparse = (100..200).filter(|k| k % 10 == 7);
        let expected: Vec<i64> = [3, 9, 5].into_iter().chain(sparse).collect();
        assert_eq!(keys, expected);
    });
}

fn int_of(v: &Val<'_>) -> i64 {
    match v {
        Val::Int(i) => *i,
        _ => panic!("not an int"),
    }
}

#[test]
fn weak_ref_map_references_survive_incremental_insert() {
    let mut heap = heap_with(HeapConfig::incremental());
    heap.mutate(|cx, root| {
        let m = WeakRefMap::new(&cx);
        root.wrm.borrow_mut(&cx).push(m);
        for i in 0..1000 {
            keep(cx, root, Val::Node(node(cx, 1_000_000 + i)));
        }
    });
    // Weak references (and their payloads) reachable only through the map, stored while the
    // map may already be black: a missing barrier would let them be freed.
    for round in 0..100u32 {
        heap.mutate(|cx, root| {
            let m = root.wrm.borrow()[0];
            for j in 0..20 {
                let id = round * 20 + j;
                let Val::Node(target) = root.vals.borrow()[id as usize % 1000].clone() else {
                    panic!()
                };
                let payload = node(cx, id);
                for _ in 0..3 {
                    link(cx, payload, Val::Node(node(cx, id))); // garbage-ish children
                }
                let r = payload_ref(cx, target, payload, id.into());
                let k = i64::from(id);
                m.insert_hashed(cx, id.into(), Val::Int(k), r, by_int(k))
                    .unwrap();
                watch(cx, root, payload);
            }
        });
        heap.step();
    }
    heap.collect();
    heap.collect();
    assert_eq!(alive(&heap), (0..2000).collect::<Vec<_>>());
    heap.mutate(|cx, root| {
        let m = root.wrm.borrow()[0];
        assert_eq!(m.len(), 2000);
        for (k, r) in m.entries_in_order() {
            assert!(r.get(&cx).is_some());
            let Some(Val::Node(p)) = r.payload() else {
                panic!()
            };
            assert_eq!(i64::from(p.id), int_of(&k));
            assert_eq!(p.out.borrow().len(), 3);
        }
    });
}

#[test]
fn weak_value_map_keys_survive_incremental_insert() {
    let mut heap = heap_with(HeapConfig::incremental());
    heap.mutate(|cx, root| {
        let m = WeakValueMap::new(&cx);
        root.wvm.borrow_mut(&cx).push(m);
        for i in 0..2000 {
            keep(cx, root, Val::Node(node(cx, 1_000_000 + i)));
        }
    });
    // Interleave inserts of keys reachable only through the map with incremental steps, so
    // that some land in a map that is already black.
    for round in 0..200u32 {
        heap.mutate(|cx, root| {
            let m = root.wvm.borrow()[0];
            for j in 0..20 {
                let id = round * 20 + j;
                let Val::Node(v) = root.vals.borrow()[id as usize % 2000].clone() else {
                    panic!()
                };
                let key = node(cx, id);
                for _ in 0..3 {
                    link(cx, key, Val::Node(node(cx, id))); // garbage-ish children
                }
                m.insert(cx, Val::Node(key), v);
                // A key the map failed to trace would die: its weak reference would be cleared.
                watch(cx, root, key);
            }
        });
        heap.step();
    }
    heap.collect();
    heap.collect();
    assert_eq!(alive(&heap), (0..4000).collect::<Vec<_>>());
    heap.mutate(|_, root| {
        let m = root.wvm.borrow()[0];
        assert_eq!(m.len(), 4000);
        let mut ids: Vec<u32> = m
            .keys()
            .iter()
            .map(|k| match k {
                Val::Node(n) => {
                    assert_eq!(n.out.borrow().len(), 3);
                    n.id
                }
                _ => panic!(),
            })
            .collect();
        ids.sort();
        assert_eq!(ids, (0..4000).collect::<Vec<_>>());
    });
}

#[test]
fn weak_set_and_weak_pair_map() {
    let mut heap = heap();
    heap.mutate(|cx, root| {
        let s = WeakSet::new(&cx);
        let p = WeakPairMap::new(&cx);
        root.sets.borrow_mut(&cx).push(s);
        root.pairs.borrow_mut(&cx).push(p);
        let ns: Vec<_> = (0..6).map(|i| node(cx, i)).collect();
        for n in &ns {
            assert!(s.add(cx, *n));
        }
        assert!(!s.add(cx, ns[0]));
        // Keep 0, 1, 2 alive.
        for n in &ns[..3] {
            keep(cx, root, Val::Node(*n));
        }
        p.insert(cx, ns[0], ns[1]); // both live: stays
        p.insert(cx, ns[2], ns[3]); // value dies
        p.insert(cx, ns[4], ns[1]); // key dies
        assert_eq!(s.members().len(), 6);
    });
    let report = heap.collect();
    assert_eq!(report.entries_removed, 3 + 2);
    heap.mutate(|_, root| {
        let s = root.sets.borrow()[0];
        let mut ids: Vec<u32> = s.iter_members().map(|m| m.unwrap().id).collect();
        ids.sort();
        assert_eq!(ids, [0, 1, 2]);
        let p = root.pairs.borrow()[0];
        assert_eq!(p.len(), 1);
        let (k, v) = p.entries()[0];
        assert_eq!((k.id, v.id), (0, 1));
        assert!(s.discard(k));
        assert!(!s.contains(k));
    });
}

#[test]
fn a_table_resurrected_by_a_finalizer_keeps_its_live_entries() {
    let mut heap = heap();
    heap.mutate(|cx, root| {
        let holder = node(cx, 1);
        cx.track_del(holder).unwrap();
        let t = EphemeronTable::new(&cx);
        link(cx, holder, Val::Table(t));
        let k = node(cx, 2);
        keep(cx, root, Val::Node(k)); // live key
        let v = node(cx, 3);
        t.insert(cx, k, Val::Node(v));
        watch(cx, root, v);
        let dead_key = node(cx, 4);
        t.insert(cx, dead_key, Val::Int(4));
    });
    let report = heap.collect();
    assert_eq!(report.resurrected, 1);
    // The holder's `__del__` stores it in the root: the table lives on.
    heap.drain(|cx, root, ev| {
        if let Event::Del(o) = ev {
            keep(cx, root, Val::Node(o));
        }
        Ok(())
    });
    heap.collect();
    heap.collect();
    // The value was garbage when the decision pass ran, so weak references to it were cleared
    // (as CPython clears weak references to all cyclic garbage, resurrected or not); the
    // resurrected table still holds it, fully marked.
    assert_eq!(alive(&heap), Vec::<u32>::new());
    heap.mutate(|_, root| {
        let Val::Node(holder) = root.vals.borrow()[1].clone() else {
            panic!()
        };
        let Val::Table(t) = holder.out.borrow()[0].clone() else {
            panic!()
        };
        assert_eq!(t.len(), 1);
        let (k, v) = t.entries().remove(0);
        assert_eq!(k.id, 2);
        assert!(matches!(v, Val::Node(n) if n.id == 3 && n.out.borrow().is_empty()));
    });
}

#[test]
fn incremental_collections_keep_live_entries() {
    let mut heap = heap_with(HeapConfig::incremental());
    chain(&heap, 500, 2);
    for i in 0..300u32 {
        heap.mutate(|cx, root| {
            // Churn: garbage, and entries added to a live table mid-cycle.
            let t = table(root, 0);
            let k = node(cx, 10_000 + i);
            for _ in 0..10 {
                link(cx, k, Val::Node(node(cx, 0)));
            }
            t.insert(cx, k, Val::Int(i.into()));
            if i % 2 == 0 {
                keep(cx, root, Val::Node(k));
            }
        });
        heap.step();
    }
    heap.collect();
    assert_eq!(alive(&heap), [0, 500]);
    heap.mutate(|_, root| {
        let t = table(root, 0);
        // 250 chain entries, 150 rooted churn keys.
        assert_eq!(t.len(), 250 + 150);
        for (k, v) in t.entries() {
            if k.id >= 10_000 {
                assert!(matches!(v, Val::Int(n) if n == i64::from(k.id - 10_000)));
            } else {
                assert!(matches!(v, Val::Node(n) if n.out.borrow().len() == 1));
            }
        }
    });
}

// ---- property test against a reference model ----

/// A model heap: nodes with edges to nodes and tables; tables with (key node, value) entries.
#[derive(Debug, Clone)]
enum MVal {
    Int,
    Node(usize),
    Table(usize),
}

#[derive(Debug, Clone)]
struct Model {
    nodes: usize,
    tables: usize,
    edges: Vec<(usize, MVal)>,
    entries: Vec<(usize, usize, MVal)>, // (table, key node, value)
    roots: Vec<MVal>,
    /// Nodes added to a rooted weak set, and stored as values of a rooted weak-value map.
    members: Vec<usize>,
}

fn mval(nodes: usize, tables: usize) -> impl Strategy<Value = MVal> {
    prop_oneof![
        1 => Just(MVal::Int),
        6 => (0..nodes).prop_map(MVal::Node),
        2 => (0..tables).prop_map(MVal::Table),
    ]
}

fn model() -> impl Strategy<Value = Model> {
    (2usize..24, 1usize..4).prop_flat_map(|(nodes, tables)| {
        (
            prop::collection::vec((0..nodes, mval(nodes, tables)), 0..nodes * 2),
            prop::collection::vec((0..tables, 0..nodes, mval(nodes, tables)), 0..nodes * 2),
            prop::collection::vec(mval(nodes, tables), 0..4),
            prop::collection::vec(0..nodes, 0..nodes),
        )
            .prop_map(move |(edges, entries, roots, members)| Model {
                nodes,
                tables,
                edges,
                entries,
                roots,
                members,
            })
    })
}

impl Model {
    /// The textbook ephemeron fixpoint: mark from the roots through strong edges; then, while
    /// some live table has an entry with a live key and an unmarked value, mark the value.
    fn live_nodes(&self) -> Vec<bool> {
        // A table holds one value per key: the last one inserted.
        let mut entries: Vec<(usize, usize, MVal)> = Vec::new();
        for (t, k, v) in &self.entries {
            entries.retain(|(t2, k2, _)| (t2, k2) != (t, k));
            entries.push((*t, *k, v.clone()));
        }
        let mut node = vec![false; self.nodes];
        let mut table = vec![false; self.tables];
        let mut stack: Vec<MVal> = self.roots.clone();
        loop {
            while let Some(v) = stack.pop() {
                match v {
                    MVal::Int => {}
                    MVal::Node(n) if !node[n] => {
                        node[n] = true;
                        stack.extend(
                            self.edges
                                .iter()
                                .filter(|(f, _)| *f == n)
                                .map(|(_, v)| v.clone()),
                        );
                    }
                    MVal::Table(t) => table[t] = true,
                    _ => {}
                }
            }
            for (t, k, v) in &entries {
                let unmarked = match v {
                    MVal::Int => false,
                    MVal::Node(n) => !node[*n],
                    MVal::Table(t) => !table[*t],
                };
                if table[*t] && node[*k] && unmarked {
                    stack.push(v.clone());
                }
            }
            if stack.is_empty() {
                return node;
            }
        }
    }

    /// Entries a live table still holds after a collection: (table, key) of live tables with
    /// live keys, deduplicated on (table, key) with the last value winning.
    fn run(&self, hints: bool) {
        HINTS.with(|h| h.set(hints));
        let mut heap = heap();
        heap.mutate(|cx, root| {
            let nodes: Vec<_> = (0..self.nodes).map(|i| node(cx, i as u32)).collect();
            let tables: Vec<_> = (0..self.tables).map(|_| EphemeronTable::new(&cx)).collect();
            let val = |v: &MVal| match v {
                MVal::Int => Val::Int(7),
                MVal::Node(n) => Val::Node(nodes[*n]),
                MVal::Table(t) => Val::Table(tables[*t]),
            };
            for (f, v) in &self.edges {
                link(cx, nodes[*f], val(v));
            }
            for (t, k, v) in &self.entries {
                tables[*t].insert(cx, nodes[*k], val(v));
            }
            for v in &self.roots {
                keep(cx, root, val(v));
            }
            for n in &nodes {
                watch(cx, root, *n);
            }
            let set = WeakSet::new(&cx);
            let map = WeakValueMap::new(&cx);
            for (i, m) in self.members.iter().enumerate() {
                set.add(cx, nodes[*m]);
                map.insert(cx, Val::Int(i as i64), nodes[*m]);
            }
            root.sets.borrow_mut(&cx).push(set);
            root.wvm.borrow_mut(&cx).push(map);
        });
        heap.collect();
        let expect: Vec<u32> = self
            .live_nodes()
            .iter()
            .enumerate()
            .filter(|(_, l)| **l)
            .map(|(i, _)| i as u32)
            .collect();
        assert_eq!(alive(&heap), expect, "model: {self:?}");
        // A second collection changes nothing; every entry of a rooted table has a live key.
        heap.collect();
        assert_eq!(alive(&heap), expect);
        heap.mutate(|_, root| {
            // The weak set and the weak-value map hold exactly the live members.
            let mut members: Vec<u32> = root.sets.borrow()[0]
                .members()
                .iter()
                .map(|n| n.id)
                .collect();
            members.sort();
            let mut want: Vec<u32> = self
                .members
                .iter()
                .map(|&m| m as u32)
                .filter(|m| expect.contains(m))
                .collect();
            want.sort();
            want.dedup();
            assert_eq!(members, want);
            let map = root.wvm.borrow()[0];
            for (i, m) in self.members.iter().enumerate() {
                let live = expect.contains(&(*m as u32));
                assert_eq!(map.get(&Val::Int(i as i64)).is_some(), live);
            }
            for v in root.vals.borrow().iter() {
                if let Val::Table(t) = v {
                    for (k, _) in t.entries() {
                        assert!(expect.contains(&k.id));
                    }
                }
            }
        });
        HINTS.with(|h| h.set(true));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn ephemerons_match_the_textbook_fixpoint(m in model()) {
        m.run(true);
        m.run(false);
    }
}
