//! The table under `weakref.WeakValueDictionary`: a wraith-gc `WeakRefMap` from the Python key
//! to the entry's `KeyedRef` (its wraith-gc weak reference, whose payload is the `KeyedRef`
//! object), as CPython's `self.data[key] = KeyedRef(value, self._remove, key)` stores it. The
//! map keeps each `KeyedRef` alive; the collector removes an entry in the collection that finds
//! its value dead; iteration follows insertion order (the map's), as CPython's dict does.

use wraith_gc::WeakRefMap;

use crate::builtins::functions::arity;
use crate::heap::PyEmbed;
use crate::object::{Payload, PyObject, WeakRefGc};
use crate::value::{Obj, Value};
use crate::vm::native::Kw;
use crate::vm::ops::key_eq_fast;
use crate::vm::{E, PyErr, PyResult, Vm};

type Table<'gc> = WeakRefMap<'gc, PyEmbed>;

fn table<'gc>(vm: &Vm<'gc, '_>, v: Value<'gc>) -> PyResult<'gc, Table<'gc>> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::WeakValues(t) => Ok(*t),
            _ => vm.type_error("weak value table expected"),
        },
        _ => vm.type_error("weak value table expected"),
    }
}

/// The `KeyedRef` object of an entry's weak reference.
fn keyed_ref<'gc>(r: WeakRefGc<'gc>) -> Value<'gc> {
    r.payload().unwrap_or(Value::None)
}

/// The entry's value: the referent of its weak reference (alive: the collector removes the
/// entry in the collection that finds it dead).
fn value_of<'gc>(vm: &Vm<'gc, '_>, r: WeakRefGc<'gc>) -> Value<'gc> {
    r.get(vm.mc).map_or(Value::None, Value::Obj)
}

/// Dict key equality: identity or `==`, the stored key on the left.
fn keys_equal<'gc>(
    vm: &mut Vm<'gc, '_>,
    stored: Value<'gc>,
    key: Value<'gc>,
) -> PyResult<'gc, bool> {
    match key_eq_fast(stored, key) {
        Some(b) => Ok(b),
        None => vm.eq(stored, key),
    }
}

#[allow(clippy::type_complexity)]
fn find<'gc>(
    vm: &mut Vm<'gc, '_>,
    t: Table<'gc>,
    key: Value<'gc>,
) -> PyResult<'gc, Option<(Value<'gc>, WeakRefGc<'gc>)>> {
    let h = vm.hash(key)? as u64;
    t.find_hashed(h, |k: &Value<'gc>| -> Result<bool, PyErr<'gc>> {
        keys_equal(vm, *k, key)
    })
}

fn wv_new<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    arity(vm, "_wv_new", a, 0, 0)?;
    let t = WeakRefMap::new(vm.mc);
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
    let found = find(vm, t, key)?.map(|(_, r)| value_of(vm, r));
    found.or(default).ok_or_else(|| vm.key_error(key))
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

/// Stores `key: value` in table `t` as the entry's `KeyedRef` `keyed` (a weak reference to
/// `value`): a new key takes the next place in the order, an existing one keeps its stored key
/// and place and takes the new `KeyedRef`.
pub(super) fn set<'gc>(
    vm: &mut Vm<'gc, '_>,
    t: Value<'gc>,
    key: Value<'gc>,
    value: Value<'gc>,
    keyed: Value<'gc>,
) -> PyResult<'gc> {
    let t = table(vm, t)?;
    let Value::Obj(_) = value else {
        return vm.type_error("cannot create weak reference to this object");
    };
    let Some(r) = super::weak_of(keyed) else {
        return vm.type_error("KeyedRef expected");
    };
    let h = vm.hash(key)? as u64;
    let cx = super::heap_context(vm)?;
    t.insert_hashed(
        cx,
        h,
        key,
        r,
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
    let found = removed.map(|(_, r)| value_of(vm, r));
    found.or(default).ok_or_else(|| vm.key_error(key))
}

/// `_wv_entries(t)`: `[(key, keyed_ref)]` in insertion order (no strong value references).
fn wv_entries<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    arity(vm, "_wv_entries", a, 1, 1)?;
    let t = table(vm, a[0])?;
    let items = t
        .entries_in_order()
        .into_iter()
        .map(|(k, r)| vm.new_tuple(vec![k, keyed_ref(r)]))
        .collect();
    Ok(vm.new_list(items))
}

/// `_wv_valuerefs(t)`: the entries' `KeyedRef`s in insertion order.
fn wv_valuerefs<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    arity(vm, "_wv_valuerefs", a, 1, 1)?;
    let t = table(vm, a[0])?;
    let items = t
        .entries_in_order()
        .into_iter()
        .map(|(_, r)| keyed_ref(r))
        .collect();
    Ok(vm.new_list(items))
}

/// `_wv_popitem(t)`: removes and returns the newest `(key, value)`.
fn wv_popitem<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    arity(vm, "_wv_popitem", a, 1, 1)?;
    let t = table(vm, a[0])?;
    let Some((k, r)) = t.entries_in_order().pop() else {
        return Err(vm.err(E::KeyError, "popitem(): dictionary is empty"));
    };
    let h = vm.hash(k)? as u64;
    t.remove_hashed(h, |x: &Value<'gc>| Ok::<bool, PyErr<'gc>>(x.is(k)))?;
    let v = value_of(vm, r);
    Ok(vm.new_tuple(vec![k, v]))
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
