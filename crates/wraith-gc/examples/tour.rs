//! A tour of wraith-gc: weak references with callbacks, a finalizer, an object finalizer that
//! resurrects its object, and the report of each collection.
//!
//! Run with `cargo run --release -p wraith-gc --example tour`.

use gc_arena::barrier::unlock;
use gc_arena::{Collect, Gc, Mutation, RefLock};
use wraith_gc::{Embed, Event, Heap, HeapConfig, WeakSlot};

/// A named object that can point at other objects.
#[derive(Collect)]
#[collect(no_drop)]
struct Obj<'gc> {
    name: &'static str,
    links: RefLock<Vec<Gc<'gc, Obj<'gc>>>>,
    weak: WeakSlot,
}

/// Callbacks and finalizer payloads are messages to print.
#[derive(Collect, Clone)]
#[collect(no_drop)]
enum Value<'gc> {
    Say(&'static str),
    Obj(Gc<'gc, Obj<'gc>>),
    Weak(Gc<'gc, wraith_gc::WeakRef<'gc, Tour>>),
}

type Root<'gc> = Gc<'gc, RefLock<Vec<Value<'gc>>>>;

struct Tour;
impl Embed for Tour {
    type Object<'gc> = Obj<'gc>;
    type Value<'gc> = Value<'gc>;
    type Root<'gc> = Root<'gc>;
    fn weak_slot<'a, 'gc>(obj: &'a Obj<'gc>) -> &'a WeakSlot {
        &obj.weak
    }
}

fn obj<'gc>(mc: &Mutation<'gc>, name: &'static str) -> Gc<'gc, Obj<'gc>> {
    Gc::new(
        mc,
        Obj {
            name,
            links: RefLock::new(Vec::new()),
            weak: WeakSlot::new(),
        },
    )
}

fn main() {
    let mut heap = Heap::<Tour>::new(HeapConfig::manual(), |mc| {
        Gc::new(mc, RefLock::new(Vec::new()))
    });

    heap.mutate(|cx, root| {
        // Kenny lives in a cycle with himself; only a collection can find him dead.
        let kenny = obj(&cx, "kenny");
        unlock!(Gc::write(&cx, kenny), Obj, links)
            .borrow_mut()
            .push(kenny);
        let r1 = cx.weak_ref(kenny, Some(Value::Say("first callback")));
        let r2 = cx.weak_ref(kenny, Some(Value::Say("second callback")));
        cx.finalize(kenny, Value::Say("You killed Kenny!"));
        println!("weak references to kenny: {}", cx.weak_ref_count(kenny));

        // Phoenix has an object finalizer that brings it back once.
        let phoenix = obj(&cx, "phoenix");
        cx.track_del(phoenix).expect("first registration");
        let r3 = cx.weak_ref(phoenix, Some(Value::Say("phoenix's weak reference died")));

        let mut keep = root.borrow_mut(&cx);
        keep.extend([Value::Weak(r1), Value::Weak(r2), Value::Weak(r3)]);
    });

    let report = heap.collect();
    println!(
        "collected: {} weak refs cleared, {} callbacks and {} finalizers queued, {} resurrected",
        report.weak_refs_cleared,
        report.callbacks_queued,
        report.finalizers_queued,
        report.resurrected
    );

    heap.drain(|cx, root, event| {
        match event {
            Event::Callback(wr) => {
                if let Some(Value::Say(msg)) = wr.callback() {
                    println!("callback: {msg} (referent gone: {})", wr.get(&cx).is_none());
                }
            }
            Event::Finalize(f) => {
                if let Some(Value::Say(msg)) = f.payload() {
                    println!("finalizer: {msg}");
                }
            }
            Event::Del(o) => {
                println!("object finalizer of {}: rising again", o.name);
                root.borrow_mut(&cx).push(Value::Obj(o));
            }
        }
        Ok(())
    });

    heap.mutate(|cx, root| {
        let alive: Vec<_> = root
            .borrow()
            .iter()
            .filter_map(|v| match v {
                Value::Obj(o) => Some(o.name),
                _ => None,
            })
            .collect();
        println!("alive after the drain: {alive:?}");
        println!(
            "finalized once already: {}",
            cx.is_finalized(match root.borrow().last() {
                Some(Value::Obj(o)) => *o,
                _ => unreachable!(),
            })
        );
    });

    let stats = heap.stats();
    println!(
        "heap: {} allocations, {} weak refs, {} finalizers, {} events queued",
        stats.allocations, stats.weak_refs, stats.finalizers, stats.queued_events
    );
}
