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
    fn weak_slot(o: &CObj) -> &WeakSlot {
        &o.weak
    }
}

/// A heap with `n` live objects (rooted) and empty containers.
fn new_heap(n: usize) -> Heap<CBench> {
    let mut heap: Heap<CBench> = Heap::new(HeapConfig::manual(), |mc: &Mutation<'_>| CRoot {
        objs: Gc::new(mc, RefLock::new(Vec::with_capacity(n))),
        wvd: WeakValueMap::new(mc),
        wkd: EphemeronTable::new(mc),
        ws: WeakSet::new(mc),
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

/// Fills the containers that `w` reads (untimed).
fn fill(heap: &Heap<CBench>, w: Container) {
    heap.mutate(|cx, root| {
        let objs = root.objs.borrow();
        for o in objs.iter() {
            match w {
                Container::WvdGet | Container::DropAll => {
                    wvd_set(cx, root, o.x, *o);
                }
                _ => {}
            }
            match w {
                Container::WkdGet | Container::DropAll => {
                    root.wkd.insert(cx, *o, CVal::Int(o.x));
                }
                _ => {}
            }
            match w {
                Container::WsContains | Container::WsIter | Container::DropAll => {
                    root.ws.add(cx, *o);
                }
                _ => {}
            }
        }
    });
}

/// `wvd[i] = o` the way an interpreter does it: the key's own hash (Python's `hash(i) == i`)
/// and equality, through the embedder-hashed API.
fn wvd_set<'gc>(
    cx: wraith_gc::Context<'gc, CBench>,
    root: &CRoot<'gc>,
    i: usize,
    o: Gc<'gc, CObj>,
) {
    let key = CVal::Int(i);
    let _ = root.wvd.insert_hashed(cx, i as u64, key, o, |k| {
        Ok::<_, ()>(matches!(k, CVal::Int(j) if *j == i))
    });
}

/// `wvd.get(i)`, as [`wvd_set`].
fn wvd_get<'gc>(root: &CRoot<'gc>, i: usize) -> Option<Gc<'gc, CObj>> {
    root.wvd
        .find_hashed(i as u64, |k| {
            Ok::<_, ()>(matches!(k, CVal::Int(j) if *j == i))
        })
        .ok()
        .flatten()
        .map(|(_, o)| o)
}

/// Runs `w` once on a Wraith heap of `n` objects; returns the measured time.
pub fn wraith(w: Container, n: usize) -> Duration {
    let mut heap = new_heap(n);
    fill(&heap, w);
    if w == Container::DropAll {
        let t = Instant::now();
        heap.mutate(|cx, root| root.objs.borrow_mut(&cx).clear());
        let report = heap.collect();
        let dt = t.elapsed();
        assert_eq!(report.entries_removed, 3 * n);
        heap.mutate(|_, root| {
            assert!(root.wvd.is_empty() && root.wkd.is_empty() && root.ws.is_empty());
        });
        return dt;
    }
    heap.mutate(|cx, root| {
        let objs = root.objs.borrow();
        let t = Instant::now();
        let found = match w {
            Container::WvdSet => {
                for o in objs.iter() {
                    wvd_set(cx, root, o.x, *o);
                }
                root.wvd.len()
            }
            Container::WvdGet => (0..n).filter(|&i| wvd_get(root, i).is_some()).count(),
            Container::WkdSet => {
                for o in objs.iter() {
                    root.wkd.insert(cx, *o, CVal::Int(o.x));
                }
                root.wkd.len()
            }
            Container::WkdGet => {
                let mut s = 0;
                for o in objs.iter() {
                    if let Some(CVal::Int(x)) = root.wkd.get(*o) {
                        s += x;
                    }
                }
                assert_eq!(s, n * n.saturating_sub(1) / 2);
                n
            }
            Container::WsAdd => {
                for o in objs.iter() {
                    root.ws.add(cx, *o);
                }
                root.ws.len()
            }
            Container::WsContains => objs.iter().filter(|o| root.ws.contains(**o)).count(),
            Container::WsIter => root.ws.iter_members().filter(|m| m.is_ok()).count(),
            Container::DropAll => unreachable!(),
        };
        let dt = t.elapsed();
        assert_eq!(black_box(found), n, "{}", w.name());
        dt
    })
}

/// The boa_gc side: `WeakMap` stands in for the weak-key dictionary and (with `()` values) the
/// weak set. Returns `None` for workloads boa_gc has no container for.
pub fn boa(w: Container, n: usize) -> Option<Duration> {
    use boa_gc::{Finalize, Gc as BGc, Trace, WeakMap, force_collect};

    #[derive(Trace, Finalize)]
    struct BObj {
        #[unsafe_ignore_trace]
        x: usize,
    }

    if matches!(w, Container::WvdSet | Container::WvdGet | Container::WsIter) {
        return None;
    }
    let mut objs: Vec<BGc<BObj>> = (0..n).map(|x| BGc::new(BObj { x })).collect();
    let mut wkd: WeakMap<BObj, usize> = WeakMap::new();
    let mut ws: WeakMap<BObj, ()> = WeakMap::new();
    force_collect();
    let prefill_wkd = matches!(w, Container::WkdGet | Container::DropAll);
    let prefill_ws = matches!(w, Container::WsContains | Container::DropAll);
    for o in &objs {
        if prefill_wkd {
            wkd.insert(o, o.x);
        }
        if prefill_ws {
            ws.insert(o, ());
        }
    }
    let t = Instant::now();
    let found = match w {
        Container::WkdSet => {
            for o in &objs {
                wkd.insert(o, o.x);
            }
            n
        }
        Container::WkdGet => {
            let mut s = 0;
            for o in &objs {
                if let Some(e) = wkd.get(o)
                    && let Some(v) = e.value()
                {
                    s += *v;
                }
            }
            assert_eq!(s, n * n.saturating_sub(1) / 2);
            n
        }
        Container::WsAdd => {
            for o in &objs {
                ws.insert(o, ());
            }
            n
        }
        Container::WsContains => objs.iter().filter(|o| ws.contains_key(o)).count(),
        Container::DropAll => {
            objs.clear();
            force_collect();
            n
        }
        _ => unreachable!(),
    };
    let dt = t.elapsed();
    assert_eq!(black_box(found), n);
    drop((objs, wkd, ws));
    force_collect();
    Some(dt)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn container_workloads_run_small() {
        for w in Container::ALL {
            wraith(w, 300);
            boa(w, 300);
        }
    }
}
