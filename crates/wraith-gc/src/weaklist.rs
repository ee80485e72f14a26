//! The per-referent weak lists: one slot for every object that has weak references, a
//! finalizer, or an object finalizer registered.
//!
//! Invariants:
//! - a slot's entries are in CPython's order: `[shared ref] [shared proxy] [newest] … [oldest]`;
//! - an object's [`WeakSlot`] names its slot. The name is trusted only after checking that the
//!   slot's referent is that very object, so a stale name (an object resurrected after its slot
//!   was freed) is harmless. The slot's `GcWeak` keeps the referent's header allocated until the
//!   collector frees the slot, in the same pass that sees the referent die, so an address is
//!   never shared by two live slots;
//! - weak references are held weakly (a dropped weak reference leaves its list), finalizers
//!   strongly (a finalizer is alive until it runs, is called, or is detached);
//! - slots live in chunks of [`CHUNK`] separate arena objects, so that a write during
//!   incremental marking re-traces one small chunk, never the whole table.

use core::cell::{Cell, RefCell};

use gc_arena::{Collect, Gc, GcWeak, Mutation, RefLock, static_collect};
use smallvec::SmallVec;

use crate::weakref::{RefKind, WeakRef};
use crate::{Embed, ObjectRef};

/// The field an embedder puts in each object that can be weakly referenced (see
/// [`Embed::weak_slot`]): the index of the object's weak list, or none. It holds no pointer,
/// so writing it needs no write barrier.
#[derive(Debug)]
pub struct WeakSlot(Cell<u32>);

static_collect!(WeakSlot);

const NO_SLOT: u32 = u32::MAX;

impl WeakSlot {
    /// A slot naming no weak list (a fresh object).
    pub const fn new() -> Self {
        WeakSlot(Cell::new(NO_SLOT))
    }

    fn get(&self) -> Option<u32> {
        Some(self.0.get()).filter(|&id| id != NO_SLOT)
    }
}

impl Default for WeakSlot {
    fn default() -> Self {
        Self::new()
    }
}

/// Slots per chunk.
pub(crate) const CHUNK: usize = 64;

/// One member of a weak list.
#[derive(Collect)]
#[collect(no_drop, bound = "")]
pub(crate) enum Entry<'gc, E: Embed> {
    /// A weak reference: the list does not keep it alive. Its place rule is cached beside it,
    /// so an insertion never has to visit the references already in the list.
    Weak(
        GcWeak<'gc, WeakRef<'gc, E>>,
        #[collect(require_static)] Head,
    ),
    /// A live finalizer: the list keeps it alive until it runs or is detached.
    Strong(Gc<'gc, WeakRef<'gc, E>>),
}

impl<'gc, E: Embed> Entry<'gc, E> {
    /// The weak reference, unless it was already swept. Inside the collection protocol this also
    /// returns weak references that are dead but not yet swept.
    pub(crate) fn get(&self, mc: &Mutation<'gc>) -> Option<Gc<'gc, WeakRef<'gc, E>>> {
        match self {
            Entry::Weak(w, _) => w.upgrade(mc),
            Entry::Strong(s) => Some(*s),
        }
    }

    pub(crate) fn is_dropped(&self) -> bool {
        match self {
            Entry::Weak(w, _) => w.is_dropped(),
            Entry::Strong(_) => false,
        }
    }

    /// The place rule of this entry (a finalizer is never shared).
    fn head(&self) -> Head {
        match self {
            Entry::Weak(_, h) => *h,
            Entry::Strong(_) => Head::Plain,
        }
    }

    fn ptr(&self) -> *const WeakRef<'gc, E> {
        match self {
            Entry::Weak(w, _) => w.as_ptr(),
            Entry::Strong(s) => Gc::as_ptr(*s),
        }
    }
}

/// Where CPython's list order puts a weak reference: the shared (callback-less, reusable) basic
/// reference first, then the shared proxy, then every other one, newest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Head {
    /// The shared basic reference.
    SharedRef,
    /// The shared proxy.
    SharedProxy,
    /// Any other reference.
    Plain,
}

/// Object finalizer (`__del__`) state of a slot's referent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DelState {
    /// Not registered.
    None,
    /// Registered: finalize it once when it is found dead.
    Pending,
    /// Already finalized: never again.
    Done,
}

