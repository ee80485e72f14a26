//! The built-in functions (`print`, `len`, `sorted`, `getattr`, ...).
//!
//! Invariant: each function validates its arguments and raises CPython's TypeError wording
//! rather than indexing out of range.

use gc_arena::Gc;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::builtins::def;
use crate::compile::code::{BinOp, Cmp};
use crate::object::{IterState, Payload};
use crate::value::Value;
use crate::vm::arith::{Num, as_num};
use crate::vm::native::Kw;
use crate::vm::{E, PyResult, Vm};

/// Find a keyword argument.
pub fn kwarg<'gc>(kw: &Kw<'gc>, name: &str) -> Option<Value<'gc>> {
    kw.iter()
        .find(|(k, _)| Vm::str_of(*k) == Some(name))
        .map(|(_, v)| *v)
}

/// Check the positional count of a function CPython parses with `PyArg_UnpackTuple`
/// ("name expected 1 argument, got 0"), even when it takes exactly one argument.
pub fn arity_unpack<'gc>(
    vm: &Vm<'gc, '_>,
    name: &str,
    args: &[Value<'gc>],
    min: usize,
    max: usize,
) -> PyResult<'gc, ()> {
    let n = args.len();
    if min == max && n != min {
        let s = if min == 1 { "" } else { "s" };
        return vm.type_error(format!("{name} expected {min} argument{s}, got {n}"));
    }
    arity(vm, name, args, min, max)
}

/// Check the positional count of a function CPython parses with keyword support
/// (`PyArg_ParseTupleAndKeywords` or Argument Clinic): "name() takes at most 2 arguments
/// (3 given)". `required` names the parameters that may also be passed by keyword; when it is
/// empty they are positional-only ("takes at least 1 positional argument (0 given)").
pub fn arity_parse<'gc>(
    vm: &Vm<'gc, '_>,
    name: &str,
    args: &[Value<'gc>],
    max: usize,
    required: &[&str],
    min_positional: usize,
) -> PyResult<'gc, ()> {
    let n = args.len();
    if n > max {
        let s = if max == 1 { "" } else { "s" };
        return vm.type_error(format!(
            "{name}() takes at most {max} argument{s} ({n} given)"
        ));
    }
    if n < min_positional {
        let s = if min_positional == 1 { "" } else { "s" };
        return vm.type_error(format!(
            "{name}() takes at least {min_positional} positional argument{s} ({n} given)"
        ));
    }
    if let Some(missing) = required.get(n) {
        return vm.type_error(format!(
            "{name}() missing required argument '{missing}' (pos {})",
            n + 1
        ));
    }
    Ok(())
}

/// Check the positional count.
pub fn arity<'gc>(
    vm: &Vm<'gc, '_>,
    name: &str,
    args: &[Value<'gc>],
    min: usize,
    max: usize,
) -> PyResult<'gc, ()> {
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    if min == max {
        if min == 1 {
            return vm.type_error(format!("{name}() takes exactly one argument ({n} given)"));
        }
        if min == 0 {
            return vm.type_error(format!("{name}() takes no arguments ({n} given)"));
        }
        return vm.type_error(format!("{name} expected {min} arguments, got {n}"));
    }
    if n < min {
        return vm.type_error(format!(
            "{name} expected at least {min} argument{}, got {n}",
            if min == 1 { "" } else { "s" }
        ));
    }
    vm.type_error(format!(
        "{name} expected at most {max} argument{}, got {n}",
        if max == 1 { "" } else { "s" }
    ))
}

fn no_kw<'gc>(vm: &Vm<'gc, '_>, name: &str, kw: &Kw<'gc>) -> PyResult<'gc, ()> {
    if kw.is_empty() {
        Ok(())
    } else {
        vm.type_error(format!("{name}() takes no keyword arguments"))
    }
}

/// Reject keyword arguments outside `allowed`, with CPython's message.
pub fn known_kwargs<'gc>(
    vm: &Vm<'gc, '_>,
    name: &str,
    kw: &Kw<'gc>,
    allowed: &[&str],
) -> PyResult<'gc, ()> {
    for (k, _) in kw {
        let k = Vm::str_of(*k).unwrap_or("");
        if !allowed.contains(&k) {
            return vm.type_error(format!("'{k}' is an invalid keyword argument for {name}()"));
        }
    }
    Ok(())
}

