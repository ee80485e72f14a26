//! The `gc` module beyond `collect`/`enable`/`disable`/`isenabled`: CPython's introspection
//! functions on a tracing heap, and Wraith's `gc.get_path(obj)` ("why is this object alive?"),
//! plus the object-graph description wraith-gc's introspection walks (`PyEmbed`'s
//! `object_referents` / `root_referents`).
//!
//! Invariant: these functions only read the heap. The graph they see is the one the
//! interpreter's own references form: operand-stack temporaries of running frames are not
//! roots here (the argument being passed to `gc.get_path` would otherwise be its own reason),
//! so an object held only by an expression being evaluated has no path. See
//! docs/SEMANTICS.md for each difference from CPython.

use wraith_gc::Holder;

use crate::builtins::def;
use crate::object::{IterState, Payload, PyObject};
use crate::value::{Obj, Value};
use crate::vm::native::Kw;
use crate::vm::{Interp, PyResult, Vm};

fn push<'gc>(out: &mut Vec<Obj<'gc>>, v: Value<'gc>) {
    if let Value::Obj(o) = v {
        out.push(o);
    }
}

/// The objects `o` holds strongly (CPython's `tp_traverse`).
pub fn object_referents<'gc>(o: &PyObject<'gc>, out: &mut Vec<Obj<'gc>>) {
    // Slot values come before the class, as CPython's `subtype_traverse` visits them.
    if let Payload::Slots(s) = &o.payload {
        s.borrow().iter().for_each(|v| push(out, *v));
    }
    if let Some(c) = o.class.get() {
        out.push(c);
    }
    if let Some(d) = o.dict {
        out.push(d);
    }
    match &o.payload {
        Payload::Tuple(t) => t.iter().for_each(|v| push(out, *v)),
        Payload::List(l) => l.borrow().iter().for_each(|v| push(out, *v)),
        Payload::Dict(d) | Payload::Set(d) => {
            for (k, v) in d.borrow().iter() {
                push(out, k);
                push(out, v);
            }
        }
        Payload::Type(t) => {
            out.extend(t.bases.iter().copied());
            out.extend(t.mro.iter().copied());
        }
        Payload::Function(f) => {
            out.push(f.globals);
            f.defaults.iter().for_each(|v| push(out, *v));
            if let Some(k) = f.kwdefaults {
                out.push(k);
            }
            f.closure.iter().for_each(|c| push(out, c.get()));
        }
        Payload::Builtin(b) => push(out, b.bound),
        Payload::BoundMethod(f, s) | Payload::Pair(f, s) => {
            push(out, *f);
            push(out, *s);
        }
        Payload::Slice(abc) | Payload::Property(abc) => {
            for v in abc.iter() {
                push(out, *v);
            }
        }
        Payload::StaticMethod(f) | Payload::ClassMethod(f) => push(out, *f),
        Payload::Super(a, b) => {
            push(out, *a);
            push(out, *b);
        }
        Payload::Exception(e) => {
            let e = e.borrow();
            push(out, e.args);
            push(out, e.cause);
            push(out, e.context);
        }
        Payload::DictView(d, _) => out.push(*d),
        Payload::Cell(c) => push(out, c.get()),
        Payload::Iter(st) => match &*st.borrow() {
            IterState::Seq(v, _) | IterState::Rev(v, _) | IterState::GetItem(v, _) => push(out, *v),
            IterState::Str(o, _) | IterState::Dict(o, ..) => out.push(*o),
            IterState::Enumerate(a, b) | IterState::Filter(a, b) | IterState::Callable(a, b) => {
                push(out, *a);
                push(out, *b);
            }
            IterState::Zip(vs, _) => vs.iter().for_each(|v| push(out, *v)),
            IterState::WeakKeys(t, refs, ..) => {
                push(out, *t);
                refs.iter().flatten().for_each(|v| push(out, *v));
            }
            IterState::Map(f, vs) => {
                push(out, *f);
                vs.iter().for_each(|v| push(out, *v));
            }
            IterState::Done | IterState::Range(..) | IterState::BigRange(_) => {}
        },
        Payload::Generator(g) => {
            if let Some(f) = &g.borrow().frame {
                frame_referents(f, out, true);
            }
        }
        // A `WeakValueDictionary`'s table holds its keys and its `KeyedRef`s strongly.
        Payload::WeakValues(t) => {
            for (k, r) in t.entries() {
                push(out, k);
                push(out, r.payload().unwrap_or(Value::None));
            }
        }
        // Weak references hold their referent weakly; `Plain`, numbers, strings, modules
        // (namespace in `dict`), ranges and singletons hold nothing else; weak-key tables hold
        // their values only through their keys (ephemerons), which `object_referents` does not
        // report.
        _ => {}
    }
}

