//! Property test: random object graphs against a reference model.
//!
//! The model computes reachability by breadth-first search from the roots and replays the
//! protocol on sets: at each forced collection the dead set is decided once; every weak
//! reference to a dead object is cleared; a callback is due only if its weak reference's
//! holder was alive in that same snapshot; finalizers fire for every dead object they watch;
//! dead objects registered for an object finalizer get one `Del` event, and the handler
//! resurrects some of them (with everything they reach), whose old weak references stay
//! cleared. The real heap must produce exactly the model's events, each exactly once, and
//! root-held weak references must be cleared exactly when the model says so.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use common::*;
use proptest::prelude::*;
use wraith_gc::{Event, WeakRefOptions};

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
    /// Objects watched by a finalizer (`weakref.finalize`).
    finalized: Vec<usize>,
    /// Objects registered for an object finalizer (`__del__`).
    tracked: BTreeSet<usize>,
    /// Objects whose object finalizer stores them in the root (resurrection).
    resurrects: BTreeSet<usize>,
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
        let tracked = prop::collection::btree_set(0..n, 0..n / 2 + 1);
        let resurrects = prop::collection::btree_set(0..n, 0..n / 3 + 1);
        let dropped = prop::collection::vec(any::<prop::sample::Index>(), 0..4);
        (
            Just(n),
            edges,
            roots,
            weak,
            finalized,
            tracked,
            resurrects,
            dropped,
        )
            .prop_map(
                |(nodes, edges, roots, weak, finalized, tracked, resurrects, dropped)| {
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
                        tracked,
                        resurrects,
                        dropped_later,
                    }
                },
            )
    })
}

/// The model's state between collections.
struct Model<'s> {
    s: &'s Scenario,
    /// Objects not yet freed.
    existing: BTreeSet<usize>,
    roots: BTreeSet<usize>,
    cleared: BTreeSet<usize>,
    fired: BTreeSet<usize>,
    finalized: BTreeSet<usize>,
}

impl<'s> Model<'s> {
    fn reach(&self, from: &BTreeSet<usize>) -> BTreeSet<usize> {
        let mut seen: BTreeSet<usize> = from.intersection(&self.existing).copied().collect();
        let mut todo: Vec<usize> = seen.iter().copied().collect();
        while let Some(i) = todo.pop() {
            for &(a, b) in &self.s.edges {
                if a == i && self.existing.contains(&b) && seen.insert(b) {
                    todo.push(b);
                }
            }
        }
        seen
    }

