//! The `weakref` module (issue 5): a small native core on wraith-gc's weak references, and the
//! rest of the module in Python (`weakref.py`, compiled at first import), as CPython splits it
//! between `_weakref` and `weakref.py`.
//!
//! Invariant: a Python weak reference object (`ref`, `proxy`) is a `PyObject` whose payload is
//! `Payload::WeakRef` holding one wraith-gc `WeakRef`, whose own payload points back at the
//! Python object; so both live and die together, and a callback runs only while the Python
//! object is alive (wraith-gc queues callbacks only for live weak references). Callbacks and
//! `__del__` calls run in `vm::events`, between slices, never inside a collection.

mod ephemeron;
pub(crate) use ephemeron::weak_keys_next;
pub mod finalize;
mod methods;
mod valuemap;

use gc_arena::{Collect, Gc};
use wraith_gc::{Context, HeapHandle, RefKind, WeakRef, WeakRefOptions};

use crate::builtins::def;
use crate::builtins::functions::arity;
use crate::compile::{self, Mode};
use crate::heap::PyEmbed;
use crate::object::{Kind, Payload, PyObject};
use crate::value::{Obj, Value};
use crate::vm::frame::{Frame, FrameKind};
use crate::vm::native::Kw;
use crate::vm::{E, PyResult, Vm};

/// The Python half of the module.
const SOURCE: &str = include_str!("weakref.py");

/// Interpreter state of the weakref machinery, kept in the arena root.
#[derive(Collect, Default)]
#[collect(no_drop)]
pub struct WeakState<'gc> {
    /// The heap's runtime handle, to make a wraith-gc `Context` from a `&Mutation`.
    pub handle: Option<HeapHandle<'gc, PyEmbed>>,
    /// `weakref.ReferenceType`, `ProxyType`, `CallableProxyType` once the module is loaded.
    pub types: Option<[Obj<'gc>; 3]>,
    /// `weakref.KeyedRef`, constructed natively by `fast_call`.
    pub keyed_ref: Option<Obj<'gc>>,
}

/// A wraith-gc context for the running interpreter.
pub fn context<'gc>(vm: &Vm<'gc, '_>) -> Option<Context<'gc, PyEmbed>> {
    vm.i.weak.handle.map(|h| h.context(vm.mc))
}

/// [`context`], or the `RuntimeError` of an interpreter whose heap handle is not set yet.
pub(crate) fn heap_context<'gc>(vm: &Vm<'gc, '_>) -> PyResult<'gc, Context<'gc, PyEmbed>> {
    context(vm).ok_or_else(|| vm.err(E::RuntimeError, "no heap context"))
}

/// The wraith-gc weak reference of a Python weak reference object.
pub fn weak_of<'gc>(v: Value<'gc>) -> Option<crate::object::WeakRefGc<'gc>> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::WeakRef(w) => Some(*w),
            Payload::Finalize(l) => *l.borrow(),
            _ => None,
        },
        _ => None,
    }
}

fn is_subclass_of_any(cls: Obj<'_>, names: &[&str]) -> bool {
    let hit = |c: Obj<'_>| c.as_type().is_some_and(|t| names.contains(&&*t.name));
    hit(cls) || cls.as_type().is_some_and(|t| t.mro.iter().any(|c| hit(*c)))
}

/// CPython's rule (research §1.2): which objects can be weakly referenced.
pub fn weakrefable<'gc>(vm: &Vm<'gc, '_>, v: Value<'gc>) -> bool {
    let Value::Obj(o) = v else { return false };
    if let Payload::WeakRef(_) = o.payload
        && o.class.get().is_none_or(|c| {
            is_base_weak_type(vm, c) || is_subclass_of_any(c, &["ProxyType", "CallableProxyType"])
        })
    {
        // ref/proxy objects themselves are not; subclasses of ref and finalize follow the
        // class rules (`finalize` and `KeyedRef` have `__slots__` without `__weakref__`).
        return false;
    }
    let Some(cls) = o.class.get() else {
        return true; // `type` itself
    };
    let Some(t) = cls.as_type() else { return false };
    if !t.builtin {
        if let Some(known) = t.weakrefable.get() {
            return known;
        }
        let slots_refuse = t
            .slots
            .as_ref()
            .is_some_and(|slots| !slots.iter().any(|s| &**s == "__weakref__"));
        let ok = !slots_refuse
            && !matches!(
                t.kind,
                Kind::Int | Kind::Bool | Kind::Tuple | Kind::Float | Kind::NoneType
            )
            && !is_subclass_of_any(cls, &["int", "tuple", "bytes"]);
        t.weakrefable.set(Some(ok));
        return ok;
    }
    matches!(
        &o.payload,
        Payload::Type(_)
            | Payload::Function(_)
            | Payload::Set(_)
            | Payload::Generator(_)
            | Payload::BoundMethod(..)
            | Payload::Module(_)
            | Payload::Builtin(_)
            | Payload::Property(..)
    )
}

