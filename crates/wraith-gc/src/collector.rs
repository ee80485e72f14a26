//! The collection protocol: the one function every cycle passes through between "fully marked"
//! and "sweeping".
//!
//! Invariant: [`run_protocol`] is the only code that moves the arena from marking to sweeping.
//! gc-arena's `collect_debt`, and `cycle_debt`/`finish_cycle` outside the Sweeping phase,
//! would skip it; the driver in `heap.rs` never calls them there. Within the protocol, every
//! death is decided from one snapshot, taken before anything is resurrected:
//!
//! 1. finish marking;
//! 2. ephemeron convergence (`ephemeron.rs`): mark the value of every entry of a live
//!    ephemeron table whose key is alive, and what it reaches, until nothing changes;
//! 3. in one `finalize` pass, before any resurrection: clear every weak reference to every
//!    dead object, queue the callbacks of the weak references that are themselves alive
//!    (per referent in list order, newest first), queue the finalizers of dead objects, then
//!    remove every weak-container entry with a dead weak side (no callback object per
//!    entry), then resurrect the dead objects registered for an object finalizer and queue
//!    them;
//! 4. if anything was resurrected, mark again and converge again (a resurrected table's live
//!    keys need their values);
//! 5. start sweeping.

use std::time::Instant;

use gc_arena::{Arena, Finalization, Gc};

use crate::Embed;
use crate::ephemeron::converge;
use crate::event::Event;
use crate::finalizer::Finalizer;
use crate::report::CollectReport;
use crate::root::{HeapRootable, Runtime};
use crate::weaklist::{DelState, slot_id};
use crate::weakref::RefKind;

/// What the decision pass did (plain data: nothing `'gc` may leave `finalize`).
#[derive(Default)]
struct Decisions {
    cleared: usize,
    callbacks: usize,
    finalizers: usize,
    resurrected: usize,
    entries_removed: usize,
}

/// Runs steps 1–5 on an arena that is not sweeping, adding what it did to `report`.
pub(crate) fn run_protocol<E: Embed>(
    arena: &mut Arena<HeapRootable<E>>,
    report: &mut CollectReport,
) {
    let t0 = Instant::now();
    mark(arena, report);
    let t1 = Instant::now();
    let eph_dead = converge(arena, report);
    let decided = arena
        .finish_marking()
        .expect("the driver never runs the protocol while sweeping")
        .finalize(|fc, root| decide(fc, &root.rt, &eph_dead));
    let t2 = Instant::now();
    if decided.resurrected > 0 {
        mark(arena, report);
        converge(arena, report);
    }
    arena
        .finish_marking()
        .expect("the driver never runs the protocol while sweeping")
        .start_sweeping();
    let t3 = Instant::now();

    report.cycles += 1;
    report.weak_refs_cleared += decided.cleared;
    report.callbacks_queued += decided.callbacks;
    report.finalizers_queued += decided.finalizers;
    report.resurrected += decided.resurrected;
    report.entries_removed += decided.entries_removed;
    report.times.mark += (t1 - t0) + (t3 - t2);
    report.times.protocol += t2 - t1;
}

/// Marks until the arena is fully marked and stable.
fn mark<E: Embed>(arena: &mut Arena<HeapRootable<E>>, report: &mut CollectReport) {
    arena.finish_marking();
    report.rounds += 1;
}

/// Step 3. Deadness is read from the marking snapshot; the only resurrections happen at the
/// end, after every `is_dead` question has been asked.
fn decide<'gc, E: Embed>(
    fc: &Finalization<'gc>,
    rt: &Runtime<'gc, E>,
    eph_dead: &[(u32, usize)],
) -> Decisions {
    let shut_down = rt.state.shut_down.get();
    let mut d = Decisions::default();
    // Events go straight into the queue (no intermediate buffer: at a million deaths a second
    // buffer and its copy cost fresh memory and page faults). Every event names an object that
    // is already marked, so the queue's write barrier resurrects nothing.
    let mut events = rt.queue.borrow_mut(fc);
    let mut dels = Vec::new();

    for (c, chunk) in rt.lists.chunks().into_iter().enumerate() {
        // Most chunks have nothing to do: look before taking the write barrier.
        let busy =
            chunk.borrow().iter().flatten().any(|slot| {
                slot.referent.is_dead(fc) || slot.entries.iter().any(|e| e.is_dropped())
            });
        if !busy {
            continue;
        }
        let mut slots = chunk.borrow_mut(fc);
        for (i, entry) in slots.iter_mut().enumerate() {
            let Some(slot) = entry else { continue };
            if !slot.referent.is_dead(fc) {
                slot.entries.retain(|e| !e.is_dropped());
                continue;
            }
            for e in slot.entries.drain(..) {
                // Weak references that are dead but not yet swept are cleared too (one may be
                // resurrected below through an object that holds it); only live ones get
                // their callback.
                let Some(wr) = e.get(fc) else { continue };
                if !wr.clear() {
                    continue;
                }
                d.cleared += 1;
                if wr.kind() == RefKind::Finalizer {
                    if !shut_down {
                        events.push_back(Event::Finalize(Finalizer::from_weak_ref(wr)));
                        d.finalizers += 1;
                    }
                } else if wr.callback().is_some() && !Gc::is_dead(fc, wr) {
                    events.push_back(Event::Callback(wr));
                    d.callbacks += 1;
                }
            }
            if slot.del == DelState::Pending {
                // Keep the slot: it remembers that the object was finalized.
                slot.del = DelState::Done;
                dels.push(slot.referent);
            } else {
                rt.lists.release(slot_id(c, i));
                *entry = None;
            }
        }
    }

    // Weak containers drop their dead entries. Dead tables are swept with their entries,
    // unless a resurrection below may bring one back: then they are purged too.
    d.entries_removed = rt.tables.purge(fc, !dels.is_empty(), eph_dead);

    // Every death is decided: now resurrect the objects owed a finalizer call.
    for w in dels {
        if let Some(obj) = w.resurrect(fc) {
            events.push_back(Event::Del(obj));
            d.resurrected += 1;
        }
    }
    d
}
