//! The hot methods of `WeakSet`, `WeakKeyDictionary` and `WeakValueDictionary`, written
//! natively: each one reads the instance's table (`self._t`) and calls the table operation the
//! Python method called, so `d[k]`, `d[k] = v`, `k in d`, `len(d)`, `d.get(k)`, `s.add(x)`,
//! `s.discard(x)` and `s.remove(x)` run without a Python frame.
//!
//! Invariant: each native behaves exactly as the Python method it replaces in `weakref.py`,
//! including its argument errors (CPython's wording for a Python method of that name, with
//! keyword arguments accepted by parameter name) and, for `WeakValueDictionary`, committing
//! pending removals first while an iteration guard is active.

use crate::object::Payload;
use crate::value::{Obj, Value};
use crate::vm::native::Kw;
use crate::vm::{PyResult, Vm};

/// One native method: its qualified name and parameters (after `self`); the last `optional`
/// of them default to `None`; what the Python method touches first on `self`.
struct Sig {
    qualname: &'static str,
    params: &'static [&'static str],
    optional: usize,
    first: First,
}

/// What CPython's Python method does first with `self`, which decides its error when the method
/// is called through the class on an object that is not such a container.
#[derive(Clone, Copy)]
enum First {
    /// Reads `self.<name>`.
    Get(&'static str),
    /// Sets `self.<a> = True`, then reads `self.<b>` (`WeakKeyDictionary.__delitem__`).
    SetThenGet(&'static str, &'static str),
    /// Makes `ref(item)` (a `TypeError` there answers `False`), then reads `self.<name>`.
    RefThenGet(&'static str),
    /// Makes `ref(self)`, then reads `self._iterating` (`_IterationGuard`).
    Guard,
}

/// The outcome of binding a call: the container's instance dict and the arguments, or the
/// whole answer of a call whose `self` is not such a container.
enum Bound<'gc> {
    /// The instance dict, the table (`self._t`) and the arguments.
    Container(Obj<'gc>, Value<'gc>, [Value<'gc>; 2]),
    Answer(Value<'gc>),
}

/// The table in instance dict `d` if it is the kind the class that `qualname` names holds.
fn table_of<'gc>(d: Obj<'gc>, qualname: &str) -> Option<Value<'gc>> {
    let t = field(d, "_t");
    let Value::Obj(o) = t else { return None };
    match (&o.payload, qualname.starts_with("WeakValueDictionary.")) {
        (Payload::WeakValues(_), true) | (Payload::Ephemeron(_), false) => Some(t),
        _ => None,
    }
}

/// What the Python method gives when `me` is not one of its containers: the `AttributeError`
/// (or `TypeError`) of the first thing it does with `me`, or `False` for a containment test of
/// an item that cannot be weakly referenced.
fn foreign_self<'gc>(
    vm: &mut Vm<'gc, '_>,
    sig: &Sig,
    me: Value<'gc>,
    item: Value<'gc>,
) -> PyResult<'gc> {
    let name = match sig.first {
        First::Get(name) => name,
        First::SetThenGet(set, name) => {
            let s = vm.new_str(set);
            vm.setattr(me, s, Value::Bool(true))?;
            name
        }
        First::RefThenGet(name) => {
            if !super::weakrefable(vm, item) {
                return Ok(Value::Bool(false));
            }
            name
        }
        First::Guard => {
            super::check(vm, me)?;
            "_iterating"
        }
    };
    if vm.getattr_opt(me, name)?.is_none() {
        return Err(vm.no_attr(me, name));
    }
    // An object imitating the container's attributes: the table itself is still missing.
    let q = sig.qualname;
    vm.type_error(format!(
        "descriptor '{}' requires a '{}' object",
        q.rsplit('.').next().unwrap_or(q),
        q.split('.').next().unwrap_or(q)
    ))
}

