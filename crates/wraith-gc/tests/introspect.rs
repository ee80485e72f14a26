//! Introspection queries: referents, referrers, reachable objects, and why an object is alive.

mod common;

use common::*;
use gc_arena::Gc;
use wraith_gc::Holder;

fn ids<'gc>(v: &[Gc<'gc, Node<'gc>>]) -> Vec<u32> {
    v.iter().map(|n| n.id).collect()
}

#[test]
fn path_to_is_a_shortest_chain_from_the_root() {
    let heap = manual_heap();
    heap.mutate(|cx, root| {
        // root → 1 → 2 → 3 → 4, and a shortcut root → 5 → 4
        let n: Vec<_> = (0..=5).map(|i| node(cx, i)).collect();
        link(cx, n[1], Val::Node(n[2]));
        link(cx, n[2], Val::Node(n[3]));
        link(cx, n[3], Val::Node(n[4]));
        link(cx, n[5], Val::Node(n[4]));
        keep(cx, root, Val::Node(n[1]));
        keep(cx, root, Val::Node(n[5]));

        let why = cx.path_to(root, n[4]).expect("n4 is reachable");
        assert_eq!(why.holder, Holder::Root);
        assert_eq!(ids(&why.path), [5, 4]);
        let why = cx.path_to(root, n[3]).unwrap();
        assert_eq!(ids(&why.path), [1, 2, 3]);
        assert!(cx.path_to(root, n[0]).is_none(), "garbage has no path");

        assert_eq!(ids(&cx.referents(n[1])), [2]);
        let mut referrers = ids(&cx.referrers(root, n[4]));
        referrers.sort();
        assert_eq!(referrers, [3, 5]);
        let mut all = ids(&cx.reachable_objects(root));
        all.sort();
        assert_eq!(all, [1, 2, 3, 4, 5]);
    });
}

#[test]
fn a_finalizer_payload_that_reaches_its_object_is_reported_as_the_holder() {
    let mut heap = manual_heap();
    heap.mutate(|cx, root| {
        let o = node(cx, 1);
        let f = cx.finalize(o, Val::Node(o)); // Python: finalize(o, print, o) makes o immortal
        let why = cx.path_to(root, o).unwrap();
        assert_eq!(why.holder, Holder::Finalizer(f.index()));
        assert_eq!(ids(&why.path), [1]);
    });
    // And indeed it never dies.
    heap.collect();
    heap.mutate(|cx, root| assert_eq!(cx.reachable_objects(root).len(), 1));
}

#[test]
fn objects_waiting_in_the_queue_are_held_by_the_event() {
    let mut heap = manual_heap();
    heap.mutate(|cx, _| {
        let o = node(cx, 1);
        cx.track_del(o).unwrap();
    });
    heap.collect();
    heap.mutate(|cx, root| {
        let objs = cx.reachable_objects(root);
        assert_eq!(ids(&objs), [1]);
        assert_eq!(cx.path_to(root, objs[0]).unwrap().holder, Holder::Event);
    });
}