#[derive(Collect)]
#[collect(no_drop, bound = "")]
pub(crate) struct Slot<'gc, E: Embed> {
    pub(crate) referent: GcWeak<'gc, E::Object<'gc>>,
    pub(crate) entries: SmallVec<[Entry<'gc, E>; 2]>,
    #[collect(require_static)]
    pub(crate) del: DelState,
}

impl<'gc, E: Embed> Slot<'gc, E> {
    /// Inserts a weak reference at its CPython position.
    fn insert(&mut self, entry: Entry<'gc, E>) {
        // Weak references that were swept leave the list when the collector passes over the
        // slot (every collection), and here whenever the list's length reaches a power of two,
        // so a list that gains and loses references between collections stays bounded. Swept
        // entries still at the head only move later insertions past themselves, which no live
        // order can tell.
        if self.entries.len() >= 4 && self.entries.len().is_power_of_two() {
            self.entries.retain(|e| !e.is_dropped());
        }
        let head = |i: usize| self.entries.get(i).map_or(Head::Plain, Entry::head);
        let at = match entry.head() {
            Head::SharedRef => 0,
            Head::SharedProxy => usize::from(head(0) == Head::SharedRef),
            Head::Plain => {
                let mut i = usize::from(head(0) == Head::SharedRef);
                if head(i) == Head::SharedProxy {
                    i += 1;
                }
                i
            }
        };
        self.entries.insert(at, entry);
    }
}

type Chunk<'gc, E> = RefLock<Vec<Option<Slot<'gc, E>>>>;

/// The table of weak lists.
#[derive(Collect)]
#[collect(no_drop, bound = "")]
pub(crate) struct WeakLists<'gc, E: Embed> {
    chunks: Gc<'gc, RefLock<Vec<Gc<'gc, Chunk<'gc, E>>>>>,
    #[collect(require_static)]
    free: RefCell<Vec<u32>>,
    #[collect(require_static)]
    len: Cell<usize>,
}

fn split(id: u32) -> (usize, usize) {
    (id as usize / CHUNK, id as usize % CHUNK)
}

impl<'gc, E: Embed> WeakLists<'gc, E> {
    pub(crate) fn new(mc: &Mutation<'gc>) -> Self {
        WeakLists {
            chunks: Gc::new(mc, RefLock::new(Vec::new())),
            free: RefCell::new(Vec::new()),
            len: Cell::new(0),
        }
    }

    /// Number of slots (objects with weak references or finalizers).
    pub(crate) fn len(&self) -> usize {
        self.len.get()
    }

    fn chunk(&self, c: usize) -> Gc<'gc, Chunk<'gc, E>> {
        self.chunks.borrow()[c]
    }

    /// The slot of `obj`, if it has one: the id its [`WeakSlot`] names, checked.
    fn lookup(&self, obj: ObjectRef<'gc, E>) -> Option<u32> {
        let id = E::weak_slot(&obj).get()?;
        let (c, i) = split(id);
        let chunk = *self.chunks.borrow().get(c)?;
        let slots = chunk.borrow();
        let slot = slots.get(i)?.as_ref()?;
        (slot.referent.as_ptr() == Gc::as_ptr(obj)).then_some(id)
    }

    /// The slot of `obj`, made if it has none.
    fn slot_for(&self, mc: &Mutation<'gc>, obj: ObjectRef<'gc, E>) -> u32 {
        if let Some(id) = self.lookup(obj) {
            return id;
        }
        let slot = Slot {
            referent: Gc::downgrade(obj),
            entries: SmallVec::new(),
            del: DelState::None,
        };
        let id = match self.free.borrow_mut().pop() {
            Some(id) => {
                let (c, i) = split(id);
                self.chunk(c).borrow_mut(mc)[i] = Some(slot);
                id
            }
            None => {
                let mut chunks = self.chunks.borrow_mut(mc);
                let last = chunks.last().copied().filter(|c| c.borrow().len() < CHUNK);
                let chunk = match last {
                    Some(c) => c,
                    None => {
                        let c = Gc::new(mc, RefLock::new(Vec::with_capacity(CHUNK)));
                        chunks.push(c);
                        c
                    }
                };
                let mut slots = chunk.borrow_mut(mc);
                let id = ((chunks.len() - 1) * CHUNK + slots.len()) as u32;
                slots.push(Some(slot));
                id
            }
        };
        E::weak_slot(&obj).0.set(id);
        self.len.set(self.len.get() + 1);
        id
    }

