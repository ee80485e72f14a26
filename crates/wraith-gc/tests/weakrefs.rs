//! Weak references and their callbacks, with collection cycles run by hand.

mod common;

use common::*;
use gc_arena::Gc;
use wraith_gc::{Event, RefKind, WeakRefOptions};

#[test]
fn referent_alive_while_rooted_and_cleared_at_death() {
    let mut heap = manual_heap();
    heap.mutate(|cx, root| {
        let n = node(cx, 1);
        let wr = cx.weak_ref(n, None);
        keep(cx, root, Val::Node(n));
        keep(cx, root, Val::Weak(wr));
    });
    heap.collect();
    heap.mutate(|cx, root| {
        let Val::Weak(wr) = rooted(root, 1) else {
            panic!()
        };
        assert_eq!(wr.get(&cx).map(|n| n.id), Some(1));
        assert!(wr.is_alive());
        root.borrow_mut(&cx).remove(0);
    });
    let report = heap.collect();
    assert_eq!(report.weak_refs_cleared, 1);
    assert_eq!(report.callbacks_queued, 0);
    heap.mutate(|cx, root| {
        let Val::Weak(wr) = rooted(root, 0) else {
            panic!()
        };
        assert!(wr.get(&cx).is_none());
        assert!(!wr.is_alive());
    });
}

#[test]
fn callbacks_for_one_referent_run_newest_first() {
    let mut heap = manual_heap();
    heap.mutate(|cx, root| {
        let n = node(cx, 1);
        for i in 0..4 {
            keep(cx, root, Val::Weak(cx.weak_ref(n, Some(Val::Int(i)))));
        }
    });
    let report = heap.collect();
    assert_eq!(report.callbacks_queued, 4);
    assert_eq!(drain_log(&mut heap), ["cb:3", "cb:2", "cb:1", "cb:0"]);
}

#[test]
fn every_weak_ref_to_every_dead_object_is_cleared_before_any_callback() {
    let mut heap = manual_heap();
    heap.mutate(|cx, root| {
        let a = node(cx, 1);
        let b = node(cx, 2);
        link(cx, a, Val::Node(b));
        link(cx, b, Val::Node(a)); // a cycle: both die in the same collection
        keep(cx, root, Val::Weak(cx.weak_ref(a, Some(Val::Int(1)))));
        keep(cx, root, Val::Weak(cx.weak_ref(b, Some(Val::Int(2)))));
        keep(cx, root, Val::Weak(cx.weak_ref(a, None)));
        keep(cx, root, Val::Weak(cx.weak_ref(b, None)));
    });
    heap.collect();
    let mut seen = 0;
    heap.drain(|cx, root, ev| {
        assert!(matches!(ev, Event::Callback(_)));
        for v in root.borrow().iter() {
            let Val::Weak(w) = v else { unreachable!() };
            assert!(
                w.get(&cx).is_none(),
                "all weak refs are dead inside every callback"
            );
        }
        seen += 1;
        Ok(())
    });
    assert_eq!(seen, 2);
}

#[test]
fn no_callback_when_the_weak_ref_itself_is_garbage() {
    let mut heap = manual_heap();
    heap.mutate(|cx, _| {
        // The weak reference is stored on its own referent: both die together.
        let n = node(cx, 1);
        let wr = cx.weak_ref(n, Some(Val::Int(1)));
        link(cx, n, Val::Weak(wr));
        link(cx, n, Val::Node(n));
    });
    let report = heap.collect();
    assert_eq!(report.weak_refs_cleared, 1);
    assert_eq!(report.callbacks_queued, 0);
    assert!(drain_log(&mut heap).is_empty());
}

#[test]
fn a_weak_ref_dropped_before_its_referent_gets_no_callback_and_leaves_the_list() {
    let mut heap = manual_heap();
    heap.mutate(|cx, root| {
        let n = node(cx, 1);
        keep(cx, root, Val::Node(n));
        let _dropped = cx.weak_ref(n, Some(Val::Int(1)));
        keep(cx, root, Val::Weak(cx.weak_ref(n, Some(Val::Int(2)))));
        assert_eq!(cx.weak_ref_count(n), 2);
    });
    heap.collect();
    heap.collect(); // the swept weak reference's header goes on the second cycle
    heap.mutate(|cx, root| {
        let Val::Node(n) = rooted(root, 0) else {
            panic!()
        };
        assert_eq!(cx.weak_ref_count(n), 1);
        root.borrow_mut(&cx).remove(0);
    });
    heap.collect();
    assert_eq!(drain_log(&mut heap), ["cb:2"]);
    assert_eq!(heap.stats().weak_refs, 0);
    assert_eq!(heap.stats().weakly_referenced, 0);
}

