//! `next()` for the built-in iterator states.
//!
//! Invariant: an iterator that reports exhaustion switches to `Done` and stays there.

use gc_arena::lock::GcRefLock;

use crate::object::{IterState, Payload};
use crate::value::Value;
use crate::vm::{E, PyResult, Vm};

/// Advance a built-in iterator.
pub fn iter_next<'gc>(
    vm: &mut Vm<'gc, '_>,
    st: GcRefLock<'gc, IterState<'gc>>,
) -> PyResult<'gc, Option<Value<'gc>>> {
    let mc = vm.mc;
    // Cases that need no Python code are handled under one borrow.
    {
        let mut s = st.borrow_mut(mc);
        match &mut *s {
            IterState::Done => return Ok(None),
            IterState::Seq(Value::Obj(o), i) => {
                let item = match &o.payload {
                    Payload::List(l) => l.borrow().get(*i).copied(),
                    Payload::Tuple(t) => t.get(*i).copied(),
                    _ => None,
                };
                return Ok(match item {
                    Some(v) => {
                        *i += 1;
                        Some(v)
                    }
                    None => {
                        *s = IterState::Done;
                        None
                    }
                });
            }
            IterState::BigRange(r) => {
                let [cur, stop, step] = &mut **r;
                let more = if num_traits::Signed::is_positive(step) {
                    cur < stop
                } else {
                    cur > stop
                };
                if !more {
                    *s = IterState::Done;
                    return Ok(None);
                }
                let v = cur.clone();
                *cur += &*step;
                drop(s);
                return Ok(Some(crate::object::int_from_big(mc, vm.i.types.int, v)));
            }
            IterState::Range(cur, stop, step) => {
                if (*step > 0 && *cur < *stop) || (*step < 0 && *cur > *stop) {
                    let v = *cur;
                    *cur = cur.saturating_add(*step);
                    if *cur == v {
                        *cur = *stop;
                    }
                    return Ok(Some(Value::Int(v)));
                }
                *s = IterState::Done;
                return Ok(None);
            }
            IterState::Str(o, pos) => {
                let text = o.as_str().map(|s| &*s.text).unwrap_or("");
                match text[*pos..].chars().next() {
                    Some(c) => {
                        *pos += c.len_utf8();
                        drop(s);
                        let mut buf = [0u8; 4];
                        return Ok(Some(vm.new_str(&*c.encode_utf8(&mut buf))));
                    }
                    None => {
                        *s = IterState::Done;
                        return Ok(None);
                    }
                }
            }
            IterState::Dict(d, slot, kind, len0) => {
                let data = match &d.payload {
                    Payload::Dict(x) | Payload::Set(x) => *x,
                    _ => return Ok(None),
                };
                let dd = data.borrow();
                if dd.len() != *len0 {
                    let is_set = matches!(d.payload, Payload::Set(_));
                    *s = IterState::Done;
                    drop(dd);
                    drop(s);
                    return Err(vm.err(
                        E::RuntimeError,
                        if is_set {
                            "Set changed size during iteration"
                        } else {
                            "dictionary changed size during iteration"
                        },
                    ));
                }
                while *slot < dd.order_len() {
                    let e = dd.order_entry(*slot).copied();
                    *slot += 1;
                    if let Some(e) = e {
                        let kind = *kind;
                        drop(dd);
                        drop(s);
                        return Ok(Some(match kind {
                            0 => e.key,
                            1 => e.value,
                            _ => vm.new_tuple(vec![e.key, e.value]),
                        }));
                    }
                }
                drop(dd);
                *s = IterState::Done;
                return Ok(None);
            }
            _ => {}
        }
    }
    let cur = std::mem::replace(&mut *st.borrow_mut(mc), IterState::Done);
    let (result, next_state) = match cur {
        IterState::Rev(seq, n) => {
            if n == 0 {
                (None, IterState::Done)
            } else {
                let v = vm.getitem(seq, Value::Int(n as i64 - 1))?;
                (Some(v), IterState::Rev(seq, n - 1))
            }
        }
        IterState::Enumerate(it, n) => match vm.next(it)? {
            Some(v) => {
                let next_n = vm.binary(n, Value::Int(1), crate::compile::code::BinOp::Add)?;
                (
                    Some(vm.new_tuple(vec![n, v])),
                    IterState::Enumerate(it, next_n),
                )
            }
            None => (None, IterState::Done),
        },
        IterState::WeakKeys(t, refs, idx, version) => {
            crate::modules::weakref::weak_keys_next(vm, t, refs, idx, version)?
        }
        IterState::Zip(its, strict) => {
            let mut items = Vec::with_capacity(its.len());
            let mut exhausted = its.is_empty().then_some(0);
            for (i, &it) in its.iter().enumerate() {
                match vm.next(it)? {
                    Some(v) => items.push(v),
                    None => {
                        exhausted = Some(i);
                        break;
                    }
                }
            }
            match exhausted {
                None => (Some(vm.new_tuple(items)), IterState::Zip(its, strict)),
                Some(i) if strict => return zip_strict_end(vm, &its, i).map(|()| None),
                Some(_) => (None, IterState::Done),
            }
        }
        IterState::Map(f, its) => {
            let mut items = Vec::with_capacity(its.len());
            let mut done = false;
            for &it in its.iter() {
                match vm.next(it)? {
                    Some(v) => items.push(v),
                    None => {
                        done = true;
                        break;
                    }
                }
            }
            if done {
                (None, IterState::Done)
            } else {
                *st.borrow_mut(mc) = IterState::Map(f, its);
                let r = vm.call(f, &items, &[])?;
                return Ok(Some(r));
            }
        }
        IterState::Filter(f, it) => {
            *st.borrow_mut(mc) = IterState::Filter(f, it);
            loop {
                match vm.next(it)? {
                    Some(v) => {
                        let keep = if f.is(Value::None) {
                            v
                        } else {
                            vm.call(f, &[v], &[])?
                        };
                        if vm.truthy(keep)? {
                            return Ok(Some(v));
                        }
                    }
                    None => {
                        *st.borrow_mut(mc) = IterState::Done;
                        return Ok(None);
                    }
                }
            }
        }
        IterState::Callable(f, sentinel) => {
            *st.borrow_mut(mc) = IterState::Callable(f, sentinel);
            let v = vm.call(f, &[], &[])?;
            if vm.eq(v, sentinel)? {
                *st.borrow_mut(mc) = IterState::Done;
                return Ok(None);
            }
            return Ok(Some(v));
        }
        IterState::GetItem(o, i) => match vm.getitem(o, Value::Int(i)) {
            Ok(v) => (Some(v), IterState::GetItem(o, i + 1)),
            Err(e) if vm.exc_is(e.0, E::IndexError) || vm.exc_is(e.0, E::StopIteration) => {
                (None, IterState::Done)
            }
            Err(e) => return Err(e),
        },
        other => (None, other),
    };
    *st.borrow_mut(mc) = next_state;
    Ok(result)
}

/// `zip(strict=True)` found iterator `i` exhausted: every other one must be exhausted too.
fn zip_strict_end<'gc>(vm: &mut Vm<'gc, '_>, its: &[Value<'gc>], i: usize) -> PyResult<'gc, ()> {
    let plural = |i: usize| {
        if i == 1 {
            " ".to_string()
        } else {
            "s 1-".to_string()
        }
    };
    if i > 0 {
        return vm.value_error(format!(
            "zip() argument {} is shorter than argument{}{i}",
            i + 1,
            plural(i)
        ));
    }
    for (j, &it) in its.iter().enumerate().skip(1) {
        if vm.next(it)?.is_some() {
            return vm.value_error(format!(
                "zip() argument {} is longer than argument{}{j}",
                j + 1,
                plural(j)
            ));
        }
    }
    Ok(())
}
