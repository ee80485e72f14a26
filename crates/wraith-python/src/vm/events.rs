//! Running what collections leave behind: weak reference callbacks, `__del__` calls, and (at
//! exit) `weakref.finalize`'s at-exit pass, as Python calls between slices.
//!
//! Invariant: events run only between slices (after a collection, outside it), one at a time,
//! each exactly once, in wraith-gc's order (callbacks newest first per referent, `__del__`
//! after the callbacks of the same collection). An exception never propagates: it is reported
//! as CPython's unraisable hook does (`Exception ignored in: <repr>` and the traceback).
//! A collection requested by an event (`gc.collect()` in a callback) runs after the events
//! queued so far, and its own events run next.

use wraith_gc::Event;

use crate::heap::{PyEmbed, PyHeap};
use crate::object::Payload;
use crate::value::Value;
use crate::vm::Vm;

/// Rounds of collect-and-drain that events may trigger (callbacks calling `gc.collect()`).
const MAX_ROUNDS: usize = 64;

/// Events run per arena entry.
const BATCH: usize = 4096;

/// Runs every queued event, then any collections they asked for, and their events.
pub fn run_events(h: &mut PyHeap) {
    for _ in 0..MAX_ROUNDS {
        let heap = h.raw();
        // One arena entry for the whole queue (events queued meanwhile run too); a batch is
        // bounded so that garbage made by the callbacks can be collected between batches.
        while heap.mutate_root(|cx, i| {
            let mut vm = Vm {
                mc: cx.mutation(),
                i,
            };
            for _ in 0..BATCH {
                let Some(ev) = cx.pop_event() else {
                    return false;
                };
                if matches!(ev, Event::Finalize(_)) && cx.is_shut_down() {
                    continue;
                }
                run_event(&mut vm, ev);
            }
            true
        }) {}
        let again = heap.mutate_root(|_, i| std::mem::take(&mut i.host.collect_requested))
            | heap.take_collection_request();
        if !again {
            break;
        }
        collect_with_callbacks(h);
    }
}

/// A full collection requested by the program, with `gc.callbacks` called before
/// (`"start"`) and after (`"stop"`) it, as CPython does; returns the objects freed.
pub fn collect_with_callbacks(h: &mut PyHeap) -> usize {
    gc_callbacks(h, "start", 0);
    let freed = h.collect_full();
    gc_callbacks(h, "stop", freed);
    freed
}

fn gc_callbacks(h: &mut PyHeap, phase: &str, collected: usize) {
    h.raw().mutate_root(|cx, i| {
        let mut vm = Vm {
            mc: cx.mutation(),
            i,
        };
        let Some(Value::Obj(m)) = Vm::dict_get_str(vm.i.modules, "gc") else {
            return;
        };
        let Some(Value::Obj(list)) = m.dict.and_then(|d| Vm::dict_get_str(d, "callbacks")) else {
            return;
        };
        let Payload::List(l) = &list.payload else {
            return;
        };
        let cbs: Vec<Value<'_>> = l.borrow().clone();
        if cbs.is_empty() {
            return;
        }
        let info = vm.new_dict_obj();
        vm.dict_set_str(info, "generation", Value::Int(2));
        let n = if phase == "stop" { collected as i64 } else { 0 };
        vm.dict_set_str(info, "collected", Value::Int(n));
        vm.dict_set_str(info, "uncollectable", Value::Int(0));
        let p = vm.new_str(phase);
        for cb in cbs {
            if let Err(e) = vm.call(cb, &[p, Value::Obj(info)], &[]) {
                vm.report_unraisable(cb, e.0);
            }
        }
    });
}

fn run_event<'gc>(vm: &mut Vm<'gc, '_>, ev: Event<'gc, PyEmbed>) {
    match ev {
        Event::Callback(wr) => {
            let Some(cb) = wr.callback().copied() else {
                return;
            };
            // The containers' own callbacks have empty bodies: nothing to run.
            if crate::vm::call::is_no_op_call(cb, 1) {
                return;
            }
            let me = wr.payload().unwrap_or(Value::None);
            if let Err(e) = vm.call(cb, &[me], &[]) {
                vm.report_unraisable(cb, e.0);
            }
        }
        Event::Finalize(fin) => {
            let Some(p) = fin.payload() else {
                return;
            };
            if let Err(e) = crate::modules::weakref::finalize::run_payload(vm, p) {
                let owner = crate::modules::weakref::finalize::owner(p);
                vm.report_unraisable(owner, e.0);
            }
        }
        Event::Del(obj) if matches!(obj.payload, Payload::Generator(_)) => {
            let v = Value::Obj(obj);
            if let Err(e) = vm.call_method(v, "close", &[]) {
                vm.report_unraisable(v, e.0);
            }
        }
        Event::Del(obj) => {
            let v = Value::Obj(obj);
            let cls = vm.class_of(v);
            if let Some(d) = vm.lookup_type(cls, "__del__")
                && let Err(e) = vm.call_found(d, v, &[])
            {
                vm.report_unraisable(d, e.0);
            }
        }
    }
}

/// At exit: `weakref.finalize`'s at-exit pass (live finalizers with `atexit` set, newest
/// first), then wraith-gc's shutdown, after which no finalizer runs again.
pub fn shutdown(h: &mut PyHeap) {
    h.raw().mutate_root(|cx, i| {
        let mut vm = Vm {
            mc: cx.mutation(),
            i,
        };
        let Some(m) = Vm::dict_get_str(vm.i.modules, "weakref") else {
            return;
        };
        let Ok(Some(fin)) = vm.getattr_opt(m, "finalize") else {
            return;
        };
        if let Ok(Some(f)) = vm.getattr_opt(fin, "_exitfunc")
            && let Err(e) = vm.call(f, &[], &[])
        {
            vm.report_unraisable(f, e.0);
        }
        vm.flush_out();
    });
    h.raw().shutdown(|_, _, _| Ok(()));
    // Module teardown: `__main__`'s globals are dropped, so what only they hold dies now and
    // its weak reference callbacks and `__del__` run (CPython finalizes such objects when it
    // clears modules at exit). Finalizers never run again after the shutdown above.
    h.raw().mutate_root(|cx, i| {
        if let Payload::Dict(d) = &i.main_globals.payload {
            d.borrow_mut(cx.mutation()).clear();
        }
        i.frames.clear();
    });
    for _ in 0..2 {
        h.collect_full();
        run_events(h);
    }
    h.raw().mutate_root(|cx, i| {
        Vm {
            mc: cx.mutation(),
            i,
        }
        .flush_out()
    });
}
