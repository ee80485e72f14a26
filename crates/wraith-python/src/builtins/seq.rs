//! Indexing and slicing of the built-in sequences (`str`, `list`, `tuple`, `range`) and
//! mapping lookup for `dict`.
//!
//! Invariant: slice bounds are clamped exactly as CPython's `PySlice_AdjustIndices` does.

use crate::object::Payload;
use crate::value::{Obj, Value};
use crate::vm::{E, PyResult, Vm};

fn slice_parts<'gc>(
    vm: &mut Vm<'gc, '_>,
    s: Obj<'gc>,
) -> PyResult<'gc, (Option<i64>, Option<i64>, i64)> {
    let Payload::Slice(abc) = &s.payload else {
        return vm.type_error("not a slice");
    };
    let [a, b, c] = **abc;
    let conv = |vm: &mut Vm<'gc, '_>, v: Value<'gc>| -> PyResult<'gc, Option<i64>> {
        if v.is(Value::None) {
            return Ok(None);
        }
        match vm.index_value(v) {
            Ok(i) => Ok(Some(i)),
            Err(_) => match crate::vm::arith::as_bigint(v) {
                Some(b) => Ok(Some(if num_traits::Signed::is_negative(&b) {
                    i64::MIN / 2
                } else {
                    i64::MAX / 2
                })),
                None => vm.type_error(
                    "slice indices must be integers or None or have an __index__ method",
                ),
            },
        }
    };
    let step = conv(vm, c)?.unwrap_or(1);
    if step == 0 {
        return vm.value_error("slice step cannot be zero");
    }
    Ok((conv(vm, a)?, conv(vm, b)?, step))
}

/// `slice.indices(n)`: (start, stop, step) adjusted like CPython's `PySlice_AdjustIndices`.
pub fn slice_adjust<'gc>(
    vm: &mut Vm<'gc, '_>,
    s: Obj<'gc>,
    n: i64,
) -> PyResult<'gc, (i64, i64, i64)> {
    let (a, b, step) = slice_parts(vm, s)?;
    let adj = |x: i64, lo: i64, hi: i64| {
        let x = if x < 0 { x + n } else { x };
        x.clamp(lo, hi)
    };
    Ok(if step > 0 {
        (
            a.map(|x| adj(x, 0, n)).unwrap_or(0),
            b.map(|x| adj(x, 0, n)).unwrap_or(n),
            step,
        )
    } else {
        (
            a.map(|x| adj(x, -1, n - 1)).unwrap_or(n - 1),
            b.map(|x| adj(x, -1, n - 1)).unwrap_or(-1),
            step,
        )
    })
}

fn slice_indices_m<'gc>(
    vm: &mut Vm<'gc, '_>,
    a: &[Value<'gc>],
    _kw: &crate::vm::native::Kw<'gc>,
) -> PyResult<'gc> {
    let (Some(Value::Obj(s)), Some(&n)) = (a.first().copied(), a.get(1)) else {
        return vm.type_error("indices() takes exactly one argument");
    };
    let n = vm.index_value(n)?;
    if n < 0 {
        return vm.value_error("length should not be negative");
    }
    let (x, y, z) = slice_adjust(vm, s, n)?;
    Ok(vm.new_tuple(vec![Value::Int(x), Value::Int(y), Value::Int(z)]))
}

/// Register slice methods.
pub fn register(vm: &mut Vm<'_, '_>) {
    let slice = vm.i.types.slice;
    crate::builtins::method(vm, slice, "indices", slice_indices_m);
}

/// Indices selected by a slice on a sequence of length n.
pub fn slice_indices<'gc>(
    vm: &mut Vm<'gc, '_>,
    s: Obj<'gc>,
    n: usize,
) -> PyResult<'gc, Vec<usize>> {
    let (a, b, step) = slice_parts(vm, s)?;
    let n = n as i64;
    let adj = |x: i64, lo: i64, hi: i64| -> i64 {
        let x = if x < 0 { x + n } else { x };
        x.clamp(lo, hi)
    };
    let mut out = Vec::new();
    if step > 0 {
        let start = a.map(|x| adj(x, 0, n)).unwrap_or(0);
        let stop = b.map(|x| adj(x, 0, n)).unwrap_or(n);
        let mut i = start;
        while i < stop {
            out.push(i as usize);
            i += step;
        }
    } else {
        let start = a.map(|x| adj(x, -1, n - 1)).unwrap_or(n - 1);
        let stop = b.map(|x| adj(x, -1, n - 1)).unwrap_or(-1);
        let mut i = start;
        while i > stop {
            out.push(i as usize);
            i += step;
        }
    }
    Ok(out)
}

fn norm_index<'gc>(
    vm: &mut Vm<'gc, '_>,
    k: Value<'gc>,
    n: usize,
    what: &str,
) -> PyResult<'gc, usize> {
    let i = vm.seq_index(k, what)?;
    let j = if i < 0 { i + n as i64 } else { i };
    if j < 0 || j >= n as i64 {
        return Err(vm.err(E::IndexError, format!("{what} index out of range")));
    }
    Ok(j as usize)
}

