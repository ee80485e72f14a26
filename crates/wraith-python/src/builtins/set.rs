//! Set algebra (`|`, `&`, `-`, `^`, the `*_update` methods, copies and merges) shared by
//! `set`, `frozenset`, and dict views.
//!
//! Invariant: every operation adds and removes elements in the order CPython 3.11's
//! `Objects/setobject.c` does (merging a set copies its layout, `&` walks the smaller set,
//! `-` copies then discards when the left set is much larger, `^` starts from a copy of the
//! right operand), so that the resulting set's layout, hence its iteration order
//! (`object/setorder.rs`), is CPython's. Results are plain `set`/`frozenset` after the left
//! operand's kind; elements keep the hashes they were stored with.

use gc_arena::Gc;

use crate::compile::code::BinOp;
use crate::object::Payload;
use crate::value::{Obj, Value};
use crate::vm::{PyResult, Vm};

/// The elements of a set or dict with their stored hashes, in iteration order.
fn entries<'gc>(o: Obj<'gc>) -> Option<Vec<(Value<'gc>, i64)>> {
    match &o.payload {
        Payload::Set(d) | Payload::Dict(d) => {
            Some(d.borrow().iter_entries().map(|e| (e.key, e.hash)).collect())
        }
        _ => None,
    }
}

fn is_set(v: Value<'_>) -> Option<Obj<'_>> {
    match v {
        Value::Obj(o) if matches!(o.payload, Payload::Set(_)) => Some(o),
        _ => None,
    }
}

fn is_dict(v: Value<'_>) -> Option<Obj<'_>> {
    match v {
        Value::Obj(o) if matches!(o.payload, Payload::Dict(_)) => Some(o),
        _ => None,
    }
}

/// Is `v` a frozenset (or a subclass instance of one)?
fn is_frozen<'gc>(vm: &Vm<'gc, '_>, v: Value<'gc>) -> bool {
    vm.is_subclass(vm.class_of(v), vm.i.types.frozenset)
}

/// `set_merge`: add every element of the set `other` to `s`.
fn merge<'gc>(vm: &mut Vm<'gc, '_>, s: Obj<'gc>, other: Obj<'gc>) -> PyResult<'gc, ()> {
    let (Payload::Set(dst), Payload::Set(src)) = (&s.payload, &other.payload) else {
        return Ok(());
    };
    if Gc::ptr_eq(*dst, *src) || src.borrow().is_empty() {
        return Ok(());
    }
    let n = src.borrow().len();
    dst.borrow_mut(vm.mc).reserve_set(n);
    if dst.borrow_mut(vm.mc).copy_set_from(&src.borrow()) {
        return Ok(());
    }
    for (k, h) in entries(other).unwrap_or_default() {
        vm.set_add_h(s, k, h)?;
    }
    Ok(())
}

/// `set_update_internal`: add every element of the iterable `other` to `s`.
pub fn update<'gc>(vm: &mut Vm<'gc, '_>, s: Obj<'gc>, other: Value<'gc>) -> PyResult<'gc, ()> {
    if let Some(o) = is_set(other) {
        return merge(vm, s, o);
    }
    if let Some(d) = is_dict(other)
        && !vm.is_user(other)
    {
        if let Payload::Set(dst) = &s.payload {
            let n = vm.len(other)?;
            dst.borrow_mut(vm.mc).reserve_set(n);
        }
        for (k, h) in entries(d).unwrap_or_default() {
            vm.set_add_h(s, k, h)?;
        }
        return Ok(());
    }
    for x in vm.iterate(other)? {
        vm.set_add(s, x)?;
    }
    Ok(())
}

/// A new `set` (or `frozenset`) holding the elements of the iterable `it`.
pub fn from_iter<'gc>(
    vm: &mut Vm<'gc, '_>,
    it: Value<'gc>,
    frozen: bool,
) -> PyResult<'gc, Obj<'gc>> {
    let s = vm.new_set_obj(frozen);
    update(vm, s, it)?;
    Ok(s)
}

/// `set_copy`: a plain set of `a`'s kind with `a`'s elements.
fn copy<'gc>(vm: &mut Vm<'gc, '_>, a: Value<'gc>) -> PyResult<'gc, Obj<'gc>> {
    let frozen = is_frozen(vm, a);
    from_iter(vm, a, frozen)
}