fn print<'gc>(vm: &mut Vm<'gc, '_>, args: &[Value<'gc>], kw: &Kw<'gc>) -> PyResult<'gc> {
    known_kwargs(vm, "print", kw, &["sep", "end", "file", "flush"])?;
    let sep = match kwarg(kw, "sep") {
        Some(Value::None) | None => " ".to_string(),
        Some(v) => match Vm::str_of(v) {
            Some(s) => s.to_string(),
            None => {
                return vm.type_error(format!(
                    "sep must be None or a string, not {}",
                    vm.type_name(v)
                ));
            }
        },
    };
    let end = match kwarg(kw, "end") {
        Some(Value::None) | None => "\n".to_string(),
        Some(v) => match Vm::str_of(v) {
            Some(s) => s.to_string(),
            None => {
                return vm.type_error(format!(
                    "end must be None or a string, not {}",
                    vm.type_name(v)
                ));
            }
        },
    };
    match kwarg(kw, "file") {
        Some(Value::None) | None => {
            let mut out = String::new();
            for (i, &a) in args.iter().enumerate() {
                if i > 0 {
                    out.push_str(&sep);
                }
                out.push_str(&vm.str_value(a)?);
            }
            out.push_str(&end);
            vm.write_out(&out);
        }
        Some(f) => {
            // As CPython: one `write` call per argument, separator and end.
            for (i, &a) in args.iter().enumerate() {
                if i > 0 {
                    let s = vm.new_str(sep.as_str());
                    vm.call_method(f, "write", &[s])?;
                }
                let s = vm.str_value(a)?;
                let s = vm.new_str(s);
                vm.call_method(f, "write", &[s])?;
            }
            let s = vm.new_str(end.as_str());
            vm.call_method(f, "write", &[s])?;
        }
    }
    if let Some(fl) = kwarg(kw, "flush")
        && vm.truthy(fl)?
    {
        vm.flush_out();
    }
    Ok(Value::None)
}

fn len<'gc>(vm: &mut Vm<'gc, '_>, args: &[Value<'gc>], kw: &Kw<'gc>) -> PyResult<'gc> {
    no_kw(vm, "len", kw)?;
    arity(vm, "len", args, 1, 1)?;
    Ok(Value::Int(vm.len(args[0])? as i64))
}

fn isinstance<'gc>(vm: &mut Vm<'gc, '_>, args: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    arity(vm, "isinstance", args, 2, 2)?;
    let r = class_check(vm, args[0], args[1], false)?;
    Ok(Value::Bool(r))
}

fn class_check<'gc>(
    vm: &mut Vm<'gc, '_>,
    v: Value<'gc>,
    c: Value<'gc>,
    sub: bool,
) -> PyResult<'gc, bool> {
    match c {
        Value::Obj(o) => match &o.payload {
            Payload::Type(_) => {
                if sub {
                    match v {
                        Value::Obj(vo) if vo.as_type().is_some() => Ok(vm.is_subclass(vo, o)),
                        _ => vm.type_error("issubclass() arg 1 must be a class"),
                    }
                } else if vm.isinstance(v, o) {
                    Ok(true)
                } else if let Value::Obj(vo) = v
                    && let Payload::WeakRef(_) = vo.payload
                {
                    // A proxy answers with its referent's `__class__` (CPython's isinstance
                    // falls back to `obj.__class__`).
                    match vm.getattr_str(v, "__class__")? {
                        Value::Obj(c) if c.as_type().is_some() => Ok(vm.is_subclass(c, o)),
                        _ => Ok(false),
                    }
                } else {
                    Ok(false)
                }
            }
            Payload::Tuple(items) => {
                for &x in items.iter() {
                    if class_check(vm, v, x, sub)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => {
                if sub {
                    vm.type_error(
                        "issubclass() arg 2 must be a class, a tuple of classes, or a union",
                    )
                } else {
                    vm.type_error("isinstance() arg 2 must be a type, a tuple of types, or a union")
                }
            }
        },
        _ => {
            if sub {
                vm.type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union")
            } else {
                vm.type_error("isinstance() arg 2 must be a type, a tuple of types, or a union")
            }
        }
    }
}

fn issubclass<'gc>(vm: &mut Vm<'gc, '_>, args: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    arity(vm, "issubclass", args, 2, 2)?;
    let r = class_check(vm, args[0], args[1], true)?;
    Ok(Value::Bool(r))
}

/// `id(v)`.
pub fn id_of(v: Value<'_>) -> i64 {
    match v {
        Value::Obj(o) => Gc::as_ptr(o) as usize as i64,
        Value::Int(i) => i.wrapping_mul(2654435761).wrapping_add(17),
        Value::Bool(b) => 1000 + b as i64,
        Value::Float(f) => f.to_bits() as i64 >> 1,
        _ => 999,
    }
}

fn id<'gc>(vm: &mut Vm<'gc, '_>, args: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    arity(vm, "id", args, 1, 1)?;
    Ok(Value::Int(id_of(args[0])))
}

fn hash<'gc>(vm: &mut Vm<'gc, '_>, args: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    arity(vm, "hash", args, 1, 1)?;
    Ok(Value::Int(vm.hash(args[0])?))
}

fn repr<'gc>(vm: &mut Vm<'gc, '_>, args: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    arity(vm, "repr", args, 1, 1)?;
    let s = vm.repr(args[0])?;
    Ok(vm.new_str(s))
}

