//! The workloads on boa_gc 0.22: `Gc`, `WeakGc`, `force_collect`, plus the same hand-written
//! tracking tables as the bare gc-arena version.
//!
//! boa_gc keeps one heap per thread and collects by itself when its allocation threshold is
//! passed (there is no switch to turn that off), so some workloads include collections that
//! boa_gc decided to run. Objects of one run are freed (untimed) before the next run starts.

use std::hint::black_box;
use std::time::{Duration, Instant};

use boa_gc::{Finalize, Gc, GcRefCell, Trace, WeakGc, force_collect};

use crate::{CALLBACK_VALUE, Workload};

/// The object.
#[derive(Trace, Finalize)]
pub struct BObj {
    /// The script's `x`.
    #[unsafe_ignore_trace]
    pub x: usize,
    /// The script's `other`.
    pub other: GcRefCell<Option<Gc<BObj>>>,
}

/// A weak reference with a callback.
#[derive(Trace, Finalize)]
pub struct BRef {
    target: WeakGc<BObj>,
    #[unsafe_ignore_trace]
    cb: usize,
}

/// A finalizer.
#[derive(Trace, Finalize)]
pub struct BFin {
    target: WeakGc<BObj>,
    #[unsafe_ignore_trace]
    payload: usize,
}

#[derive(Default)]
struct World {
    tracked: Vec<WeakGc<BRef>>,
    finalizers: Vec<Gc<BFin>>,
}

impl World {
    fn new_ref(&mut self, o: &Gc<BObj>) -> Gc<BRef> {
        let r = Gc::new(BRef {
            target: WeakGc::new(o),
            cb: CALLBACK_VALUE,
        });
        self.tracked.push(WeakGc::new(&r));
        r
    }

    /// One full collection, then finds what died and runs it; returns the sum of the values run.
    fn collect_and_run(&mut self) -> usize {
        force_collect();
        let mut queue = Vec::new();
        self.tracked.retain(|w| {
            let Some(r) = w.upgrade() else { return false };
            if r.target.is_upgradable() {
                true
            } else {
                queue.push(r.cb);
                false
            }
        });
        self.finalizers.retain(|f| {
            if f.target.is_upgradable() {
                true
            } else {
                queue.push(f.payload);
                false
            }
        });
        queue.into_iter().sum()
    }
}

fn objects(n: usize) -> Vec<Gc<BObj>> {
    (0..n)
        .map(|x| {
            Gc::new(BObj {
                x,
                other: GcRefCell::new(None),
            })
        })
        .collect()
}

/// Runs `w` once with `n` objects; returns the measured time.
pub fn run(w: Workload, n: usize) -> Duration {
    force_collect();
    let objs = objects(n);
    let mut world = World::default();
    let dt = match w {
        Workload::RefCreate => {
            let t0 = Instant::now();
            let weaks: Vec<WeakGc<BObj>> = objs.iter().map(WeakGc::new).collect();
            let dt = t0.elapsed();
            drop(black_box(weaks));
            dt
        }
        Workload::RefCreateCb => {
            let t0 = Instant::now();
            let refs: Vec<_> = objs.iter().map(|o| world.new_ref(o)).collect();
            let dt = t0.elapsed();
            drop(black_box(refs));
            dt
        }
        Workload::Deref => {
            let refs: Vec<_> = objs.iter().map(|o| world.new_ref(o)).collect();
            let t0 = Instant::now();
            let live = refs
                .iter()
                .filter(|r| black_box(r.target.upgrade()).is_some())
                .count();
            let dt = t0.elapsed();
            assert_eq!(live, n);
            dt
        }
        Workload::CollectCallbacks => {
            let refs: Vec<_> = objs.iter().map(|o| world.new_ref(o)).collect();
            let mut keep = Vec::with_capacity(n);
            for i in 0..n {
                let a = Gc::new(BObj {
                    x: i,
                    other: GcRefCell::new(None),
                });
                *a.other.borrow_mut() = Some(a.clone());
                keep.push(world.new_ref(&a));
            }
            let t0 = Instant::now();
            let ran = world.collect_and_run();
            let dt = t0.elapsed();
            assert_eq!(ran, n * CALLBACK_VALUE);
            drop(black_box((refs, keep)));
            dt
        }
        Workload::FinalizeRegister | Workload::FinalizeRun => {
            let t0 = Instant::now();
            let fins: Vec<_> = objs
                .iter()
                .map(|o| {
                    let f = Gc::new(BFin {
                        target: WeakGc::new(o),
                        payload: CALLBACK_VALUE,
                    });
                    world.finalizers.push(f.clone());
                    f
                })
                .collect();
            let register = t0.elapsed();
            let dt = if w == Workload::FinalizeRegister {
                register
            } else {
                let t1 = Instant::now();
                drop(objs);
                let ran = world.collect_and_run();
                let dt = t1.elapsed();
                assert_eq!(ran, n * CALLBACK_VALUE);
                dt
            };
            drop(black_box(fins));
            drop(world);
            force_collect();
            return dt;
        }
    };
    drop(objs);
    drop(world);
    force_collect();
    dt
}
