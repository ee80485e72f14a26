//! Timing of ephemeron convergence on the shapes that hurt other collectors.
//!
//! Run with `cargo run --release -p wraith-gc --example ephemeron_timing`
//! (add `-- quick` for smaller sizes). Prints:
//!
//! 1. a chain 100,000 entries deep (key i → value object → key i+1): one collection with the
//!    head rooted (everything kept) and one after unrooting it (everything freed);
//! 2. the same chain where each value *is* the next key, without any embedder hint, and short
//!    chains of the first shape without the hint (one marking round per level);
//! 3. the marking cost that a 1,000,000-entry ephemeron table adds, against the cost of holding
//!    the same values strongly in an ordinary traced hash table.
//!
//! The program asserts what it measures, so it doubles as a test of those shapes.

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use gc_arena::barrier::unlock;
use gc_arena::{Collect, Gc, Mutation, RefLock};
use hashbrown::HashTable;
use wraith_gc::{CollectReport, Context, EphemeronTable, Heap, HeapConfig, WeakSlot};

struct Lang;

/// Whether `Lang` reports its objects' referents (the convergence hint).
static HINTS: AtomicBool = AtomicBool::new(true);

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
    Node(Gc<'gc, Node<'gc>>),
}

type Strong<'gc> = Gc<'gc, RefLock<HashTable<(Gc<'gc, Node<'gc>>, Val<'gc>)>>>;

#[derive(Collect)]
#[collect(no_drop)]
struct Root<'gc> {
    keys: Gc<'gc, RefLock<Vec<Val<'gc>>>>,
    eph: Gc<'gc, RefLock<Vec<EphemeronTable<'gc, Lang>>>>,
    strong: Gc<'gc, RefLock<Vec<Strong<'gc>>>>,
}

impl wraith_gc::Embed for Lang {
    type Object<'gc> = Node<'gc>;
    type Value<'gc> = Val<'gc>;
    type Root<'gc> = Root<'gc>;
    fn weak_slot<'a, 'gc>(n: &'a Node<'gc>) -> &'a WeakSlot {
        &n.weak
    }
    // What an interpreter provides anyway for `gc.get_referents`: it also lets ephemeron
    // convergence follow chains without a marking round per level.
    fn object_referents<'gc>(n: &Node<'gc>, out: &mut Vec<Gc<'gc, Node<'gc>>>) {
        if !HINTS.load(Ordering::Relaxed) {
            return;
        }
        for v in n.out.borrow().iter() {
            Self::value_referents(v, out);
        }
    }
    fn value_referents<'gc>(v: &Val<'gc>, out: &mut Vec<Gc<'gc, Node<'gc>>>) {
        if !HINTS.load(Ordering::Relaxed) {
            return;
        }
        let Val::Node(n) = v;
        out.push(*n);
    }
}

fn heap() -> Heap<Lang> {
    Heap::new(HeapConfig::manual(), |mc: &Mutation<'_>| Root {
        keys: Gc::new(mc, RefLock::new(Vec::new())),
        eph: Gc::new(mc, RefLock::new(Vec::new())),
        strong: Gc::new(mc, RefLock::new(Vec::new())),
    })
}

fn node<'gc>(cx: Context<'gc, Lang>, id: u32) -> Gc<'gc, Node<'gc>> {
    Gc::new(
        &cx,
        Node {
            id,
            out: RefLock::new(Vec::new()),
            weak: WeakSlot::new(),
        },
    )
}

fn link<'gc>(cx: Context<'gc, Lang>, from: Gc<'gc, Node<'gc>>, v: Val<'gc>) {
    unlock!(Gc::write(&cx, from), Node, out)
        .borrow_mut()
        .push(v);
}

