//! Arena ownership: the only place that holds the `gc_arena::Arena` and decides when to collect.
//!
//! Invariant: collection happens only between slices (outside `mutate`), either fully when a
//! script called `gc.collect()`, or incrementally by allocation debt while `gc` is enabled.
//! When wraith-gc's `Heap` lands, this file is the one to switch over: its weakref and
//! finalizer protocol must replace `finish_cycle`/`collect_debt` here.

use gc_arena::{Arena, Rootable};

use crate::vm::Interp;

/// The interpreter's heap.
pub struct PyHeap {
    arena: Arena<Rootable![Interp<'_>]>,
}

impl PyHeap {
    /// Build the heap with a bootstrapped interpreter.
    pub fn new(argv: Vec<String>) -> PyHeap {
        let arena = Arena::<Rootable![Interp<'_>]>::new(|mc| crate::builtins::bootstrap(mc, argv));
        PyHeap { arena }
    }

    /// Run `f` with mutable access to the interpreter.
    pub fn mutate<R>(
        &mut self,
        f: impl for<'gc> FnOnce(&'gc gc_arena::Mutation<'gc>, &'gc mut Interp<'gc>) -> R,
    ) -> R {
        self.arena.mutate_root(f)
    }

    /// Between slices: collect as requested.
    pub fn between_slices(&mut self) {
        let (requested, enabled) = self.arena.mutate_root(|_, i| {
            let r = (i.host.collect_requested, i.host.gc_enabled);
            i.host.collect_requested = false;
            r
        });
        if requested {
            self.collect_full();
        } else if enabled {
            self.arena.collect_debt();
        }
    }

    /// A full collection.
    pub fn collect_full(&mut self) {
        self.arena.finish_cycle();
        self.arena.finish_cycle();
        self.arena.mutate_root(|_, i| i.host.collections += 1);
    }

    /// Number of live `Gc` allocations.
    pub fn allocated_bytes(&self) -> usize {
        self.arena.metrics().total_gc_count()
    }
}