/// Is `c` exactly `ReferenceType`, `ProxyType` or `CallableProxyType`?
pub fn is_base_weak_type<'gc>(vm: &Vm<'gc, '_>, c: Obj<'gc>) -> bool {
    vm.i.weak
        .types
        .is_some_and(|ts| ts.iter().any(|t| Gc::ptr_eq(*t, c)))
}

pub(crate) fn check<'gc>(vm: &Vm<'gc, '_>, v: Value<'gc>) -> PyResult<'gc, Obj<'gc>> {
    match v {
        Value::Obj(o) if weakrefable(vm, v) => Ok(o),
        _ => vm.type_error(format!(
            "cannot create weak reference to '{}' object",
            vm.type_name(v)
        )),
    }
}

/// `_wr_new(cls, ob, callback, kind)`: kind 0 ref, 1 proxy. Reuses the shared ref/proxy when
/// `cls` is the base type and there is no callback.
pub(crate) fn wr_new<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    arity(vm, "_wr_new", a, 4, 4)?;
    let Value::Obj(cls) = a[0] else {
        return vm.type_error("_wr_new: class expected");
    };
    let ob = check(vm, a[1])?;
    let callback = if matches!(a[2], Value::None) {
        None
    } else {
        Some(a[2])
    };
    let kind = if matches!(a[3], Value::Int(1)) {
        RefKind::Proxy
    } else {
        RefKind::Ref
    };
    let Some(cx) = context(vm) else {
        return vm.type_error("weakref: no heap context");
    };
    let base = is_base_weak_type(vm, cls);
    let shared = base && callback.is_none();
    if shared
        && let Some(w) = cx.find_shared(ob, kind)
        && let Some(p) = w.payload()
    {
        return Ok(p);
    }
    let dict = if base { None } else { Some(vm.new_dict_obj()) };
    let wr = cx.new_weak_ref(
        ob,
        WeakRefOptions {
            kind,
            shared,
            callback,
            payload: None,
        },
    );
    let me = PyObject::alloc(vm.mc, Some(cls), dict, Payload::WeakRef(wr));
    WeakRef::set_payload(wr, vm.mc, Some(Value::Obj(me)));
    Ok(Value::Obj(me))
}

fn one<'gc>(
    vm: &Vm<'gc, '_>,
    name: &str,
    a: &[Value<'gc>],
) -> PyResult<'gc, crate::object::WeakRefGc<'gc>> {
    match a.first().and_then(|v| weak_of(*v)) {
        Some(w) => Ok(w),
        None => vm.type_error(format!("{name}: weak reference expected")),
    }
}

fn wr_get<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    let w = one(vm, "_wr_get", a)?;
    Ok(w.get(vm.mc).map(Value::Obj).unwrap_or(Value::None))
}

fn wr_callback<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    let w = one(vm, "_wr_callback", a)?;
    Ok(w.callback().copied().unwrap_or(Value::None))
}

fn wr_hash<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    let w = one(vm, "_wr_hash", a)?;
    if let Some(h) = w.hash() {
        return Ok(Value::Int(h));
    }
    let Some(o) = w.get(vm.mc) else {
        return vm.type_error("weak object has gone away");
    };
    let h = vm.hash(Value::Obj(o))?;
    w.set_hash(h);
    Ok(Value::Int(h))
}

fn wr_alive<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    let w = one(vm, "_wr_alive", a)?;
    Ok(Value::Bool(w.is_alive()))
}

fn wr_check<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    arity(vm, "_wr_check", a, 1, 1)?;
    check(vm, a[0])?;
    Ok(Value::None)
}

fn wr_is_weak<'gc>(_vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    Ok(Value::Bool(a.first().and_then(|v| weak_of(*v)).is_some()))
}

fn register_keyed_ref<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    if let Some(Value::Obj(k)) = a.first() {
        vm.i.weak.keyed_ref = Some(*k);
    }
    Ok(Value::None)
}

