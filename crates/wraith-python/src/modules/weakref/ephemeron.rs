//! The table under `weakref.WeakKeyDictionary`: a wraith-gc `EphemeronTable` keyed by the
//! Python objects themselves (hashed and compared with their `__hash__`/`__eq__`), each value
//! stored as the internal pair (`Payload::Pair`) of the value and the entry's weak reference to
//! its key (a `WeakSet` element as
//! its keyref alone). The table's insertion order orders iteration and `popitem()` as
//! CPython's dict-based `WeakKeyDictionary` does.
//!
//! Invariant: an entry's value is reachable only through its key (ephemeron semantics), so a
//! value that refers to its own key does not keep the entry alive (CPython issue 88846); the
//! collector removes an entry as soon as its key dies. Replacing the value of an existing key
//! keeps the stored key and its order, like `dict`.

use gc_arena::Gc;
use wraith_gc::EphemeronTable;

use super::{check, wr_new};
use crate::builtins::functions::arity;
use crate::compile::code::Cmp;
use crate::heap::PyEmbed;
use crate::object::{IterState, Payload, PyObject};
use crate::value::{Obj, Value};
use crate::vm::native::Kw;
use crate::vm::{E, PyErr, PyResult, Vm};

type Table<'gc> = EphemeronTable<'gc, PyEmbed>;

fn table<'gc>(vm: &Vm<'gc, '_>, v: Value<'gc>) -> PyResult<'gc, Table<'gc>> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Ephemeron(t) => Ok(*t),
            _ => vm.type_error("ephemeron table expected"),
        },
        _ => vm.type_error("ephemeron table expected"),
    }
}

/// Finds `key`'s entry: `(stored key, stored value)`.
#[allow(clippy::type_complexity)]
fn find<'gc>(
    vm: &mut Vm<'gc, '_>,
    t: Table<'gc>,
    key: Obj<'gc>,
) -> PyResult<'gc, Option<(Obj<'gc>, Value<'gc>)>> {
    let h = vm.hash(Value::Obj(key))? as u64;
    t.find_hashed(h, |k: &Obj<'gc>| -> Result<bool, PyErr<'gc>> {
        keys_equal(vm, *k, key)
    })
}

/// Key equality as CPython's weak-reference keys compare: `==` on the referents, which calls
/// `__eq__` even for the same object (a dict of `ref`s never short-cuts on the referents'
/// identity).
fn keys_equal<'gc>(vm: &mut Vm<'gc, '_>, a: Obj<'gc>, b: Obj<'gc>) -> PyResult<'gc, bool> {
    let (ua, ub) = (vm.is_user(Value::Obj(a)), vm.is_user(Value::Obj(b)));
    if !ua && Gc::ptr_eq(a, b) {
        return Ok(true);
    }
    // Instances whose classes both take `__eq__` from `object` compare by identity.
    let user_eq = |vm: &Vm<'gc, '_>, o: Obj<'gc>| {
        vm.type_flags(vm.class_of(Value::Obj(o))) & crate::object::types::USER_EQ != 0
    };
    if ua && ub && !user_eq(vm, a) && !user_eq(vm, b) {
        return Ok(Gc::ptr_eq(a, b));
    }
    let r = vm.compare(Value::Obj(a), Value::Obj(b), Cmp::Eq)?;
    vm.truthy(r)
}

/// A stored entry's value. A `WeakKeyDictionary` entry is the pair (value, keyref); a
/// `WeakSet` entry is its key's weak reference alone (no value).
fn value_of(v: Value<'_>) -> Value<'_> {
    if let Value::Obj(o) = v {
        match &o.payload {
            Payload::Pair(value, _) => return *value,
            Payload::WeakRef(_) => return Value::None,
            _ => {}
        }
    }
    v
}

/// A stored entry's weak reference to its key.
fn keyref_of(v: Value<'_>) -> Value<'_> {
    if let Value::Obj(o) = v {
        match &o.payload {
            Payload::Pair(_, keyref) => return *keyref,
            Payload::WeakRef(_) => return v,
            _ => {}
        }
    }
    Value::None
}

/// `KeyError(ref(key))`, the error CPython's `self.data[ref(key)]` raises.
fn key_error<'gc>(vm: &mut Vm<'gc, '_>, key: Obj<'gc>) -> PyErr<'gc> {
    let arg = match vm.i.weak.types {
        Some([rt, _, _]) => wr_new(
            vm,
            &[Value::Obj(rt), Value::Obj(key), Value::None, Value::Int(0)],
            &[],
        )
        .unwrap_or(Value::Obj(key)),
        None => Value::Obj(key),
    };
    vm.key_error(arg)
}

fn et_new<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    arity(vm, "_et_new", a, 0, 0)?;
    let t = EphemeronTable::new(vm.mc);
    Ok(Value::Obj(PyObject::alloc(
        vm.mc,
        Some(vm.i.types.object),
        None,
        Payload::Ephemeron(t),
    )))
}