fn ascii<'gc>(vm: &mut Vm<'gc, '_>, args: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    arity(vm, "ascii", args, 1, 1)?;
    let s = vm.repr(args[0])?;
    Ok(vm.new_str(ascii_escape(&s)))
}

/// `ascii()`'s escaping of a repr: non-ASCII characters as `\x`, `\u` or `\U` escapes.
pub fn ascii_escape(s: &str) -> String {
    let mut o = String::new();
    for c in s.chars() {
        if c.is_ascii() {
            o.push(c);
        } else if (c as u32) < 0x100 {
            o.push_str(&format!("\\x{:02x}", c as u32));
        } else if (c as u32) < 0x10000 {
            o.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            o.push_str(&format!("\\U{:08x}", c as u32));
        }
    }
    o
}

fn minmax<'gc>(
    vm: &mut Vm<'gc, '_>,
    args: &[Value<'gc>],
    kw: &Kw<'gc>,
    is_max: bool,
) -> PyResult<'gc> {
    let name = if is_max { "max" } else { "min" };
    let key = kwarg(kw, "key").filter(|k| !k.is(Value::None));
    let default = kwarg(kw, "default");
    if default.is_some() && args.len() > 1 {
        return vm.type_error(format!(
            "Cannot specify a default for {name}() with multiple positional arguments"
        ));
    }
    let items = if args.len() == 1 {
        vm.iterate(args[0])?
    } else if args.is_empty() {
        return vm.type_error(format!("{name} expected at least 1 argument, got 0"));
    } else {
        args.to_vec()
    };
    if items.is_empty() {
        if let Some(d) = default {
            return Ok(d);
        }
        return vm.value_error(format!("{name}() arg is an empty sequence"));
    }
    let mut best = items[0];
    let mut bestk = match key {
        Some(k) => vm.call(k, &[best], &[])?,
        None => best,
    };
    for &x in &items[1..] {
        let xk = match key {
            Some(k) => vm.call(k, &[x], &[])?,
            None => x,
        };
        let op = if is_max { Cmp::Gt } else { Cmp::Lt };
        let r = vm.compare(xk, bestk, op)?;
        if vm.truthy(r)? {
            best = x;
            bestk = xk;
        }
    }
    Ok(best)
}

fn max<'gc>(vm: &mut Vm<'gc, '_>, args: &[Value<'gc>], kw: &Kw<'gc>) -> PyResult<'gc> {
    minmax(vm, args, kw, true)
}

fn min<'gc>(vm: &mut Vm<'gc, '_>, args: &[Value<'gc>], kw: &Kw<'gc>) -> PyResult<'gc> {
    minmax(vm, args, kw, false)
}

fn sum<'gc>(vm: &mut Vm<'gc, '_>, args: &[Value<'gc>], kw: &Kw<'gc>) -> PyResult<'gc> {
    arity_parse(vm, "sum", args, 2, &[], 1)?;
    let mut acc = args
        .get(1)
        .copied()
        .or_else(|| kwarg(kw, "start"))
        .unwrap_or(Value::Int(0));
    if Vm::str_of(acc).is_some() {
        return vm.type_error("sum() can't sum strings [use ''.join(seq) instead]");
    }
    let it = vm.get_iter(args[0])?;
    while let Some(x) = vm.next(it)? {
        acc = vm.binary(acc, x, BinOp::Add)?;
    }
    Ok(acc)
}

fn any_all<'gc>(vm: &mut Vm<'gc, '_>, args: &[Value<'gc>], want: bool) -> PyResult<'gc> {
    arity(vm, if want { "any" } else { "all" }, args, 1, 1)?;
    let it = vm.get_iter(args[0])?;
    while let Some(x) = vm.next(it)? {
        if vm.truthy(x)? == want {
            return Ok(Value::Bool(want));
        }
    }
    Ok(Value::Bool(!want))
}

fn any<'gc>(vm: &mut Vm<'gc, '_>, args: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    any_all(vm, args, true)
}

fn all<'gc>(vm: &mut Vm<'gc, '_>, args: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    any_all(vm, args, false)
}

fn abs<'gc>(vm: &mut Vm<'gc, '_>, args: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    arity(vm, "abs", args, 1, 1)?;
    let v = args[0];
    if let Some(f) = vm.user_dunder(v, "__abs__") {
        return vm.call_found(f, v, &[]);
    }
    match as_num(v) {
        Some(Num::F(f)) => Ok(Value::Float(f.abs())),
        Some(Num::I(i)) if i >= 0 => Ok(Value::Int(i)),
        Some(_) => vm.unary(v, crate::compile::code::UnOp::Neg),
        None => vm.type_error(format!("bad operand type for abs(): '{}'", vm.type_name(v))),
    }
}