/// Binds `a` (self first) and `kw` to `sig` as a Python method would: the instance dict and
/// the arguments after `self`, with CPython's `TypeError`s; or, when `self` is not one of the
/// method's containers, what the Python method would have answered.
fn bind<'gc>(
    vm: &mut Vm<'gc, '_>,
    sig: &Sig,
    a: &[Value<'gc>],
    kw: &Kw<'gc>,
) -> PyResult<'gc, Bound<'gc>> {
    let q = sig.qualname;
    let total = sig.params.len() + 1;
    let required = total - sig.optional;
    if a.len() > total {
        let takes = if sig.optional == 0 {
            format!("{total}")
        } else {
            format!("from {required} to {total}")
        };
        let s = if total == 1 { "" } else { "s" };
        return vm.type_error(format!(
            "{q}() takes {takes} positional argument{s} but {} were given",
            a.len()
        ));
    }
    let mut args = [Value::Undef; 2];
    for (i, v) in a.iter().skip(1).enumerate() {
        args[i] = *v;
    }
    for (k, v) in kw {
        let name = Vm::str_of(*k).unwrap_or_default();
        match sig.params.iter().position(|p| *p == name) {
            Some(i) if args[i].is_undef() && i + 1 >= a.len() => args[i] = *v,
            Some(_) => {
                return vm.type_error(format!("{q}() got multiple values for argument '{name}'"));
            }
            None => {
                return vm.type_error(format!("{q}() got an unexpected keyword argument '{name}'"));
            }
        }
    }
    let missing: Vec<&str> = sig
        .params
        .iter()
        .enumerate()
        .take(sig.params.len() - sig.optional)
        .filter(|(i, _)| args[*i].is_undef())
        .map(|(_, p)| *p)
        .collect();
    if a.is_empty() || !missing.is_empty() {
        let mut names: Vec<&str> = Vec::new();
        if a.is_empty() {
            names.push("self");
        }
        names.extend(missing);
        return vm.type_error(crate::vm::call::missing_arguments(q, "positional", &names));
    }
    for v in args.iter_mut().take(sig.params.len()) {
        if v.is_undef() {
            *v = Value::None;
        }
    }
    match a[0] {
        Value::Obj(me)
            if let Some(d) = me.dict
                && let Some(t) = table_of(d, q) =>
        {
            Ok(Bound::Container(d, t, args))
        }
        me => foreign_self(vm, sig, me, args[0]).map(Bound::Answer),
    }
}

/// `bind`, returning the answer from the calling method when `self` is not a container.
macro_rules! bind {
    ($vm:expr, $sig:expr, $a:expr, $kw:expr) => {
        match bind($vm, $sig, $a, $kw)? {
            Bound::Container(d, t, args) => (d, t, args),
            Bound::Answer(v) => return Ok(v),
        }
    };
}

/// `self.<name>` from the instance dict, or `None`.
fn field<'gc>(d: Obj<'gc>, name: &str) -> Value<'gc> {
    Vm::dict_get_str(d, name).unwrap_or(Value::None)
}

/// `WeakValueDictionary`: commit pending removals while an iteration guard is active (the
/// Python methods' `if self._guards: self._commit_removals()`).
fn commit_removals<'gc>(vm: &mut Vm<'gc, '_>, me: Value<'gc>, d: Obj<'gc>) -> PyResult<'gc, ()> {
    if let Value::Obj(g) = field(d, "_guards")
        && let Payload::List(l) = &g.payload
        && !l.borrow().is_empty()
    {
        vm.call_method(me, "_commit_removals", &[])?;
    }
    Ok(())
}

macro_rules! sig {
    ($q:literal, [$($p:literal),*], $opt:literal, $first:expr) => {
        &Sig { qualname: $q, params: &[$($p),*], optional: $opt, first: $first }
    };
}

fn ws_add<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], kw: &Kw<'gc>) -> PyResult<'gc> {
    let (d, t, [item, _]) = bind!(
        vm,
        sig!("WeakSet.add", ["item"], 0, First::Get("_pending_removals")),
        a,
        kw
    );
    super::ephemeron::add_element(vm, t, item, field(d, "_remove"))
}