fn wr_register<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    arity(vm, "_wr_register", a, 3, 3)?;
    match (a[0], a[1], a[2]) {
        (Value::Obj(r), Value::Obj(p), Value::Obj(c)) => {
            // CPython's C types: their attributes cannot be set or deleted.
            for t in [r, p, c] {
                if let Some(td) = t.as_type() {
                    td.immutable.set(true);
                }
            }
            vm.i.weak.types = Some([r, p, c]);
            Ok(Value::None)
        }
        _ => vm.type_error("_wr_register: classes expected"),
    }
}

fn getweakrefcount<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], kw: &Kw<'gc>) -> PyResult<'gc> {
    if !kw.is_empty() {
        return vm.type_error("getweakrefcount() takes no keyword arguments");
    }
    if a.len() != 1 {
        return vm.type_error(format!(
            "_weakref.getweakrefcount() takes exactly one argument ({} given)",
            a.len()
        ));
    }
    let n = match (a[0], context(vm)) {
        (Value::Obj(o), Some(cx)) if weakrefable(vm, a[0]) => cx.weak_ref_count(o),
        _ => 0,
    };
    Ok(Value::Int(n as i64))
}

fn getweakrefs<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], kw: &Kw<'gc>) -> PyResult<'gc> {
    if !kw.is_empty() {
        return vm.type_error("getweakrefs() takes no keyword arguments");
    }
    if a.len() != 1 {
        return vm.type_error(format!(
            "_weakref.getweakrefs() takes exactly one argument ({} given)",
            a.len()
        ));
    }
    let items: Vec<Value<'gc>> = match (a[0], context(vm)) {
        (Value::Obj(o), Some(cx)) if weakrefable(vm, a[0]) => cx
            .weak_refs(o)
            .into_iter()
            .filter_map(|w| match w.kind() {
                RefKind::Finalizer => w.payload().map(finalize::owner),
                _ => w.payload(),
            })
            .collect(),
        _ => Vec::new(),
    };
    Ok(vm.new_list(items))
}

/// The `__name__` CPython's weakref repr shows: looked up on the type (a special lookup), so
/// instance attributes do not count; `None` when absent or not a `str`.
fn special_name<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    arity(vm, "_special_name", a, 1, 1)?;
    let v = a[0];
    let name: Option<String> = match v {
        Value::Obj(o) => match &o.payload {
            Payload::Type(t) => Some(t.name.to_string()),
            Payload::Function(f) => Some(f.code.name.to_string()),
            Payload::Generator(g) => Some(g.borrow().name.to_string()),
            Payload::Builtin(b) => Some(b.name.to_string()),
            _ if vm.is_user(v) => {
                let cls = vm.class_of(v);
                match vm.lookup_type(cls, "__name__") {
                    Some(Value::Obj(p)) if matches!(p.payload, Payload::Property(..)) => {
                        let r = vm.getattr_str(v, "__name__")?;
                        Vm::str_of(r).map(str::to_string)
                    }
                    Some(x) => Vm::str_of(x).map(str::to_string),
                    None => None,
                }
            }
            _ => None,
        },
        _ => None,
    };
    let tn = vm.type_name(v);
    let n = match name {
        Some(n) => vm.new_str(n),
        None => Value::None,
    };
    let t = vm.new_str(tn);
    Ok(vm.new_tuple(vec![t, n]))
}

fn bind<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    arity(vm, "_bind", a, 2, 2)?;
    Ok(vm.bound_method(a[0], a[1]))
}

/// `sys.excepthook(*sys.exc_info())` for the exception being handled.
fn print_exc<'gc>(vm: &mut Vm<'gc, '_>, _a: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    if let Some(e) = vm.current_handled() {
        let text = vm.format_exception(e);
        vm.write_err(&text);
    }
    Ok(Value::None)
}

/// `ReferenceType.__new__(cls, ob[, callback])` (keywords are ignored, as in CPython; its
/// `__init__` refuses them).
fn ref_new<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    let Some(&cls) = a.first() else {
        return vm.type_error("ReferenceType.__new__(): not enough arguments");
    };
    let n = a.len() - 1;
    if n < 1 {
        return vm.type_error(format!("__new__ expected at least 1 argument, got {n}"));
    }
    if n > 2 {
        return vm.type_error(format!("__new__ expected at most 2 arguments, got {n}"));
    }
    let cb = a.get(2).copied().unwrap_or(Value::None);
    wr_new(vm, &[cls, a[1], cb, Value::Int(0)], &[])
}

/// `ReferenceType.__init__(self, ob[, callback])`: checks the arguments only.
fn ref_init<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], kw: &Kw<'gc>) -> PyResult<'gc> {
    if !kw.is_empty() {
        return vm.type_error("ref() takes no keyword arguments");
    }
    let n = a.len().saturating_sub(1);
    if n > 2 {
        return vm.type_error(format!("__init__ expected at most 2 arguments, got {n}"));
    }
    Ok(Value::None)
}