fn divmod<'gc>(vm: &mut Vm<'gc, '_>, args: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    arity(vm, "divmod", args, 2, 2)?;
    if let Some(f) = vm.user_dunder(args[0], "__divmod__") {
        return vm.call_found(f, args[0], &[args[1]]);
    }
    if as_num(args[0]).is_none() || as_num(args[1]).is_none() {
        return vm.type_error(format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            vm.type_name(args[0]),
            vm.type_name(args[1])
        ));
    }
    if let (Some(Num::F(_)), Some(d)) | (Some(_), Some(d @ Num::F(_))) =
        (as_num(args[0]), as_num(args[1]))
        && matches!(d, Num::F(f) if f == 0.0) | matches!(d, Num::I(0))
    {
        return Err(vm.err(E::ZeroDivisionError, "float divmod()"));
    }
    let q = vm.binary(args[0], args[1], BinOp::FloorDiv)?;
    let r = vm.binary(args[0], args[1], BinOp::Mod)?;
    Ok(vm.new_tuple(vec![q, r]))
}

fn pow<'gc>(vm: &mut Vm<'gc, '_>, args: &[Value<'gc>], kw: &Kw<'gc>) -> PyResult<'gc> {
    known_kwargs(vm, "pow", kw, &["base", "exp", "mod"])?;
    let mut full = args.to_vec();
    for name in ["base", "exp", "mod"].into_iter().skip(args.len()) {
        match kwarg(kw, name) {
            Some(v) => full.push(v),
            None => break,
        }
    }
    arity_parse(vm, "pow", &full, 3, &["base", "exp"], 0)?;
    let args = &full[..];
    if args.len() == 3
        && !args[2].is(Value::None)
        && let Some(f) = vm.user_dunder(args[0], "__pow__")
    {
        let r = vm.call_found(f, args[0], &[args[1], args[2]])?;
        if !vm.is_not_impl(r) {
            return Ok(r);
        }
        return vm.type_error(format!(
            "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
            vm.type_name(args[0]),
            vm.type_name(args[1]),
            vm.type_name(args[2])
        ));
    }
    if args.len() == 3 && !args[2].is(Value::None) {
        let (Some(b), Some(e), Some(m)) = (
            crate::vm::arith::as_bigint(args[0]),
            crate::vm::arith::as_bigint(args[1]),
            crate::vm::arith::as_bigint(args[2]),
        ) else {
            return vm
                .type_error("pow() 3rd argument not allowed unless all arguments are integers");
        };
        if m.is_zero() {
            return vm.value_error("pow() 3rd argument cannot be 0");
        }
        let modulus = m.abs();
        let (b, e) = if e.is_negative() {
            // A negative exponent raises the modular inverse of the base.
            match mod_inverse(&b, &modulus) {
                Some(inv) => (inv, -e),
                None => return vm.value_error("base is not invertible for the given modulus"),
            }
        } else {
            (b, e)
        };
        let mut r = b.modpow(&e, &modulus);
        if r.is_negative() {
            r += &modulus;
        }
        // The result takes the sign of the modulus, as `%` does.
        if m.is_negative() && !r.is_zero() {
            r += &m;
        }
        return Ok(crate::object::int_from_big(vm.mc, vm.i.types.int, r));
    }
    vm.binary(args[0], args[1], BinOp::Pow)
}

/// `round()`'s `ndigits` as an `i64`, saturated: beyond that range every result is the same.
fn ndigits<'gc>(vm: &mut Vm<'gc, '_>, nd: Value<'gc>) -> PyResult<'gc, i64> {
    let n = crate::builtins::range::index_big(vm, nd)?;
    Ok(n.to_i64()
        .unwrap_or(if n.is_negative() { i64::MIN } else { i64::MAX }))
}

/// `round(i, nd)` for an int `i`: an int again.
fn round_int<'gc>(vm: &mut Vm<'gc, '_>, i: BigInt, nd: Value<'gc>) -> PyResult<'gc> {
    let r = if nd.is(Value::None) {
        i
    } else {
        match ndigits(vm, nd)? {
            n if n >= 0 => i,
            n => round_int_half_even(&i, n.unsigned_abs()),
        }
    };
    Ok(crate::object::int_from_big(vm.mc, vm.i.types.int, r))
}

/// `i` rounded to a multiple of `10**k`, ties to the even multiple (`round(i, -k)`).
fn round_int_half_even(i: &BigInt, k: u64) -> BigInt {
    let digits = i.to_string().len() as u64;
    if k > digits {
        // 10**k exceeds twice |i|: the nearest multiple is 0.
        return BigInt::zero();
    }
    let p = num_traits::pow(BigInt::from(10), k as usize);
    let (mut q, r) = i.div_mod_floor(&p);
    let twice = &r * 2;
    if twice > p || (twice == p && q.is_odd()) {
        q += 1;
    }
    q * p
}