fn ws_discard<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], kw: &Kw<'gc>) -> PyResult<'gc> {
    let (_, t, [item, _]) = bind!(
        vm,
        sig!(
            "WeakSet.discard",
            ["item"],
            0,
            First::Get("_pending_removals")
        ),
        a,
        kw
    );
    super::ephemeron::pop(vm, t, item, Some(Value::None))?;
    Ok(Value::None)
}

fn ws_remove<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], kw: &Kw<'gc>) -> PyResult<'gc> {
    let (_, t, [item, _]) = bind!(
        vm,
        sig!(
            "WeakSet.remove",
            ["item"],
            0,
            First::Get("_pending_removals")
        ),
        a,
        kw
    );
    super::ephemeron::pop(vm, t, item, None)?;
    Ok(Value::None)
}

fn ws_iter<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], kw: &Kw<'gc>) -> PyResult<'gc> {
    let (_, t, _) = bind!(vm, sig!("WeakSet.__iter__", [], 0, First::Guard), a, kw);
    super::ephemeron::iter(vm, t)
}

fn ws_contains<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], kw: &Kw<'gc>) -> PyResult<'gc> {
    let (_, t, [item, _]) = bind!(
        vm,
        sig!(
            "WeakSet.__contains__",
            ["item"],
            0,
            First::RefThenGet("data")
        ),
        a,
        kw
    );
    super::ephemeron::contains(vm, t, item)
}

fn ws_len<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], kw: &Kw<'gc>) -> PyResult<'gc> {
    let (_, t, _) = bind!(
        vm,
        sig!("WeakSet.__len__", [], 0, First::Get("data")),
        a,
        kw
    );
    super::ephemeron::len(vm, t)
}

fn wkd_getitem<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], kw: &Kw<'gc>) -> PyResult<'gc> {
    let q = sig!(
        "WeakKeyDictionary.__getitem__",
        ["key"],
        0,
        First::Get("data")
    );
    let (_, t, [key, _]) = bind!(vm, q, a, kw);
    super::ephemeron::get(vm, t, key, None)
}

fn wkd_get<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], kw: &Kw<'gc>) -> PyResult<'gc> {
    let q = sig!(
        "WeakKeyDictionary.get",
        ["key", "default"],
        1,
        First::Get("data")
    );
    let (_, t, [key, default]) = bind!(vm, q, a, kw);
    super::ephemeron::get(vm, t, key, Some(default))
}

fn wkd_setitem<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], kw: &Kw<'gc>) -> PyResult<'gc> {
    let q = sig!(
        "WeakKeyDictionary.__setitem__",
        ["key", "value"],
        0,
        First::Get("data")
    );
    let (d, t, [key, value]) = bind!(vm, q, a, kw);
    let remove = field(d, "_remove");
    super::ephemeron::set(vm, t, key, value, remove)
}

fn wkd_delitem<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], kw: &Kw<'gc>) -> PyResult<'gc> {
    let q = sig!(
        "WeakKeyDictionary.__delitem__",
        ["key"],
        0,
        First::SetThenGet("_dirty_len", "data")
    );
    let (_, t, [key, _]) = bind!(vm, q, a, kw);
    super::ephemeron::pop(vm, t, key, None)?;
    Ok(Value::None)
}

fn wkd_contains<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], kw: &Kw<'gc>) -> PyResult<'gc> {
    let q = sig!(
        "WeakKeyDictionary.__contains__",
        ["key"],
        0,
        First::RefThenGet("data")
    );
    let (_, t, [key, _]) = bind!(vm, q, a, kw);
    super::ephemeron::contains(vm, t, key)
}

fn wkd_len<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], kw: &Kw<'gc>) -> PyResult<'gc> {
    let (_, t, _) = bind!(
        vm,
        sig!("WeakKeyDictionary.__len__", [], 0, First::Get("_dirty_len")),
        a,
        kw
    );
    super::ephemeron::len(vm, t)
}

