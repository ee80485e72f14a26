//! The workloads on bare gc-arena: `GcWeak` plus the tracking a hand-written embedder needs.
//!
//! A weak reference without callback is a bare `GcWeak` (no object at all). A weak reference
//! with a callback is an arena object (`BareRef`: a clearable `GcWeak` edge and the callback)
//! listed, weakly, in one flat tracking table; a finalizer is an arena object listed strongly
//! in another. One collection: mark, scan both tables in gc-arena's finalization hook (clear
//! and queue what died), mark again, sweep; then the host drains the queue. This is the least
//! machinery that gives the same observable behaviour as Wraith for these workloads (no
//! per-referent lists, no ordering, no shared refs).

use std::hint::black_box;
use std::time::{Duration, Instant};

use gc_arena::arena::CollectionPhase;
use gc_arena::barrier::unlock;
use gc_arena::{Arena, Collect, Gc, GcWeak, Lock, Mutation, RefLock, Rootable};

use crate::wraith_sys::Obj;
use crate::{CALLBACK_VALUE, Workload};

/// A weak reference with a callback.
#[derive(Collect)]
#[collect(no_drop)]
pub struct BareRef<'gc> {
    target: Lock<Option<GcWeak<'gc, Obj<'gc>>>>,
    #[collect(require_static)]
    cb: usize,
}

/// A finalizer.
#[derive(Collect)]
#[collect(no_drop)]
pub struct BareFin<'gc> {
    target: Lock<Option<GcWeak<'gc, Obj<'gc>>>>,
    #[collect(require_static)]
    payload: usize,
}

/// A queued event.
#[derive(Collect, Clone, Copy)]
#[collect(no_drop)]
pub enum Ev<'gc> {
    /// A cleared weak reference whose callback is due.
    Callback(Gc<'gc, BareRef<'gc>>),
    /// A finalizer whose object died.
    Finalize(Gc<'gc, BareFin<'gc>>),
}

type Table<'gc, T> = Gc<'gc, RefLock<Vec<T>>>;

/// The arena root.
#[derive(Collect)]
#[collect(no_drop)]
pub struct Root<'gc> {
    objs: Vec<Gc<'gc, Obj<'gc>>>,
    weaks: Vec<GcWeak<'gc, Obj<'gc>>>,
    refs: Vec<Gc<'gc, BareRef<'gc>>>,
    keep: Vec<Gc<'gc, BareRef<'gc>>>,
    fins: Vec<Gc<'gc, BareFin<'gc>>>,
    /// Every callback weak reference, weakly.
    tracked: Table<'gc, GcWeak<'gc, BareRef<'gc>>>,
    /// Every live finalizer, strongly.
    finalizers: Table<'gc, Gc<'gc, BareFin<'gc>>>,
    queue: Table<'gc, Ev<'gc>>,
}

type BareArena = Arena<Rootable![Root<'_>]>;

fn arena_with_objects(n: usize) -> BareArena {
    let mut arena = BareArena::new(|mc| Root {
        objs: Vec::new(),
        weaks: Vec::new(),
        refs: Vec::new(),
        keep: Vec::new(),
        fins: Vec::new(),
        tracked: Gc::new(mc, RefLock::new(Vec::new())),
        finalizers: Gc::new(mc, RefLock::new(Vec::new())),
        queue: Gc::new(mc, RefLock::new(Vec::new())),
    });
    arena.mutate_root(|mc, root| {
        root.objs.reserve_exact(n);
        for i in 0..n {
            root.objs.push(Gc::new(mc, Obj::new(i)));
        }
    });
    arena
}

fn new_ref<'gc>(
    mc: &Mutation<'gc>,
    root: &Root<'gc>,
    o: Gc<'gc, Obj<'gc>>,
) -> Gc<'gc, BareRef<'gc>> {
    let r = Gc::new(
        mc,
        BareRef {
            target: Lock::new(Some(Gc::downgrade(o))),
            cb: CALLBACK_VALUE,
        },
    );
    root.tracked.borrow_mut(mc).push(Gc::downgrade(r));
    r
}

fn add_callback_refs(arena: &mut BareArena) {
    arena.mutate_root(|mc, root| {
        let refs: Vec<_> = root.objs.iter().map(|&o| new_ref(mc, root, o)).collect();
        root.refs = refs;
    });
}