/// The inverse of `b` modulo `m` (`m > 0`) in `0..m`, if `b` and `m` are coprime.
fn mod_inverse(b: &BigInt, m: &BigInt) -> Option<BigInt> {
    let (mut r0, mut r1) = (b.mod_floor(m), m.clone());
    let (mut s0, mut s1) = (BigInt::one(), BigInt::zero());
    while !r1.is_zero() {
        let q = &r0 / &r1;
        let r2 = &r0 - &q * &r1;
        r0 = std::mem::replace(&mut r1, r2);
        let s2 = &s0 - &q * &s1;
        s0 = std::mem::replace(&mut s1, s2);
    }
    r0.is_one().then(|| s0.mod_floor(m))
}

fn round<'gc>(vm: &mut Vm<'gc, '_>, args: &[Value<'gc>], kw: &Kw<'gc>) -> PyResult<'gc> {
    arity_parse(vm, "round", args, 2, &["number"], 0)?;
    let nd = args
        .get(1)
        .copied()
        .or_else(|| kwarg(kw, "ndigits"))
        .unwrap_or(Value::None);
    let v = args[0];
    if let Some(f) = vm.user_dunder(v, "__round__") {
        return if nd.is(Value::None) {
            vm.call_found(f, v, &[])
        } else {
            vm.call_found(f, v, &[nd])
        };
    }
    match as_num(v) {
        Some(Num::F(f)) => {
            if nd.is(Value::None) {
                if !f.is_finite() {
                    return Err(vm.err(
                        if f.is_nan() {
                            E::ValueError
                        } else {
                            E::OverflowError
                        },
                        if f.is_nan() {
                            "cannot convert float NaN to integer"
                        } else {
                            "cannot convert float infinity to integer"
                        },
                    ));
                }
                let r = f.round_ties_even();
                return Ok(crate::builtins::newtypes::float_to_int(vm, r));
            }
            let n = ndigits(vm, nd)?;
            if !f.is_finite() {
                return Ok(Value::Float(f));
            }
            if n < -308 {
                // Every finite float rounds to a zero of its own sign.
                return Ok(Value::Float(0.0f64.copysign(f)));
            }
            let s = format!("{:.*}", n.clamp(0, 300) as usize, f);
            if n >= 0 {
                return Ok(Value::Float(s.parse().unwrap_or(f)));
            }
            let p = 10f64.powi((-n) as i32);
            Ok(Value::Float((f / p).round_ties_even() * p))
        }
        Some(Num::I(i)) => round_int(vm, BigInt::from(i), nd),
        Some(Num::B(b)) => round_int(vm, b, nd),
        None => vm.type_error(format!(
            "type {} doesn't define __round__ method",
            vm.type_name(v)
        )),
    }
}

fn getattr<'gc>(vm: &mut Vm<'gc, '_>, args: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    arity(vm, "getattr", args, 2, 3)?;
    let Some(name) = Vm::str_of(args[1]) else {
        return vm.type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(args[1])
        ));
    };
    match vm.getattr_opt(args[0], name) {
        Ok(Some(v)) => Ok(v),
        Ok(None) => match args.get(2) {
            Some(d) => Ok(*d),
            None => Err(vm.no_attr(args[0], name)),
        },
        Err(e) => {
            if let Some(d) = args.get(2)
                && vm.exc_is(e.0, E::AttributeError)
            {
                return Ok(*d);
            }
            Err(e)
        }
    }
}

fn setattr<'gc>(vm: &mut Vm<'gc, '_>, args: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    arity(vm, "setattr", args, 3, 3)?;
    vm.setattr(args[0], args[1], args[2])?;
    Ok(Value::None)
}

fn hasattr<'gc>(vm: &mut Vm<'gc, '_>, args: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    arity(vm, "hasattr", args, 2, 2)?;
    let Some(name) = Vm::str_of(args[1]) else {
        return vm.type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(args[1])
        ));
    };
    match vm.getattr_opt(args[0], name) {
        Ok(r) => Ok(Value::Bool(r.is_some())),
        Err(e) if vm.exc_is(e.0, E::AttributeError) => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

fn delattr<'gc>(vm: &mut Vm<'gc, '_>, args: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    arity(vm, "delattr", args, 2, 2)?;
    vm.delattr(args[0], args[1])?;
    Ok(Value::None)
}

fn callable<'gc>(vm: &mut Vm<'gc, '_>, args: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    arity(vm, "callable", args, 1, 1)?;
    let r = match args[0] {
        Value::Obj(o) => match &o.payload {
            Payload::Function(_)
            | Payload::Builtin(_)
            | Payload::BoundMethod(..)
            | Payload::Type(_) => true,
            _ => vm.lookup_type(vm.class_of(args[0]), "__call__").is_some(),
        },
        _ => false,
    };
    Ok(Value::Bool(r))
}