#[test]
fn callback_runs_even_if_only_its_weak_ref_keeps_the_callback_alive() {
    let mut heap = manual_heap();
    heap.mutate(|cx, root| {
        let n = node(cx, 1);
        let cb_holder = node(cx, 99); // reachable only through the weak ref's callback
        let wr = cx.new_weak_ref(
            n,
            WeakRefOptions {
                callback: Some(Val::Node(cb_holder)),
                ..Default::default()
            },
        );
        keep(cx, root, Val::Weak(wr));
    });
    heap.collect();
    let mut got = Vec::new();
    heap.drain(|_, _, ev| {
        if let Event::Callback(wr) = ev
            && let Some(Val::Node(h)) = wr.callback()
        {
            got.push(h.id);
        }
        Ok(())
    });
    assert_eq!(got, [99]);
}

/// `getweakrefs` order from cpython-weakref.md §1.3, both creation sequences.
#[test]
fn weak_list_order_is_cpythons() {
    let heap = manual_heap();
    heap.mutate(|cx, root| {
        let o = node(cx, 1);
        keep(cx, root, Val::Node(o));
        let plain = |tag: i64| WeakRefOptions {
            payload: Some(Val::Int(tag)),
            ..Default::default()
        };
        let r1 = cx.weak_ref(o, None);
        let p1 = cx.shared_weak_ref(o, RefKind::Proxy);
        let rc1 = cx.weak_ref(o, Some(Val::Int(0)));
        let rc2 = cx.weak_ref(o, Some(Val::Int(0)));
        let m1 = cx.new_weak_ref(o, plain(1));
        let m2 = cx.new_weak_ref(o, plain(2));
        let expect = [r1, p1, m2, m1, rc2, rc1];
        let got = cx.weak_refs(o);
        assert_eq!(got.len(), expect.len());
        assert!(got.iter().zip(expect).all(|(a, b)| Gc::ptr_eq(*a, b)));
        for w in got {
            keep(cx, root, Val::Weak(w));
        }

        let o = node(cx, 2);
        keep(cx, root, Val::Node(o));
        let c1 = cx.weak_ref(o, Some(Val::Int(1)));
        let c2 = cx.weak_ref(o, Some(Val::Int(2)));
        let pp = cx.shared_weak_ref(o, RefKind::Proxy);
        let rr = cx.weak_ref(o, None);
        let c3 = cx.weak_ref(o, Some(Val::Int(3)));
        let pc = cx.new_weak_ref(
            o,
            WeakRefOptions {
                kind: RefKind::Proxy,
                callback: Some(Val::Int(4)),
                ..Default::default()
            },
        );
        let expect = [rr, pp, pc, c3, c2, c1];
        let got = cx.weak_refs(o);
        assert!(got.iter().zip(expect).all(|(a, b)| Gc::ptr_eq(*a, b)));
        assert_eq!(got.len(), 6);
        assert_eq!(pc.kind(), RefKind::Proxy);
        assert!(pp.is_shared() && !pc.is_shared());
    });
}

#[test]
fn shared_refs_are_reused_until_they_die() {
    let mut heap = manual_heap();
    heap.mutate(|cx, root| {
        let o = node(cx, 1);
        keep(cx, root, Val::Node(o));
        let a = cx.weak_ref(o, None);
        assert!(Gc::ptr_eq(a, cx.weak_ref(o, None)));
        assert!(Gc::ptr_eq(a, cx.find_shared(o, RefKind::Ref).unwrap()));
        assert!(cx.find_shared(o, RefKind::Proxy).is_none());
        // A ref made unshared (a subclass-like ref with a payload) is never handed out again.
        let sub = cx.new_weak_ref(
            o,
            WeakRefOptions {
                payload: Some(Val::Int(1)),
                ..Default::default()
            },
        );
        assert!(!sub.is_shared());
        assert!(Gc::ptr_eq(a, cx.find_shared(o, RefKind::Ref).unwrap()));
        // A callback makes a ref unshared even when asked for a shared one; a payload does not.
        let cb = cx.new_weak_ref(
            o,
            WeakRefOptions {
                shared: true,
                callback: Some(Val::Int(2)),
                ..Default::default()
            },
        );
        assert!(!cb.is_shared());
        let p = cx.new_weak_ref(
            o,
            WeakRefOptions {
                kind: RefKind::Proxy,
                shared: true,
                payload: Some(Val::Int(3)),
                ..Default::default()
            },
        );
        assert!(p.is_shared());
        assert!(Gc::ptr_eq(p, cx.find_shared(o, RefKind::Proxy).unwrap()));
    });
    // The unrooted shared ref dies; the next request makes a new one.
    heap.collect();
    heap.collect();
    heap.mutate(|cx, root| {
        let Val::Node(o) = rooted(root, 0) else {
            panic!()
        };
        assert!(cx.find_shared(o, RefKind::Ref).is_none());
        let fresh = cx.weak_ref(o, None);
        assert!(fresh.is_shared());
        assert_eq!(cx.weak_ref_count(o), 1);
    });
}

