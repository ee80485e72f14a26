//! `weakref.finalize` on wraith-gc's [`Finalizer`]: the heap keeps a live finalizer (and its
//! payload) alive, kills it at most once (object death, `__call__`, `detach`, or exit), and
//! never hands its payload out after shutdown.
//!
//! Invariant: a `finalize` object is a `PyObject` whose `Payload::Finalize` holds its
//! finalizer's weak reference; the finalizer's payload is the tuple
//! `(finalize object, func, args, kwargs)`, so the heap (not a Python registry) keeps the
//! finalize object, its function and arguments alive until it dies.

use wraith_gc::Finalizer;

use super::{check, context, weak_of};
use crate::heap::PyEmbed;
use crate::object::{Payload, PyObject, new_lock};
use crate::value::{Obj, Value};
use crate::vm::native::Kw;
use crate::vm::{PyResult, Vm};

type Fin<'gc> = Finalizer<'gc, PyEmbed>;

fn fin<'gc>(vm: &Vm<'gc, '_>, a: &[Value<'gc>]) -> PyResult<'gc, Fin<'gc>> {
    match a.first().and_then(|v| weak_of(*v)).and_then(Finalizer::of) {
        Some(f) => Ok(f),
        None => vm.type_error("finalize object expected"),
    }
}

fn parts<'gc>(payload: Value<'gc>) -> Option<[Value<'gc>; 4]> {
    match payload {
        Value::Obj(o) => match &o.payload {
            Payload::Tuple(t) if t.len() == 4 => Some([t[0], t[1], t[2], t[3]]),
            _ => None,
        },
        _ => None,
    }
}

/// `_fin_new(cls, *args, **kwargs)`: an unregistered finalize object (its `__new__`).
fn fin_new<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    let Some(Value::Obj(cls)) = a.first().copied() else {
        return vm.type_error("finalize.__new__(X): X is not a type object");
    };
    // `finalize` has `__slots__ = ()`: a namespace only for subclasses that have one.
    let has_dict = cls.as_type().is_none_or(|t| {
        t.slots
            .as_ref()
            .is_none_or(|s| s.iter().any(|n| &**n == "__dict__"))
    });
    let dict = has_dict.then(|| vm.new_dict_obj());
    Ok(Value::Obj(PyObject::alloc(
        vm.mc,
        Some(cls),
        dict,
        Payload::Finalize(new_lock(vm.mc, None)),
    )))
}

/// `finalize.__init__(self, obj, func, /, *args, **kwargs)`, natively.
fn fin_init<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], kw: &Kw<'gc>) -> PyResult<'gc> {
    if a.len() < 3 {
        let params = ["self", "obj", "func"];
        return vm.type_error(crate::vm::call::missing_arguments(
            "finalize.__init__",
            "positional",
            &params[a.len()..],
        ));
    }
    let args = vm.new_tuple(a[3..].to_vec());
    let kwargs = if kw.is_empty() {
        Value::None
    } else {
        let d = vm.new_dict_obj();
        for (k, v) in kw {
            vm.dict_set(d, *k, *v)?;
        }
        Value::Obj(d)
    };
    register_finalizer(vm, [a[0], a[1], a[2], args, kwargs])
}

/// Registers finalize object `a[0]` for `a[1]` with payload `(self, func, args, kwargs)`.
fn register_finalizer<'gc>(vm: &mut Vm<'gc, '_>, a: [Value<'gc>; 5]) -> PyResult<'gc> {
    let Value::Obj(me) = a[0] else {
        return vm.type_error("finalize object expected");
    };
    let Payload::Finalize(lock) = &me.payload else {
        return vm.type_error("finalize object expected");
    };
    let obj = check(vm, a[1])?;
    let cx = super::heap_context(vm)?;
    let payload = vm.new_tuple(vec![a[0], a[2], a[3], a[4]]);
    let f = cx.finalize(obj, payload);
    // A second __init__ leaves the first registration in place, dead or alive.
    let mut l = lock.borrow_mut(vm.mc);
    if l.is_none() {
        *l = Some(f.weak_ref());
    }
    Ok(Value::None)
}

fn fin_alive<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    Ok(Value::Bool(fin(vm, a).is_ok_and(|f| f.alive())))
}