/// One full collection with weak-reference processing, then the drain; returns the sum of the
/// callback and finalizer values that ran.
fn collect_and_drain(arena: &mut BareArena) -> usize {
    let t0 = Instant::now();
    if arena.collection_phase() == CollectionPhase::Sweeping {
        arena.finish_cycle();
    }
    arena
        .finish_marking()
        .expect("not sweeping")
        .finalize(|fc, root| {
            let mut queue = root.queue.borrow_mut(fc);
            root.tracked.borrow_mut(fc).retain(|w| {
                if w.is_dead(fc) {
                    return false; // the weak reference object itself died: no callback
                }
                let Some(r) = w.upgrade(fc) else {
                    return false;
                };
                match r.target.get() {
                    Some(t) if t.is_dead(fc) => {
                        r.target.take();
                        queue.push(Ev::Callback(r));
                        false
                    }
                    Some(_) => true,
                    None => false,
                }
            });
            root.finalizers
                .borrow_mut(fc)
                .retain(|f| match f.target.get() {
                    Some(t) if t.is_dead(fc) => {
                        f.target.take();
                        queue.push(Ev::Finalize(*f));
                        false
                    }
                    Some(_) => true,
                    None => false,
                });
        });
    let t1 = Instant::now();
    // The tables and the queue were written: mark them again before sweeping.
    arena
        .finish_marking()
        .expect("not sweeping")
        .start_sweeping();
    let t2 = Instant::now();
    arena.finish_cycle();
    let t3 = Instant::now();
    let ran = arena.mutate_root(|mc, root| {
        let events = std::mem::take(&mut *root.queue.borrow_mut(mc));
        events
            .into_iter()
            .map(|e| match e {
                Ev::Callback(r) => r.cb,
                Ev::Finalize(f) => f.payload,
            })
            .sum()
    });
    if std::env::var_os("WRAITH_BENCH_VERBOSE").is_some() {
        eprintln!(
            "gc-arena collect {:?} (mark + scan tables {:?}, re-mark {:?}, sweep {:?}), drain {:?}",
            t3 - t0,
            t1 - t0,
            t2 - t1,
            t3 - t2,
            t3.elapsed()
        );
    }
    ran
}

/// Runs `w` once with `n` objects; returns the measured time.
pub fn run(w: Workload, n: usize) -> Duration {
    let mut arena = arena_with_objects(n);
    let dt;
    match w {
        Workload::RefCreate => {
            crate::perf_on();
            let t0 = Instant::now();
            arena.mutate_root(|_, root| {
                let weaks: Vec<_> = root.objs.iter().map(|&o| Gc::downgrade(o)).collect();
                root.weaks = weaks;
            });
            dt = t0.elapsed();
            crate::perf_off();
        }
        Workload::RefCreateCb => {
            crate::perf_on();
            let t0 = Instant::now();
            add_callback_refs(&mut arena);
            dt = t0.elapsed();
            crate::perf_off();
        }
        Workload::Deref => {
            add_callback_refs(&mut arena);
            crate::perf_on();
            let t0 = Instant::now();
            let live = arena.mutate(|mc, root| {
                root.refs
                    .iter()
                    .filter(|r| black_box(r.target.get().and_then(|t| t.upgrade(mc))).is_some())
                    .count()
            });
            dt = t0.elapsed();
            crate::perf_off();
            assert_eq!(live, n);
        }
        Workload::CollectCallbacks => {
            add_callback_refs(&mut arena);
            arena.mutate_root(|mc, root| {
                root.keep.reserve_exact(n);
                for i in 0..n {
                    let a = Gc::new(mc, Obj::new(i));
                    unlock!(Gc::write(mc, a), Obj, other).set(Some(a));
                    let r = new_ref(mc, root, a);
                    root.keep.push(r);
                }
            });
            crate::perf_on();
            let t0 = Instant::now();
            let ran = collect_and_drain(&mut arena);
            dt = t0.elapsed();
            crate::perf_off();
            assert_eq!(ran, n * CALLBACK_VALUE);
        }
        Workload::FinalizeRegister | Workload::FinalizeRun => {
            crate::perf_on();
            let t0 = Instant::now();
            arena.mutate_root(|mc, root| {
                let mut table = root.finalizers.borrow_mut(mc);
                let fins: Vec<_> = root
                    .objs
                    .iter()
                    .map(|&o| {
                        let f = Gc::new(
                            mc,
                            BareFin {
                                target: Lock::new(Some(Gc::downgrade(o))),
                                payload: CALLBACK_VALUE,
                            },
                        );
                        table.push(f);
                        f
                    })
                    .collect();
                root.fins = fins;
            });
            let register = t0.elapsed();
            crate::perf_off();
            if w == Workload::FinalizeRegister {
                dt = register;
            } else {
                crate::perf_on();
                let t1 = Instant::now();
                arena.mutate_root(|_, root| root.objs = Vec::new());
                let ran = collect_and_drain(&mut arena);
                dt = t1.elapsed();
                crate::perf_off();
                assert_eq!(ran, n * CALLBACK_VALUE);
            }
        }
    }
    drop(arena);
    dt
}