#[test]
fn hash_is_kept_after_death() {
    let mut heap = manual_heap();
    heap.mutate(|cx, root| {
        let o = node(cx, 1);
        let w = cx.weak_ref(o, None);
        assert_eq!(w.hash(), None);
        w.set_hash(-42);
        keep(cx, root, Val::Weak(w));
    });
    heap.collect();
    heap.mutate(|cx, root| {
        let Val::Weak(w) = rooted(root, 0) else {
            panic!()
        };
        assert!(w.get(&cx).is_none());
        assert_eq!(w.hash(), Some(-42));
    });
}

#[test]
fn callbacks_may_allocate_make_weak_refs_and_request_collections() {
    let mut heap = manual_heap();
    heap.mutate(|cx, root| {
        let n = node(cx, 1);
        keep(cx, root, Val::Weak(cx.weak_ref(n, Some(Val::Int(1)))));
    });
    heap.collect();
    // The callback makes a new dying object with its own callback ref, and asks to collect.
    let mut calls = 0;
    let delivered = heap.drain(|cx, root, ev| {
        let Event::Callback(wr) = ev else { panic!() };
        calls += 1;
        let next = int(wr.callback()) + 1;
        if next <= 3 {
            let n = node(cx, next as u32);
            keep(cx, root, Val::Weak(cx.weak_ref(n, Some(Val::Int(next)))));
            cx.request_collection();
            assert!(cx.is_draining());
        }
        Ok(())
    });
    // The nested request did not run a cycle inside the drain.
    assert_eq!((delivered, calls), (1, 1));
    assert!(heap.take_collection_request());
    // collect_all settles the chain: each callback exactly once.
    let mut log = Vec::new();
    heap.collect_all(|cx, root, ev| {
        log.push(describe(cx, &ev));
        let Event::Callback(wr) = ev else { panic!() };
        let next = int(wr.callback()) + 1;
        if next <= 3 {
            let n = node(cx, next as u32);
            keep(cx, root, Val::Weak(cx.weak_ref(n, Some(Val::Int(next)))));
            cx.request_collection();
        }
        Ok(())
    });
    assert_eq!(log, ["cb:2", "cb:3"]);
    assert_eq!(heap.stats().queued_events, 0);
}

#[test]
fn failing_and_panicking_handlers_go_to_the_unraisable_hook_and_the_drain_goes_on() {
    use std::cell::RefCell;
    use std::rc::Rc;
    use wraith_gc::Failure;

    let mut heap = manual_heap();
    let reported = Rc::new(RefCell::new(Vec::new()));
    let sink = reported.clone();
    heap.set_unraisable_hook(move |_, _, u| {
        let what = match u.failure {
            Failure::Error(Val::Int(n)) => format!("error {n}"),
            Failure::Error(_) => "error".into(),
            Failure::Panic(msg) => format!("panic {msg}"),
        };
        let Event::Callback(wr) = u.event else {
            panic!()
        };
        sink.borrow_mut()
            .push(format!("{} in cb:{}", what, int(wr.callback())));
    });
    heap.mutate(|cx, root| {
        let n = node(cx, 1);
        for i in 0..3 {
            keep(cx, root, Val::Weak(cx.weak_ref(n, Some(Val::Int(i)))));
        }
    });
    heap.collect();
    let mut ran = Vec::new();
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {})); // keep the expected panic quiet
    heap.drain(|_, _, ev| {
        let Event::Callback(wr) = ev else { panic!() };
        let i = int(wr.callback());
        ran.push(i);
        match i {
            2 => Err(Val::Int(7)),
            1 => panic!("boom"),
            _ => Ok(()),
        }
    });
    std::panic::set_hook(hook);
    assert_eq!(ran, [2, 1, 0]);
    assert_eq!(
        *reported.borrow(),
        ["error 7 in cb:2", "panic boom in cb:1"]
    );
    assert_eq!(heap.unraisable_count(), 2);
    // The heap is still consistent: it collects and makes weak refs as before.
    heap.collect();
    heap.mutate(|cx, root| {
        let n = node(cx, 5);
        keep(cx, root, Val::Node(n));
        assert!(cx.weak_ref(n, None).get(&cx).is_some());
    });
}

#[test]
fn collect_reports_freed_objects_and_stats_track_the_heap() {
    let mut heap = manual_heap();
    heap.mutate(|cx, root| {
        for i in 0..100 {
            let n = node(cx, i);
            if i % 2 == 0 {
                keep(cx, root, Val::Node(n));
            }
        }
    });
    let report = heap.collect();
    assert_eq!(report.objects_freed, 50);
    assert!(report.cycles >= 1);
    let stats = heap.stats();
    assert_eq!(stats.weak_refs, 0);
    assert!(stats.allocations >= 50);
}