/// `o[k]` for built-in payloads.
pub fn native_getitem<'gc>(vm: &mut Vm<'gc, '_>, o: Obj<'gc>, k: Value<'gc>) -> PyResult<'gc> {
    let slice = match k {
        Value::Obj(ko) if matches!(ko.payload, Payload::Slice(..)) => Some(ko),
        _ => None,
    };
    match &o.payload {
        Payload::DictView(d, 3) => vm.getitem(Value::Obj(*d), k),
        Payload::List(l) => {
            let items = l.borrow().clone();
            match slice {
                Some(s) => {
                    let idx = slice_indices(vm, s, items.len())?;
                    Ok(vm.new_list(idx.into_iter().map(|i| items[i]).collect()))
                }
                None => {
                    let i = norm_index(vm, k, items.len(), "list")?;
                    Ok(items[i])
                }
            }
        }
        Payload::Tuple(t) => match slice {
            Some(s) => {
                let idx = slice_indices(vm, s, t.len())?;
                Ok(vm.new_tuple(idx.into_iter().map(|i| t[i]).collect()))
            }
            None => {
                let i = norm_index(vm, k, t.len(), "tuple")?;
                Ok(t[i])
            }
        },
        Payload::Str(s) => match slice {
            Some(sl) => {
                let chars: Vec<char> = s.text.chars().collect();
                let idx = slice_indices(vm, sl, chars.len())?;
                Ok(vm.new_str(idx.into_iter().map(|i| chars[i]).collect::<String>()))
            }
            None => {
                let i = norm_index(vm, k, s.chars, "string")?;
                let c = s.char_at(i).unwrap_or(' ');
                Ok(vm.new_str(c.to_string()))
            }
        },
        Payload::BigRange(_) => {
            let Some(b) = crate::builtins::range::bounds(o) else {
                return vm.type_error("bad range");
            };
            match slice {
                Some(sl) => crate::builtins::range::slice(vm, &b, sl),
                None => crate::builtins::range::getitem(vm, &b, k),
            }
        }
        Payload::Range(a, b, st) => match slice {
            Some(sl) => match crate::builtins::range::bounds(o) {
                Some(bounds) => crate::builtins::range::slice(vm, &bounds, sl),
                None => vm.type_error("bad range"),
            },
            None if matches!(k, Value::Int(_) | Value::Bool(_)) => {
                let n = crate::vm::ops::range_len(*a, *b, *st) as usize;
                let i = norm_index(vm, k, n, "range object")?;
                Ok(Value::Int(a + i as i64 * st))
            }
            None => match crate::builtins::range::bounds(o) {
                Some(bounds) => crate::builtins::range::getitem(vm, &bounds, k),
                None => vm.type_error("bad range"),
            },
        },
        Payload::Dict(_) => match vm.dict_get(o, k)? {
            Some(v) => Ok(v),
            None => {
                let v = Value::Obj(o);
                if vm.is_user(v)
                    && let Some(f) = vm.user_dunder(v, "__missing__")
                {
                    return vm.call_found(f, v, &[k]);
                }
                Err(vm.key_error(k))
            }
        },
        Payload::Type(_) => Ok(Value::Obj(o)),
        _ => vm.type_error(format!(
            "'{}' object is not subscriptable",
            vm.type_name(Value::Obj(o))
        )),
    }
}

/// `l[slice] = v`.
pub fn list_set_slice<'gc>(
    vm: &mut Vm<'gc, '_>,
    l: Obj<'gc>,
    s: Obj<'gc>,
    v: Value<'gc>,
) -> PyResult<'gc, ()> {
    let Payload::List(data) = &l.payload else {
        return Ok(());
    };
    let items = match vm.iterate(v) {
        Ok(i) => i,
        Err(e) if vm.exc_is(e.0, E::TypeError) => {
            return vm.type_error("can only assign an iterable");
        }
        Err(e) => return Err(e),
    };
    let n = data.borrow().len();
    let (_, _, step) = slice_parts(vm, s)?;
    let idx = slice_indices(vm, s, n)?;
    let mut cur = data.borrow().clone();
    if step == 1 {
        let (start, stop) = match (idx.first(), idx.last()) {
            (Some(a), Some(b)) => (*a, *b + 1),
            _ => {
                let (a, _, _) = slice_parts(vm, s)?;
                let st = a
                    .map(|x| {
                        if x < 0 {
                            (x + n as i64).max(0)
                        } else {
                            x.min(n as i64)
                        }
                    })
                    .unwrap_or(0) as usize;
                (st, st)
            }
        };
        cur.splice(start..stop, items);
    } else {
        if idx.len() != items.len() {
            return vm.value_error(format!(
                "attempt to assign sequence of size {} to extended slice of size {}",
                items.len(),
                idx.len()
            ));
        }
        for (i, x) in idx.into_iter().zip(items) {
            cur[i] = x;
        }
    }
    *data.borrow_mut(vm.mc) = cur;
    Ok(())
}
