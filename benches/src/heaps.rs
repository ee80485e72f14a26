//! Whole-heap collections: a heap that uses no weak references against bare gc-arena, and a big
//! heap of live objects that all have a weak reference.

use std::time::{Duration, Instant};

use gc_arena::barrier::unlock;
use gc_arena::{Arena, Gc, GcWeak, Rootable};
use wraith_gc::{CollectReport, Heap};

use crate::wraith_sys::{Bench, Obj, Root, heap_with_objects};

type ObjVec<'gc> = Vec<Gc<'gc, Obj<'gc>>>;

/// The live part of the graph: `n` objects in the root, each pointing at the next.
fn link_chain<'gc>(mc: &gc_arena::Mutation<'gc>, objs: &ObjVec<'gc>) {
    for pair in objs.windows(2) {
        unlock!(Gc::write(mc, pair[0]), Obj, other).set(Some(pair[1]));
    }
}

/// The dead part: `n` unreachable self-cyclic objects.
fn make_garbage(mc: &gc_arena::Mutation<'_>, n: usize) {
    for i in 0..n {
        let a = Gc::new(mc, Obj::new(i));
        unlock!(Gc::write(mc, a), Obj, other).set(Some(a));
    }
}

/// Result of [`no_weak_collect_pair`].
#[derive(Debug, Clone, Copy)]
pub struct PairTimes {
    /// Best `Heap::collect` time.
    pub wraith: Duration,
    /// Best `Arena::finish_cycle` time.
    pub bare: Duration,
    /// Median over rounds of wraith / bare, each round timing the two back to back: on a shared
    /// machine this is steadier than the ratio of the two best times.
    pub median_ratio: f64,
}

/// A heap that uses no weak references against a bare `gc_arena::Arena` holding the same
/// graph: `n` live objects in a chain from the root plus `n` dead self-cyclic objects made
/// before each collection (untimed). Each round times one full collection of each, back to
/// back, alternating which goes first (`Heap::collect` against `Arena::finish_cycle`).
pub fn no_weak_collect_pair(n: usize, rounds: usize) -> PairTimes {
    let mut heap = heap_with_objects(n);
    heap.mutate(|cx, root| link_chain(&cx, &root.objs));
    let mut arena = Arena::<Rootable![ObjVec<'_>]>::new(|mc| {
        let objs: ObjVec<'_> = (0..n).map(|i| Gc::new(mc, Obj::new(i))).collect();
        link_chain(mc, &objs);
        objs
    });
    // One collection each first, so both start from a swept heap.
    heap.collect();
    arena.finish_cycle();
    let mut ratios = Vec::new();
    let (mut best_w, mut best_b) = (Duration::MAX, Duration::MAX);
    for round in 0..rounds.max(1) {
        let (mut tw, mut tb) = (Duration::ZERO, Duration::ZERO);
        for which in [round % 2, 1 - round % 2] {
            if which == 0 {
                heap.mutate(|cx, _| make_garbage(&cx, n));
                let t = Instant::now();
                let r = heap.collect();
                tw = t.elapsed();
                assert!(r.objects_freed >= n);
            } else {
                arena.mutate(|mc, _| make_garbage(mc, n));
                let t = Instant::now();
                arena.finish_cycle();
                tb = t.elapsed();
            }
        }
        best_w = best_w.min(tw);
        best_b = best_b.min(tb);
        ratios.push(tw.as_secs_f64() / tb.as_secs_f64());
    }
    ratios.sort_by(f64::total_cmp);
    PairTimes {
        wraith: best_w,
        bare: best_b,
        median_ratio: ratios[ratios.len() / 2],
    }
}

/// A heap of `n` live objects, each with one live weak reference (no callback), all held by
/// the root. Times [`Heap::collect`] (a full collection) `rounds` times; returns the best time
/// and that collection's report (with its phase times).
pub fn big_collect(n: usize, rounds: usize) -> (Duration, CollectReport) {
    let mut heap = big_heap(n);
    big_collect_on(&mut heap, rounds)
}

/// Prints a collection's phase times in one line.
pub fn phases(report: &CollectReport) -> String {
    format!(
        "mark {:.3} s, protocol {:.3} s, sweep {:.3} s",
        report.times.mark.as_secs_f64(),
        report.times.protocol.as_secs_f64(),
        report.times.sweep.as_secs_f64()
    )
}

/// Builds the heap for [`big_collect`].
pub fn big_heap(n: usize) -> Heap<Bench> {
    let mut heap = heap_with_objects(n);
    heap.mutate_root(|cx, root: &mut Root<'_>| {
        let refs: Vec<_> = root.objs.iter().map(|&o| cx.weak_ref(o, None)).collect();
        root.refs = refs;
    });
    heap
}

/// Times `rounds` full collections of `heap`; the best, with its report.
pub fn big_collect_on(heap: &mut Heap<Bench>, rounds: usize) -> (Duration, CollectReport) {
    let mut best = (Duration::MAX, CollectReport::default());
    for _ in 0..rounds.max(1) {
        let t = Instant::now();
        let report = heap.collect();
        let dt = t.elapsed();
        assert_eq!(report.weak_refs_cleared, 0);
        if dt < best.0 {
            best = (dt, report);
        }
    }
    best
}

/// After [`big_collect_on`]: drops every object of the big heap (its weak references stay
/// alive) and times the one full collection that finds them all dead and clears every weak
/// reference; returns the time and the report.
pub fn big_collect_all_dead(heap: &mut Heap<Bench>) -> (Duration, CollectReport) {
    let n = heap.mutate(|_, root| root.objs.len());
    heap.mutate_root(|_, root| root.objs = Vec::new());
    let t = Instant::now();
    let report = heap.collect();
    let dt = t.elapsed();
    assert_eq!(report.weak_refs_cleared, n);
    (dt, report)
}

/// The bare gc-arena counterpart of [`big_collect`]: `n` live objects and `n` `GcWeak`s to them
/// in the root; the best of `rounds` `Arena::finish_cycle` calls.
pub fn big_collect_bare(n: usize, rounds: usize) -> Duration {
    #[derive(gc_arena::Collect)]
    #[collect(no_drop)]
    struct BigRoot<'gc> {
        objs: ObjVec<'gc>,
        weaks: Vec<GcWeak<'gc, Obj<'gc>>>,
    }
    let mut arena = Arena::<Rootable![BigRoot<'_>]>::new(|mc| {
        let objs: ObjVec<'_> = (0..n).map(|i| Gc::new(mc, Obj::new(i))).collect();
        let weaks = objs.iter().map(|&o| Gc::downgrade(o)).collect();
        BigRoot { objs, weaks }
    });
    let mut best = Duration::MAX;
    for _ in 0..rounds.max(1) {
        let t = Instant::now();
        arena.finish_cycle();
        best = best.min(t.elapsed());
    }
    best
}
