//! `range` arithmetic on arbitrary-size integers: the objects whose bounds do not fit `i64`
//! (`Payload::BigRange`), and the operations that must not materialise a range (length,
//! indexing, slicing, membership) for both kinds.
//!
//! Invariant: a range whose start, stop and step all fit `i64` is always a `Payload::Range`
//! and any other is a `Payload::BigRange` (`make` decides); results follow CPython's
//! `Objects/rangeobject.c` (`compute_range_length`, `compute_slice`, `range_contains_long`).

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::object::{Payload, PyObject};
use crate::value::{Obj, Value};
use crate::vm::arith::{Num, as_num};
use crate::vm::{E, PyResult, Vm};

/// A range's `start`, `stop` and `step` (never 0).
#[derive(Clone, Debug)]
pub struct Bounds {
    /// `start`.
    pub start: BigInt,
    /// `stop`.
    pub stop: BigInt,
    /// `step`.
    pub step: BigInt,
}

/// The bounds of a range object of either kind.
pub fn bounds(o: Obj<'_>) -> Option<Bounds> {
    match &o.payload {
        Payload::Range(a, b, s) => Some(Bounds {
            start: BigInt::from(*a),
            stop: BigInt::from(*b),
            step: BigInt::from(*s),
        }),
        Payload::BigRange(r) => {
            let [start, stop, step] = &**r;
            Some(Bounds {
                start: start.clone(),
                stop: stop.clone(),
                step: step.clone(),
            })
        }
        _ => None,
    }
}

/// A range object with these bounds.
pub fn make<'gc>(vm: &Vm<'gc, '_>, b: Bounds) -> Value<'gc> {
    let payload = match (b.start.to_i64(), b.stop.to_i64(), b.step.to_i64()) {
        (Some(a), Some(z), Some(s)) => Payload::Range(a, z, s),
        _ => Payload::BigRange(Box::new([b.start, b.stop, b.step])),
    };
    Value::Obj(PyObject::alloc(
        vm.mc,
        Some(vm.i.types.range),
        None,
        payload,
    ))
}

/// `len(range)` as CPython's `compute_range_length`.
pub fn length(b: &Bounds) -> BigInt {
    let (lo, hi, step) = if b.step.is_positive() {
        (&b.start, &b.stop, b.step.clone())
    } else {
        (&b.stop, &b.start, -&b.step)
    };
    if lo >= hi {
        return BigInt::zero();
    }
    (hi - lo - 1u32) / step + 1u32
}

/// The element at index `i` (negative counts from the end), if in range.
pub fn item(b: &Bounds, i: &BigInt) -> Option<BigInt> {
    let n = length(b);
    let i = if i.is_negative() { i + &n } else { i.clone() };
    (!i.is_negative() && i < n).then(|| &b.start + i * &b.step)
}

/// Is the integer `x` an element?
pub fn contains(b: &Bounds, x: &BigInt) -> bool {
    let inside = if b.step.is_positive() {
        &b.start <= x && x < &b.stop
    } else {
        &b.stop < x && x <= &b.start
    };
    inside && (x - &b.start).mod_floor(&b.step).is_zero()
}

/// `repr(range)`.
pub fn repr(b: &Bounds) -> String {
    if b.step.is_one() {
        format!("range({}, {})", b.start, b.stop)
    } else {
        format!("range({}, {}, {})", b.start, b.stop, b.step)
    }
}

/// `operator.index(v)` as an arbitrary-size integer.
pub fn index_big<'gc>(vm: &mut Vm<'gc, '_>, v: Value<'gc>) -> PyResult<'gc, BigInt> {
    match as_num(v) {
        Some(Num::I(i)) if !vm.is_user(v) || matches!(v, Value::Bool(_)) => {
            return Ok(BigInt::from(i));
        }
        Some(Num::B(b)) if !vm.is_user(v) => return Ok(b),
        _ => {}
    }
    if let Some(f) = vm.user_dunder(v, "__index__") {
        let r = vm.call_found(f, v, &[])?;
        return match as_num(r) {
            Some(Num::I(i)) => Ok(BigInt::from(i)),
            Some(Num::B(b)) => Ok(b),
            _ => vm.type_error(format!(
                "__index__ returned non-int (type {})",
                vm.type_name(r)
            )),
        };
    }
    match as_num(v) {
        Some(Num::I(i)) => Ok(BigInt::from(i)),
        Some(Num::B(b)) => Ok(b),
        _ => vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        )),
    }
}

/// `range[i]`.
pub fn getitem<'gc>(vm: &mut Vm<'gc, '_>, b: &Bounds, k: Value<'gc>) -> PyResult<'gc> {
    if as_num(k).is_none() && vm.user_dunder(k, "__index__").is_none() {
        return vm.type_error(format!(
            "range indices must be integers or slices, not {}",
            vm.type_name(k)
        ));
    }
    let i = index_big(vm, k)?;
    match item(b, &i) {
        Some(v) => Ok(crate::object::int_from_big(vm.mc, vm.i.types.int, v)),
        None => Err(vm.err(E::IndexError, "range object index out of range")),
    }
}

/// `range[a:b:c]` as CPython's `compute_slice`: another range.
pub fn slice<'gc>(vm: &mut Vm<'gc, '_>, b: &Bounds, sl: Obj<'gc>) -> PyResult<'gc> {
    let Payload::Slice(abc) = &sl.payload else {
        return vm.type_error("range indices must be integers or slices");
    };
    let [sa, sb, sc] = **abc;
    let step = if sc.is(Value::None) {
        BigInt::one()
    } else {
        index_big(vm, sc)?
    };
    if step.is_zero() {
        return vm.value_error("slice step cannot be zero");
    }
    let n = length(b);
    let (lower, upper) = if step.is_negative() {
        (BigInt::from(-1), &n - 1u32)
    } else {
        (BigInt::zero(), n.clone())
    };
    let mut adjust = |v: Value<'gc>, default: &BigInt| -> PyResult<'gc, BigInt> {
        if v.is(Value::None) {
            return Ok(default.clone());
        }
        let mut x = index_big(vm, v)?;
        if x.is_negative() {
            x += &n;
            if x < lower {
                x = lower.clone();
            }
        } else if x > upper {
            x = upper.clone();
        }
        Ok(x)
    };
    let (d_start, d_stop) = if step.is_negative() {
        (upper.clone(), lower.clone())
    } else {
        (lower.clone(), upper.clone())
    };
    let start = adjust(sa, &d_start)?;
    let stop = adjust(sb, &d_stop)?;
    Ok(make(
        vm,
        Bounds {
            start: &b.start + start * &b.step,
            stop: &b.start + stop * &b.step,
            step: &b.step * step,
        },
    ))
}

/// `len(range)` as a machine size, or CPython's OverflowError.
pub fn len_usize<'gc>(vm: &Vm<'gc, '_>, b: &Bounds) -> PyResult<'gc, usize> {
    match length(b).to_i64() {
        Some(n) => Ok(n as usize),
        None => Err(vm.err(
            E::OverflowError,
            "Python int too large to convert to C ssize_t",
        )),
    }
}

/// The bounds `reversed(range)` iterates: last element down to just before the first.
pub fn reversed(b: &Bounds) -> Bounds {
    let n = length(b);
    let last = &b.start + (n - 1u32) * &b.step;
    Bounds {
        stop: &b.start - &b.step,
        start: last,
        step: -&b.step,
    }
}