/// Remove `key` (with its stored hash) from `s` if present.
fn discard_h<'gc>(vm: &mut Vm<'gc, '_>, s: Obj<'gc>, key: Value<'gc>, h: i64) -> PyResult<'gc, ()> {
    if let Some(i) = vm.dict_find(s, key, h)?
        && let Payload::Set(d) = &s.payload
    {
        d.borrow_mut(vm.mc).remove_at(i);
    }
    Ok(())
}

/// The elements of an iterable with their hashes: stored ones for sets and dicts.
fn hashed_items<'gc>(
    vm: &mut Vm<'gc, '_>,
    other: Value<'gc>,
) -> PyResult<'gc, Vec<(Value<'gc>, i64)>> {
    if let Some(o) = is_set(other).or_else(|| is_dict(other).filter(|_| !vm.is_user(other))) {
        return Ok(entries(o).unwrap_or_default());
    }
    let mut out = Vec::new();
    for x in vm.iterate(other)? {
        let h = vm.hash(x)?;
        out.push((x, h));
    }
    Ok(out)
}

/// `set_intersection(so, other)`.
pub fn intersection<'gc>(
    vm: &mut Vm<'gc, '_>,
    a: Value<'gc>,
    other: Value<'gc>,
) -> PyResult<'gc, Obj<'gc>> {
    let Some(so) = is_set(a) else {
        return vm.type_error("set operation on non-set");
    };
    if a.is(other) {
        return copy(vm, a);
    }
    let frozen = is_frozen(vm, a);
    let result = vm.new_set_obj(frozen);
    let (walk, probe) = match is_set(other) {
        Some(o) if vm.len(other)? > vm.len(a)? => (a, o),
        Some(_) => (other, so),
        None => (other, so),
    };
    for (k, h) in hashed_items(vm, walk)? {
        if vm.dict_find(probe, k, h)?.is_some() {
            vm.set_add_h(result, k, h)?;
        }
    }
    Ok(result)
}

/// Empties set `s` (an update with itself: `s -= s`, `s ^= s`).
fn clear<'gc>(vm: &Vm<'gc, '_>, s: Obj<'gc>) {
    if let Payload::Set(d) = &s.payload {
        d.borrow_mut(vm.mc).clear();
    }
}

/// `set_difference_update_internal`: discard every element of `other` from `s`.
pub fn difference_update<'gc>(
    vm: &mut Vm<'gc, '_>,
    s: Obj<'gc>,
    other: Value<'gc>,
) -> PyResult<'gc, ()> {
    if Value::Obj(s).is(other) {
        clear(vm, s);
        return Ok(());
    }
    for (k, h) in hashed_items(vm, other)? {
        discard_h(vm, s, k, h)?;
    }
    Ok(())
}

/// `set_difference(so, other)`.
pub fn difference<'gc>(
    vm: &mut Vm<'gc, '_>,
    a: Value<'gc>,
    other: Value<'gc>,
) -> PyResult<'gc, Obj<'gc>> {
    let sized = is_set(other).or_else(|| is_dict(other).filter(|_| !vm.is_user(other)));
    // CPython copies and discards when `other` is not a sized table or is much smaller.
    let probe = match sized {
        Some(p) if (vm.len(a)? >> 2) <= vm.len(other)? => p,
        _ => {
            let result = copy(vm, a)?;
            difference_update(vm, result, other)?;
            return Ok(result);
        }
    };
    let frozen = is_frozen(vm, a);
    let result = vm.new_set_obj(frozen);
    let Some(so) = is_set(a) else {
        return vm.type_error("set operation on non-set");
    };
    for (k, h) in entries(so).unwrap_or_default() {
        if vm.dict_find(probe, k, h)?.is_none() {
            vm.set_add_h(result, k, h)?;
        }
    }
    Ok(result)
}

