//! The weak-container workloads of `../shared/bench/cpython_weakref.py` (`wvd_*`, `wkd_*`,
//! `weakset_*`, `drop_all_containers`), on Wraith's containers and on boa_gc 0.22's `WeakMap`
//! (boa_gc has no weak-value map and no iterable weak set: those workloads are Wraith only).
//!
//! Every function builds its objects untimed and returns the time of the measured part only,
//! and checks its own result (every entry found, every entry gone).

use std::hint::black_box;
use std::time::{Duration, Instant};

use gc_arena::{Collect, Gc, Mutation, RefLock};
use wraith_gc::{Embed, EphemeronTable, Heap, HeapConfig, WeakSet, WeakSlot, WeakValueMap};

/// One container workload.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Container {
    /// `wvd_set`: `wvd[i] = objs[i]` for N live objects.
    WvdSet,
    /// `wvd_get`: `wvd.get(i)` N times, all found.
    WvdGet,
    /// `wkd_set`: `wkd[o] = o.x` for N live objects (an ephemeron table here).
    WkdSet,
    /// `wkd_get`: `wkd[o]` N times.
    WkdGet,
    /// `weakset_add`: `ws.add(o)` for N live objects.
    WsAdd,
    /// `weakset_contains`: `o in ws` N times, all found.
    WsContains,
    /// `weakset_iter`: iterate the N members.
    WsIter,
    /// `drop_all_containers`: drop the N objects, collect; every container is then empty.
    DropAll,
}

impl Container {
    /// Every workload, in the order of the Python script.
    pub const ALL: [Container; 8] = [
        Container::WvdSet,
        Container::WvdGet,
        Container::WkdSet,
        Container::WkdGet,
        Container::WsAdd,
        Container::WsContains,
        Container::WsIter,
        Container::DropAll,
    ];

    /// The name the Python script prints.
    pub fn name(self) -> &'static str {
        match self {
            Container::WvdSet => "wvd_set",
            Container::WvdGet => "wvd_get",
            Container::WkdSet => "wkd_set",
            Container::WkdGet => "wkd_get",
            Container::WsAdd => "weakset_add",
            Container::WsContains => "weakset_contains",
            Container::WsIter => "weakset_iter",
            Container::DropAll => "drop_all_containers",
        }
    }
}

/// The object (the script's `Obj`).
#[derive(Collect)]
#[collect(no_drop)]
pub struct CObj {
    x: usize,
    weak: WeakSlot,
}

/// Values: integers (the script's dict keys and `o.x`) or objects.
#[derive(Collect, Clone, PartialEq, Eq, Hash)]
#[collect(no_drop)]
pub enum CVal<'gc> {
    /// An integer.
    Int(usize),
    /// An object.
    Obj(ByAddr<'gc>),
}

/// An object compared and hashed by identity.
#[derive(Collect, Clone, Copy)]
#[collect(no_drop)]
pub struct ByAddr<'gc>(Gc<'gc, CObj>);

impl PartialEq for ByAddr<'_> {
    fn eq(&self, o: &Self) -> bool {
        Gc::ptr_eq(self.0, o.0)
    }
}
impl Eq for ByAddr<'_> {}
impl core::hash::Hash for ByAddr<'_> {
    fn hash<H: core::hash::Hasher>(&self, h: &mut H) {
        Gc::as_ptr(self.0).hash(h)
    }
}

/// The root: the script's globals.
#[derive(Collect)]
#[collect(no_drop)]
pub struct CRoot<'gc> {
    objs: Gc<'gc, RefLock<Vec<Gc<'gc, CObj>>>>,
    wvd: WeakValueMap<'gc, CBench>,
    wkd: EphemeronTable<'gc, CBench>,
    ws: WeakSet<'gc, CBench>,
}

/// The embedder.
pub struct CBench;

impl Embed for CBench {
    type Object<'gc> = CObj;
    type Value<'gc> = CVal<'gc>;
    type Root<'gc> = CRoot<'gc>;
    fn weak_slot<'a>(o: &'a CObj) -> &'a WeakSlot {
        &o.weak
    }
}

/// A heap with `n` live objects and empty containers.
fn wraith_heap(n: usize) -> Heap<CBench> {
    let heap = Heap::new(HeapConfig::manual(), |mc: &Mutation<'_>| {
        // Containers need a context to register with the heap: made in the first mutate.
        let _ = mc;
        unreachable!()
    });
    heap
}

fn new_heap(n: usize) -> Heap<CBench> {
    let _ = wraith_heap;
    // Build the root inside the arena: containers are registered through a context, which
    // only exists inside `mutate`, so the root holds them from the first mutation on.
    let mut heap: Heap<CBench> = Heap::new_with(HeapConfig::manual(), |cx| CRoot {
        objs: Gc::new(&cx, RefLock::new(Vec::with_capacity(n))),
        wvd: WeakValueMap::with_capacity(cx, n),
        wkd: EphemeronTable::with_capacity(cx, n),
        ws: WeakSet::with_capacity(cx, n),
    });
    heap.mutate(|cx, root| {
        let mut objs = root.objs.borrow_mut(&cx);
        for x in 0..n {
            objs.push(Gc::new(
                &cx,
                CObj {
                    x,
                    weak: WeakSlot::new(),
                },
            ));
        }
    });
    heap.collect();
    heap
}
