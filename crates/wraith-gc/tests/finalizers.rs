//! Finalizers (`weakref.finalize`) and object finalizers (`__del__`), cycles run by hand.

mod common;

use common::*;
use wraith_gc::{Event, HeapError};

#[test]
fn finalizer_runs_once_when_its_object_dies_with_no_handle_kept() {
    let mut heap = manual_heap();
    heap.mutate(|cx, _| {
        let o = node(cx, 1);
        let f = cx.finalize(o, Val::Int(10)); // fire and forget: the heap keeps it alive
        assert!(f.alive());
        assert!(f.atexit());
    });
    let report = heap.collect();
    assert_eq!(report.finalizers_queued, 1);
    assert_eq!(drain_log(&mut heap), ["fin:10"]);
    heap.collect();
    assert!(drain_log(&mut heap).is_empty());
    assert_eq!(heap.stats().finalizers, 0);
}

#[test]
fn finalizers_and_callbacks_share_the_newest_first_order() {
    // cpython-weakref.md §3.6 `test_order`: finalizers and callback refs interleave in
    // registration order, newest first.
    let mut heap = manual_heap();
    heap.mutate(|cx, root| {
        let o = node(cx, 1);
        cx.finalize(o, Val::Int(1));
        keep(cx, root, Val::Weak(cx.weak_ref(o, Some(Val::Int(2)))));
        cx.finalize(o, Val::Int(3));
        keep(cx, root, Val::Weak(cx.weak_ref(o, Some(Val::Int(4)))));
    });
    heap.collect();
    assert_eq!(drain_log(&mut heap), ["cb:4", "fin:3", "cb:2", "fin:1"]);
}

#[test]
fn call_peek_detach_and_atexit() {
    let mut heap = manual_heap();
    heap.mutate(|cx, root| {
        let o = node(cx, 1);
        keep(cx, root, Val::Node(o));
        let f = cx.finalize(o, Val::Int(5));
        keep(cx, root, Val::Fin(f));

        let (obj, payload) = f.peek(cx).unwrap();
        assert_eq!((obj.id, int(Some(&payload))), (1, 5));
        assert!(f.alive(), "peek does not kill");
        f.set_atexit(false);
        assert!(!f.atexit());
        f.set_atexit(true);

        assert_eq!(int(f.call(cx).as_ref()), 5);
        assert!(!f.alive());
        assert!(f.call(cx).is_none(), "a finalizer runs at most once");
        assert!(f.peek(cx).is_none());
        assert!(f.detach(cx).is_none());
        assert!(!f.atexit());
        f.set_atexit(true);
        assert!(!f.atexit(), "setting atexit on a dead finalizer is ignored");

        let g = cx.finalize(o, Val::Int(6));
        keep(cx, root, Val::Fin(g));
        let (obj, payload) = g.detach(cx).unwrap();
        assert_eq!((obj.id, int(Some(&payload))), (1, 6));
        assert!(!g.alive());
        assert!(g.call(cx).is_none());
        assert_eq!(cx.weak_ref_count(o), 0);
    });
    // Neither runs when the object dies.
    heap.mutate(|cx, root| {
        root.borrow_mut(&cx).remove(0);
    });
    heap.collect();
    assert!(drain_log(&mut heap).is_empty());
}

#[test]
fn shutdown_runs_live_atexit_finalizers_newest_first_then_never_again() {
    let mut heap = manual_heap();
    heap.mutate(|cx, root| {
        let o = node(cx, 1);
        keep(cx, root, Val::Node(o));
        for i in 1..=4 {
            let f = cx.finalize(o, Val::Int(i));
            if i == 2 {
                f.set_atexit(false);
            }
            if i == 3 {
                f.call(cx);
            }
        }
    });
    let mut log = Vec::new();
    let ran = heap.shutdown(|cx, root, ev| {
        let Event::Finalize(f) = ev else { panic!() };
        let i = int(f.payload().as_ref());
        log.push(i);
        if i == 4 {
            // Registered during shutdown: runs next.
            let Val::Node(o) = rooted(root, 0) else {
                panic!()
            };
            cx.finalize(o, Val::Int(40));
        }
        Ok(())
    });
    assert_eq!(log, [4, 40, 1]);
    assert_eq!(ran, 3);
    // After shutdown: a second shutdown does nothing, calls hand out nothing, deaths queue
    // nothing for finalizers.
    assert_eq!(heap.shutdown(|_, _, _| Ok(())), 0);
    heap.mutate(|cx, root| {
        let Val::Node(o) = rooted(root, 0) else {
            panic!()
        };
        let late = cx.finalize(o, Val::Int(99));
        assert!(late.call(cx).is_none());
        cx.finalize(o, Val::Int(100));
        assert!(cx.is_shut_down());
        root.borrow_mut(&cx).clear();
    });
    let report = heap.collect();
    assert_eq!(report.finalizers_queued, 0);
    assert!(drain_log(&mut heap).is_empty());
}