fn iter<'gc>(vm: &mut Vm<'gc, '_>, args: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    arity(vm, "iter", args, 1, 2)?;
    if args.len() == 2 {
        let ok = callable(vm, &args[..1], &[])?;
        if !matches!(ok, Value::Bool(true)) {
            return vm.type_error("iter(v, w): v must be callable");
        }
        return Ok(vm.new_iter(IterState::Callable(args[0], args[1])));
    }
    vm.get_iter(args[0])
}

fn next<'gc>(vm: &mut Vm<'gc, '_>, args: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    arity(vm, "next", args, 1, 2)?;
    let it = args[0];
    let is_iter = match it {
        Value::Obj(o) => {
            matches!(o.payload, Payload::Iter(_) | Payload::Generator(_))
                || vm.user_dunder(it, "__next__").is_some()
        }
        _ => false,
    };
    if !is_iter {
        return vm.type_error(format!("'{}' object is not an iterator", vm.type_name(it)));
    }
    if let Value::Obj(o) = it
        && let Payload::Generator(_) = o.payload
    {
        return match vm.gen_resume(o, Value::None, None)? {
            crate::vm::call::GenStep::Yield(v) => Ok(v),
            crate::vm::call::GenStep::Return(v) => match args.get(1) {
                Some(d) => Ok(*d),
                None => Err(vm.stop_iteration(v)),
            },
        };
    }
    if vm.user_dunder(it, "__next__").is_some() && args.len() == 1 {
        return vm.call_method(it, "__next__", &[]);
    }
    match vm.next(it)? {
        Some(v) => Ok(v),
        None => match args.get(1) {
            Some(d) => Ok(*d),
            None => Err(vm.err0(E::StopIteration)),
        },
    }
}

fn sorted<'gc>(vm: &mut Vm<'gc, '_>, args: &[Value<'gc>], kw: &Kw<'gc>) -> PyResult<'gc> {
    if args.len() != 1 {
        return vm.type_error(format!("sorted expected 1 argument, got {}", args.len()));
    }
    let items = vm.iterate(args[0])?;
    let l = vm.new_list(items);
    crate::builtins::methods::list_sort(vm, &[l], kw)?;
    Ok(l)
}

fn vars<'gc>(vm: &mut Vm<'gc, '_>, args: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    arity(vm, "vars", args, 0, 1)?;
    if args.is_empty() {
        return locals(vm, args, _kw);
    }
    match vm.getattr_opt(args[0], "__dict__")? {
        Some(d) => Ok(d),
        None => vm.type_error("vars() argument must have __dict__ attribute"),
    }
}

fn globals<'gc>(vm: &mut Vm<'gc, '_>, _args: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    match vm.i.frames.last() {
        Some(f) => Ok(Value::Obj(f.ns.unwrap_or(f.globals))),
        None => Ok(Value::Obj(vm.i.main_globals)),
    }
}

/// `locals()`: the namespace of a module or class body, or a new dict of a function's bound
/// local variables, then its cell and free variables (CPython's snapshot).
fn locals<'gc>(vm: &mut Vm<'gc, '_>, _args: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    let Some(f) = vm.i.frames.last() else {
        return Ok(Value::Obj(vm.i.main_globals));
    };
    if let Some(ns) = f.ns {
        return Ok(Value::Obj(ns));
    }
    if f.code.kind == crate::compile::code::CodeKind::Module {
        return Ok(Value::Obj(f.globals));
    }
    let code = f.code.clone();
    let mut bound: Vec<(std::rc::Rc<str>, Value<'gc>)> = code
        .varnames
        .iter()
        .zip(f.locals.iter())
        .map(|(n, v)| (n.clone(), *v))
        .collect();
    let cell_names = code.cellvars.iter().chain(code.freevars.iter());
    bound.extend(
        cell_names
            .zip(f.cells.iter())
            .map(|(n, c)| (n.clone(), c.get())),
    );
    let d = vm.new_dict_obj();
    for (name, v) in bound {
        if !v.is_undef() {
            vm.dict_set_str(d, &name, v);
        }
    }
    Ok(Value::Obj(d))
}