/// `set_symmetric_difference_update(so, other)`.
pub fn symmetric_difference_update<'gc>(
    vm: &mut Vm<'gc, '_>,
    s: Obj<'gc>,
    other: Value<'gc>,
) -> PyResult<'gc, ()> {
    if Value::Obj(s).is(other) {
        clear(vm, s);
        return Ok(());
    }
    let items = match is_set(other).or_else(|| is_dict(other).filter(|_| !vm.is_user(other))) {
        Some(o) => entries(o).unwrap_or_default(),
        None => {
            let frozen = is_frozen(vm, Value::Obj(s));
            let tmp = from_iter(vm, other, frozen)?;
            entries(tmp).unwrap_or_default()
        }
    };
    for (k, h) in items {
        if vm.dict_find(s, k, h)?.is_some() {
            discard_h(vm, s, k, h)?;
        } else {
            vm.set_add_h(s, k, h)?;
        }
    }
    Ok(())
}

/// `set_symmetric_difference(so, other)`: a copy of `other` updated with `so`.
pub fn symmetric_difference<'gc>(
    vm: &mut Vm<'gc, '_>,
    a: Value<'gc>,
    other: Value<'gc>,
) -> PyResult<'gc, Obj<'gc>> {
    let frozen = is_frozen(vm, a);
    let result = from_iter(vm, other, frozen)?;
    symmetric_difference_update(vm, result, a)?;
    Ok(result)
}

/// `set_union`: a copy of `a` updated with `other`.
pub fn union<'gc>(
    vm: &mut Vm<'gc, '_>,
    a: Value<'gc>,
    other: Value<'gc>,
) -> PyResult<'gc, Obj<'gc>> {
    let result = copy(vm, a)?;
    update(vm, result, other)?;
    Ok(result)
}

/// Make `s` hold exactly the elements of the new set `from` (CPython's `set_swap_bodies`).
pub fn take_body<'gc>(vm: &mut Vm<'gc, '_>, s: Obj<'gc>, from: Obj<'gc>) {
    if let (Payload::Set(dst), Payload::Set(src)) = (&s.payload, &from.payload)
        && !Gc::ptr_eq(*dst, *src)
    {
        let body = std::mem::take(&mut *src.borrow_mut(vm.mc));
        *dst.borrow_mut(vm.mc) = body;
    }
}

/// A set operator with a keys or items view on either side (CPython's `dictviews_or`,
/// `_PyDictView_Intersect`, `dictviews_sub`, `dictviews_xor`): a new set.
pub fn view_op<'gc>(
    vm: &mut Vm<'gc, '_>,
    a: Value<'gc>,
    b: Value<'gc>,
    op: BinOp,
) -> PyResult<'gc> {
    let is_view = |v: Value<'gc>| matches!(v, Value::Obj(o) if matches!(o.payload, Payload::DictView(_, 0 | 2)));
    if op != BinOp::And {
        let result = from_iter(vm, a, false)?;
        match op {
            BinOp::Or => update(vm, result, b)?,
            BinOp::Sub => difference_update(vm, result, b)?,
            _ => symmetric_difference_update(vm, result, b)?,
        }
        return Ok(Value::Obj(result));
    }
    let (mut view, mut other) = if is_view(a) { (a, b) } else { (b, a) };
    let len_view = vm.len(view)?;
    if let Some(o) = is_set(other)
        && Gc::ptr_eq(vm.class_of(other), vm.i.types.set)
        && len_view <= vm.len(other)?
    {
        return Ok(Value::Obj(intersection(vm, Value::Obj(o), view)?));
    }
    if is_view(other) && vm.len(other)? > len_view {
        std::mem::swap(&mut view, &mut other);
    }
    let result = vm.new_set_obj(false);
    for x in vm.iterate(other)? {
        if vm.contains(view, x)? {
            vm.set_add(result, x)?;
        }
    }
    Ok(Value::Obj(result))
}

/// Apply a set operator to two sets.
pub fn set_op<'gc>(vm: &mut Vm<'gc, '_>, a: Value<'gc>, b: Value<'gc>, op: BinOp) -> PyResult<'gc> {
    let r = match op {
        BinOp::Or => union(vm, a, b)?,
        BinOp::And => intersection(vm, a, b)?,
        BinOp::Sub => difference(vm, a, b)?,
        _ => symmetric_difference(vm, a, b)?,
    };
    Ok(Value::Obj(r))
}
