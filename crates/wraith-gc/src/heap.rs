//! The heap driver: owns the arena and is the only code that runs collection work.
//!
//! Invariant: every cycle reaches sweeping through [`run_protocol`]. The driver calls
//! gc-arena's `cycle_debt`/`finish_cycle` only while the arena is sweeping, and never calls
//! `collect_debt`. Events are delivered exactly once: popped from the queue, then handed to
//! the handler, whose failures go to the unraisable hook.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::time::Instant;

use gc_arena::arena::CollectionPhase;
use gc_arena::metrics::Pacing as ArenaPacing;
use gc_arena::{Arena, Gc, Mutation};

use crate::Embed;
use crate::collector::run_protocol;
use crate::context::Context;
use crate::error::{Failure, Unraisable};
use crate::event::Event;
use crate::finalizer::Finalizer;
use crate::report::{CollectReport, HeapStats};
use crate::root::{HeapRoot, HeapRootable, Runtime};
use crate::weakref::WeakRef;

/// When collection work happens.
#[derive(Debug, Clone, Copy)]
pub enum Pacing {
    /// Only when the host asks ([`Heap::collect`]): deterministic, for tests.
    Manual,
    /// [`Heap::step`] pays allocation debt incrementally, with gc-arena's pacing factors.
    Incremental(ArenaPacing),
}

/// How to build a [`Heap`].
#[derive(Debug, Clone, Copy)]
pub struct HeapConfig {
    /// When collection work happens.
    pub pacing: Pacing,
    /// The most collect-and-drain rounds [`Heap::collect_all`] runs before it returns, so that
    /// callbacks that keep making new garbage cannot hang it.
    pub max_settle_rounds: usize,
}

impl HeapConfig {
    /// Collect only when asked.
    pub fn manual() -> Self {
        HeapConfig {
            pacing: Pacing::Manual,
            max_settle_rounds: 64,
        }
    }

    /// Collect incrementally from [`Heap::step`], with gc-arena's default pacing.
    pub fn incremental() -> Self {
        HeapConfig {
            pacing: Pacing::Incremental(ArenaPacing::DEFAULT),
            max_settle_rounds: 64,
        }
    }
}

impl Default for HeapConfig {
    fn default() -> Self {
        Self::incremental()
    }
}

/// What [`Heap::drain`], [`Heap::collect_all`] and [`Heap::shutdown`] hand events to: any
/// `FnMut(Context, &Root, Event) -> Result<(), Value>` for every `'gc`. An `Err` goes to the
/// unraisable hook.
pub trait EventHandler<E: Embed>:
    for<'gc> FnMut(Context<'gc, E>, &'gc E::Root<'gc>, Event<'gc, E>) -> Result<(), E::Value<'gc>>
{
}

impl<E: Embed, F> EventHandler<E> for F where
    F: for<'gc> FnMut(
        Context<'gc, E>,
        &'gc E::Root<'gc>,
        Event<'gc, E>,
    ) -> Result<(), E::Value<'gc>>
{
}

type Hook<E> =
    dyn for<'gc> FnMut(Context<'gc, E>, &'gc <E as Embed>::Root<'gc>, Unraisable<'gc, E>);

/// A garbage-collected heap with weak references, finalizers and an event queue.
///
/// See the [crate documentation](crate) for a complete example.
pub struct Heap<E: Embed> {
    arena: Arena<HeapRootable<E>>,
    config: HeapConfig,
    hook: Option<Box<Hook<E>>>,
    unraisable: usize,
    cycles: usize,
}

impl<E: Embed> Heap<E> {
    /// Makes a heap whose embedder root is built by `root`.
    pub fn new(
        config: HeapConfig,
        root: impl for<'gc> FnOnce(&'gc Mutation<'gc>) -> E::Root<'gc>,
    ) -> Self {
        Self::with_context(config, |cx| root(cx.mutation()))
    }

