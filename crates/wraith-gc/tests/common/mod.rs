//! A tiny embedder for the integration tests: nodes with outgoing values, a root list, and
//! helpers that turn drained events into readable strings.
#![allow(dead_code)]

use gc_arena::barrier::unlock;
use gc_arena::{Collect, Gc, Mutation, RefLock};
use wraith_gc::{Context, Embed, Event, Finalizer, Heap, HeapConfig, WeakRef, WeakSlot};

/// The test embedder.
pub struct T;

#[derive(Collect)]
#[collect(no_drop)]
pub struct Node<'gc> {
    pub id: u32,
    pub out: RefLock<Vec<Val<'gc>>>,
    pub weak: WeakSlot,
}

#[derive(Collect, Clone)]
#[collect(no_drop)]
pub enum Val<'gc> {
    Int(i64),
    Node(Gc<'gc, Node<'gc>>),
    Weak(Gc<'gc, WeakRef<'gc, T>>),
    Fin(Finalizer<'gc, T>),
}

pub type Root<'gc> = Gc<'gc, RefLock<Vec<Val<'gc>>>>;

impl Embed for T {
    type Object<'gc> = Node<'gc>;
    type Value<'gc> = Val<'gc>;
    type Root<'gc> = Root<'gc>;
    fn weak_slot<'a, 'gc>(node: &'a Node<'gc>) -> &'a WeakSlot {
        &node.weak
    }

    fn object_referents<'gc>(node: &Node<'gc>, out: &mut Vec<Gc<'gc, Node<'gc>>>) {
        for v in node.out.borrow().iter() {
            Self::value_referents(v, out);
        }
    }

    fn value_referents<'gc>(v: &Val<'gc>, out: &mut Vec<Gc<'gc, Node<'gc>>>) {
        if let Val::Node(n) = v {
            out.push(*n);
        }
    }

    fn root_referents<'gc>(root: &Root<'gc>, out: &mut Vec<Gc<'gc, Node<'gc>>>) {
        for v in root.borrow().iter() {
            Self::value_referents(v, out);
        }
    }
}

pub type Cx<'gc> = Context<'gc, T>;

pub fn manual_heap() -> Heap<T> {
    Heap::new(HeapConfig::manual(), |mc: &Mutation<'_>| {
        Gc::new(mc, RefLock::new(Vec::new()))
    })
}

pub fn incremental_heap() -> Heap<T> {
    Heap::new(HeapConfig::incremental(), |mc: &Mutation<'_>| {
        Gc::new(mc, RefLock::new(Vec::new()))
    })
}

pub fn node<'gc>(cx: Cx<'gc>, id: u32) -> Gc<'gc, Node<'gc>> {
    Gc::new(
        &cx,
        Node {
            id,
            out: RefLock::new(Vec::new()),
            weak: WeakSlot::new(),
        },
    )
}

/// Adds an edge `from -> v`.
pub fn link<'gc>(cx: Cx<'gc>, from: Gc<'gc, Node<'gc>>, v: Val<'gc>) {
    unlock!(Gc::write(&cx, from), Node, out)
        .borrow_mut()
        .push(v);
}

/// Keeps `v` alive from the root.
pub fn keep<'gc>(cx: Cx<'gc>, root: &Root<'gc>, v: Val<'gc>) {
    root.borrow_mut(&cx).push(v);
}

/// Drops everything the root holds.
pub fn clear_root<'gc>(cx: Cx<'gc>, root: &Root<'gc>) {
    root.borrow_mut(&cx).clear();
}

/// The `i`th value of the root.
pub fn rooted<'gc>(root: &Root<'gc>, i: usize) -> Val<'gc> {
    root.borrow()[i].clone()
}

pub fn int(v: Option<&Val<'_>>) -> i64 {
    match v {
        Some(Val::Int(n)) => *n,
        _ => -1,
    }
}

/// Describes an event: `cb:<callback int>`, `fin:<payload int>` or `del:<node id>`.
pub fn describe<'gc>(cx: Cx<'gc>, event: &Event<'gc, T>) -> String {
    match event {
        Event::Callback(wr) => {
            assert!(
                wr.get(&cx).is_none(),
                "a callback's weak reference is already cleared"
            );
            format!("cb:{}", int(wr.callback()))
        }
        Event::Finalize(f) => {
            assert!(!f.alive(), "a queued finalizer is already dead");
            format!("fin:{}", int(f.payload().as_ref()))
        }
        Event::Del(o) => format!("del:{}", o.id),
    }
}

/// Drains the queue, describing every event.
pub fn drain_log(heap: &mut Heap<T>) -> Vec<String> {
    let mut log = Vec::new();
    heap.drain(|cx, _, ev| {
        log.push(describe(cx, &ev));
        Ok(())
    });
    log
}
