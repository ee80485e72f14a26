//! The arena root: the heap's own runtime state beside the embedder's root.
//!
//! Invariant: everything the heap keeps between collections (weak lists, the event queue,
//! the registry of weak containers, counters) is reachable from [`HeapRoot::rt`], so gc-arena traces it like any embedder data;
//! nothing `'gc`-branded is stored outside the arena.

use core::cell::Cell;
use core::marker::PhantomData;

use gc_arena::{Collect, Gc, Mutation, Rootable};

use crate::Embed;
use crate::event::{Queue, new_queue};
use crate::table::TableRegistry;
use crate::weaklist::WeakLists;

/// Plain counters and flags.
#[derive(Default)]
pub(crate) struct State {
    pub(crate) next_seq: Cell<u64>,
    /// Set while the host drains through [`Heap::drain`](crate::Heap::drain).
    pub(crate) draining: Cell<bool>,
    /// A collection was requested from inside the arena.
    pub(crate) collect_requested: Cell<bool>,
    /// Shutdown has run: finalizers never run again.
    pub(crate) shut_down: Cell<bool>,
    /// A finalizer was registered since the shutdown loop last looked.
    pub(crate) finalizers_dirty: Cell<bool>,
}

#[derive(Collect)]
#[collect(no_drop, bound = "")]
pub(crate) struct Runtime<'gc, E: Embed> {
    pub(crate) lists: WeakLists<'gc, E>,
    pub(crate) queue: Queue<'gc, E>,
    /// Every weak container, held weakly.
    pub(crate) tables: TableRegistry<'gc, E>,
    #[collect(require_static)]
    pub(crate) state: State,
}

impl<'gc, E: Embed> Runtime<'gc, E> {
    pub(crate) fn next_seq(&self) -> u64 {
        let s = self.state.next_seq.get();
        self.state.next_seq.set(s + 1);
        s
    }
}

#[derive(Collect)]
#[collect(no_drop, bound = "")]
pub(crate) struct HeapRoot<'gc, E: Embed> {
    /// Its own arena object, so that embedders can keep a [`HeapHandle`](crate::HeapHandle)
    /// to it inside their own structures.
    pub(crate) rt: Gc<'gc, Runtime<'gc, E>>,
    pub(crate) user: E::Root<'gc>,
}

impl<'gc, E: Embed> Runtime<'gc, E> {
    pub(crate) fn new(mc: &Mutation<'gc>) -> Gc<'gc, Self> {
        Gc::new(
            mc,
            Runtime {
                lists: WeakLists::new(mc),
                queue: new_queue(mc),
                tables: TableRegistry::new(mc),
                state: State::default(),
            },
        )
    }
}

/// The `Rootable` marker for a heap of embedder `E`.
pub(crate) struct HeapRootable<E>(PhantomData<E>);

impl<'a, E: Embed> Rootable<'a> for HeapRootable<E> {
    type Root = HeapRoot<'a, E>;
}