fn dir<'gc>(vm: &mut Vm<'gc, '_>, args: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    arity(vm, "dir", args, 0, 1)?;
    let mut names: Vec<String> = Vec::new();
    let add_dict = |d: Option<crate::value::Obj<'gc>>, names: &mut Vec<String>| {
        if let Some(d) = d
            && let Payload::Dict(dd) = &d.payload
        {
            for (k, _) in dd.borrow().iter() {
                if let Some(s) = Vm::str_of(k)
                    && !names.iter().any(|n| n == s)
                {
                    names.push(s.to_string());
                }
            }
        }
    };
    if args.is_empty() {
        let Value::Obj(scope) = locals(vm, args, _kw)? else {
            return Ok(vm.new_list(vec![]));
        };
        add_dict(Some(scope), &mut names);
    } else {
        let v = args[0];
        if let Some(f) = vm.user_dunder(v, "__dir__") {
            let r = vm.call_found(f, v, &[])?;
            let items = vm.iterate(r)?;
            let l = vm.new_list(items);
            crate::builtins::methods::list_sort(vm, &[l], &[])?;
            return Ok(l);
        }
        if let Value::Obj(o) = v
            && (o.as_type().is_none() || matches!(o.payload, Payload::Module(_)))
        {
            add_dict(o.dict, &mut names);
        }
        let cls = match v {
            Value::Obj(o) if o.as_type().is_some() => o,
            _ => vm.class_of(v),
        };
        if !matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Module(_))) {
            add_dict(cls.dict, &mut names);
            add_slot_names(cls, &mut names);
            if let Some(t) = cls.as_type() {
                for c in t.mro.iter() {
                    add_dict(c.dict, &mut names);
                    add_slot_names(*c, &mut names);
                }
            }
            for n in ["__class__", "__doc__", "__module__"] {
                if !names.iter().any(|x| x == n) {
                    names.push(n.into());
                }
            }
        }
    }
    names.sort();
    let vals = names.into_iter().map(|n| vm.new_str(n)).collect();
    Ok(vm.new_list(vals))
}

/// The names a class declares in `__slots__` (CPython's member descriptors in its dict).
fn add_slot_names(cls: crate::value::Obj<'_>, names: &mut Vec<String>) {
    let Some(decl) = cls.dict.and_then(|d| Vm::dict_get_str(d, "__slots__")) else {
        return;
    };
    let declared: Vec<Value<'_>> = match decl {
        Value::Obj(o) => match &o.payload {
            Payload::Str(_) => vec![decl],
            Payload::Tuple(t) => t.to_vec(),
            Payload::List(l) => l.borrow().clone(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    };
    for s in declared.into_iter().filter_map(Vm::str_of) {
        if !names.iter().any(|n| n == s) {
            names.push(s.to_string());
        }
    }
}

fn format<'gc>(vm: &mut Vm<'gc, '_>, args: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    arity(vm, "format", args, 1, 2)?;
    let spec = match args.get(1) {
        None => String::new(),
        Some(v) => match Vm::str_of(*v) {
            Some(s) => s.to_string(),
            None => {
                return vm.type_error(format!(
                    "format() argument 2 must be str, not {}",
                    vm.type_name(*v)
                ));
            }
        },
    };
    let s = crate::builtins::format::format_value(vm, args[0], &spec)?;
    Ok(vm.new_str(s))
}

fn ord<'gc>(vm: &mut Vm<'gc, '_>, args: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    arity(vm, "ord", args, 1, 1)?;
    match Vm::str_of(args[0]) {
        Some(s) => {
            let mut cs = s.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => Ok(Value::Int(c as i64)),
                _ => vm.type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    s.chars().count()
                )),
            }
        }
        None => vm.type_error(format!(
            "ord() expected string of length 1, but {} found",
            vm.type_name(args[0])
        )),
    }
}

fn chr<'gc>(vm: &mut Vm<'gc, '_>, args: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    arity(vm, "chr", args, 1, 1)?;
    let i = vm.index_value(args[0])?;
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => Ok(vm.new_str(c.to_string())),
        None => vm.value_error("chr() arg not in range(0x110000)"),
    }
}

fn int_fmt<'gc>(
    vm: &mut Vm<'gc, '_>,
    args: &[Value<'gc>],
    name: &str,
    radix: u32,
    prefix: &str,
) -> PyResult<'gc> {
    arity(vm, name, args, 1, 1)?;
    let v = args[0];
    let Some(b) = crate::vm::arith::as_bigint(v) else {
        return vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        ));
    };
    let s = b.magnitude().to_str_radix(radix);
    let sign = if num_traits::Signed::is_negative(&b) {
        "-"
    } else {
        ""
    };
    Ok(vm.new_str(format!("{sign}{prefix}{s}")))
}

fn hex<'gc>(vm: &mut Vm<'gc, '_>, args: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    int_fmt(vm, args, "hex", 16, "0x")
}
fn oct<'gc>(vm: &mut Vm<'gc, '_>, args: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    int_fmt(vm, args, "oct", 8, "0o")
}
fn bin<'gc>(vm: &mut Vm<'gc, '_>, args: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    int_fmt(vm, args, "bin", 2, "0b")
}

fn input<'gc>(vm: &mut Vm<'gc, '_>, args: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    arity(vm, "input", args, 0, 1)?;
    if let Some(p) = args.first() {
        let s = vm.str_value(*p)?;
        vm.write_out(&s);
    }
    vm.flush_out();
    let mut line = String::new();
    match std::io::stdin().read_line(&mut line) {
        Ok(0) => Err(vm.err(E::EOFError, "EOF when reading a line")),
        Ok(_) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Ok(vm.new_str(line))
        }
        Err(e) => Err(vm.err(E::OSError, e.to_string())),
    }
}

