//! Incremental collection: every cycle that `Heap::step` completes passes through the
//! protocol, including cycles that start, mark and sweep while the program allocates.

mod common;

use common::*;
use gc_arena::arena::CollectionPhase;
use wraith_gc::Event;

/// Steps until the arena is in `phase`, allocating garbage to create debt.
fn step_until(heap: &mut wraith_gc::Heap<T>, phase: CollectionPhase) {
    for _ in 0..100_000 {
        if heap.phase() == phase {
            return;
        }
        heap.mutate(|cx, _| {
            for i in 0..64 {
                node(cx, i);
            }
        });
        heap.step();
    }
    panic!("never reached {phase:?}");
}

#[test]
fn weak_refs_to_objects_allocated_during_marking() {
    let mut heap = incremental_heap();
    heap.mutate(|cx, root| {
        // Enough live data that marking takes several steps.
        for i in 0..5_000 {
            keep(cx, root, Val::Node(node(cx, i)));
        }
    });
    step_until(&mut heap, CollectionPhase::Marking);
    heap.mutate(|cx, root| {
        let kept = node(cx, 1_000_001);
        let dropped = node(cx, 1_000_002);
        keep(cx, root, Val::Node(kept));
        keep(cx, root, Val::Weak(cx.weak_ref(kept, Some(Val::Int(1)))));
        keep(cx, root, Val::Weak(cx.weak_ref(dropped, Some(Val::Int(2)))));
    });
    // Let the incremental cycle in flight finish, then a full one.
    step_until(&mut heap, CollectionPhase::Sleeping);
    heap.collect();
    let log = drain_log(&mut heap);
    assert_eq!(log, ["cb:2"], "only the unrooted object died");
    heap.mutate(|cx, root| {
        let n = root.borrow().len();
        let Val::Weak(kept) = rooted(root, n - 2) else {
            panic!()
        };
        assert_eq!(kept.get(&cx).map(|o| o.id), Some(1_000_001));
    });
}

#[test]
fn no_cycle_skips_the_protocol_under_heavy_allocation() {
    let mut heap = incremental_heap();
    const ROUNDS: i64 = 400;
    const PER_ROUND: i64 = 50;
    let mut delivered = Vec::new();
    let mut cycles = 0;
    for round in 0..ROUNDS {
        heap.mutate(|cx, root| {
            for k in 0..PER_ROUND {
                let tag = round * PER_ROUND + k;
                let n = node(cx, tag as u32);
                // Half the referents stay alive for a while, half die at once.
                if k % 2 == 0 {
                    keep(cx, root, Val::Node(n));
                }
                keep(cx, root, Val::Weak(cx.weak_ref(n, Some(Val::Int(tag)))));
                // Plenty of plain garbage to drive the pacing.
                for j in 0..20 {
                    node(cx, j);
                }
            }
            // Drop the kept referents of an older round.
            if round % 10 == 9 {
                root.borrow_mut(&cx).retain(|v| !matches!(v, Val::Node(_)));
            }
        });
        while heap.has_debt() {
            cycles += heap.step().cycles;
        }
        heap.drain(|cx, _, ev| {
            let Event::Callback(wr) = ev else { panic!() };
            assert!(wr.get(&cx).is_none());
            delivered.push(int(wr.callback()));
            Ok(())
        });
    }
    assert!(
        cycles > 3,
        "the incremental collector ran whole cycles ({cycles})"
    );
    // Everything left dies now.
    heap.mutate(|cx, root| root.borrow_mut(&cx).retain(|v| matches!(v, Val::Weak(_))));
    heap.collect_all(|cx, _, ev| {
        let Event::Callback(wr) = ev else { panic!() };
        assert!(wr.get(&cx).is_none());
        delivered.push(int(wr.callback()));
        Ok(())
    });
    delivered.sort_unstable();
    let expected: Vec<i64> = (0..ROUNDS * PER_ROUND).collect();
    assert_eq!(
        delivered.len(),
        expected.len(),
        "each callback exactly once"
    );
    assert_eq!(delivered, expected);
}

#[test]
fn collect_finishes_a_cycle_in_flight_through_the_protocol() {
    let mut heap = incremental_heap();
    heap.mutate(|cx, root| {
        for i in 0..5_000 {
            keep(cx, root, Val::Node(node(cx, i)));
        }
    });
    step_until(&mut heap, CollectionPhase::Marking);
    heap.mutate(|cx, root| {
        let n = node(cx, 7);
        keep(cx, root, Val::Weak(cx.weak_ref(n, Some(Val::Int(7)))));
    });
    let report = heap.collect();
    assert_eq!(report.cycles, 2, "the cycle in flight, then a fresh one");
    assert_eq!(drain_log(&mut heap), ["cb:7"]);
    assert_eq!(heap.phase(), CollectionPhase::Sleeping);
}

#[test]
fn manual_pacing_never_collects_on_its_own() {
    let mut heap = manual_heap();
    heap.mutate(|cx, root| {
        let n = node(cx, 1);
        keep(cx, root, Val::Weak(cx.weak_ref(n, Some(Val::Int(1)))));
        for i in 0..10_000 {
            node(cx, i);
        }
    });
    assert!(!heap.has_debt());
    assert_eq!(heap.step().cycles, 0);
    assert!(drain_log(&mut heap).is_empty());
    heap.mutate(|cx, root| {
        let Val::Weak(w) = rooted(root, 0) else {
            panic!()
        };
        assert!(w.get(&cx).is_some(), "no collection has run");
    });
}

#[test]
fn steps_report_the_objects_their_sweeping_freed() {
    let mut heap = incremental_heap();
    let count = |heap: &wraith_gc::Heap<T>| heap.stats().allocations;
    let mut freed = 0;
    let mut made = 0;
    // Allocate garbage in rounds until the steps have freed some; every step's count must match
    // the drop in live allocations it caused.
    for round in 0..20_000u32 {
        heap.mutate(|cx, _| {
            for i in 0..64 {
                node(cx, round * 64 + i);
            }
        });
        made += 64;
        let before = count(&heap);
        let report = heap.step();
        assert_eq!(report.objects_freed, before - count(&heap), "round {round}");
        freed += report.objects_freed;
        if freed > 10_000 {
            break;
        }
    }
    assert!(
        freed > 10_000,
        "incremental steps freed {freed} of {made} garbage objects"
    );
}
