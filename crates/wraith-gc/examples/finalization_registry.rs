//! A JavaScript-style `FinalizationRegistry` with unregister tokens, on wraith-gc's weak
//! references and ephemeron tables.
//!
//! Run with `cargo run -p wraith-gc --example finalization_registry`. `main` asserts every
//! outcome; `tests/examples.rs` runs it as a test.
//!
//! ECMAScript semantics reproduced here:
//! - `registry.register(target, held, token?)`: when `target` dies, `cleanup(held)` runs later,
//!   as a job (here: when the host drains the heap's events);
//! - `registry.unregister(token)` removes every cell registered with `token` and says whether
//!   there was one; the token is held weakly;
//! - if the registry itself dies, its cleanups never run;
//! - `held` is held strongly, the target weakly.
//!
//! Each cell is a weak reference to the target whose callback is the held value; the registry
//! holds its cells strongly, so a cell lives exactly as long as the registry and until it is
//! unregistered or has fired (a weak reference whose own object is dead gets no callback). The
//! tokens are the keys of an [`EphemeronTable`] whose values list the token's cells: the
//! table holds neither the tokens nor (through them) the cells alive.

use gc_arena::barrier::unlock;
use gc_arena::{Collect, Gc, Mutation, RefLock};
use wraith_gc::{
    Context, EphemeronTable, Event, Heap, HeapConfig, WeakRef, WeakRefOptions, WeakSlot,
};

struct Js;

#[derive(Collect)]
#[collect(no_drop)]
struct Obj {
    id: u32,
    slot: WeakSlot,
}

#[derive(Collect, Clone)]
#[collect(no_drop)]
enum Value<'gc> {
    Undefined,
    Int(i64),
    Obj(Gc<'gc, Obj>),
    Registry(Gc<'gc, Registry<'gc>>),
    Cells(Gc<'gc, RefLock<Vec<Gc<'gc, WeakRef<'gc, Js>>>>>),
}

#[derive(Collect)]
#[collect(no_drop)]
struct Registry<'gc> {
    /// The live cells, held strongly.
    cells: RefLock<Vec<Gc<'gc, WeakRef<'gc, Js>>>>,
    /// Unregister token → its cells.
    tokens: EphemeronTable<'gc, Js>,
}

impl wraith_gc::Embed for Js {
    type Object<'gc> = Obj;
    type Value<'gc> = Value<'gc>;
    type Root<'gc> = Gc<'gc, RefLock<Vec<Value<'gc>>>>;
    fn weak_slot(o: &Obj) -> &WeakSlot {
        &o.slot
    }
}

type Cx<'gc> = Context<'gc, Js>;

fn new_registry<'gc>(cx: Cx<'gc>) -> Gc<'gc, Registry<'gc>> {
    Gc::new(
        &cx,
        Registry {
            cells: RefLock::new(Vec::new()),
            tokens: EphemeronTable::new(&cx),
        },
    )
}

/// `registry.register(target, held, token)`.
fn register<'gc>(
    cx: Cx<'gc>,
    reg: Gc<'gc, Registry<'gc>>,
    target: Gc<'gc, Obj>,
    held: Value<'gc>,
    token: Option<Gc<'gc, Obj>>,
) {
    let cell = cx.new_weak_ref(
        target,
        WeakRefOptions {
            callback: Some(held),
            payload: Some(Value::Registry(reg)),
            ..Default::default()
        },
    );
    unlock!(Gc::write(&cx, reg), Registry, cells)
        .borrow_mut()
        .push(cell);
    if let Some(token) = token {
        let list = reg.tokens.get_or_insert_with(cx, token, || {
            Value::Cells(Gc::new(&cx, RefLock::new(Vec::new())))
        });
        if let Value::Cells(list) = list {
            list.borrow_mut(&cx).push(cell);
        }
    }
}

/// `registry.unregister(token)`: whether any cell was removed.
fn unregister<'gc>(cx: Cx<'gc>, reg: Gc<'gc, Registry<'gc>>, token: Gc<'gc, Obj>) -> bool {
    let Some(Value::Cells(list)) = reg.tokens.remove(token) else {
        return false;
    };
    let gone = list.borrow();
    let mut cells = unlock!(Gc::write(&cx, reg), Registry, cells).borrow_mut();
    let before = cells.len();
    cells.retain(|c| !gone.iter().any(|g| Gc::ptr_eq(*c, *g)));
    before != cells.len()
}

