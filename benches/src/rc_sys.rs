//! The workloads on std `Rc`/`Weak`, with the same hand-written tracking tables as the bare
//! gc-arena version (a table of callback weak references held weakly, a table of finalizers
//! held strongly, scanned after objects are dropped).
//!
//! `Rc` cannot free cycles: in `collect_clear_with_callbacks` the N objects are acyclic and die
//! when their last `Rc` is dropped. That is a different (cheaper) job than tracing collection;
//! the figures are the floor that reference counting sets, not like-for-like.

use std::cell::RefCell;
use std::hint::black_box;
use std::rc::{Rc, Weak};
use std::time::{Duration, Instant};

use crate::{CALLBACK_VALUE, Workload};

/// The object.
pub struct RObj {
    /// The script's `x`.
    pub x: usize,
    /// The script's `other` (never set to a cycle here).
    pub other: RefCell<Option<Rc<RObj>>>,
}

/// A weak reference with a callback.
pub struct RRef {
    target: Weak<RObj>,
    cb: usize,
}

/// A finalizer.
pub struct RFin {
    target: Weak<RObj>,
    payload: usize,
}

#[derive(Default)]
struct World {
    tracked: Vec<Weak<RRef>>,
    finalizers: Vec<Rc<RFin>>,
}

impl World {
    fn new_ref(&mut self, o: &Rc<RObj>) -> Rc<RRef> {
        let r = Rc::new(RRef {
            target: Rc::downgrade(o),
            cb: CALLBACK_VALUE,
        });
        self.tracked.push(Rc::downgrade(&r));
        r
    }

    /// Finds what died since the last scan and runs it; returns the sum of the values run.
    fn scan_and_run(&mut self) -> usize {
        let mut queue = Vec::new();
        self.tracked.retain(|w| {
            let Some(r) = w.upgrade() else { return false };
            if r.target.strong_count() == 0 {
                queue.push(r.cb);
                false
            } else {
                true
            }
        });
        self.finalizers.retain(|f| {
            if f.target.strong_count() == 0 {
                queue.push(f.payload);
                false
            } else {
                true
            }
        });
        queue.into_iter().sum()
    }
}

fn objects(n: usize) -> Vec<Rc<RObj>> {
    (0..n)
        .map(|x| {
            Rc::new(RObj {
                x,
                other: RefCell::new(None),
            })
        })
        .collect()
}

/// Runs `w` once with `n` objects; returns the measured time.
pub fn run(w: Workload, n: usize) -> Duration {
    let objs = objects(n);
    let mut world = World::default();
    let dt;
    match w {
        Workload::RefCreate => {
            let t0 = Instant::now();
            let weaks: Vec<Weak<RObj>> = objs.iter().map(Rc::downgrade).collect();
            dt = t0.elapsed();
            drop(black_box(weaks));
        }
        Workload::RefCreateCb => {
            let t0 = Instant::now();
            let refs: Vec<_> = objs.iter().map(|o| world.new_ref(o)).collect();
            dt = t0.elapsed();
            drop(black_box(refs));
        }
        Workload::Deref => {
            let refs: Vec<_> = objs.iter().map(|o| world.new_ref(o)).collect();
            let t0 = Instant::now();
            let live = refs
                .iter()
                .filter(|r| black_box(r.target.upgrade()).is_some())
                .count();
            dt = t0.elapsed();
            assert_eq!(live, n);
        }
        Workload::CollectCallbacks => {
            let refs: Vec<_> = objs.iter().map(|o| world.new_ref(o)).collect();
            let garbage = objects(n);
            let keep: Vec<_> = garbage.iter().map(|o| world.new_ref(o)).collect();
            let t0 = Instant::now();
            drop(garbage);
            let ran = world.scan_and_run();
            dt = t0.elapsed();
            assert_eq!(ran, n * CALLBACK_VALUE);
            drop(black_box((refs, keep)));
        }
        Workload::FinalizeRegister | Workload::FinalizeRun => {
            let t0 = Instant::now();
            let fins: Vec<_> = objs
                .iter()
                .map(|o| {
                    let f = Rc::new(RFin {
                        target: Rc::downgrade(o),
                        payload: CALLBACK_VALUE,
                    });
                    world.finalizers.push(f.clone());
                    f
                })
                .collect();
            let register = t0.elapsed();
            if w == Workload::FinalizeRegister {
                dt = register;
                drop(objs);
            } else {
                let t1 = Instant::now();
                drop(objs);
                let ran = world.scan_and_run();
                dt = t1.elapsed();
                assert_eq!(ran, n * CALLBACK_VALUE);
            }
            drop(black_box(fins));
            return dt;
        }
    }
    drop(objs);
    dt
}