/// `exit()` / `sys.exit()`.
pub fn exit<'gc>(vm: &mut Vm<'gc, '_>, args: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    arity(vm, "exit", args, 0, 1)?;
    let cls = vm.i.types.exc[E::SystemExit as usize];
    let args = if args.is_empty() {
        vec![Value::None]
    } else {
        args.to_vec()
    };
    Err(crate::vm::PyErr(vm.make_exc(cls, args)))
}

fn build_class<'gc>(vm: &mut Vm<'gc, '_>, args: &[Value<'gc>], kw: &Kw<'gc>) -> PyResult<'gc> {
    if args.len() < 2 {
        return vm.type_error("__build_class__: not enough arguments");
    }
    let (func, name) = (args[0], args[1]);
    let bases: Vec<Value<'gc>> = args[2..].to_vec();
    let mut meta = None;
    for (k, v) in kw {
        if Vm::str_of(*k) == Some("metaclass") {
            meta = Some(*v);
        } else {
            return vm.type_error(format!(
                "{}.__init_subclass__() takes no keyword arguments",
                Vm::str_of(name).unwrap_or("")
            ));
        }
    }
    if let Some(m) = meta
        && !m.is(Value::Obj(vm.i.types.type_))
    {
        return Err(vm.err(
            E::NotImplementedError,
            "metaclasses other than type are not supported by wraith",
        ));
    }
    let Value::Obj(fo) = func else {
        return vm.type_error("__build_class__: func must be a function");
    };
    let ns = vm.new_dict_obj();
    let mut frame = vm.function_frame(fo, &[], &[], crate::vm::frame::FrameKind::ClassBody)?;
    frame.ns = Some(ns);
    vm.i.last_class_cell = None;
    vm.run_frame(frame)?;
    let cell = Vm::dict_get_str(ns, "__classcell__");
    if cell.is_some() {
        let k = vm.new_str("__classcell__");
        vm.dict_del(ns, k)?;
    }
    let bt = vm.new_tuple(bases);
    let cls = crate::builtins::newtypes::type_new(vm, name, bt, ns)?;
    if let Some(Value::Obj(c)) = cell
        && let Payload::Cell(cell) = &c.payload
    {
        cell.set(vm.mc, cls);
    }
    // __init_subclass__ on a parent class defined in Python.
    if let Value::Obj(co) = cls
        && let Some(t) = co.as_type()
    {
        for parent in t.mro.iter() {
            if let Some(f) = vm.type_dict_get(*parent, "__init_subclass__") {
                let inner = match f {
                    Value::Obj(o) => match &o.payload {
                        Payload::ClassMethod(i) => *i,
                        _ => f,
                    },
                    _ => f,
                };
                if let Value::Obj(io) = inner
                    && matches!(io.payload, Payload::Function(_))
                {
                    vm.call(inner, &[cls], &[])?;
                }
                break;
            }
        }
    }
    Ok(cls)
}

/// Register all built-in functions.
pub fn register(vm: &mut Vm<'_, '_>) {
    let b = vm.i.builtins;
    def(vm, b, "print", print);
    def(vm, b, "len", len);
    def(vm, b, "isinstance", isinstance);
    def(vm, b, "issubclass", issubclass);
    def(vm, b, "id", id);
    def(vm, b, "hash", hash);
    def(vm, b, "repr", repr);
    def(vm, b, "ascii", ascii);
    def(vm, b, "max", max);
    def(vm, b, "min", min);
    def(vm, b, "sum", sum);
    def(vm, b, "any", any);
    def(vm, b, "all", all);
    def(vm, b, "abs", abs);
    def(vm, b, "divmod", divmod);
    def(vm, b, "pow", pow);
    def(vm, b, "round", round);
    def(vm, b, "getattr", getattr);
    def(vm, b, "setattr", setattr);
    def(vm, b, "hasattr", hasattr);
    def(vm, b, "delattr", delattr);
    def(vm, b, "callable", callable);
    def(vm, b, "iter", iter);
    def(vm, b, "next", next);
    def(vm, b, "sorted", sorted);
    def(vm, b, "vars", vars);
    def(vm, b, "globals", globals);
    def(vm, b, "locals", locals);
    def(vm, b, "dir", dir);
    def(vm, b, "format", format);
    def(vm, b, "ord", ord);
    def(vm, b, "chr", chr);
    def(vm, b, "hex", hex);
    def(vm, b, "oct", oct);
    def(vm, b, "bin", bin);
    def(vm, b, "input", input);
    def(vm, b, "exit", exit);
    def(vm, b, "quit", exit);
    def(vm, b, "__build_class__", build_class);
}