    /// Adds a weak reference (or finalizer) to its referent's list.
    pub(crate) fn add(
        &self,
        mc: &Mutation<'gc>,
        obj: ObjectRef<'gc, E>,
        wr: Gc<'gc, WeakRef<'gc, E>>,
    ) {
        let id = self.slot_for(mc, obj);
        let (c, i) = split(id);
        let entry = match (wr.kind(), wr.is_shared()) {
            (RefKind::Finalizer, _) => Entry::Strong(wr),
            (RefKind::Ref, true) => Entry::Weak(Gc::downgrade(wr), Head::SharedRef),
            (RefKind::Proxy, true) => Entry::Weak(Gc::downgrade(wr), Head::SharedProxy),
            _ => Entry::Weak(Gc::downgrade(wr), Head::Plain),
        };
        let chunk = self.chunk(c);
        let mut slots = chunk.borrow_mut(mc);
        let slot = slots[i].as_mut().expect("indexed slot exists");
        slot.insert(entry);
    }

    /// Removes one weak reference (a finalizer that was called or detached) from its list.
    pub(crate) fn remove(
        &self,
        mc: &Mutation<'gc>,
        referent: ObjectRef<'gc, E>,
        wr: Gc<'gc, WeakRef<'gc, E>>,
    ) {
        let Some(id) = self.lookup(referent) else {
            return;
        };
        let (c, i) = split(id);
        let chunk = self.chunk(c);
        let mut slots = chunk.borrow_mut(mc);
        if let Some(slot) = slots[i].as_mut() {
            slot.entries.retain(|e| e.ptr() != Gc::as_ptr(wr));
        }
    }

    /// The live weak references to `obj`, in list order.
    pub(crate) fn refs(
        &self,
        mc: &Mutation<'gc>,
        obj: ObjectRef<'gc, E>,
    ) -> Vec<Gc<'gc, WeakRef<'gc, E>>> {
        let Some(id) = self.lookup(obj) else {
            return Vec::new();
        };
        let (c, i) = split(id);
        let chunk = self.chunk(c);
        let slots = chunk.borrow();
        let Some(slot) = slots[i].as_ref() else {
            return Vec::new();
        };
        slot.entries
            .iter()
            .filter_map(|e| e.get(mc))
            .filter(|w| w.is_alive())
            .collect()
    }

    /// The shared weak reference of `kind` to `obj`, if one is alive.
    pub(crate) fn shared(
        &self,
        mc: &Mutation<'gc>,
        obj: ObjectRef<'gc, E>,
        kind: RefKind,
    ) -> Option<Gc<'gc, WeakRef<'gc, E>>> {
        let id = self.lookup(obj)?;
        let (c, i) = split(id);
        let chunk = self.chunk(c);
        let slots = chunk.borrow();
        let slot = slots[i].as_ref()?;
        // Shared refs sit at the head of the list: look at the first two entries only, and
        // visit only one whose cached place rule says it is the shared reference of `kind`.
        let want = match kind {
            RefKind::Ref => Head::SharedRef,
            RefKind::Proxy => Head::SharedProxy,
            RefKind::Finalizer => return None,
        };
        slot.entries
            .iter()
            .take(2)
            .filter(|e| e.head() == want)
            .filter_map(|e| e.get(mc))
            .find(|w| w.is_alive())
    }

    /// Registers `obj` for one object-finalizer call. Returns `false` if it was finalized
    /// before (an object is finalized at most once in its life).
    pub(crate) fn track_del(&self, mc: &Mutation<'gc>, obj: ObjectRef<'gc, E>) -> bool {
        let id = self.slot_for(mc, obj);
        let (c, i) = split(id);
        let chunk = self.chunk(c);
        let slots = chunk.borrow();
        let slot = slots[i].as_ref().expect("indexed slot exists");
        match slot.del {
            DelState::Done => false,
            DelState::Pending => true,
            DelState::None => {
                drop(slots);
                chunk.borrow_mut(mc)[i]
                    .as_mut()
                    .expect("indexed slot exists")
                    .del = DelState::Pending;
                true
            }
        }
    }

