//! Property test: random object graphs against a reference model.
//!
//! The model computes reachability by breadth-first search from the roots. After each forced
//! collection, a weak reference is cleared exactly when its referent is unreachable, a callback
//! arrives exactly when its weak reference is also reachable, finalizers arrive for every dead
//! object they watch, and no event ever arrives twice.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use common::*;
use gc_arena::Gc;
use proptest::prelude::*;
use wraith_gc::Event;

#[derive(Debug, Clone)]
struct WeakSpec {
    referent: usize,
    callback: bool,
    /// `None`: held by the root (always alive); `Some(i)`: held by node `i`.
    holder: Option<usize>,
}

#[derive(Debug, Clone)]
struct Scenario {
    nodes: usize,
    edges: Vec<(usize, usize)>,
    roots: Vec<usize>,
    weak: Vec<WeakSpec>,
    finalized: Vec<usize>,
    /// Roots dropped (by position in `roots`) before the second collection.
    dropped_later: Vec<usize>,
}

fn scenario() -> impl Strategy<Value = Scenario> {
    (2usize..24).prop_flat_map(|n| {
        let edges = prop::collection::vec((0..n, 0..n), 0..n * 2);
        let roots = prop::collection::vec(0..n, 0..n);
        let weak = prop::collection::vec(
            (0..n, any::<bool>(), prop::option::of(0..n)).prop_map(
                |(referent, callback, holder)| WeakSpec {
                    referent,
                    callback,
                    holder,
                },
            ),
            0..n * 2,
        );
        let finalized = prop::collection::vec(0..n, 0..n / 2 + 1);
        let dropped = prop::collection::vec(any::<prop::sample::Index>(), 0..4);
        (Just(n), edges, roots, weak, finalized, dropped).prop_map(
            |(nodes, edges, roots, weak, finalized, dropped)| {
                let dropped_later = dropped
                    .iter()
                    .filter(|_| !roots.is_empty())
                    .map(|i| i.index(roots.len()))
                    .collect();
                Scenario {
                    nodes,
                    edges,
                    roots,
                    weak,
                    finalized,
                    dropped_later,
                }
            },
        )
    })
}

fn reachable(s: &Scenario, roots: &BTreeSet<usize>) -> BTreeSet<usize> {
    let mut seen = roots.clone();
    let mut todo: Vec<usize> = roots.iter().copied().collect();
    while let Some(i) = todo.pop() {
        for &(a, b) in &s.edges {
            if a == i && seen.insert(b) {
                todo.push(b);
            }
        }
    }
    seen
}

/// The events the model expects from one collection, given what was alive before it.
fn expected_events(
    s: &Scenario,
    live: &BTreeSet<usize>,
    was_live: &BTreeSet<usize>,
) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for (i, w) in s.weak.iter().enumerate() {
        let dies_now = was_live.contains(&w.referent) && !live.contains(&w.referent);
        let holder_alive = w.holder.is_none_or(|h| live.contains(&h));
        if dies_now && w.callback && holder_alive {
            out.insert(format!("cb:{i}"));
        }
    }
    for (i, &f) in s.finalized.iter().enumerate() {
        if was_live.contains(&f) && !live.contains(&f) {
            out.insert(format!("fin:{}", 1000 + i));
        }
    }
    out
}

fn run(s: &Scenario) -> Result<(), TestCaseError> {
    let mut heap = manual_heap();
    heap.mutate(|cx, root| {
        let registry = node(cx, u32::MAX);
        keep(cx, root, Val::Node(registry));
        let nodes: Vec<_> = (0..s.nodes).map(|i| node(cx, i as u32)).collect();
        for &(a, b) in &s.edges {
            link(cx, nodes[a], Val::Node(nodes[b]));
        }
        for (i, w) in s.weak.iter().enumerate() {
            let cb = w.callback.then_some(Val::Int(i as i64));
            let wr = cx.new_weak_ref(
                nodes[w.referent],
                wraith_gc::WeakRefOptions {
                    callback: cb,
                    ..Default::default()
                },
            );
            let holder = w.holder.map_or(registry, |h| nodes[h]);
            link(cx, holder, Val::Weak(wr));
        }
        for (i, &f) in s.finalized.iter().enumerate() {
            cx.finalize(nodes[f], Val::Int(1000 + i as i64));
        }
        for &r in &s.roots {
            keep(cx, root, Val::Node(nodes[r]));
        }
    });

    let all: BTreeSet<usize> = (0..s.nodes).collect();
    let mut roots: BTreeSet<usize> = s.roots.iter().copied().collect();
    let mut live = reachable(s, &roots);
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    let mut expected_total = BTreeSet::new();

    for phase in 0..2 {
        if phase == 1 {
            let dropped: BTreeSet<usize> = s.dropped_later.iter().map(|&i| s.roots[i]).collect();
            heap.mutate(|cx, root| {
                root.borrow_mut(&cx).retain(|v| match v {
                    Val::Node(n) => n.id == u32::MAX || !dropped.contains(&(n.id as usize)),
                    _ => true,
                })
            });
            roots.retain(|r| !dropped.contains(r));
        }
        let was_live = if phase == 0 {
            all.clone()
        } else {
            live.clone()
        };
        live = reachable(s, &roots);
        heap.collect();
        let mut got = BTreeSet::new();
        heap.drain(|cx, _, ev| {
            let d = describe(cx, &ev);
            *seen.entry(d.clone()).or_default() += 1;
            got.insert(d);
            Ok(())
        });
        let want = expected_events(s, &live, &was_live);
        prop_assert_eq!(&got, &want, "phase {}", phase);
        expected_total.extend(want);

        // Root-held weak references are cleared exactly when their referent is unreachable.
        heap.mutate(|cx, root| {
            let Val::Node(registry) = rooted(root, 0) else {
                unreachable!()
            };
            let held: Vec<_> = registry
                .out
                .borrow()
                .iter()
                .map(|v| match v {
                    Val::Weak(w) => *w,
                    _ => unreachable!(),
                })
                .collect();
            let specs = s.weak.iter().filter(|w| w.holder.is_none());
            for (w, spec) in held.iter().zip(specs) {
                let alive = w.get(&cx).is_some();
                prop_assert_eq!(alive, live.contains(&spec.referent));
                if let Some(n) = w.get(&cx) {
                    prop_assert_eq!(n.id as usize, spec.referent);
                }
                let _ = Gc::as_ptr(*w);
            }
            Ok(())
        })?;
    }
    prop_assert!(seen.values().all(|&n| n == 1), "no event twice: {:?}", seen);
    prop_assert_eq!(seen.len(), expected_total.len());
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn collections_match_the_reachability_model(s in scenario()) {
        run(&s)?;
    }
}

#[test]
fn the_model_sees_a_trivial_death() {
    let s = Scenario {
        nodes: 2,
        edges: vec![(0, 1)],
        roots: vec![0],
        weak: vec![
            WeakSpec {
                referent: 1,
                callback: true,
                holder: None,
            },
            WeakSpec {
                referent: 0,
                callback: true,
                holder: None,
            },
        ],
        finalized: vec![1, 0],
        dropped_later: vec![0],
    };
    run(&s).unwrap();
}

#[test]
fn callbacks_of_weak_refs_held_by_dead_objects_never_arrive() {
    let s = Scenario {
        nodes: 2,
        edges: vec![],
        roots: vec![],
        weak: vec![WeakSpec {
            referent: 0,
            callback: true,
            holder: Some(1),
        }],
        finalized: vec![],
        dropped_later: vec![],
    };
    run(&s).unwrap();
}

#[allow(dead_code)]
fn _event_is_used(_: Event<'_, T>) {}