/// A chain of `n` entries in one table with the head key rooted. With `via_object`, each value
/// is an object that holds the next key; otherwise the value is the next key itself.
fn build_chain(heap: &Heap<Lang>, n: u32, via_object: bool) {
    heap.mutate(|cx, root| {
        let t = EphemeronTable::with_capacity(&cx, n as usize);
        root.eph.borrow_mut(&cx).push(t);
        let mut key = node(cx, 0);
        root.keys.borrow_mut(&cx).push(Val::Node(key));
        for i in 0..n {
            let next = node(cx, i + 1);
            let value = if via_object {
                let v = node(cx, i);
                link(cx, v, Val::Node(next));
                v
            } else {
                next
            };
            t.insert(cx, key, Val::Node(value));
            key = next;
        }
    });
}

fn chain(n: u32, via_object: bool) -> (CollectReport, CollectReport) {
    let mut heap = heap();
    build_chain(&heap, n, via_object);
    let kept = heap.collect();
    assert_eq!(kept.entries_removed, 0);
    assert_eq!(
        heap.mutate(|_, root| root.eph.borrow()[0].len()),
        n as usize
    );
    heap.mutate(|cx, root| root.keys.borrow_mut(&cx).clear());
    let freed = heap.collect();
    assert_eq!(freed.entries_removed, n as usize);
    assert_eq!(heap.mutate(|_, root| root.eph.borrow()[0].len()), 0);
    (kept, freed)
}

fn mark_cost(r: &CollectReport) -> Duration {
    r.times.mark + r.times.protocol
}

