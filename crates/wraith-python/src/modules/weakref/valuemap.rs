//! The table under `weakref.WeakValueDictionary`: a wraith-gc `WeakValueMap` whose strong key
//! is `(key, order, [keyed_ref])` (the Python key, its insertion number, and the entry's
//! `KeyedRef`, replaced on each store as CPython's `self.data[key] = KeyedRef(...)` does) and
//! whose weak value is the object. The collector removes an entry in the collection that finds
//! its value dead; iteration follows insertion order, as CPython's dict does.

use wraith_gc::WeakValueMap;

use crate::builtins::functions::arity;
use crate::heap::PyEmbed;
use crate::object::{Payload, PyObject};
use crate::value::{Obj, Value};
use crate::vm::native::Kw;
use crate::vm::ops::key_eq_fast;
use crate::vm::{E, PyErr, PyResult, Vm};

type Table<'gc> = WeakValueMap<'gc, PyEmbed>;

fn table<'gc>(vm: &Vm<'gc, '_>, v: Value<'gc>) -> PyResult<'gc, Table<'gc>> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::WeakValues(t) => Ok(*t),
            _ => vm.type_error("weak value table expected"),
        },
        _ => vm.type_error("weak value table expected"),
    }
}

/// `(key, order, keyed_ref holder)` of a stored key.
fn parts(k: Value<'_>) -> Option<(Value<'_>, Value<'_>, Value<'_>)> {
    if let Value::Obj(o) = k
        && let Payload::Tuple(t) = &o.payload
        && t.len() == 3
    {
        return Some((t[0], t[1], t[2]));
    }
    None
}

fn stored_key(k: Value<'_>) -> Value<'_> {
    parts(k).map(|p| p.0).unwrap_or(Value::None)
}

fn order_of(k: Value<'_>) -> i64 {
    match parts(k).map(|p| p.1) {
        Some(Value::Int(i)) => i,
        _ => 0,
    }
}

fn keyed_ref(k: Value<'_>) -> Value<'_> {
    if let Some((_, _, Value::Obj(h))) = parts(k)
        && let Payload::List(l) = &h.payload
    {
        return l.borrow().first().copied().unwrap_or(Value::None);
    }
    Value::None
}

/// Dict key equality: identity or `==`, the stored key on the left.
fn keys_equal<'gc>(
    vm: &mut Vm<'gc, '_>,
    stored: Value<'gc>,
    key: Value<'gc>,
) -> PyResult<'gc, bool> {
    let k = stored_key(stored);
    match key_eq_fast(k, key) {
        Some(b) => Ok(b),
        None => vm.eq(k, key),
    }
}

#[allow(clippy::type_complexity)]
fn find<'gc>(
    vm: &mut Vm<'gc, '_>,
    t: Table<'gc>,
    key: Value<'gc>,
) -> PyResult<'gc, Option<(Value<'gc>, Obj<'gc>)>> {
    let h = vm.hash(key)? as u64;
    t.find_hashed(h, |k: &Value<'gc>| -> Result<bool, PyErr<'gc>> {
        keys_equal(vm, *k, key)
    })
}

fn wv_new<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    arity(vm, "_wv_new", a, 0, 0)?;
    let t = WeakValueMap::new(vm.mc);
    Ok(Value::Obj(PyObject::alloc(
        vm.mc,
        Some(vm.i.types.object),
        None,
        Payload::WeakValues(t),
    )))
}

/// `_wv_get(t, key[, default])`: the value, else `default` if given, else `KeyError(key)`.
fn wv_get<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    arity(vm, "_wv_get", a, 2, 3)?;
    get(vm, a[0], a[1], a.get(2).copied())
}

/// `key`'s value in table `t`, else `default` if given, else `KeyError(key)`.
pub(super) fn get<'gc>(
    vm: &mut Vm<'gc, '_>,
    t: Value<'gc>,
    key: Value<'gc>,
    default: Option<Value<'gc>>,
) -> PyResult<'gc> {
    let t = table(vm, t)?;
    match find(vm, t, key)? {
        Some((_, v)) => Ok(Value::Obj(v)),
        None => match default {
            Some(d) => Ok(d),
            None => Err(vm.key_error(key)),
        },
    }
}

fn wv_contains<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    arity(vm, "_wv_contains", a, 2, 2)?;
    contains(vm, a[0], a[1])
}

/// Whether table `t` has a live entry for `key`.
pub(super) fn contains<'gc>(vm: &mut Vm<'gc, '_>, t: Value<'gc>, key: Value<'gc>) -> PyResult<'gc> {
    let t = table(vm, t)?;
    Ok(Value::Bool(find(vm, t, key)?.is_some()))
}

/// `_wv_set(t, key, value, keyed_ref)`: a new key gets the table's next insertion number; an
/// existing one keeps its stored key and order and takes the new `KeyedRef`.
fn wv_set<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    arity(vm, "_wv_set", a, 4, 4)?;
    set(vm, a[0], a[1], a[2], a[3])
}