#[test]
fn object_finalizer_resurrects_once_and_old_weak_refs_stay_dead() {
    let mut heap = manual_heap();
    heap.mutate(|cx, root| {
        let o = node(cx, 1);
        link(cx, o, Val::Node(o)); // cyclic garbage, as on CPython's GC path
        cx.track_del(o).unwrap();
        keep(cx, root, Val::Weak(cx.weak_ref(o, Some(Val::Int(1)))));
    });
    let report = heap.collect();
    assert_eq!(report.resurrected, 1);
    // Callbacks first, then the object finalizer; inside it the old weak ref is already dead.
    let mut log = Vec::new();
    heap.drain(|cx, root, ev| {
        log.push(describe(cx, &ev));
        if let Event::Del(o) = ev {
            let Val::Weak(w) = rooted(root, 0) else {
                panic!()
            };
            assert!(w.get(&cx).is_none());
            assert!(cx.is_finalized(o));
            keep(cx, root, Val::Node(o)); // resurrect for good
        }
        Ok(())
    });
    assert_eq!(log, ["cb:1", "del:1"]);

    // It lives on; its old weak ref stays dead; a new one works; it cannot be registered again.
    heap.collect();
    heap.mutate(|cx, root| {
        let Val::Weak(old) = rooted(root, 0) else {
            panic!()
        };
        let Val::Node(o) = rooted(root, 1) else {
            panic!()
        };
        assert!(old.get(&cx).is_none());
        assert_eq!(o.id, 1);
        assert_eq!(cx.track_del(o), Err(HeapError::AlreadyFinalized));
        keep(cx, root, Val::Weak(cx.weak_ref(o, Some(Val::Int(2)))));
        root.borrow_mut(&cx).remove(1);
    });
    // Second death: the new callback runs, no second finalizer call.
    let report = heap.collect();
    assert_eq!(report.resurrected, 0);
    assert_eq!(drain_log(&mut heap), ["cb:2"]);
}

#[test]
fn object_finalizer_not_resurrected_is_freed_on_the_next_cycle() {
    let mut heap = manual_heap();
    heap.mutate(|cx, _| {
        let o = node(cx, 1);
        let child = node(cx, 2);
        link(cx, o, Val::Node(child));
        cx.track_del(o).unwrap();
    });
    let before = heap.stats().allocations;
    heap.collect();
    assert_eq!(drain_log(&mut heap), ["del:1"]);
    // The child goes on the next cycle; the object's header one later (its slot held it weakly).
    let freed = heap.collect().objects_freed + heap.collect().objects_freed;
    assert!(freed >= 2, "object and child freed after the finalizer ran");
    assert!(heap.stats().allocations < before);
    assert_eq!(heap.stats().weakly_referenced, 0);
}

#[test]
fn every_dead_finalizable_object_is_finalized_even_if_reachable_only_from_another() {
    let mut heap = manual_heap();
    heap.mutate(|cx, _| {
        let a = node(cx, 1);
        let b = node(cx, 2);
        link(cx, a, Val::Node(b));
        cx.track_del(a).unwrap();
        cx.track_del(b).unwrap();
    });
    heap.collect();
    let mut log = drain_log(&mut heap);
    log.sort();
    assert_eq!(log, ["del:1", "del:2"]);
    heap.collect();
    assert!(drain_log(&mut heap).is_empty());
}

#[test]
fn live_finalizers_oldest_first_and_the_handle_from_its_weak_ref() {
    use wraith_gc::Finalizer;
    let heap = manual_heap();
    heap.mutate(|cx, root| {
        let o = node(cx, 1);
        keep(cx, root, Val::Node(o));
        let a = cx.finalize(o, Val::Int(1));
        let b = cx.finalize(o, Val::Int(2));
        let c = cx.finalize(o, Val::Int(3));
        assert!(Finalizer::of(b.weak_ref()) == Some(b));
        assert!(
            Finalizer::of(cx.weak_ref(o, None)).is_none(),
            "a plain ref is no finalizer"
        );
        b.detach(cx);
        let live = cx.finalizers();
        assert!(live == [a, c], "dead ones left out, oldest first");
        // An embedder's own at-exit pass: newest first, each called once.
        let mut ran = Vec::new();
        while let Some(f) = cx.finalizers().into_iter().rev().find(|f| f.atexit()) {
            ran.push(int(f.call(cx).as_ref()));
        }
        assert_eq!(ran, [3, 1]);
        assert!(cx.finalizers().is_empty());
    });
}