    /// One collection and drain: the events due, in no particular order.
    fn collect(&mut self) -> BTreeSet<String> {
        let live = self.reach(&self.roots);
        let dead: BTreeSet<usize> = self.existing.difference(&live).copied().collect();
        let mut out = BTreeSet::new();
        for (i, w) in self.s.weak.iter().enumerate() {
            if !self.cleared.contains(&i) && dead.contains(&w.referent) {
                self.cleared.insert(i);
                let holder_alive = w.holder.is_none_or(|h| live.contains(&h));
                if w.callback && holder_alive {
                    out.insert(format!("cb:{i}"));
                }
            }
        }
        for (i, f) in self.s.finalized.iter().enumerate() {
            if dead.contains(f) && self.fired.insert(i) {
                out.insert(format!("fin:{}", 1000 + i));
            }
        }
        let mut rooted_now = BTreeSet::new();
        for &o in self.s.tracked.intersection(&dead) {
            if self.finalized.insert(o) {
                out.insert(format!("del:{o}"));
                if self.s.resurrects.contains(&o) {
                    rooted_now.insert(o);
                }
            }
        }
        let back = self.reach(&rooted_now);
        self.roots.extend(rooted_now);
        self.existing = live.union(&back).copied().collect();
        out
    }
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
            let callback = w.callback.then_some(Val::Int(i as i64));
            let wr = cx.new_weak_ref(
                nodes[w.referent],
                WeakRefOptions {
                    callback,
                    ..Default::default()
                },
            );
            let holder = w.holder.map_or(registry, |h| nodes[h]);
            link(cx, holder, Val::Weak(wr));
        }
        for (i, &f) in s.finalized.iter().enumerate() {
            cx.finalize(nodes[f], Val::Int(1000 + i as i64));
        }
        for &t in &s.tracked {
            cx.track_del(nodes[t]).unwrap();
        }
        for &r in &s.roots {
            keep(cx, root, Val::Node(nodes[r]));
        }
    });

    let mut model = Model {
        s,
        existing: (0..s.nodes).collect(),
        roots: s.roots.iter().copied().collect(),
        cleared: BTreeSet::new(),
        fired: BTreeSet::new(),
        finalized: BTreeSet::new(),
    };
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();

    for phase in 0..5 {
        // Phase 1 drops some roots; phase 3 drops every root (resurrected objects included).
        let dropped: BTreeSet<usize> = match phase {
            1 => s.dropped_later.iter().map(|&i| s.roots[i]).collect(),
            3 => (0..s.nodes).collect(),
            _ => BTreeSet::new(),
        };
        if !dropped.is_empty() {
            heap.mutate(|cx, root| {
                root.borrow_mut(&cx).retain(|v| match v {
                    Val::Node(n) => n.id == u32::MAX || !dropped.contains(&(n.id as usize)),
                    _ => true,
                })
            });
            model.roots.retain(|r| !dropped.contains(r));
        }

        heap.collect();
        let mut got = BTreeSet::new();
        heap.drain(|cx, root, ev| {
            let d = describe(cx, &ev);
            if let Event::Del(o) = ev
                && s.resurrects.contains(&(o.id as usize))
            {
                keep(cx, root, Val::Node(o));
            }
            *seen.entry(d.clone()).or_default() += 1;
            got.insert(d);
            Ok(())
        });
        let want = model.collect();
        prop_assert_eq!(&got, &want, "phase {}", phase);

        // Root-held weak references are cleared exactly when the model cleared them.
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
            let specs = s
                .weak
                .iter()
                .enumerate()
                .filter(|(_, w)| w.holder.is_none());
            for (w, (i, spec)) in held.iter().zip(specs) {
                prop_assert_eq!(
                    w.get(&cx).is_some(),
                    !model.cleared.contains(&i),
                    "weak ref {}",
                    i
                );
                if let Some(n) = w.get(&cx) {
                    prop_assert_eq!(n.id as usize, spec.referent);
                }
            }
            Ok(())
        })?;
    }
    prop_assert!(seen.values().all(|&n| n == 1), "no event twice: {:?}", seen);
    prop_assert_eq!(
        heap.stats().finalizers,
        0,
        "every finalizer fired once everything died"
    );
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn collections_match_the_reachability_model(s in scenario()) {
        run(&s)?;
    }
}

fn fixed(nodes: usize) -> Scenario {
    Scenario {
        nodes,
        edges: vec![],
        roots: vec![],
        weak: vec![],
        finalized: vec![],
        tracked: BTreeSet::new(),
        resurrects: BTreeSet::new(),
        dropped_later: vec![],
    }
}

#[test]
fn the_model_sees_a_trivial_death() {
    let s = Scenario {
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
        ..fixed(2)
    };
    run(&s).unwrap();
}

#[test]
fn callbacks_of_weak_refs_held_by_dead_objects_never_arrive() {
    let s = Scenario {
        weak: vec![WeakSpec {
            referent: 0,
            callback: true,
            holder: Some(1),
        }],
        ..fixed(2)
    };
    run(&s).unwrap();
}

#[test]
fn a_resurrected_holder_gets_callbacks_for_later_deaths() {
    // Node 1 holds a weak ref to node 0 and dies with a __del__ that resurrects it; node 0
    // stays rooted, dies later: the weak ref (alive again) gets its callback then.
    let s = Scenario {
        roots: vec![0],
        weak: vec![WeakSpec {
            referent: 0,
            callback: true,
            holder: Some(1),
        }],
        tracked: [1].into(),
        resurrects: [1].into(),
        dropped_later: vec![0],
        ..fixed(2)
    };
    run(&s).unwrap();
}

#[test]
fn objects_reachable_from_a_resurrected_object_keep_their_weak_refs_cleared() {
    let s = Scenario {
        edges: vec![(0, 1)],
        weak: vec![WeakSpec {
            referent: 1,
            callback: true,
            holder: None,
        }],
        tracked: [0].into(),
        resurrects: [0].into(),
        ..fixed(2)
    };
    run(&s).unwrap();
}
