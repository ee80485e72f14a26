//! The workloads on a Wraith [`Heap`].

use std::hint::black_box;
use std::time::{Duration, Instant};

use gc_arena::barrier::unlock;
use gc_arena::{Collect, Gc, Lock, Mutation};
use wraith_gc::{Embed, Event, Finalizer, Heap, HeapConfig, WeakRef, WeakSlot};

use crate::{CALLBACK_VALUE, Workload};

/// The object of every workload: like the script's `Obj` (`x`, `other`).
#[derive(Collect)]
#[collect(no_drop)]
pub struct Obj<'gc> {
    /// The script's `x`.
    pub x: usize,
    /// The script's `other`: set to the object itself for self-cycles.
    pub other: Lock<Option<Gc<'gc, Obj<'gc>>>>,
    /// Where the heap finds this object's weak list (CPython's `__weakref__` slot).
    pub weak: WeakSlot,
}

impl<'gc> Obj<'gc> {
    /// An object with no `other`.
    pub fn new(x: usize) -> Self {
        Obj {
            x,
            other: Lock::new(None),
            weak: WeakSlot::new(),
        }
    }
}

/// A callback or payload: running it adds `.0` to a counter.
#[derive(Collect, Clone, Copy)]
#[collect(require_static)]
pub struct Cb(pub usize);

/// Weak reference object of this embedder.
pub type WRef<'gc> = Gc<'gc, WeakRef<'gc, Bench>>;

/// The embedder root: what the Python script keeps in globals.
#[derive(Collect, Default)]
#[collect(no_drop)]
pub struct Root<'gc> {
    /// The script's `objs` / `objs2`.
    pub objs: Vec<Gc<'gc, Obj<'gc>>>,
    /// The script's `refs`.
    pub refs: Vec<WRef<'gc>>,
    /// The script's `keep`: weak references to dead self-cyclic objects.
    pub keep: Vec<WRef<'gc>>,
    /// The script's `fins`.
    pub fins: Vec<Finalizer<'gc, Bench>>,
}

/// The embedder.
pub struct Bench;

impl Embed for Bench {
    type Object<'gc> = Obj<'gc>;
    type Value<'gc> = Cb;
    type Root<'gc> = Root<'gc>;
    fn weak_slot<'a>(obj: &'a Obj<'_>) -> &'a WeakSlot {
        &obj.weak
    }
}

/// A manual heap holding `n` live objects in `objs`.
pub fn heap_with_objects(n: usize) -> Heap<Bench> {
    let mut heap: Heap<Bench> = Heap::new(HeapConfig::manual(), |_: &Mutation<'_>| Root::default());
    heap.mutate_root(|cx, root| {
        root.objs.reserve_exact(n);
        for i in 0..n {
            root.objs.push(Gc::new(&cx, Obj::new(i)));
        }
    });
    heap
}

/// Gives every object in `objs` a new callback weak reference, kept in `refs`.
fn add_callback_refs(heap: &mut Heap<Bench>) {
    heap.mutate_root(|cx, root| {
        let refs: Vec<_> = root
            .objs
            .iter()
            .map(|&o| cx.weak_ref(o, Some(Cb(CALLBACK_VALUE))))
            .collect();
        root.refs = refs;
    });
}

/// Collects, drains, and returns the sum of the callback and finalizer values that ran.
pub fn collect_and_drain(heap: &mut Heap<Bench>) -> usize {
    let t0 = Instant::now();
    let report = heap.collect();
    let t1 = Instant::now();
    let mut ran = 0;
    heap.drain(|_, _, event| {
        match event {
            Event::Callback(w) => {
                if let Some(cb) = w.callback() {
                    ran += cb.0;
                }
            }
            Event::Finalize(f) => {
                if let Some(p) = f.payload() {
                    ran += p.0;
                }
            }
            Event::Del(_) => {}
        }
        Ok(())
    });
    if std::env::var_os("WRAITH_BENCH_VERBOSE").is_some() {
        eprintln!(
            "wraith collect {:?} (mark {:?}, protocol {:?}, sweep {:?}), drain {:?}",
            t1 - t0,
            report.times.mark,
            report.times.protocol,
            report.times.sweep,
            t1.elapsed()
        );
    }
    ran
}

/// Runs `w` once with `n` objects; returns the measured time.
pub fn run(w: Workload, n: usize) -> Duration {
    let mut heap = heap_with_objects(n);
    let t0;
    let dt;
    match w {
        Workload::RefCreate | Workload::RefCreateCb => {
            let cb = (w == Workload::RefCreateCb).then_some(Cb(CALLBACK_VALUE));
            crate::perf_on();
            t0 = Instant::now();
            heap.mutate_root(|cx, root| {
                let refs: Vec<_> = root.objs.iter().map(|&o| cx.weak_ref(o, cb)).collect();
                root.refs = refs;
            });
            dt = t0.elapsed();
            crate::perf_off();
        }
        Workload::Deref => {
            add_callback_refs(&mut heap);
            crate::perf_on();
            t0 = Instant::now();
            let live = heap.mutate(|cx, root| {
                root.refs
                    .iter()
                    .filter(|w| black_box(w.get(&cx)).is_some())
                    .count()
            });
            dt = t0.elapsed();
            crate::perf_off();
            assert_eq!(live, n);
        }
        Workload::CollectCallbacks => {
            add_callback_refs(&mut heap);
            heap.mutate_root(|cx, root| {
                root.keep.reserve_exact(n);
                for i in 0..n {
                    let a = Gc::new(&cx, Obj::new(i));
                    unlock!(Gc::write(&cx, a), Obj, other).set(Some(a));
                    root.keep.push(cx.weak_ref(a, Some(Cb(CALLBACK_VALUE))));
                }
            });
            crate::perf_on();
            t0 = Instant::now();
            let ran = collect_and_drain(&mut heap);
            dt = t0.elapsed();
            crate::perf_off();
            assert_eq!(ran, n * CALLBACK_VALUE);
        }
        Workload::FinalizeRegister | Workload::FinalizeRun => {
            crate::perf_on();
            t0 = Instant::now();
            heap.mutate_root(|cx, root| {
                let fins: Vec<_> = root
                    .objs
                    .iter()
                    .map(|&o| cx.finalize(o, Cb(CALLBACK_VALUE)))
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
                heap.mutate_root(|_, root| root.objs = Vec::new());
                let ran = collect_and_drain(&mut heap);
                dt = t1.elapsed();
                crate::perf_off();
                assert_eq!(ran, n * CALLBACK_VALUE);
            }
        }
    }
    drop(heap);
    dt
}