fn fin_exit<'gc>(vm: &mut Vm<'gc, '_>, _a: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    finalize::run_at_exit(vm);
    Ok(Value::None)
}

/// Registers a new instance for its one `__del__` call when its class defines `__del__`.
pub fn track_del_if_needed<'gc>(vm: &Vm<'gc, '_>, cls: Obj<'gc>, obj: Value<'gc>) {
    if let Value::Obj(o) = obj
        && cls.as_type().is_some_and(|t| !t.builtin)
        && vm.lookup_type(cls, "__del__").is_some()
        && let Some(cx) = context(vm)
    {
        let _ = cx.track_del(o);
    }
}

/// Registers a generator suspended inside `try`/`with` for one `close()` when it becomes
/// garbage (CPython finalizes generators the same way); registering again does nothing.
pub fn track_generator<'gc>(vm: &Vm<'gc, '_>, g: Obj<'gc>) {
    if let Some(cx) = context(vm)
        && !cx.is_finalized(g)
    {
        let _ = cx.track_del(g);
    }
}

/// Run Python `src` as the body of module `m`.
pub fn run_source<'gc>(
    vm: &mut Vm<'gc, '_>,
    m: Obj<'gc>,
    src: &str,
    file: &str,
) -> PyResult<'gc, ()> {
    let Some(g) = m.dict else { return Ok(()) };
    let code = match compile::compile(src, file, Mode::Exec) {
        Ok(c) => c,
        Err(e) => {
            return Err(vm.err(
                E::ImportError,
                format!("{file}: {} (line {})", e.msg, e.line),
            ));
        }
    };
    let f = vm.make_function(code.clone(), g, Box::new([]), None, Box::new([]));
    let frame = Frame {
        func: f,
        code,
        pc: 0,
        stack: Vec::new(),
        locals: Vec::new(),
        cells: Vec::new(),
        blocks: Vec::new(),
        handled: Vec::new(),
        ns: None,
        globals: g,
        kind: FrameKind::Normal,
    };
    vm.run_frame(frame)?;
    Ok(())
}

/// Create the `weakref` module (`_weakref` natives plus the Python half).
pub fn create<'gc>(vm: &mut Vm<'gc, '_>) -> PyResult<'gc, Obj<'gc>> {
    let m = super::new_module(vm, "weakref");
    if let Some(d) = m.dict {
        def(vm, d, "_wr_new", wr_new);
        def(vm, d, "_wr_get", wr_get);
        def(vm, d, "_wr_callback", wr_callback);
        def(vm, d, "_wr_hash", wr_hash);
        def(vm, d, "_wr_alive", wr_alive);
        def(vm, d, "_wr_check", wr_check);
        def(vm, d, "_wr_is_weak", wr_is_weak);
        def(vm, d, "_wr_register", wr_register);
        def(vm, d, "_register_keyed_ref", register_keyed_ref);
        def(vm, d, "_bind", bind);
        def(vm, d, "_ref_new", ref_new);
        def(vm, d, "_ref_init", ref_init);
        ephemeron::register(vm, d);
        valuemap::register(vm, d);
        finalize::register(vm, d);
        methods::register(vm, d);
        def(vm, d, "_fin_exit", fin_exit);
        def(vm, d, "_special_name", special_name);
        def(vm, d, "_print_exc", print_exc);
        def(vm, d, "getweakrefcount", getweakrefcount);
        def(vm, d, "getweakrefs", getweakrefs);
        let re = vm.i.types.exc[E::ReferenceError as usize];
        vm.dict_set_str(d, "ReferenceError", Value::Obj(re));
    }
    // WRAITH_WEAKREF_PY: develop the Python half without rebuilding.
    let src = std::env::var("WRAITH_WEAKREF_PY")
        .ok()
        .and_then(|p| std::fs::read_to_string(p).ok());
    run_source(vm, m, src.as_deref().unwrap_or(SOURCE), "weakref.py")?;
    Ok(m)
}

/// Whether `name` on `cls` resolves to `ReferenceType`'s own method (not overridden).
fn base_method<'gc>(vm: &Vm<'gc, '_>, cls: Obj<'gc>, name: &str) -> bool {
    let Some([rt, _, _]) = vm.i.weak.types else {
        return false;
    };
    if Gc::ptr_eq(cls, rt) {
        return true;
    }
    match (vm.lookup_type(cls, name), vm.type_dict_get(rt, name)) {
        (Some(a), Some(b)) => a.is(b),
        _ => false,
    }
}

