//! Introspection: what an object refers to, what refers to it, and why it is alive.
//!
//! Invariant: these queries only read the heap. They walk the object graph that the embedder
//! describes through [`Embed::object_referents`], [`Embed::value_referents`] and
//! [`Embed::root_referents`] (the collector itself never uses those hooks), breadth first, so a
//! path they return is a shortest one, and each object is visited once.

use std::collections::VecDeque;

use gc_arena::Gc;
use hashbrown::HashMap;

use crate::context::Context;
use crate::event::Event;
use crate::{Embed, ObjectRef};

/// What holds the first object of an [`AlivePath`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Holder {
    /// The embedder root.
    Root,
    /// The payload of a live finalizer (by its index): Python's `finalize` keeps `func` and
    /// `args` alive, so an object reachable from them is immortal.
    Finalizer(u64),
    /// An event waiting in the queue.
    Event,
}

/// A chain of references that keeps an object alive: `holder → path[0] → … → path[last]`.
pub struct AlivePath<'gc, E: Embed> {
    /// What holds the first object.
    pub holder: Holder,
    /// The objects, each referring to the next; the last is the object asked about.
    pub path: Vec<ObjectRef<'gc, E>>,
}

type Key = *const ();

fn key<'gc, E: Embed>(o: ObjectRef<'gc, E>) -> Key {
    Gc::as_ptr(o) as *const ()
}

impl<'gc, E: Embed> Context<'gc, E> {
    /// The objects `obj` refers to directly, as the embedder describes them.
    pub fn referents(self, obj: ObjectRef<'gc, E>) -> Vec<ObjectRef<'gc, E>> {
        let mut out = Vec::new();
        E::object_referents(&obj, &mut out);
        out
    }

    /// The starting points of the object graph, with what holds each.
    fn graph_roots(self, root: &E::Root<'gc>) -> Vec<(Holder, ObjectRef<'gc, E>)> {
        let mut out = Vec::new();
        let mut buf = Vec::new();
        E::root_referents(root, &mut buf);
        out.extend(buf.drain(..).map(|o| (Holder::Root, o)));
        self.runtime().lists.for_each_finalizer(|w| {
            if let Some(p) = w.payload() {
                E::value_referents(&p, &mut buf);
                out.extend(buf.drain(..).map(|o| (Holder::Finalizer(w.seq()), o)));
            }
        });
        for ev in self.runtime().queue.borrow().iter() {
            match ev {
                Event::Del(o) => out.push((Holder::Event, *o)),
                Event::Callback(w) => {
                    if let Some(cb) = w.callback() {
                        E::value_referents(cb, &mut buf);
                    }
                }
                Event::Finalize(f) => {
                    if let Some(p) = f.payload() {
                        E::value_referents(&p, &mut buf);
                    }
                }
            }
            out.extend(buf.drain(..).map(|o| (Holder::Event, o)));
        }
        out
    }

    /// Breadth-first walk from the roots; `visit` sees each object once, with its parent
    /// (`None` for objects held directly by a holder). Stops early when `visit` returns true.
    fn walk(
        self,
        root: &E::Root<'gc>,
        mut visit: impl FnMut(ObjectRef<'gc, E>, Option<ObjectRef<'gc, E>>, Holder) -> bool,
    ) {
        let mut seen: hashbrown::HashSet<Key> = hashbrown::HashSet::new();
        let mut queue = VecDeque::new();
        for (holder, o) in self.graph_roots(root) {
            if seen.insert(key::<E>(o)) {
                if visit(o, None, holder) {
                    return;
                }
                queue.push_back((o, holder));
            }
        }
        let mut buf = Vec::new();
        while let Some((o, holder)) = queue.pop_front() {
            E::object_referents(&o, &mut buf);
            for child in buf.drain(..) {
                if seen.insert(key::<E>(child)) {
                    if visit(child, Some(o), holder) {
                        return;
                    }
                    queue.push_back((child, holder));
                }
            }
        }
    }

    /// Every object reachable from the roots (and from finalizer payloads and queued events),
    /// in breadth-first order: Python's `gc.get_objects()` for a tracing heap.
    pub fn reachable_objects(self, root: &E::Root<'gc>) -> Vec<ObjectRef<'gc, E>> {
        let mut out = Vec::new();
        self.walk(root, |o, _, _| {
            out.push(o);
            false
        });
        out
    }

    /// The reachable objects that refer directly to `target`: Python's `gc.get_referrers`.
    pub fn referrers(
        self,
        root: &E::Root<'gc>,
        target: ObjectRef<'gc, E>,
    ) -> Vec<ObjectRef<'gc, E>> {
        let mut out = Vec::new();
        let mut buf = Vec::new();
        for o in self.reachable_objects(root) {
            E::object_referents(&o, &mut buf);
            if buf.drain(..).any(|c| Gc::ptr_eq(c, target)) {
                out.push(o);
            }
        }
        out
    }

    /// Why is `target` alive? A shortest chain of references from a holder (the root, a
    /// finalizer's payload, or a queued event) to `target`, or `None` if none is known: the
    /// object is garbage waiting for the next collection, or is held by something the
    /// embedder's traversal does not describe.
    pub fn path_to(
        self,
        root: &E::Root<'gc>,
        target: ObjectRef<'gc, E>,
    ) -> Option<AlivePath<'gc, E>> {
        let mut parent: HashMap<Key, Option<ObjectRef<'gc, E>>> = HashMap::new();
        let mut found = None;
        self.walk(root, |o, p, holder| {
            parent.insert(key::<E>(o), p);
            if Gc::ptr_eq(o, target) {
                found = Some(holder);
                true
            } else {
                false
            }
        });
        let holder = found?;
        let mut path = vec![target];
        let mut at = target;
        while let Some(Some(p)) = parent.get(&key::<E>(at)) {
            path.push(*p);
            at = *p;
        }
        path.reverse();
        Some(AlivePath { holder, path })
    }
}
