//! Shared workload shapes for the benchmarks.
//!
//! Every workload has the shape of the same-named line of `../shared/bench/cpython_weakref.py`
//! and is implemented for four systems: a Wraith [`Heap`](wraith_gc::Heap), bare gc-arena
//! (`GcWeak` plus hand-written tracking), std `Rc`/`Weak`, and boa_gc. Each implementation
//! returns the time of the measured part only; building the objects before it and dropping the
//! heap after it are not timed, as in the Python script.
//!
//! The criterion benches (`benches/weakref.rs`) and the side-by-side program (`examples/compare.rs`)
//! both call these functions, so the two always measure the same thing.

use std::time::Duration;

pub mod arena_sys;
pub mod boa_sys;
pub mod containers;
pub mod heaps;
pub mod rc_sys;
pub mod wraith_sys;

/// One workload of the side-by-side comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Workload {
    /// `ref_create`: a weak reference without callback to each of N live objects.
    RefCreate,
    /// `ref_create_cb`: a weak reference with a callback to each of N live objects.
    RefCreateCb,
    /// `ref_deref`: dereference N weak references to live objects, counting the live ones.
    Deref,
    /// `collect_clear_with_callbacks`: N dead self-cyclic objects, each with a callback weak
    /// reference that is itself alive; one full collection, then run the N callbacks. As in the
    /// Python script, N live objects each with a live callback weak reference are in the heap
    /// too (the script's `objs` and `refs`), so the collection also traces them.
    CollectCallbacks,
    /// `finalize_register`: register a finalizer on each of N live objects.
    FinalizeRegister,
    /// `finalize_run_on_death`: drop the N objects, collect, run the N finalizers.
    FinalizeRun,
}

impl Workload {
    /// Every workload, in the order of the Python script.
    pub const ALL: [Workload; 6] = [
        Workload::RefCreate,
        Workload::RefCreateCb,
        Workload::Deref,
        Workload::CollectCallbacks,
        Workload::FinalizeRegister,
        Workload::FinalizeRun,
    ];

    /// The name the Python script prints for this workload.
    pub fn name(self) -> &'static str {
        match self {
            Workload::RefCreate => "ref_create",
            Workload::RefCreateCb => "ref_create_cb",
            Workload::Deref => "ref_deref",
            Workload::CollectCallbacks => "collect_clear_with_callbacks",
            Workload::FinalizeRegister => "finalize_register",
            Workload::FinalizeRun => "finalize_run_on_death",
        }
    }
}

/// A system under comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum System {
    /// `wraith_gc::Heap`.
    Wraith,
    /// gc-arena 0.7 with `GcWeak` and hand-written tracking tables.
    GcArena,
    /// `std::rc::Rc` / `Weak` with hand-written tracking tables (no cycle collection).
    Rc,
    /// boa_gc 0.22 (`Gc`, `WeakGc`, `force_collect`) with hand-written tracking tables.
    Boa,
}

impl System {
    /// Every system, Wraith first.
    pub const ALL: [System; 4] = [System::Wraith, System::GcArena, System::Rc, System::Boa];

    /// Short name used in bench ids and table headers.
    pub fn name(self) -> &'static str {
        match self {
            System::Wraith => "wraith",
            System::GcArena => "gc-arena",
            System::Rc => "rc",
            System::Boa => "boa_gc",
        }
    }

    /// Runs one workload once at size `n` and returns the measured time.
    pub fn run(self, w: Workload, n: usize) -> Duration {
        match self {
            System::Wraith => wraith_sys::run(w, n),
            System::GcArena => arena_sys::run(w, n),
            System::Rc => rc_sys::run(w, n),
            System::Boa => boa_sys::run(w, n),
        }
    }
}

/// N for the workloads: `WRAITH_BENCH_N`, default 1,000,000.
pub fn bench_n() -> usize {
    env_usize("WRAITH_BENCH_N", 1_000_000)
}

/// Live objects (and weak references) for the big-heap collection: `WRAITH_BENCH_BIG_N`,
/// default 10,000,000.
pub fn big_n() -> usize {
    env_usize("WRAITH_BENCH_BIG_N", 10_000_000)
}

fn env_usize(var: &str, default: usize) -> usize {
    match std::env::var(var) {
        Ok(s) => s
            .replace('_', "")
            .parse()
            .unwrap_or_else(|_| panic!("{var} must be a whole number, got {s:?}")),
        Err(_) => default,
    }
}

/// Marks the start of a measured region for `perf record --control fifo:CTL -D -1` when
/// `WRAITH_PERF_CTL` names the control fifo (so a profile holds the measured part only).
pub fn perf_on() {
    perf_ctl("enable\n");
}

/// Marks the end of a measured region (see [`perf_on`]).
pub fn perf_off() {
    perf_ctl("disable\n");
}

fn perf_ctl(cmd: &str) {
    use std::io::Write;
    if let Some(path) = std::env::var_os("WRAITH_PERF_CTL") {
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .open(path)
            .expect("WRAITH_PERF_CTL names a writable fifo");
        f.write_all(cmd.as_bytes())
            .expect("write to perf control fifo");
    }
}

/// The value a callback or finalizer payload carries: running it adds it to a counter, so that
/// every run can check that exactly N callbacks ran.
pub const CALLBACK_VALUE: usize = 1;

#[cfg(test)]
mod tests {
    use super::*;

    /// Every workload of every system runs and checks its own counts (tiny N: no timing).
    #[test]
    fn all_workloads_run_small() {
        for s in System::ALL {
            for w in Workload::ALL {
                s.run(w, 300);
            }
        }
    }

    #[test]
    fn heap_comparisons_run_small() {
        heaps::no_weak_collect_pair(500, 1);
        assert!(heaps::no_weak_collect_pair(500, 3).median_ratio > 0.0);
        let (t, _) = heaps::big_collect(500, 1);
        assert!(t > Duration::ZERO);
    }
}