/// The bucket layout of wraith-gc's tables (runs of 128 consecutive hashes scattered by a
/// multiplicative mix), so that the strong table is traced in the same memory order as the
/// ephemeron table is scanned.
fn same_layout(h: u64) -> u64 {
    fn mix(x: u64) -> u64 {
        let x = (x ^ (x >> 31)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        x ^ (x >> 29)
    }
    const LOW: u64 = (1 << 57) - 1;
    (((mix(h >> 7) << 7) | (h & 127)) & LOW) | (mix(h) & !LOW)
}

#[derive(Clone, Copy, PartialEq)]
enum Holder {
    KeysOnly,
    Strong,
    Ephemeron,
}

/// A heap with `n` rooted keys and, per key, one value object held by `holder`.
fn live_heap(n: u32, holder: Holder) -> Heap<Lang> {
    let mut heap = heap();
    heap.mutate(|cx, root| {
        let eph = EphemeronTable::with_capacity(&cx, n as usize);
        let strong: Strong<'_> = Gc::new(&cx, RefLock::new(HashTable::with_capacity(n as usize)));
        root.eph.borrow_mut(&cx).push(eph);
        root.strong.borrow_mut(&cx).push(strong);
        let mut keys = root.keys.borrow_mut(&cx);
        let mut s = strong.borrow_mut(&cx);
        for i in 0..n {
            let k = node(cx, i);
            keys.push(Val::Node(k));
            let v = Val::Node(node(cx, i));
            match holder {
                Holder::KeysOnly => {}
                Holder::Strong => {
                    let h = same_layout(wraith_gc::identity_hash(k));
                    s.insert_unique(h, (k, v), |(k, _)| {
                        same_layout(wraith_gc::identity_hash(*k))
                    });
                }
                Holder::Ephemeron => {
                    eph.insert(cx, k, v);
                }
            }
        }
    });
    heap.collect();
    heap
}

/// Marking cost (mark + protocol) of a full collection of `n` rooted keys with their values
/// held by each holder: the three heaps are collected in turn, `reps` times, and the fastest
/// collection of each counts (the machine is shared: the minimum is the figure least disturbed
/// by other load).
fn live_tables(n: u32, reps: usize) -> [Duration; 3] {
    let holders = [Holder::KeysOnly, Holder::Strong, Holder::Ephemeron];
    let mut heaps: Vec<Heap<Lang>> = holders.iter().map(|&h| live_heap(n, h)).collect();
    let mut best = [Duration::MAX; 3];
    for _ in 0..reps {
        for (i, heap) in heaps.iter_mut().enumerate() {
            let r = heap.collect();
            assert_eq!(r.entries_removed, 0);
            best[i] = best[i].min(mark_cost(&r));
        }
    }
    heaps[2].mutate(|_, root| assert_eq!(root.eph.borrow()[0].len(), n as usize));
    best
}

/// A live ephemeron table of `n` entries of which one in a hundred loses its key before each
/// collection: marking cost of that collection (the walk for dead keys is bounded).
fn live_table_with_deaths(n: u32) -> (Duration, Duration, usize) {
    let mut heap = heap();
    heap.mutate(|cx, root| {
        let eph = EphemeronTable::with_capacity(&cx, n as usize);
        root.eph.borrow_mut(&cx).push(eph);
        let mut keys = root.keys.borrow_mut(&cx);
        for i in 0..n {
            let k = node(cx, i);
            keys.push(Val::Node(k));
            eph.insert(cx, k, Val::Node(node(cx, i)));
        }
    });
    heap.collect();
    let before = mark_cost(&heap.collect());
    heap.mutate(|cx, root| {
        let mut keys = root.keys.borrow_mut(&cx);
        let kept: Vec<_> = keys
            .iter()
            .enumerate()
            .filter(|(i, _)| i % 100 != 0)
            .map(|(_, k)| k.clone())
            .collect();
        *keys = kept;
    });
    let r = heap.collect();
    (before, mark_cost(&r), r.entries_removed)
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn main() {
    let quick = std::env::args().any(|a| a == "quick");
    let depth = if quick { 10_000 } else { 100_000 };
    let entries = if quick { 100_000 } else { 1_000_000 };

    println!("# Ephemeron convergence timing (collect() = finish the cycle + one fresh cycle)");
    let t = Instant::now();
    let (kept, freed) = chain(depth, true);
    let total = t.elapsed();
    println!(
        "chain depth {depth}, value object -> next key: kept in {:.1} ms ({} rounds), \
         freed in {:.1} ms ({} rounds); whole run incl. building {:.1} ms",
        ms(mark_cost(&kept) + kept.times.sweep),
        kept.rounds,
        ms(mark_cost(&freed) + freed.times.sweep),
        freed.rounds,
        ms(total),
    );
    let (kept, freed) = chain(depth, false);
    println!(
        "chain depth {depth}, value = next key, no hint: kept in {:.1} ms ({} rounds), \
         freed in {:.1} ms ({} rounds)",
        ms(mark_cost(&kept) + kept.times.sweep),
        kept.rounds,
        ms(mark_cost(&freed) + freed.times.sweep),
        freed.rounds,
    );

    // Without the hint, a value object that holds the next key costs one marking round per
    // level: quadratic, shown on short chains.
    HINTS.store(false, Ordering::Relaxed);
    for depth in [500, 1_000, 2_000] {
        let (kept, _) = chain(depth, true);
        println!(
            "chain depth {depth}, value object -> next key, no hint: kept in {:.1} ms ({} rounds)",
            ms(mark_cost(&kept) + kept.times.sweep),
            kept.rounds,
        );
    }
    HINTS.store(true, Ordering::Relaxed);

    let reps = if quick { 3 } else { 9 };
    let [base, strong, eph] = live_tables(entries, reps);
    let added_strong = strong.saturating_sub(base);
    let added_eph = eph.saturating_sub(base);
    println!(
        "{entries} live entries, marking cost (mark + protocol, best of {reps}, interleaved): \
         keys only {:.1} ms, values in a strong table {:.1} ms, in an ephemeron table {:.1} ms",
        ms(base),
        ms(strong),
        ms(eph),
    );
    println!(
        "added by the values: strong {:.1} ms, ephemeron {:.1} ms; ratio {:.2}",
        ms(added_strong),
        ms(added_eph),
        added_eph.as_secs_f64() / added_strong.as_secs_f64().max(1e-9),
    );
    let (before, t, removed) = live_table_with_deaths(entries);
    assert_eq!(removed, entries as usize / 100);
    println!(
        "{entries} entries: marking cost {:.1} ms all alive, then {:.1} ms with 1% of keys dead \
         ({removed} entries removed)",
        ms(before),
        ms(t)
    );
}