/// `_et_get(t, key[, default])`: the value, else `default` if given, else `KeyError`.
fn et_get<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    arity(vm, "_et_get", a, 2, 3)?;
    get(vm, a[0], a[1], a.get(2).copied())
}

/// `key`'s value in table `t`, else `default` if given, else `KeyError(ref(key))`.
pub(super) fn get<'gc>(
    vm: &mut Vm<'gc, '_>,
    t: Value<'gc>,
    key: Value<'gc>,
    default: Option<Value<'gc>>,
) -> PyResult<'gc> {
    let t = table(vm, t)?;
    let key = check(vm, key)?;
    let found = find(vm, t, key)?.map(|(_, v)| value_of(v));
    found.or(default).ok_or_else(|| key_error(vm, key))
}

fn et_contains<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    arity(vm, "_et_contains", a, 2, 2)?;
    contains(vm, a[0], a[1])
}

/// Whether table `t` has `key` (an object that cannot be weakly referenced is never there).
pub(super) fn contains<'gc>(vm: &mut Vm<'gc, '_>, t: Value<'gc>, key: Value<'gc>) -> PyResult<'gc> {
    let t = table(vm, t)?;
    let Ok(key) = check(vm, key) else {
        return Ok(Value::Bool(false));
    };
    Ok(Value::Bool(find(vm, t, key)?.is_some()))
}

/// Stores `key: value` in table `t` (a `WeakKeyDictionary` entry `(value, keyref)`); a new key
/// gets a weak reference to it with callback `remove`, an existing one keeps its own.
pub(super) fn set<'gc>(
    vm: &mut Vm<'gc, '_>,
    t: Value<'gc>,
    key: Value<'gc>,
    value: Value<'gc>,
    remove: Value<'gc>,
) -> PyResult<'gc> {
    store(vm, t, key, Some(value), remove)
}

/// `WeakSet.add`: a new element `item` enters table `t` as its own weak reference (callback
/// `remove`); an equal element stays as it is.
pub(super) fn add_element<'gc>(
    vm: &mut Vm<'gc, '_>,
    t: Value<'gc>,
    item: Value<'gc>,
    remove: Value<'gc>,
) -> PyResult<'gc> {
    store(vm, t, item, None, remove)
}

/// The one store of both containers: `Some(value)` for a `WeakKeyDictionary` entry, `None` for
/// a `WeakSet` element. Like CPython's, each entry owns a weak reference to its key (with a
/// callback) that `getweakrefcount(key)` and `keyrefs()` see; it lives and dies with the entry,
/// which takes the next place in the table's insertion order.
fn store<'gc>(
    vm: &mut Vm<'gc, '_>,
    t: Value<'gc>,
    key: Value<'gc>,
    value: Option<Value<'gc>>,
    remove: Value<'gc>,
) -> PyResult<'gc> {
    let t = table(vm, t)?;
    let key = check(vm, key)?;
    let h = vm.hash(Value::Obj(key))? as u64;
    let found = t.find_hashed(h, |k: &Obj<'gc>| -> Result<bool, PyErr<'gc>> {
        keys_equal(vm, *k, key)
    })?;
    let keyref = match (found, value) {
        (Some(_), None) => return Ok(Value::None),
        (Some((_, v)), Some(_)) => keyref_of(v),
        (None, _) => {
            let Some([rt, _, _]) = vm.i.weak.types else {
                return vm.type_error("weakref: types not initialised");
            };
            wr_new(
                vm,
                &[Value::Obj(rt), Value::Obj(key), remove, Value::Int(0)],
                &[],
            )?
        }
    };
    let stored = match value {
        Some(v) => Value::Obj(PyObject::alloc(
            vm.mc,
            Some(vm.i.types.object),
            None,
            Payload::Pair(v, keyref),
        )),
        None => keyref,
    };
    let cx = super::heap_context(vm)?;
    t.insert_hashed(
        cx,
        h,
        key,
        stored,
        |k: &Obj<'gc>| -> Result<bool, PyErr<'gc>> { keys_equal(vm, *k, key) },
    )?;
    Ok(Value::None)
}

/// `_et_pop(t, key[, default])`: removes the entry and returns its value.
fn et_pop<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    arity(vm, "_et_pop", a, 2, 3)?;
    pop(vm, a[0], a[1], a.get(2).copied())
}

/// Removes `key`'s entry from table `t` and returns its value, else `default` if given, else
/// `KeyError(ref(key))`.
pub(super) fn pop<'gc>(
    vm: &mut Vm<'gc, '_>,
    t: Value<'gc>,
    key: Value<'gc>,
    default: Option<Value<'gc>>,
) -> PyResult<'gc> {
    let t = table(vm, t)?;
    let key = check(vm, key)?;
    let h = vm.hash(Value::Obj(key))? as u64;
    let removed = t.remove_hashed(h, |k: &Obj<'gc>| -> Result<bool, PyErr<'gc>> {
        keys_equal(vm, *k, key)
    })?;
    let found = removed.map(|(_, v)| value_of(v));
    found.or(default).ok_or_else(|| key_error(vm, key))
}