fn obj<'gc>(cx: Cx<'gc>, id: u32) -> Gc<'gc, Obj> {
    Gc::new(
        &cx,
        Obj {
            id,
            slot: WeakSlot::new(),
        },
    )
}

/// Collects and runs the cleanup jobs; returns the held values cleaned up, sorted.
fn collect_and_run_jobs(heap: &mut Heap<Js>) -> Vec<i64> {
    let mut cleaned = Vec::new();
    heap.collect_all(|cx, _root, event| {
        if let Event::Callback(cell) = event
            && let Some(Value::Registry(reg)) = cell.payload()
        {
            // The cell has fired: the registry forgets it.
            unlock!(Gc::write(&cx, reg), Registry, cells)
                .borrow_mut()
                .retain(|c| !Gc::ptr_eq(*c, cell));
            // cleanup(held)
            match cell.callback() {
                Some(Value::Int(n)) => cleaned.push(*n),
                Some(Value::Obj(o)) => cleaned.push(i64::from(o.id)),
                _ => cleaned.push(-1),
            }
        }
        Ok(())
    });
    cleaned.sort();
    cleaned
}

fn registry_at<'gc>(root: &Gc<'gc, RefLock<Vec<Value<'gc>>>>, i: usize) -> Gc<'gc, Registry<'gc>> {
    match root.borrow()[i] {
        Value::Registry(r) => r,
        _ => panic!("not a registry"),
    }
}

pub fn main() {
    let mut heap: Heap<Js> = Heap::new(HeapConfig::manual(), |mc: &Mutation<'_>| {
        Gc::new(mc, RefLock::new(Vec::new()))
    });

    // const registry = new FinalizationRegistry(held => log(held));   // root 0
    // const t1 = {}, t2 = {};                                           // roots 1, 2 (tokens)
    heap.mutate(|cx, root| {
        let reg = new_registry(cx);
        let (t1, t2) = (obj(cx, 901), obj(cx, 902));
        root.borrow_mut(&cx)
            .extend([Value::Registry(reg), Value::Obj(t1), Value::Obj(t2)]);

        // Targets that nothing else keeps alive.
        register(cx, reg, obj(cx, 1), Value::Int(1), Some(t1));
        register(cx, reg, obj(cx, 2), Value::Int(2), Some(t2));
        register(cx, reg, obj(cx, 3), Value::Int(3), None);
        let held_obj = obj(cx, 44); // held values are held strongly
        register(cx, reg, obj(cx, 4), Value::Obj(held_obj), Some(t2));

        // A target that stays alive: no cleanup.
        let keep = obj(cx, 5);
        root.borrow_mut(&cx).push(Value::Obj(keep));
        register(cx, reg, keep, Value::Int(5), Some(t1));

        // registry.unregister(t2) removes cells 2 and 4; a second call finds nothing.
        assert!(unregister(cx, reg, t2));
        assert!(!unregister(cx, reg, t2));
        assert_eq!(reg.cells.borrow().len(), 3);
    });

    let cleaned = collect_and_run_jobs(&mut heap);
    println!("cleanups run: {cleaned:?}");
    assert_eq!(cleaned, [1, 3]);

    heap.mutate(|cx, root| {
        let reg = registry_at(root, 0);
        assert_eq!(reg.cells.borrow().len(), 1); // the cell of target 5
        // Token t1 still has its entry (target 5's cell), t2 has none.
        assert_eq!(reg.tokens.len(), 1);
        // Drop token t1: its entry leaves the ephemeron table, target 5's cell stays.
        root.borrow_mut(&cx)[1] = Value::Undefined;
    });
    let report = heap.collect();
    assert_eq!(report.entries_removed, 1);
    heap.mutate(|_, root| {
        let reg = registry_at(root, 0);
        assert_eq!(reg.tokens.len(), 0);
        assert_eq!(reg.cells.borrow().len(), 1);
    });

    // The registry dies together with a registered target: no cleanup runs.
    heap.mutate(|cx, root| {
        let reg = registry_at(root, 0);
        register(cx, reg, obj(cx, 6), Value::Int(6), None);
        root.borrow_mut(&cx)[0] = Value::Undefined;
        root.borrow_mut(&cx).truncate(3); // and target 5 dies too
    });
    let cleaned = collect_and_run_jobs(&mut heap);
    println!("cleanups after the registry died: {cleaned:?}");
    assert!(cleaned.is_empty());
}