/// Native fast paths for the hottest weakref operations, with the exact results of the Python
/// methods they stand for: `ReferenceType(ob[, callback])` and calling a reference whose class
/// does not override `__call__`. `None` when the call is not one of them.
pub fn fast_call<'gc>(
    vm: &mut Vm<'gc, '_>,
    f: Obj<'gc>,
    args: &[Value<'gc>],
    kw: &Kw<'gc>,
) -> Option<PyResult<'gc>> {
    let [rt, _, _] = vm.i.weak.types?;
    match &f.payload {
        Payload::Type(_) if Gc::ptr_eq(f, rt) => Some(if !kw.is_empty() {
            vm.type_error("ref() takes no keyword arguments")
        } else if args.is_empty() {
            vm.type_error("__new__ expected at least 1 argument, got 0")
        } else if args.len() > 2 {
            vm.type_error(format!(
                "__new__ expected at most 2 arguments, got {}",
                args.len()
            ))
        } else {
            let cb = args.get(1).copied().unwrap_or(Value::None);
            wr_new(vm, &[Value::Obj(rt), args[0], cb, Value::Int(0)], &[])
        }),
        Payload::Type(_) if vm.i.weak.keyed_ref.is_some_and(|k| Gc::ptr_eq(f, k)) => {
            // KeyedRef(ob, callback, key): its Python __new__/__init__, natively.
            if !kw.is_empty() || args.len() != 3 {
                return None;
            }
            Some(
                wr_new(vm, &[Value::Obj(f), args[0], args[1], Value::Int(0)], &[]).inspect(|r| {
                    if let Value::Obj(o) = r
                        && let Some(d) = o.dict
                    {
                        vm.dict_set_str(d, "key", args[2]);
                    }
                }),
            )
        }
        Payload::WeakRef(w) => {
            let w = *w;
            let cls = f.class.get()?;
            if !base_method(vm, cls, "__call__") {
                return None;
            }
            if w.kind() != RefKind::Ref {
                return None;
            }
            Some(if !kw.is_empty() {
                vm.type_error("weakref() takes no keyword arguments")
            } else if !args.is_empty() {
                vm.type_error(format!("weakref expected 0 arguments, got {}", args.len()))
            } else {
                Ok(w.get(vm.mc).map(Value::Obj).unwrap_or(Value::None))
            })
        }
        _ => None,
    }
}

/// `hash(ref)` natively when the class keeps `ReferenceType.__hash__`: the referent's hash,
/// cached, unreduced (as CPython's C `ref` returns it).
pub fn fast_hash<'gc>(vm: &mut Vm<'gc, '_>, v: Value<'gc>) -> Option<PyResult<'gc, i64>> {
    let Value::Obj(o) = v else { return None };
    let Payload::WeakRef(w) = o.payload else {
        return None;
    };
    if w.kind() != RefKind::Ref || !base_method(vm, o.class.get()?, "__hash__") {
        return None;
    }
    if let Some(h) = w.hash() {
        return Some(Ok(h));
    }
    let Some(r) = w.get(vm.mc) else {
        return Some(vm.type_error("weak object has gone away"));
    };
    Some(vm.hash(Value::Obj(r)).inspect(|h| w.set_hash(*h)))
}

/// `ref == ref` / `ref != ref` natively when both classes keep `ReferenceType`'s comparison:
/// the referents compared while both live, identity once either is dead.
pub fn fast_compare<'gc>(
    vm: &mut Vm<'gc, '_>,
    a: Value<'gc>,
    b: Value<'gc>,
    eq: bool,
) -> Option<PyResult<'gc>> {
    let (Some(wa), Some(wb)) = (weak_of(a), weak_of(b)) else {
        return None;
    };
    let name = if eq { "__eq__" } else { "__ne__" };
    let (Value::Obj(oa), Value::Obj(ob)) = (a, b) else {
        return None;
    };
    if wa.kind() != RefKind::Ref
        || wb.kind() != RefKind::Ref
        || !base_method(vm, oa.class.get()?, name)
        || !base_method(vm, ob.class.get()?, name)
    {
        return None;
    }
    match (wa.get(vm.mc), wb.get(vm.mc)) {
        (Some(x), Some(y)) => Some(vm.compare(
            Value::Obj(x),
            Value::Obj(y),
            if eq {
                crate::compile::code::Cmp::Eq
            } else {
                crate::compile::code::Cmp::Ne
            },
        )),
        _ => Some(Ok(Value::Bool(a.is(b) == eq))),
    }
}
