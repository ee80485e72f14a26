//! Heap ownership: the only place that holds the wraith-gc `Heap` and decides when to collect.
//!
//! Invariant: collection happens only between slices (outside `mutate`), through wraith-gc's
//! driver, which takes every cycle through the weakref/finalizer protocol: fully when a script
//! called `gc.collect()`, incrementally by allocation debt while `gc` is enabled, never while
//! it is disabled (except on request).

use gc_arena::Mutation;
use wraith_gc::{Embed, Heap, HeapConfig, Pacing, WeakSlot};

use crate::object::PyObject;
use crate::value::{Obj, Value};
use crate::vm::Interp;

/// The interpreter's types as wraith-gc sees them.
pub struct PyEmbed;

impl Embed for PyEmbed {
    type Object<'gc> = PyObject<'gc>;
    type Value<'gc> = Value<'gc>;
    type Root<'gc> = Interp<'gc>;

    fn weak_slot<'a, 'gc>(object: &'a PyObject<'gc>) -> &'a WeakSlot {
        &object.weak
    }

    fn object_referents<'gc>(object: &PyObject<'gc>, out: &mut Vec<Obj<'gc>>) {
        crate::modules::gc_ext::object_referents(object, out);
    }

    fn value_referents<'gc>(value: &Value<'gc>, out: &mut Vec<Obj<'gc>>) {
        if let Value::Obj(o) = value {
            out.push(*o);
        }
    }

    fn root_referents<'gc>(root: &Interp<'gc>, out: &mut Vec<Obj<'gc>>) {
        crate::modules::gc_ext::root_referents(root, out);
    }
}

/// Incremental collection that lets the heap double before a new cycle starts: a program
/// that builds a large structure pays about half the marking of gc-arena's default (which
/// starts again at 1.5×), for at most twice the live memory between cycles.
fn config() -> HeapConfig {
    HeapConfig {
        pacing: Pacing::Incremental(gc_arena::metrics::Pacing {
            sleep_factor: SLEEP_FACTOR,
            ..gc_arena::metrics::Pacing::DEFAULT
        }),
        ..HeapConfig::incremental()
    }
}

/// Growth of the heap, relative to what the last cycle kept, before the next cycle starts.
const SLEEP_FACTOR: f64 = 1.0;

/// The interpreter's heap.
pub struct PyHeap {
    heap: Heap<PyEmbed>,
}

impl PyHeap {
    /// Build the heap with a bootstrapped interpreter.
    pub fn new(argv: Vec<String>) -> PyHeap {
        let heap = Heap::<PyEmbed>::with_context(config(), |cx| {
            let mut interp = crate::builtins::bootstrap(cx.mutation(), argv);
            interp.weak.handle = Some(cx.handle());
            interp
        });
        PyHeap { heap }
    }

    /// Run `f` with mutable access to the interpreter.
    pub fn mutate<R>(
        &mut self,
        f: impl for<'gc> FnOnce(&'gc Mutation<'gc>, &'gc mut Interp<'gc>) -> R,
    ) -> R {
        self.heap.mutate_root(|cx, root| f(cx.mutation(), root))
    }

    /// Between slices: collect as requested (`gc.collect()`), or pay allocation debt.
    pub fn between_slices(&mut self) {
        let (requested, enabled) = self.heap.mutate_root(|_, i| {
            let r = (i.host.collect_requested, i.host.gc_enabled);
            i.host.collect_requested = false;
            r
        });
        if requested || self.heap.take_collection_request() {
            let freed = crate::vm::events::collect_with_callbacks(self);
            self.heap.mutate_root(|_, i| {
                if std::mem::take(&mut i.host.collect_result_pending)
                    && let Some(f) = i.frames.last_mut()
                    && let Some(top) = f.stack.last_mut()
                {
                    *top = Value::Int(freed as i64);
                }
            });
        } else if enabled && self.heap.has_debt() {
            // The attribute cache survives: its entries name a class by address and creation
            // number, so a freed class's address reused by a new class never matches.
            self.heap.step();
        }
        crate::vm::events::run_events(self);
    }

    /// The wraith-gc heap itself (for the event runner and shutdown).
    pub fn raw(&mut self) -> &mut Heap<PyEmbed> {
        &mut self.heap
    }

    /// A full collection through the wraith-gc protocol; returns the number of objects freed.
    pub fn collect_full(&mut self) -> usize {
        let report = self.heap.collect();
        // A diagnostic for profiling (docs/BENCHMARKS.md): each full collection's report.
        if std::env::var_os("WRAITH_GC_DEBUG").is_some() {
            eprintln!("{report:?}");
        }
        self.heap.mutate_root(|_, i| {
            i.host.collections += 1;
        });
        report.objects_freed
    }

    /// Number of live `Gc` allocations.
    pub fn allocated_bytes(&self) -> usize {
        self.heap.stats().allocations
    }
}