    /// Like [`new`](Self::new), but the root is built with a [`Context`], so the embedder can
    /// keep a [`HeapHandle`](crate::HeapHandle) (from [`Context::handle`]) in its root and make
    /// a `Context` later from code that only has a `&Mutation`.
    pub fn with_context(
        config: HeapConfig,
        root: impl for<'gc> FnOnce(Context<'gc, E>) -> E::Root<'gc>,
    ) -> Self {
        let arena = Arena::<HeapRootable<E>>::new(|mc| {
            let rt = Runtime::new(mc);
            let user = root(Context::new(mc, rt));
            HeapRoot { rt, user }
        });
        if let Pacing::Incremental(p) = config.pacing {
            arena.metrics().set_pacing(p);
        }
        Heap {
            arena,
            config,
            hook: None,
            unraisable: 0,
            cycles: 0,
        }
    }

    /// Runs `f` inside the arena. No collection work happens during `f`.
    pub fn mutate<T>(&self, f: impl for<'gc> FnOnce(Context<'gc, E>, &'gc E::Root<'gc>) -> T) -> T {
        self.arena
            .mutate(|mc, root| f(Context::new(mc, root.rt), &root.user))
    }

    /// Like [`mutate`](Self::mutate), with the embedder root mutable.
    pub fn mutate_root<T>(
        &mut self,
        f: impl for<'gc> FnOnce(Context<'gc, E>, &'gc mut E::Root<'gc>) -> T,
    ) -> T {
        self.arena.mutate_root(|mc, root| {
            let HeapRoot { rt, user } = root;
            f(Context::new(mc, *rt), user)
        })
    }

    /// A forced full collection: finishes any cycle in flight (through the protocol), then runs
    /// one fresh cycle, so everything unreachable now is found dead. Queued events wait for
    /// [`drain`](Self::drain).
    pub fn collect(&mut self) -> CollectReport {
        let before = self.arena.metrics().total_gc_count();
        let mut report = CollectReport::default();
        if self.arena.collection_phase() == CollectionPhase::Sweeping {
            self.sweep(&mut report);
        }
        if self.arena.collection_phase() != CollectionPhase::Sleeping {
            run_protocol(&mut self.arena, &mut report);
            self.sweep(&mut report);
        }
        run_protocol(&mut self.arena, &mut report);
        self.sweep(&mut report);
        report.objects_freed = before.saturating_sub(self.arena.metrics().total_gc_count());
        self.cycles += report.cycles;
        report
    }

    fn sweep(&mut self, report: &mut CollectReport) {
        let t = Instant::now();
        self.arena.finish_cycle();
        report.times.sweep += t.elapsed();
    }

    /// Incremental work: pays the allocation debt, taking any cycle that finishes marking
    /// through the protocol. Does nothing under [`Pacing::Manual`].
    pub fn step(&mut self) -> CollectReport {
        let mut report = CollectReport::default();
        if let Pacing::Manual = self.config.pacing {
            return report;
        }
        let before = self.arena.metrics().total_gc_count();
        if self.arena.collection_phase() == CollectionPhase::Sweeping {
            let t = Instant::now();
            self.arena.cycle_debt();
            report.times.sweep += t.elapsed();
        } else if self.arena.mark_debt().is_some() {
            run_protocol(&mut self.arena, &mut report);
        }
        // A step allocates nothing, so a lower count is what its sweeping freed.
        report.objects_freed = before.saturating_sub(self.arena.metrics().total_gc_count());
        self.cycles += report.cycles;
        report
    }

    /// Whether the allocation debt calls for a [`step`](Self::step).
    pub fn has_debt(&self) -> bool {
        matches!(self.config.pacing, Pacing::Incremental(_))
            && self.arena.metrics().allocation_debt() > 0.0
    }

    /// Hands every queued event to `handler`, in order, each exactly once, and returns how many
    /// were delivered. Events queued while draining (by callbacks that make garbage and call
    /// [`Context::request_collection`]) wait for the next collection; no collection runs inside
    /// the drain. A handler that returns an error or panics is reported to the unraisable hook
    /// and the drain goes on. After [`shutdown`](Self::shutdown), finalizer events are dropped.
    pub fn drain<F>(&mut self, mut handler: F) -> usize
    where
        F: EventHandler<E>,
    {
        let Heap {
            arena,
            hook,
            unraisable,
            ..
        } = self;
        arena.mutate(|mc, root| {
            let cx = Context::new(mc, root.rt);
            root.rt.state.draining.set(true);
            let mut delivered = 0;
            while let Some(event) = cx.pop_event() {
                if matches!(event, Event::Finalize(_)) && cx.is_shut_down() {
                    continue;
                }
                delivered += 1;
                deliver(cx, &root.user, event, &mut handler, hook, unraisable);
            }
            root.rt.state.draining.set(false);
            delivered
        })
    }

    /// Collects and drains until a collection queues nothing more (at most
    /// [`HeapConfig::max_settle_rounds`] rounds): the one call tests need to reach a quiet heap.
    pub fn collect_all<F>(&mut self, mut handler: F) -> CollectReport
    where
        F: EventHandler<E>,
    {
        let mut report = CollectReport::default();
        for _ in 0..self.config.max_settle_rounds.max(1) {
            report += self.collect();
            self.take_collection_request();
            if self.drain(&mut handler) == 0 && !self.take_collection_request() {
                break;
            }
        }
        report
    }

    /// Runs the live finalizers whose `atexit` flag is set, newest first, including ones
    /// registered while this runs; then marks the heap shut down, after which no finalizer
    /// runs again. Returns how many ran. Object finalizers and callbacks are not run.
    pub fn shutdown<F>(&mut self, mut handler: F) -> usize
    where
        F: EventHandler<E>,
    {
        let Heap {
            arena,
            hook,
            unraisable,
            ..
        } = self;
        arena.mutate(|mc, root| {
            let cx = Context::new(mc, root.rt);
            let state = &root.rt.state;
            if state.shut_down.get() {
                return 0;
            }
            let mut ran = 0;
            let mut pending: Vec<Gc<'_, WeakRef<'_, E>>> = Vec::new();
            let mut fresh = true;
            loop {
                if fresh || state.finalizers_dirty.get() {
                    pending.clear();
                    root.rt.lists.for_each_finalizer(|w| {
                        if Finalizer::from_weak_ref(w).atexit() {
                            pending.push(w);
                        }
                    });
                    pending.sort_by_key(|w| w.seq());
                    state.finalizers_dirty.set(false);
                    fresh = false;
                }
                let Some(w) = pending.pop() else { break };
                let fin = Finalizer::from_weak_ref(w);
                if !fin.atexit() || !fin.kill(cx) {
                    continue;
                }
                ran += 1;
                deliver(
                    cx,
                    &root.user,
                    Event::Finalize(fin),
                    &mut handler,
                    hook,
                    unraisable,
                );
            }
            state.shut_down.set(true);
            ran
        })
    }

    /// Installs the hook that receives failed events (Python's `sys.unraisablehook`). Without
    /// one, failures are counted and a line is printed to stderr.
    pub fn set_unraisable_hook(
        &mut self,
        hook: impl for<'gc> FnMut(Context<'gc, E>, &'gc E::Root<'gc>, Unraisable<'gc, E>) + 'static,
    ) {
        self.hook = Some(Box::new(hook));
    }

    /// How many event failures have been reported.
    pub fn unraisable_count(&self) -> usize {
        self.unraisable
    }

    /// Takes (and clears) a collection request made with [`Context::request_collection`].
    pub fn take_collection_request(&mut self) -> bool {
        self.mutate(|cx, _| cx.runtime().state.collect_requested.replace(false))
    }

    /// What the heap holds now.
    pub fn stats(&self) -> HeapStats {
        let allocations = self.arena.metrics().total_gc_count();
        self.mutate(|cx, _| {
            let rt = cx.runtime();
            let (weak_refs, finalizers) = rt.lists.counts();
            HeapStats {
                allocations,
                weakly_referenced: rt.lists.len(),
                weak_refs,
                finalizers,
                queued_events: cx.queued_events(),
                cycles: self.cycles,
            }
        })
    }

    /// The gc-arena collection phase (for tests and diagnostics).
    pub fn phase(&self) -> CollectionPhase {
        self.arena.collection_phase()
    }
}

/// Runs one event handler under the drain boundary: an error value or a panic goes to the hook.
fn deliver<'gc, E: Embed, F>(
    cx: Context<'gc, E>,
    root: &'gc E::Root<'gc>,
    event: Event<'gc, E>,
    handler: &mut F,
    hook: &mut Option<Box<Hook<E>>>,
    count: &mut usize,
) where
    F: EventHandler<E>,
{
    let failure = match catch_unwind(AssertUnwindSafe(|| handler(cx, root, event))) {
        Ok(Ok(())) => return,
        Ok(Err(value)) => Failure::Error(value),
        Err(panic) => Failure::Panic(panic_message(&*panic)),
    };
    *count += 1;
    let report = Unraisable { event, failure };
    match hook {
        Some(hook) => {
            if catch_unwind(AssertUnwindSafe(|| hook(cx, root, report))).is_err() {
                eprintln!("wraith-gc: the unraisable hook panicked");
            }
        }
        None => eprintln!("wraith-gc: exception ignored in event handler: {report:?}"),
    }
}

fn panic_message(p: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = p.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = p.downcast_ref::<String>() {
        s.clone()
    } else {
        "panic".to_string()
    }
}