/// The entries as `(key, value)` in insertion order (the table's: a key keeps its place when
/// its value is replaced, and its weak reference was made when it was inserted).
fn ordered<'gc>(t: Table<'gc>) -> Vec<(Obj<'gc>, Value<'gc>)> {
    t.entries_in_order()
        .into_iter()
        .map(|(k, v)| (k, value_of(v)))
        .collect()
}

/// `_et_keyrefs(t)`: the entries' weak references to their keys, in insertion order.
fn et_keyrefs<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    arity(vm, "_et_keyrefs", a, 1, 1)?;
    let t = table(vm, a[0])?;
    let refs = keyrefs(t);
    Ok(vm.new_list(refs))
}

/// The entries' weak references to their keys, in insertion order.
fn keyrefs(t: Table<'_>) -> Vec<Value<'_>> {
    t.values_in_order().into_iter().map(keyref_of).collect()
}

/// One step of a `WeakSet` iterator (`IterState::WeakKeys`): the next live element, or the
/// end, or `RuntimeError` when the set changed size since the first step (the checks of
/// CPython's generator, which runs between its `yield`s).
pub(crate) fn weak_keys_next<'gc>(
    vm: &mut Vm<'gc, '_>,
    t: Value<'gc>,
    refs: Option<Box<[Value<'gc>]>>,
    idx: usize,
    version: u64,
) -> PyResult<'gc, (Option<Value<'gc>>, IterState<'gc>)> {
    let table = table(vm, t)?;
    let (refs, version) = match refs {
        Some(r) => (r, version),
        // The stored values, read once here; each step finds its key's weak reference in one.
        None => (table.values_in_order().into_boxed_slice(), table.version()),
    };
    if table.version() != version {
        return Err(vm.err(E::RuntimeError, "Set changed size during iteration"));
    }
    let live = refs.iter().enumerate().skip(idx).find_map(|(i, r)| {
        let item = super::weak_of(keyref_of(*r))?.get(vm.mc)?;
        Some((i, item))
    });
    Ok(match live {
        Some((i, item)) => (
            Some(Value::Obj(item)),
            IterState::WeakKeys(t, Some(refs), i + 1, version),
        ),
        None => (None, IterState::Done),
    })
}

/// `_et_keys(t)`: the live keys in insertion order.
fn et_keys<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    arity(vm, "_et_keys", a, 1, 1)?;
    let t = table(vm, a[0])?;
    let keys = ordered(t).into_iter().map(|e| Value::Obj(e.0)).collect();
    Ok(vm.new_list(keys))
}

/// `_et_popitem(t)`: removes and returns the newest `(key, value)`.
fn et_popitem<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    arity(vm, "_et_popitem", a, 1, 1)?;
    let t = table(vm, a[0])?;
    let Some((k, v)) = ordered(t).pop() else {
        return Err(vm.err(E::KeyError, "popitem(): dictionary is empty"));
    };
    let h = vm.hash(Value::Obj(k))? as u64;
    t.remove_hashed(h, |x: &Obj<'gc>| Ok::<bool, PyErr<'gc>>(Gc::ptr_eq(*x, k)))?;
    Ok(vm.new_tuple(vec![Value::Obj(k), v]))
}

fn et_len<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    arity(vm, "_et_len", a, 1, 1)?;
    len(vm, a[0])
}

/// The number of live entries of table `t`.
pub(super) fn len<'gc>(vm: &mut Vm<'gc, '_>, t: Value<'gc>) -> PyResult<'gc> {
    Ok(Value::Int(table(vm, t)?.len() as i64))
}

fn et_version<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    arity(vm, "_et_version", a, 1, 1)?;
    Ok(Value::Int(table(vm, a[0])?.version() as i64))
}

fn et_clear<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    arity(vm, "_et_clear", a, 1, 1)?;
    table(vm, a[0])?.clear();
    Ok(Value::None)
}

/// A native iterator over the live keys of table `t` in insertion order (the inside of
/// `WeakSet.__iter__`'s generator).
pub(super) fn iter<'gc>(vm: &mut Vm<'gc, '_>, t: Value<'gc>) -> PyResult<'gc> {
    table(vm, t)?;
    Ok(vm.new_iter(IterState::WeakKeys(t, None, 0, 0)))
}

/// Put the table natives in the module namespace `d`.
pub fn register<'gc>(vm: &mut Vm<'gc, '_>, d: Obj<'gc>) {
    use crate::builtins::def;
    def(vm, d, "_et_new", et_new);
    def(vm, d, "_et_get", et_get);
    def(vm, d, "_et_contains", et_contains);
    def(vm, d, "_et_pop", et_pop);
    def(vm, d, "_et_keys", et_keys);
    def(vm, d, "_et_keyrefs", et_keyrefs);
    def(vm, d, "_et_popitem", et_popitem);
    def(vm, d, "_et_len", et_len);
    def(vm, d, "_et_version", et_version);
    def(vm, d, "_et_clear", et_clear);
}