fn frame_referents<'gc>(f: &crate::vm::frame::Frame<'gc>, out: &mut Vec<Obj<'gc>>, stack: bool) {
    out.push(f.func);
    f.locals.iter().for_each(|v| push(out, *v));
    f.cells.iter().for_each(|c| push(out, c.get()));
    if stack {
        f.stack.iter().for_each(|v| push(out, *v));
    }
    if let Some(ns) = f.ns {
        out.push(ns);
    }
    out.push(f.globals);
}

/// The objects the interpreter root holds: modules, `__main__`'s globals, the built-ins, and
/// the running frames' variables (not their operand stacks).
pub fn root_referents<'gc>(i: &Interp<'gc>, out: &mut Vec<Obj<'gc>>) {
    out.push(i.main_globals);
    out.push(i.modules);
    out.push(i.builtins);
    for f in i.frames.iter().rev() {
        frame_referents(f, out, false);
    }
    let t = &i.types;
    out.extend([
        t.object, t.type_, t.int, t.str_, t.list, t.dict, t.tuple, t.set,
    ]);
}

fn objs<'gc>(vm: &Vm<'gc, '_>, items: Vec<Obj<'gc>>) -> Value<'gc> {
    vm.new_list(items.into_iter().map(Value::Obj).collect())
}

fn no_kw<'gc>(vm: &Vm<'gc, '_>, name: &str, kw: &Kw<'gc>) -> PyResult<'gc, ()> {
    if kw.is_empty() {
        Ok(())
    } else {
        vm.type_error(format!("{name}() takes no keyword arguments"))
    }
}

fn get_referents<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], kw: &Kw<'gc>) -> PyResult<'gc> {
    no_kw(vm, "get_referents", kw)?;
    let mut out = Vec::new();
    for v in a {
        if let Value::Obj(o) = v {
            object_referents(o, &mut out);
        }
    }
    Ok(objs(vm, out))
}

fn get_referrers<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], kw: &Kw<'gc>) -> PyResult<'gc> {
    no_kw(vm, "get_referrers", kw)?;
    let Some(cx) = super::weakref::context(vm) else {
        return Ok(vm.new_list(vec![]));
    };
    let mut out: Vec<Obj<'gc>> = Vec::new();
    for v in a {
        if let Value::Obj(o) = v {
            for r in cx.referrers(&*vm.i, *o) {
                if !out.iter().any(|x| gc_arena::Gc::ptr_eq(*x, r)) {
                    out.push(r);
                }
            }
        }
    }
    Ok(objs(vm, out))
}

fn get_objects<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    crate::builtins::functions::arity(vm, "get_objects", a, 0, 1)?;
    let Some(cx) = super::weakref::context(vm) else {
        return Ok(vm.new_list(vec![]));
    };
    let all = cx.reachable_objects(&*vm.i);
    Ok(objs(vm, all))
}

fn is_tracked<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    crate::builtins::functions::arity(vm, "is_tracked", a, 1, 1)?;
    let tracked = match a[0] {
        Value::Obj(o) => {
            !matches!(
                o.payload,
                Payload::Str(_)
                    | Payload::BigInt(_)
                    | Payload::Float(_)
                    | Payload::Range(..)
                    | Payload::BigRange(_)
                    | Payload::Singleton(_)
            ) || o.dict.is_some()
        }
        _ => false,
    };
    Ok(Value::Bool(tracked))
}

