//! What a collection did, and what the heap holds.
//!
//! Invariant: every counter in a [`CollectReport`] is measured, never estimated: the object
//! counts come from gc-arena's allocation count before and after, the event counts from the
//! protocol's own pass.

use core::ops::AddAssign;
use std::time::Duration;

/// Time spent in each phase of a collection.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct PhaseTimes {
    /// Marking, including re-marking after resurrection.
    pub mark: Duration,
    /// The protocol's decisions: clearing, queueing, resurrecting, ephemeron convergence.
    pub protocol: Duration,
    /// Sweeping: dropping and freeing the dead.
    pub sweep: Duration,
}

impl AddAssign for PhaseTimes {
    fn add_assign(&mut self, o: Self) {
        self.mark += o.mark;
        self.protocol += o.protocol;
        self.sweep += o.sweep;
    }
}

/// The result of [`Heap::collect`](crate::Heap::collect) or of the cycles that
/// [`Heap::step`](crate::Heap::step) completed.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct CollectReport {
    /// Cycles that went through the protocol.
    pub cycles: usize,
    /// Arena allocations freed (gc-arena counts a dead object whose header is still weakly
    /// referenced as freed one cycle later).
    pub objects_freed: usize,
    /// Weak references (and finalizers) cleared because their referent died.
    pub weak_refs_cleared: usize,
    /// Weak reference callbacks queued.
    pub callbacks_queued: usize,
    /// Finalizers queued.
    pub finalizers_queued: usize,
    /// Objects resurrected for their object finalizer.
    pub resurrected: usize,
    /// Weak-container entries removed because a weak side died (an ephemeron key, a weak
    /// value, a weak set member).
    pub entries_removed: usize,
    /// Ephemeron values marked by convergence because their key was alive.
    pub ephemeron_values: usize,
    /// Marking rounds run by the protocol (ephemeron convergence and re-marking).
    pub rounds: usize,
    /// Time per phase.
    pub times: PhaseTimes,
}

impl AddAssign for CollectReport {
    fn add_assign(&mut self, o: Self) {
        self.cycles += o.cycles;
        self.objects_freed += o.objects_freed;
        self.weak_refs_cleared += o.weak_refs_cleared;
        self.callbacks_queued += o.callbacks_queued;
        self.finalizers_queued += o.finalizers_queued;
        self.resurrected += o.resurrected;
        self.entries_removed += o.entries_removed;
        self.ephemeron_values += o.ephemeron_values;
        self.rounds += o.rounds;
        self.times += o.times;
    }
}

/// A snapshot of what the heap holds; see [`Heap::stats`](crate::Heap::stats).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct HeapStats {
    /// Arena allocations not yet freed (includes weak reference objects and internal tables).
    pub allocations: usize,
    /// Objects with a weak list (weak references, finalizers or an object finalizer).
    pub weakly_referenced: usize,
    /// Live weak references in all weak lists.
    pub weak_refs: usize,
    /// Live finalizers.
    pub finalizers: usize,
    /// Events waiting to be drained.
    pub queued_events: usize,
    /// Cycles completed since the heap was made.
    pub cycles: usize,
}