fn wvd_getitem<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], kw: &Kw<'gc>) -> PyResult<'gc> {
    let q = sig!(
        "WeakValueDictionary.__getitem__",
        ["key"],
        0,
        First::Get("_pending_removals")
    );
    let (d, t, [key, _]) = bind!(vm, q, a, kw);
    commit_removals(vm, a[0], d)?;
    super::valuemap::get(vm, t, key, None)
}

fn wvd_get<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], kw: &Kw<'gc>) -> PyResult<'gc> {
    let q = sig!(
        "WeakValueDictionary.get",
        ["key", "default"],
        1,
        First::Get("_pending_removals")
    );
    let (d, t, [key, default]) = bind!(vm, q, a, kw);
    commit_removals(vm, a[0], d)?;
    super::valuemap::get(vm, t, key, Some(default))
}

fn wvd_setitem<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], kw: &Kw<'gc>) -> PyResult<'gc> {
    let q = sig!(
        "WeakValueDictionary.__setitem__",
        ["key", "value"],
        0,
        First::Get("_pending_removals")
    );
    let (d, t, [key, value]) = bind!(vm, q, a, kw);
    commit_removals(vm, a[0], d)?;
    // `KeyedRef(value, self._remove, key)`, made before the store as the Python method did.
    let keyed = match vm.i.weak.keyed_ref {
        Some(k) => vm.call(Value::Obj(k), &[value, field(d, "_remove"), key], &[])?,
        None => return vm.type_error("weakref.KeyedRef is not initialised"),
    };
    super::valuemap::set(vm, t, key, value, keyed)
}

fn wvd_delitem<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], kw: &Kw<'gc>) -> PyResult<'gc> {
    let q = sig!(
        "WeakValueDictionary.__delitem__",
        ["key"],
        0,
        First::Get("_pending_removals")
    );
    let (d, t, [key, _]) = bind!(vm, q, a, kw);
    commit_removals(vm, a[0], d)?;
    super::valuemap::pop(vm, t, key, None)?;
    Ok(Value::None)
}

fn wvd_contains<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], kw: &Kw<'gc>) -> PyResult<'gc> {
    let q = sig!(
        "WeakValueDictionary.__contains__",
        ["key"],
        0,
        First::Get("_pending_removals")
    );
    let (d, t, [key, _]) = bind!(vm, q, a, kw);
    commit_removals(vm, a[0], d)?;
    super::valuemap::contains(vm, t, key)
}

fn wvd_len<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], kw: &Kw<'gc>) -> PyResult<'gc> {
    let (d, t, _) = bind!(
        vm,
        sig!(
            "WeakValueDictionary.__len__",
            [],
            0,
            First::Get("_pending_removals")
        ),
        a,
        kw
    );
    commit_removals(vm, a[0], d)?;
    super::valuemap::len(vm, t)
}

/// Put the container methods in the module namespace `d` (`weakref.py` assigns them into the
/// class bodies).
pub fn register<'gc>(vm: &mut Vm<'gc, '_>, d: Obj<'gc>) {
    use crate::builtins::def;
    def(vm, d, "_ws_add", ws_add);
    def(vm, d, "_ws_discard", ws_discard);
    def(vm, d, "_ws_remove", ws_remove);
    def(vm, d, "_ws_iter", ws_iter);
    def(vm, d, "_ws_contains", ws_contains);
    def(vm, d, "_ws_len", ws_len);
    def(vm, d, "_wkd_getitem", wkd_getitem);
    def(vm, d, "_wkd_get", wkd_get);
    def(vm, d, "_wkd_setitem", wkd_setitem);
    def(vm, d, "_wkd_delitem", wkd_delitem);
    def(vm, d, "_wkd_contains", wkd_contains);
    def(vm, d, "_wkd_len", wkd_len);
    def(vm, d, "_wvd_getitem", wvd_getitem);
    def(vm, d, "_wvd_get", wvd_get);
    def(vm, d, "_wvd_setitem", wvd_setitem);
    def(vm, d, "_wvd_delitem", wvd_delitem);
    def(vm, d, "_wvd_contains", wvd_contains);
    def(vm, d, "_wvd_len", wvd_len);
}