fn get_count<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    crate::builtins::functions::arity(vm, "get_count", a, 0, 0)?;
    Ok(vm.new_tuple(vec![Value::Int(0), Value::Int(0), Value::Int(0)]))
}

fn get_stats<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    crate::builtins::functions::arity(vm, "get_stats", a, 0, 0)?;
    let mut gens = Vec::new();
    for g in 0..3 {
        let d = vm.new_dict_obj();
        let n = if g == 2 {
            vm.i.host.collections as i64
        } else {
            0
        };
        vm.dict_set_str(d, "collections", Value::Int(n));
        vm.dict_set_str(d, "collected", Value::Int(0));
        vm.dict_set_str(d, "uncollectable", Value::Int(0));
        gens.push(Value::Obj(d));
    }
    Ok(vm.new_list(gens))
}

fn noop<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    crate::builtins::functions::arity(vm, "freeze", a, 0, 0)?;
    Ok(Value::None)
}

fn get_freeze_count<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    crate::builtins::functions::arity(vm, "get_freeze_count", a, 0, 0)?;
    Ok(Value::Int(0))
}

fn get_threshold<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    crate::builtins::functions::arity(vm, "get_threshold", a, 0, 0)?;
    Ok(vm.new_tuple(vec![Value::Int(700), Value::Int(10), Value::Int(10)]))
}

fn set_threshold<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    crate::builtins::functions::arity(vm, "set_threshold", a, 1, 3)?;
    Ok(Value::None)
}

/// `gc.get_path(obj)`: why is `obj` alive? `None` if nothing reachable holds it (it is garbage
/// waiting for the next collection, or only a temporary of the running expression); otherwise
/// a list `[holder, o1, ..., obj]` where `holder` names what holds `o1` (`'root'`: the
/// interpreter's modules, globals, built-ins and running frames' variables; `'finalizer #N'`:
/// a finalizer's function or arguments; `'event'`: a pending callback), and each object refers
/// to the next.
fn get_path<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], kw: &Kw<'gc>) -> PyResult<'gc> {
    no_kw(vm, "get_path", kw)?;
    crate::builtins::functions::arity(vm, "get_path", a, 1, 1)?;
    let (Value::Obj(target), Some(cx)) = (a[0], super::weakref::context(vm)) else {
        return Ok(Value::None);
    };
    let Some(found) = cx.path_to(&*vm.i, target) else {
        return Ok(Value::None);
    };
    let holder = match found.holder {
        Holder::Root => "root".to_string(),
        Holder::Finalizer(n) => format!("finalizer #{n}"),
        Holder::Event => "event".to_string(),
    };
    let mut items = vec![vm.new_str(holder)];
    items.extend(found.path.into_iter().map(Value::Obj));
    Ok(vm.new_list(items))
}

/// Add the extended functions to the `gc` module.
pub fn extend<'gc>(vm: &mut Vm<'gc, '_>, m: Obj<'gc>) {
    let Some(d) = m.dict else { return };
    def(vm, d, "get_referents", get_referents);
    def(vm, d, "get_referrers", get_referrers);
    def(vm, d, "get_objects", get_objects);
    def(vm, d, "is_tracked", is_tracked);
    def(vm, d, "get_count", get_count);
    def(vm, d, "get_stats", get_stats);
    def(vm, d, "freeze", noop);
    def(vm, d, "unfreeze", noop);
    def(vm, d, "get_freeze_count", get_freeze_count);
    def(vm, d, "get_threshold", get_threshold);
    def(vm, d, "set_threshold", set_threshold);
    def(vm, d, "get_path", get_path);
    let cbs = vm.new_list(vec![]);
    vm.dict_set_str(d, "callbacks", cbs);
    let garbage = vm.new_list(vec![]);
    vm.dict_set_str(d, "garbage", garbage);
    for (name, v) in [
        ("DEBUG_STATS", 1),
        ("DEBUG_COLLECTABLE", 2),
        ("DEBUG_UNCOLLECTABLE", 4),
        ("DEBUG_SAVEALL", 32),
        ("DEBUG_LEAK", 38),
    ] {
        vm.dict_set_str(d, name, Value::Int(v));
    }
}