    /// Whether `obj` has already had its object finalizer queued.
    pub(crate) fn is_finalized(&self, obj: ObjectRef<'gc, E>) -> bool {
        self.lookup(obj).is_some_and(|id| {
            let (c, i) = split(id);
            self.chunk(c).borrow()[i]
                .as_ref()
                .is_some_and(|s| s.del == DelState::Done)
        })
    }

    /// Calls `f` on every live finalizer (for shutdown).
    pub(crate) fn for_each_finalizer(&self, mut f: impl FnMut(Gc<'gc, WeakRef<'gc, E>>)) {
        for chunk in self.chunks.borrow().iter() {
            for slot in chunk.borrow().iter().flatten() {
                for e in &slot.entries {
                    if let Entry::Strong(w) = e {
                        f(*w);
                    }
                }
            }
        }
    }

    /// Counts (weak references, finalizers) in all lists.
    pub(crate) fn counts(&self) -> (usize, usize) {
        let (mut weak, mut fin) = (0, 0);
        for chunk in self.chunks.borrow().iter() {
            for slot in chunk.borrow().iter().flatten() {
                for e in &slot.entries {
                    match e {
                        Entry::Weak(w, _) if !w.is_dropped() => weak += 1,
                        Entry::Weak(..) => {}
                        Entry::Strong(_) => fin += 1,
                    }
                }
            }
        }
        (weak, fin)
    }

    /// The chunks, for the collector's pass.
    pub(crate) fn chunks(&self) -> Vec<Gc<'gc, Chunk<'gc, E>>> {
        self.chunks.borrow().clone()
    }

    /// Frees slot `id` (the collector calls this when its referent died).
    pub(crate) fn release(&self, id: u32) {
        self.free.borrow_mut().push(id);
        self.len.set(self.len.get() - 1);
    }
}

pub(crate) fn slot_id(chunk: usize, i: usize) -> u32 {
    (chunk * CHUNK + i) as u32
}

#[cfg(test)]
mod tests {
    use gc_arena::Gc;
    use gc_arena::arena::rootless_mutate;

    use super::*;
    use crate::doc_support::{Doc, Obj};
    use crate::weakref::{WeakRef, WeakRefOptions};