/// `(obj, func, args, kwargs)` of a live finalizer, killing it when `kill`.
fn take<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], kill: bool) -> PyResult<'gc> {
    let (Ok(f), Some(cx)) = (fin(vm, a), context(vm)) else {
        return Ok(Value::None);
    };
    let found = if kill { f.detach(cx) } else { f.peek(cx) };
    let Some((obj, payload)) = found else {
        return Ok(Value::None);
    };
    let Some([_, func, args, kwargs]) = parts(payload) else {
        return Ok(Value::None);
    };
    let kwargs = match kwargs {
        Value::None => Value::Obj(vm.new_dict_obj()),
        k => k,
    };
    Ok(vm.new_tuple(vec![Value::Obj(obj), func, args, kwargs]))
}

fn fin_detach<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    take(vm, a, true)
}

fn fin_peek<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    take(vm, a, false)
}

/// Runs `func(*args, **kwargs)` of a finalizer payload.
pub fn run_payload<'gc>(vm: &mut Vm<'gc, '_>, payload: Value<'gc>) -> PyResult<'gc> {
    let Some([_, func, args, kwargs]) = parts(payload) else {
        return Ok(Value::None);
    };
    let args: Vec<Value<'gc>> = match args {
        Value::Obj(o) => match &o.payload {
            Payload::Tuple(t) => t.to_vec(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    };
    let mut kw: Vec<(Value<'gc>, Value<'gc>)> = Vec::new();
    if let Value::Obj(d) = kwargs
        && let Payload::Dict(dd) = &d.payload
    {
        kw = dd.borrow().iter().collect();
    }
    // A finalizer function with an empty body: nothing to run.
    if kw.is_empty() && crate::vm::call::is_no_op_call(func, args.len()) {
        return Ok(Value::None);
    }
    vm.call(func, &args, &kw)
}

/// The finalize object of a finalizer payload (for error reports).
pub fn owner(payload: Value<'_>) -> Value<'_> {
    parts(payload).map_or(Value::None, |p| p[0])
}

/// `_fin_call(self)`: runs the callback once if alive and not shut down; else `None`.
fn fin_call<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    let (Ok(f), Some(cx)) = (fin(vm, a), context(vm)) else {
        return Ok(Value::None);
    };
    match f.call(cx) {
        Some(payload) => run_payload(vm, payload),
        None => Ok(Value::None),
    }
}

fn fin_get_atexit<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    Ok(Value::Bool(fin(vm, a).is_ok_and(|f| f.atexit())))
}

fn fin_set_atexit<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    crate::builtins::functions::arity(vm, "_fin_set_atexit", a, 2, 2)?;
    let on = vm.truthy(a[1])?;
    if let Ok(f) = fin(vm, a) {
        f.set_atexit(on);
    }
    Ok(Value::None)
}

/// The at-exit pass: the live finalizers whose `atexit` is set, newest first, including ones
/// registered meanwhile (CPython's `finalize._exitfunc`); exceptions are printed like
/// `sys.excepthook` does. The caller then shuts the heap down.
pub fn run_at_exit<'gc>(vm: &mut Vm<'gc, '_>) {
    let Some(cx) = context(vm) else { return };
    let was_enabled = vm.i.host.gc_enabled;
    vm.i.host.gc_enabled = false;
    while let Some(f) = cx.finalizers().into_iter().rev().find(|f| f.atexit()) {
        let Some(payload) = f.call(cx) else { continue };
        if let Err(e) = run_payload(vm, payload) {
            let text = vm.format_exception(e.0);
            vm.write_err(&text);
        }
    }
    vm.i.host.gc_enabled = was_enabled;
}

/// Put the finalize natives in the module namespace `d`.
pub fn register<'gc>(vm: &mut Vm<'gc, '_>, d: Obj<'gc>) {
    use crate::builtins::def;
    def(vm, d, "_fin_new", fin_new);
    def(vm, d, "_fin_init", fin_init);
    def(vm, d, "_fin_alive", fin_alive);
    def(vm, d, "_fin_detach", fin_detach);
    def(vm, d, "_fin_peek", fin_peek);
    def(vm, d, "_fin_call", fin_call);
    def(vm, d, "_fin_get_atexit", fin_get_atexit);
    def(vm, d, "_fin_set_atexit", fin_set_atexit);
}