/// Stores `key: value` in table `t` with the entry's `KeyedRef` `keyed`: a new key gets the
/// table's next insertion number, an existing one keeps its stored key and order.
pub(super) fn set<'gc>(
    vm: &mut Vm<'gc, '_>,
    t: Value<'gc>,
    key: Value<'gc>,
    value: Value<'gc>,
    keyed: Value<'gc>,
) -> PyResult<'gc> {
    let t = table(vm, t)?;
    let Value::Obj(value) = value else {
        return vm.type_error("cannot create weak reference to this object");
    };
    let h = vm.hash(key)? as u64;
    let found = t.find_hashed(h, |k: &Value<'gc>| -> Result<bool, PyErr<'gc>> {
        keys_equal(vm, *k, key)
    })?;
    let stored = match found {
        Some((k, _)) => {
            if let Some((_, _, Value::Obj(holder))) = parts(k)
                && let Payload::List(l) = &holder.payload
            {
                let mut l = l.borrow_mut(vm.mc);
                l.clear();
                l.push(keyed);
            }
            k
        }
        None => {
            let holder = vm.new_list(vec![keyed]);
            let order = Value::Int(t.version() as i64 + 1);
            vm.new_tuple(vec![key, order, holder])
        }
    };
    let cx = super::heap_context(vm)?;
    t.insert_hashed(
        cx,
        h,
        stored,
        value,
        |k: &Value<'gc>| -> Result<bool, PyErr<'gc>> { keys_equal(vm, *k, key) },
    )?;
    Ok(Value::None)
}

/// `_wv_pop(t, key[, default])`: removes the entry and returns its value.
fn wv_pop<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    arity(vm, "_wv_pop", a, 2, 3)?;
    pop(vm, a[0], a[1], a.get(2).copied())
}

/// Removes `key`'s entry from table `t` and returns its value, else `default` if given, else
/// `KeyError(key)`.
pub(super) fn pop<'gc>(
    vm: &mut Vm<'gc, '_>,
    t: Value<'gc>,
    key: Value<'gc>,
    default: Option<Value<'gc>>,
) -> PyResult<'gc> {
    let t = table(vm, t)?;
    let h = vm.hash(key)? as u64;
    let removed = t.remove_hashed(h, |k: &Value<'gc>| -> Result<bool, PyErr<'gc>> {
        keys_equal(vm, *k, key)
    })?;
    match removed {
        Some((_, v)) => Ok(Value::Obj(v)),
        None => match default {
            Some(d) => Ok(d),
            None => Err(vm.key_error(key)),
        },
    }
}

fn ordered<'gc>(t: Table<'gc>) -> Vec<(Value<'gc>, Obj<'gc>)> {
    // Each entry's insertion number read once (it sits behind the stored key), then sorted.
    let mut v: Vec<(i64, (Value<'gc>, Obj<'gc>))> = t
        .entries()
        .into_iter()
        .map(|e| (order_of(e.0), e))
        .collect();
    v.sort_unstable_by_key(|e| e.0); // insertion numbers are unique
    v.into_iter().map(|e| e.1).collect()
}

/// `_wv_entries(t)`: `[(key, keyed_ref)]` in insertion order (no strong value references).
fn wv_entries<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    arity(vm, "_wv_entries", a, 1, 1)?;
    let t = table(vm, a[0])?;
    let items = ordered(t)
        .into_iter()
        .map(|(k, _)| vm.new_tuple(vec![stored_key(k), keyed_ref(k)]))
        .collect();
    Ok(vm.new_list(items))
}

/// `_wv_valuerefs(t)`: the entries' `KeyedRef`s in insertion order.
fn wv_valuerefs<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    arity(vm, "_wv_valuerefs", a, 1, 1)?;
    let t = table(vm, a[0])?;
    let items = ordered(t).into_iter().map(|(k, _)| keyed_ref(k)).collect();
    Ok(vm.new_list(items))
}

/// `_wv_popitem(t)`: removes and returns the newest `(key, value)`.
fn wv_popitem<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    arity(vm, "_wv_popitem", a, 1, 1)?;
    let t = table(vm, a[0])?;
    let Some((k, v)) = ordered(t).pop() else {
        return Err(vm.err(E::KeyError, "popitem(): dictionary is empty"));
    };
    let h = vm.hash(stored_key(k))? as u64;
    t.remove_hashed(h, |x: &Value<'gc>| Ok::<bool, PyErr<'gc>>(x.is(k)))?;
    Ok(vm.new_tuple(vec![stored_key(k), Value::Obj(v)]))
}

fn wv_len<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    arity(vm, "_wv_len", a, 1, 1)?;
    len(vm, a[0])
}

/// The number of live entries of table `t`.
pub(super) fn len<'gc>(vm: &mut Vm<'gc, '_>, t: Value<'gc>) -> PyResult<'gc> {
    Ok(Value::Int(table(vm, t)?.len() as i64))
}

fn wv_version<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    arity(vm, "_wv_version", a, 1, 1)?;
    Ok(Value::Int(table(vm, a[0])?.version() as i64))
}

fn wv_clear<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    arity(vm, "_wv_clear", a, 1, 1)?;
    table(vm, a[0])?.clear();
    Ok(Value::None)
}

/// Put the table natives in the module namespace `d`.
pub fn register<'gc>(vm: &mut Vm<'gc, '_>, d: Obj<'gc>) {
    use crate::builtins::def;
    def(vm, d, "_wv_new", wv_new);
    def(vm, d, "_wv_get", wv_get);
    def(vm, d, "_wv_contains", wv_contains);
    def(vm, d, "_wv_set", wv_set);
    def(vm, d, "_wv_pop", wv_pop);
    def(vm, d, "_wv_entries", wv_entries);
    def(vm, d, "_wv_valuerefs", wv_valuerefs);
    def(vm, d, "_wv_popitem", wv_popitem);
    def(vm, d, "_wv_len", wv_len);
    def(vm, d, "_wv_version", wv_version);
    def(vm, d, "_wv_clear", wv_clear);
}