    fn wr<'gc>(
        mc: &Mutation<'gc>,
        o: ObjectRef<'gc, Doc>,
        kind: RefKind,
        shared: bool,
        seq: u64,
    ) -> Gc<'gc, WeakRef<'gc, Doc>> {
        WeakRef::new(
            mc,
            o,
            WeakRefOptions {
                kind,
                shared,
                ..Default::default()
            },
            seq,
        )
    }

    fn order<'gc>(
        lists: &WeakLists<'gc, Doc>,
        mc: &Mutation<'gc>,
        o: ObjectRef<'gc, Doc>,
    ) -> Vec<u64> {
        lists.refs(mc, o).iter().map(|w| w.seq()).collect()
    }

    /// The entries kept in `o`'s list, swept ones included.
    fn kept<'gc>(lists: &WeakLists<'gc, Doc>, o: ObjectRef<'gc, Doc>) -> usize {
        let (c, i) = split(lists.lookup(o).expect("o has a list"));
        let slots = lists.chunk(c);
        let slots = slots.borrow();
        slots[i].as_ref().map_or(0, |s| s.entries.len())
    }

    #[test]
    fn swept_entries_leave_at_power_of_two_lengths_and_never_misplace_a_shared_ref() {
        use gc_arena::{Arena, Collect, Rootable};

        #[derive(Collect)]
        #[collect(no_drop)]
        struct Root<'gc> {
            lists: WeakLists<'gc, Doc>,
            obj: ObjectRef<'gc, Doc>,
        }
        let mut arena = Arena::<Rootable![Root<'_>]>::new(|mc| Root {
            lists: WeakLists::new(mc),
            obj: Gc::new(mc, Obj::new(1)),
        });
        // Three plain references that nothing keeps: swept by the next collection, while the
        // list (no collector protocol runs here) still names them.
        arena.mutate(|mc, root| {
            for seq in 0..3 {
                root.lists
                    .add(mc, root.obj, wr(mc, root.obj, RefKind::Ref, false, seq));
            }
            assert_eq!(kept(&root.lists, root.obj), 3);
        });
        arena.finish_cycle();
        arena.mutate(|mc, root| {
            // A shared reference goes to the head, past nothing it could be mistaken for.
            let basic = wr(mc, root.obj, RefKind::Ref, true, 10);
            root.lists.add(mc, root.obj, basic);
            assert_eq!(kept(&root.lists, root.obj), 4);
            // At length 4 the swept entries leave before the next one is placed.
            let plain = wr(mc, root.obj, RefKind::Ref, false, 11);
            root.lists.add(mc, root.obj, plain);
            assert_eq!(kept(&root.lists, root.obj), 2);
            assert_eq!(order(&root.lists, mc, root.obj), [10, 11]);
            let shared = root.lists.shared(mc, root.obj, RefKind::Ref);
            assert!(shared.is_some_and(|w| Gc::ptr_eq(w, basic)));
            assert!(root.lists.shared(mc, root.obj, RefKind::Proxy).is_none());
        });
    }

    #[test]
    fn shared_refs_lead_the_list_and_others_go_newest_first() {
        rootless_mutate(|mc| {
            let lists = WeakLists::<Doc>::new(mc);
            let o = Gc::new(mc, Obj::new(1));
            let plain0 = wr(mc, o, RefKind::Ref, false, 0);
            lists.add(mc, o, plain0);
            let proxy = wr(mc, o, RefKind::Proxy, true, 1);
            lists.add(mc, o, proxy);
            let plain2 = wr(mc, o, RefKind::Ref, false, 2);
            lists.add(mc, o, plain2);
            let basic = wr(mc, o, RefKind::Ref, true, 3);
            lists.add(mc, o, basic);
            let plain4 = wr(mc, o, RefKind::Proxy, false, 4);
            lists.add(mc, o, plain4);
            assert_eq!(order(&lists, mc, o), [3, 1, 4, 2, 0]);
            assert_eq!(lists.len(), 1);
            assert!(Gc::ptr_eq(
                lists.shared(mc, o, RefKind::Ref).unwrap(),
                basic
            ));
            assert!(Gc::ptr_eq(
                lists.shared(mc, o, RefKind::Proxy).unwrap(),
                proxy
            ));
        });
    }

    #[test]
    fn slots_fill_chunks_and_are_reused_after_release() {
        rootless_mutate(|mc| {
            let lists = WeakLists::<Doc>::new(mc);
            let objs: Vec<_> = (0..CHUNK as u32 + 3)
                .map(|i| Gc::new(mc, Obj::new(i)))
                .collect();
            for &o in &objs {
                lists.add(mc, o, wr(mc, o, RefKind::Ref, false, 0));
            }
            assert_eq!(lists.len(), CHUNK + 3);
            assert_eq!(lists.chunks().len(), 2);
            // What the collector does when the referent of slot 0 dies.
            lists.chunk(0).borrow_mut(mc)[0] = None;
            lists.release(0);
            assert_eq!(lists.len(), CHUNK + 2);
            assert!(lists.refs(mc, objs[0]).is_empty());
            // The freed slot id is handed out again.
            let fresh = Gc::new(mc, Obj::new(999));
            lists.add(mc, fresh, wr(mc, fresh, RefKind::Ref, false, 1));
            assert_eq!(lists.lookup(fresh), Some(0));
            // The released object's stale slot name no longer matches.
            assert_eq!(lists.lookup(objs[0]), None);
        });
    }

    #[test]
    fn object_finalizer_registration_is_once() {
        rootless_mutate(|mc| {
            let lists = WeakLists::<Doc>::new(mc);
            let o = Gc::new(mc, Obj::new(1));
            assert!(lists.track_del(mc, o));
            assert!(
                lists.track_del(mc, o),
                "registering twice before it runs is fine"
            );
            assert!(!lists.is_finalized(o));
        });
    }
}
