//! Constructors (`__new__`/`__init__`) of the built-in classes, and `type(name, bases, ns)`
//! with the C3 method resolution order and `__slots__`.
//!
//! Invariant: instances are created with their payload chosen by the class's `kind`, so a
//! subclass of `list` gets a list payload and its own `__dict__`.

use gc_arena::Gc;
use num_bigint::BigInt;

use crate::builtins::functions::{arity, arity_parse, arity_unpack, kwarg};
use crate::builtins::{classmethod, method};
use crate::object::{
    DictData, ExcData, IterState, Kind, Payload, PyObject, PyStr, TypeData, new_lock,
};
use crate::value::{Obj, Value};
use crate::vm::arith::{Num, as_num, big_to_f64};
use crate::vm::native::Kw;
use crate::vm::{E, PyResult, Vm};

/// The class argument of `owner.__new__`.
fn cls_arg<'gc>(vm: &Vm<'gc, '_>, args: &[Value<'gc>], owner: &str) -> PyResult<'gc, Obj<'gc>> {
    match args.first() {
        Some(Value::Obj(o)) if o.as_type().is_some() => Ok(*o),
        Some(v) => vm.type_error(format!(
            "{owner}.__new__(X): X is not a type object ({})",
            vm.type_name(*v)
        )),
        None => vm.type_error(format!("{owner}.__new__(): not enough arguments")),
    }
}

fn is_exact<'gc>(cls: Obj<'gc>, t: Obj<'gc>) -> bool {
    Gc::ptr_eq(cls, t)
}

/// Allocate an instance of `cls` with an empty payload of its kind.
pub fn alloc_instance<'gc>(vm: &Vm<'gc, '_>, cls: Obj<'gc>) -> Value<'gc> {
    let kind = cls.as_type().map(|t| t.kind).unwrap_or(Kind::Object);
    // `__slots__` without `__dict__` on a plain class: values in the object, no dict.
    if kind == Kind::Object
        && let Some(slots) = cls.as_type().and_then(|t| t.slots.as_ref())
        && !slots.iter().any(|s| &**s == "__dict__")
    {
        let values = vec![Value::Undef; slots.len()].into_boxed_slice();
        let obj = Value::Obj(PyObject::alloc(
            vm.mc,
            Some(cls),
            None,
            Payload::Slots(new_lock(vm.mc, values)),
        ));
        crate::modules::weakref::track_del_if_needed(vm, cls, obj);
        return obj;
    }
    let dict = if Gc::ptr_eq(cls, vm.i.types.object) {
        None
    } else {
        Some(vm.new_dict_obj_cap(4))
    };
    let payload = match kind {
        Kind::List => Payload::List(new_lock(vm.mc, Vec::new())),
        Kind::Dict => Payload::Dict(new_lock(vm.mc, DictData::new())),
        Kind::Set | Kind::FrozenSet => Payload::Set(new_lock(vm.mc, DictData::new_set())),
        Kind::Exception => Payload::Exception(new_lock(
            vm.mc,
            ExcData {
                args: vm.new_tuple(vec![]),
                traceback: Vec::new(),
                cause: Value::None,
                context: Value::None,
                suppress_context: false,
            },
        )),
        _ => Payload::Plain,
    };
    let obj = Value::Obj(PyObject::alloc(vm.mc, Some(cls), dict, payload));
    crate::modules::weakref::track_del_if_needed(vm, cls, obj);
    obj
}

fn object_new<'gc>(vm: &mut Vm<'gc, '_>, args: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    let cls = cls_arg(vm, args, "object")?;
    if let Some(t) = cls.as_type()
        && t.builtin
        && t.kind == Kind::Opaque
    {
        return vm.type_error(format!("cannot create '{}' instances", t.name));
    }
    Ok(alloc_instance(vm, cls))
}

fn object_init<'gc>(_vm: &mut Vm<'gc, '_>, _args: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    Ok(Value::None)
}

/// Convert a float to an int value.
pub fn float_to_int<'gc>(vm: &Vm<'gc, '_>, f: f64) -> Value<'gc> {
    let t = f.trunc();
    if t.abs() < 9.2e18 {
        return Value::Int(t as i64);
    }
    let b = BigInt::from(t as i128);
    let b = if t.abs() < 1.7e38 { b } else { float_big(t) };
    crate::object::int_from_big(vm.mc, vm.i.types.int, b)
}

fn float_big(f: f64) -> BigInt {
    let s = format!("{f:.0}");
    s.parse().unwrap_or_default()
}

/// Parse an int from text like CPython's int(str, base).
pub fn parse_int_str(s: &str, base: u32) -> Option<BigInt> {
    let t = s.trim();
    let (neg, t) = match t.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let lower = t.to_ascii_lowercase();
    let (base, digits) = match base {
        0 | 16 | 8 | 2 if lower.starts_with("0x") && (base == 0 || base == 16) => (16, &t[2..]),
        0 | 8 if lower.starts_with("0o") => (8, &t[2..]),
        0 | 2 if lower.starts_with("0b") => (2, &t[2..]),
        0 => (10, t),
        b => (b, t),
    };
    if digits.is_empty()
        || digits.starts_with('_')
        || digits.ends_with('_')
        || digits.contains("__")
    {
        return None;
    }
    let clean: String = digits.chars().filter(|&c| c != '_').collect();
    if !clean.chars().all(|c| c.is_digit(base)) {
        return None;
    }
    let b = BigInt::parse_bytes(clean.as_bytes(), base)?;
    Some(if neg { -b } else { b })
}

fn int_new<'gc>(vm: &mut Vm<'gc, '_>, args: &[Value<'gc>], kw: &Kw<'gc>) -> PyResult<'gc> {
    let cls = cls_arg(vm, args, "int")?;
    let a = &args[1..];
    arity_parse(vm, "int", a, 2, &[], 0)?;
    let base = a.get(1).copied().or_else(|| kwarg(kw, "base"));
    let v = match a.first() {
        None => Value::Int(0),
        Some(&x) => {
            if let Some(b) = base {
                let b = vm.index_value(b)?;
                if b != 0 && !(2..=36).contains(&b) {
                    return vm.value_error("int() base must be >= 2 and <= 36, or 0");
                }
                let Some(s) = Vm::str_of(x) else {
                    return vm.type_error("int() can't convert non-string with explicit base");
                };
                match parse_int_str(s, b as u32) {
                    Some(n) => crate::object::int_from_big(vm.mc, vm.i.types.int, n),
                    None => {
                        return vm.value_error(format!(
                            "invalid literal for int() with base {b}: {}",
                            crate::vm::ops::str_repr(s)
                        ));
                    }
                }
            } else {
                to_int(vm, x)?
            }
        }
    };
    if is_exact(cls, vm.i.types.int) {
        return Ok(v);
    }
    let b = crate::vm::arith::as_bigint(v).unwrap_or_default();
    Ok(Value::Obj(PyObject::alloc(
        vm.mc,
        Some(cls),
        Some(vm.new_dict_obj()),
        Payload::BigInt(Box::new(b)),
    )))
}

/// `int(x)` conversion.
pub fn to_int<'gc>(vm: &mut Vm<'gc, '_>, x: Value<'gc>) -> PyResult<'gc> {
    if let Some(s) = Vm::str_of(x) {
        return match parse_int_str(s, 10) {
            Some(n) => Ok(crate::object::int_from_big(vm.mc, vm.i.types.int, n)),
            None => vm.value_error(format!(
                "invalid literal for int() with base 10: {}",
                crate::vm::ops::str_repr(s)
            )),
        };
    }
    for name in ["__int__", "__index__", "__trunc__"] {
        if let Some(f) = vm.user_dunder(x, name) {
            return vm.call_found(f, x, &[]);
        }
    }
    match as_num(x) {
        Some(Num::I(i)) => Ok(Value::Int(i)),
        Some(Num::B(b)) => Ok(crate::object::int_from_big(vm.mc, vm.i.types.int, b)),
        Some(Num::F(f)) => {
            if f.is_nan() {
                return vm.value_error("cannot convert float NaN to integer");
            }
            if f.is_infinite() {
                return Err(vm.err(E::OverflowError, "cannot convert float infinity to integer"));
            }
            Ok(float_to_int(vm, f))
        }
        None => vm.type_error(format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            vm.type_name(x)
        )),
    }
}

fn float_new<'gc>(vm: &mut Vm<'gc, '_>, args: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    let cls = cls_arg(vm, args, "float")?;
    let a = &args[1..];
    arity(vm, "float", a, 0, 1)?;
    let f = match a.first() {
        None => 0.0,
        Some(&x) => to_float(vm, x)?,
    };
    if is_exact(cls, vm.i.types.float) {
        return Ok(Value::Float(f));
    }
    Ok(Value::Obj(PyObject::alloc(
        vm.mc,
        Some(cls),
        Some(vm.new_dict_obj()),
        Payload::Float(f),
    )))
}

/// `float(x)` conversion.
pub fn to_float<'gc>(vm: &mut Vm<'gc, '_>, x: Value<'gc>) -> PyResult<'gc, f64> {
    if let Some(s) = Vm::str_of(x) {
        let t = s.trim().to_ascii_lowercase().replace('_', "");
        let r = match t.as_str() {
            "nan" | "+nan" | "-nan" => Some(f64::NAN),
            "inf" | "+inf" | "infinity" | "+infinity" => Some(f64::INFINITY),
            "-inf" | "-infinity" => Some(f64::NEG_INFINITY),
            _ => t
                .parse::<f64>()
                .ok()
                .filter(|_| !t.is_empty() && !t.contains("in")),
        };
        return match r {
            Some(f) => Ok(f),
            None => vm.value_error(format!(
                "could not convert string to float: {}",
                crate::vm::ops::str_repr(s)
            )),
        };
    }
    if let Some(f) = vm.user_dunder(x, "__float__") {
        let r = vm.call_found(f, x, &[])?;
        return match r {
            Value::Float(f) => Ok(f),
            _ => vm.type_error(format!(
                "__float__ returned non-float (type {})",
                vm.type_name(r)
            )),
        };
    }
    if let Some(f) = vm.user_dunder(x, "__index__") {
        let r = vm.call_found(f, x, &[])?;
        return to_float(vm, r);
    }
    match as_num(x) {
        Some(Num::F(f)) => Ok(f),
        Some(Num::I(i)) => Ok(i as f64),
        Some(Num::B(b)) => match big_to_f64(&b) {
            Some(f) => Ok(f),
            None => Err(vm.err(E::OverflowError, "int too large to convert to float")),
        },
        None => vm.type_error(format!(
            "float() argument must be a string or a real number, not '{}'",
            vm.type_name(x)
        )),
    }
}

fn bool_new<'gc>(vm: &mut Vm<'gc, '_>, args: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    let a = &args[1.min(args.len())..];
    arity(vm, "bool", a, 0, 1)?;
    match a.first() {
        None => Ok(Value::Bool(false)),
        Some(&x) => Ok(Value::Bool(vm.truthy(x)?)),
    }
}

fn str_new<'gc>(vm: &mut Vm<'gc, '_>, args: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    let cls = cls_arg(vm, args, "str")?;
    let a = &args[1..];
    arity_parse(vm, "str", a, 3, &[], 0)?;
    let s = match a.first() {
        None => String::new(),
        Some(&x) => vm.str_value(x)?,
    };
    if is_exact(cls, vm.i.types.str_) {
        return Ok(vm.new_str(s));
    }
    Ok(Value::Obj(PyObject::alloc(
        vm.mc,
        Some(cls),
        Some(vm.new_dict_obj()),
        Payload::Str(PyStr::new(s)),
    )))
}

fn tuple_new<'gc>(vm: &mut Vm<'gc, '_>, args: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    let cls = cls_arg(vm, args, "tuple")?;
    let a = &args[1..];
    arity(vm, "tuple", a, 0, 1)?;
    let items = match a.first() {
        None => Vec::new(),
        Some(&x) => {
            if let Value::Obj(o) = x
                && matches!(o.payload, Payload::Tuple(_))
                && is_exact(cls, vm.i.types.tuple)
                && !vm.is_user(x)
            {
                return Ok(x);
            }
            vm.iterate(x)?
        }
    };
    if is_exact(cls, vm.i.types.tuple) {
        return Ok(vm.new_tuple(items));
    }
    Ok(Value::Obj(PyObject::alloc(
        vm.mc,
        Some(cls),
        Some(vm.new_dict_obj()),
        Payload::Tuple(items.into_boxed_slice()),
    )))
}

fn container_new<'gc>(vm: &mut Vm<'gc, '_>, args: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    let cls = cls_arg(vm, args, "object")?;
    let v = alloc_instance(vm, cls);
    let is_plain = cls.as_type().is_some_and(|t| t.builtin);
    if is_plain && let Value::Obj(o) = v {
        // Built-in containers carry no __dict__.
        let payload = match &o.payload {
            Payload::List(l) => Payload::List(*l),
            Payload::Dict(d) => Payload::Dict(*d),
            Payload::Set(d) => Payload::Set(*d),
            _ => return Ok(v),
        };
        return Ok(Value::Obj(PyObject::alloc(vm.mc, Some(cls), None, payload)));
    }
    Ok(v)
}

fn list_init<'gc>(vm: &mut Vm<'gc, '_>, args: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    arity(vm, "list", &args[1.min(args.len())..], 0, 1)?;
    let items = match args.get(1) {
        Some(&x) => vm.iterate(x)?,
        None => Vec::new(),
    };
    if let Some(Value::Obj(o)) = args.first()
        && let Payload::List(l) = &o.payload
    {
        *l.borrow_mut(vm.mc) = items;
    }
    Ok(Value::None)
}

fn dict_init<'gc>(vm: &mut Vm<'gc, '_>, args: &[Value<'gc>], kw: &Kw<'gc>) -> PyResult<'gc> {
    arity(vm, "dict", &args[1.min(args.len())..], 0, 1)?;
    let Some(Value::Obj(d)) = args.first().copied() else {
        return Ok(Value::None);
    };
    if let Some(&x) = args.get(1) {
        vm.dict_update(d, x)?;
    }
    for &(k, v) in kw {
        vm.dict_set(d, k, v)?;
    }
    Ok(Value::None)
}

fn set_init<'gc>(vm: &mut Vm<'gc, '_>, args: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    arity(vm, "set", &args[1.min(args.len())..], 0, 1)?;
    let Some(Value::Obj(s)) = args.first().copied() else {
        return Ok(Value::None);
    };
    if let Some(&x) = args.get(1) {
        // As CPython's set.__init__: start afresh, then take the iterable's elements.
        if let Payload::Set(d) = &s.payload {
            d.borrow_mut(vm.mc).clear();
        }
        crate::builtins::set::update(vm, s, x)?;
    }
    Ok(Value::None)
}

fn frozenset_new<'gc>(vm: &mut Vm<'gc, '_>, args: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    let cls = cls_arg(vm, args, "frozenset")?;
    arity(vm, "frozenset", &args[1..], 0, 1)?;
    let v = container_new(vm, &args[..1], &[])?;
    if let (Value::Obj(s), Some(&x)) = (v, args.get(1)) {
        crate::builtins::set::update(vm, s, x)?;
    }
    let _ = cls;
    Ok(v)
}

fn exc_new<'gc>(vm: &mut Vm<'gc, '_>, args: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    let cls = cls_arg(vm, args, "BaseException")?;
    let v = alloc_instance(vm, cls);
    if let Value::Obj(o) = v
        && let Some(d) = Vm::exc_data(o)
    {
        d.borrow_mut(vm.mc).args = vm.new_tuple(args[1..].to_vec());
    }
    Ok(v)
}

fn exc_init<'gc>(vm: &mut Vm<'gc, '_>, args: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    if let Some(Value::Obj(o)) = args.first()
        && let Some(d) = Vm::exc_data(*o)
    {
        d.borrow_mut(vm.mc).args = vm.new_tuple(args[1..].to_vec());
    }
    Ok(Value::None)
}

fn exc_with_traceback<'gc>(
    _vm: &mut Vm<'gc, '_>,
    args: &[Value<'gc>],
    _kw: &Kw<'gc>,
) -> PyResult<'gc> {
    Ok(args.first().copied().unwrap_or(Value::None))
}

fn range_new<'gc>(vm: &mut Vm<'gc, '_>, args: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    let a = &args[1.min(args.len())..];
    if a.is_empty() {
        return vm.type_error("range expected at least 1 argument, got 0");
    }
    arity(vm, "range", a, 1, 3)?;
    let mut n = Vec::with_capacity(3);
    for &x in a {
        n.push(crate::builtins::range::index_big(vm, x)?);
    }
    let mut n = n.into_iter();
    let (start, stop, step) = match (n.next(), n.next(), n.next()) {
        (Some(stop), None, _) => (0.into(), stop, 1.into()),
        (Some(start), Some(stop), None) => (start, stop, 1.into()),
        (Some(start), Some(stop), Some(step)) => (start, stop, step),
        _ => return vm.type_error("range expected at least 1 argument, got 0"),
    };
    if num_traits::Zero::is_zero(&step) {
        return vm.value_error("range() arg 3 must not be zero");
    }
    let bounds = crate::builtins::range::Bounds { start, stop, step };
    Ok(crate::builtins::range::make(vm, bounds))
}

fn slice_new<'gc>(vm: &mut Vm<'gc, '_>, args: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    let a = &args[1.min(args.len())..];
    arity(vm, "slice", a, 1, 3)?;
    let (s, e, st) = match a.len() {
        1 => (Value::None, a[0], Value::None),
        2 => (a[0], a[1], Value::None),
        _ => (a[0], a[1], a[2]),
    };
    Ok(Value::Obj(PyObject::alloc(
        vm.mc,
        Some(vm.i.types.slice),
        None,
        Payload::Slice(Box::new([s, e, st])),
    )))
}

fn property_new<'gc>(vm: &mut Vm<'gc, '_>, args: &[Value<'gc>], kw: &Kw<'gc>) -> PyResult<'gc> {
    let a = &args[1.min(args.len())..];
    let g = a
        .first()
        .copied()
        .or_else(|| kwarg(kw, "fget"))
        .unwrap_or(Value::None);
    let s = a
        .get(1)
        .copied()
        .or_else(|| kwarg(kw, "fset"))
        .unwrap_or(Value::None);
    let d = a
        .get(2)
        .copied()
        .or_else(|| kwarg(kw, "fdel"))
        .unwrap_or(Value::None);
    arity_parse(vm, "property", a, 4, &[], 0)?;
    let mut doc = a
        .get(3)
        .copied()
        .or_else(|| kwarg(kw, "doc"))
        .unwrap_or(Value::None);
    if doc.is(Value::None) && !g.is(Value::None) {
        // As CPython: a property without a doc takes its getter's docstring.
        doc = vm.getattr_opt(g, "__doc__")?.unwrap_or(Value::None);
    }
    Ok(new_property(vm, g, s, d, doc))
}

/// A `property` object; a doc other than `None` lives in the object's dict as `__doc__`.
fn new_property<'gc>(
    vm: &mut Vm<'gc, '_>,
    g: Value<'gc>,
    s: Value<'gc>,
    d: Value<'gc>,
    doc: Value<'gc>,
) -> Value<'gc> {
    let dict = (!doc.is(Value::None)).then(|| {
        let dict = vm.new_dict_obj();
        vm.dict_set_str(dict, "__doc__", doc);
        dict
    });
    Value::Obj(PyObject::alloc(
        vm.mc,
        Some(vm.i.types.property),
        dict,
        Payload::Property(Box::new([g, s, d])),
    ))
}

fn property_with<'gc>(vm: &mut Vm<'gc, '_>, args: &[Value<'gc>], which: usize) -> PyResult<'gc> {
    arity(vm, "property", args, 2, 2)?;
    let Value::Obj(p) = args[0] else {
        return vm.type_error("not a property");
    };
    let Payload::Property(gsd) = &p.payload else {
        return vm.type_error("not a property");
    };
    let [g, s, d] = **gsd;
    let (g, s, d) = match which {
        0 => (args[1], s, d),
        1 => (g, args[1], d),
        _ => (g, s, args[1]),
    };
    let doc = p
        .dict
        .and_then(|dd| Vm::dict_get_str(dd, "__doc__"))
        .unwrap_or(Value::None);
    Ok(new_property(vm, g, s, d, doc))
}

fn property_getter<'gc>(vm: &mut Vm<'gc, '_>, args: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    property_with(vm, args, 0)
}
fn property_setter<'gc>(vm: &mut Vm<'gc, '_>, args: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    property_with(vm, args, 1)
}
fn property_deleter<'gc>(
    vm: &mut Vm<'gc, '_>,
    args: &[Value<'gc>],
    _kw: &Kw<'gc>,
) -> PyResult<'gc> {
    property_with(vm, args, 2)
}

fn staticmethod_new<'gc>(
    vm: &mut Vm<'gc, '_>,
    args: &[Value<'gc>],
    _kw: &Kw<'gc>,
) -> PyResult<'gc> {
    arity_unpack(vm, "staticmethod", &args[1.min(args.len())..], 1, 1)?;
    Ok(Value::Obj(PyObject::alloc(
        vm.mc,
        Some(vm.i.types.staticmethod),
        None,
        Payload::StaticMethod(args[1]),
    )))
}

fn classmethod_new<'gc>(vm: &mut Vm<'gc, '_>, args: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    arity_unpack(vm, "classmethod", &args[1.min(args.len())..], 1, 1)?;
    Ok(Value::Obj(PyObject::alloc(
        vm.mc,
        Some(vm.i.types.classmethod),
        None,
        Payload::ClassMethod(args[1]),
    )))
}

fn super_new<'gc>(vm: &mut Vm<'gc, '_>, args: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    let a = &args[1.min(args.len())..];
    let (t, o) = match a.len() {
        2 => (a[0], a[1]),
        0 => {
            let Some(f) = vm.i.frames.last() else {
                return Err(vm.err(E::RuntimeError, "super(): no current frame"));
            };
            let code = f.code.clone();
            if code.argcount == 0 && !code.varargs {
                return Err(vm.err(E::RuntimeError, "super(): no arguments"));
            }
            let ci = code.freevars.iter().position(|n| &**n == "__class__");
            let Some(ci) = ci else {
                return Err(vm.err(E::RuntimeError, "super(): __class__ cell not found"));
            };
            let cls = f
                .cells
                .get(code.cellvars.len() + ci)
                .map(|c| c.get())
                .unwrap_or(Value::Undef);
            if code.argcount == 0 && !code.varargs {
                return Err(vm.err(E::RuntimeError, "super(): no arguments"));
            }
            let first = match code.cell_params.iter().find(|(_, li)| *li == 0) {
                Some((c, _)) => f
                    .cells
                    .get(*c as usize)
                    .map(|c| c.get())
                    .unwrap_or(Value::Undef),
                None => f.locals.first().copied().unwrap_or(Value::Undef),
            };
            if cls.is_undef() {
                return Err(vm.err(E::RuntimeError, "super(): empty __class__ cell"));
            }
            if first.is_undef() {
                return Err(vm.err(E::RuntimeError, "super(): arg[0] deleted"));
            }
            (cls, first)
        }
        _ => return vm.type_error("super() takes 0 or 2 arguments"),
    };
    let Value::Obj(to) = t else {
        return vm.type_error("super() argument 1 must be a type");
    };
    if to.as_type().is_none() {
        return vm.type_error(format!(
            "super() argument 1 must be a type, not {}",
            vm.type_name(t)
        ));
    }
    let ok = vm.isinstance(o, to)
        || matches!(o, Value::Obj(oo) if oo.as_type().is_some() && vm.is_subclass(oo, to));
    if !ok {
        return vm.type_error("super(type, obj): obj must be an instance or subtype of type");
    }
    Ok(Value::Obj(PyObject::alloc(
        vm.mc,
        Some(vm.i.types.super_),
        None,
        Payload::Super(t, o),
    )))
}

fn iter_ctor<'gc>(
    vm: &mut Vm<'gc, '_>,
    args: &[Value<'gc>],
    kw: &Kw<'gc>,
    which: u8,
) -> PyResult<'gc> {
    let a = &args[1.min(args.len())..];
    let st = match which {
        0 => {
            arity(vm, "enumerate", a, 1, 2)?;
            let it = vm.get_iter(a[0])?;
            let start = a
                .get(1)
                .copied()
                .or_else(|| kwarg(kw, "start"))
                .unwrap_or(Value::Int(0));
            IterState::Enumerate(it, start)
        }
        1 => {
            let mut its = Vec::new();
            for &x in a {
                its.push(vm.get_iter(x)?);
            }
            let strict = match kwarg(kw, "strict") {
                Some(v) => vm.truthy(v)?,
                None => false,
            };
            IterState::Zip(its.into_boxed_slice(), strict)
        }
        2 => {
            if a.len() < 2 {
                return vm.type_error("map() must have at least two arguments.");
            }
            let mut its = Vec::new();
            for &x in &a[1..] {
                its.push(vm.get_iter(x)?);
            }
            IterState::Map(a[0], its.into_boxed_slice())
        }
        3 => {
            arity(vm, "filter", a, 2, 2)?;
            let it = vm.get_iter(a[1])?;
            IterState::Filter(a[0], it)
        }
        _ => {
            arity_unpack(vm, "reversed", a, 1, 1)?;
            let x = a[0];
            if let Some(f) = vm.user_dunder(x, "__reversed__") {
                return vm.call_found(f, x, &[]);
            }
            match x {
                Value::Obj(o) => match &o.payload {
                    Payload::List(_) | Payload::Tuple(_) | Payload::Str(_) => {
                        let n = vm.len(x)?;
                        IterState::Rev(x, n)
                    }
                    Payload::BigRange(_) => {
                        let b = crate::builtins::range::bounds(o)
                            .map(|b| crate::builtins::range::reversed(&b));
                        match b {
                            Some(b) => IterState::BigRange(Box::new([b.start, b.stop, b.step])),
                            None => IterState::Done,
                        }
                    }
                    Payload::Range(s, e, st) => {
                        let n = crate::vm::ops::range_len(*s, *e, *st);
                        if n == 0 {
                            IterState::Done
                        } else {
                            let last = s + (n - 1) * st;
                            IterState::Range(last, s - st, -st)
                        }
                    }
                    Payload::Dict(_) | Payload::DictView(..) => {
                        let keys = vm.iterate(x)?;
                        let n = keys.len();
                        IterState::Rev(vm.new_list(keys), n)
                    }
                    _ => {
                        if vm.user_dunder(x, "__len__").is_some()
                            && vm.user_dunder(x, "__getitem__").is_some()
                        {
                            let n = vm.len(x)?;
                            IterState::Rev(x, n)
                        } else {
                            return vm.type_error(format!(
                                "'{}' object is not reversible",
                                vm.type_name(x)
                            ));
                        }
                    }
                },
                _ => {
                    return vm
                        .type_error(format!("'{}' object is not reversible", vm.type_name(x)));
                }
            }
        }
    };
    Ok(vm.new_iter(st))
}

fn enumerate_new<'gc>(vm: &mut Vm<'gc, '_>, args: &[Value<'gc>], kw: &Kw<'gc>) -> PyResult<'gc> {
    iter_ctor(vm, args, kw, 0)
}
fn zip_new<'gc>(vm: &mut Vm<'gc, '_>, args: &[Value<'gc>], kw: &Kw<'gc>) -> PyResult<'gc> {
    iter_ctor(vm, args, kw, 1)
}
fn map_new<'gc>(vm: &mut Vm<'gc, '_>, args: &[Value<'gc>], kw: &Kw<'gc>) -> PyResult<'gc> {
    iter_ctor(vm, args, kw, 2)
}
fn filter_new<'gc>(vm: &mut Vm<'gc, '_>, args: &[Value<'gc>], kw: &Kw<'gc>) -> PyResult<'gc> {
    iter_ctor(vm, args, kw, 3)
}
fn reversed_new<'gc>(vm: &mut Vm<'gc, '_>, args: &[Value<'gc>], kw: &Kw<'gc>) -> PyResult<'gc> {
    iter_ctor(vm, args, kw, 4)
}

fn type_new_native<'gc>(vm: &mut Vm<'gc, '_>, args: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    let a = &args[1.min(args.len())..];
    if a.len() == 1 {
        return Ok(Value::Obj(vm.class_of(a[0])));
    }
    if a.len() != 3 {
        return vm.type_error("type() takes 1 or 3 arguments");
    }
    let checks = [
        (vm.i.types.str_, "str"),
        (vm.i.types.tuple, "tuple"),
        (vm.i.types.dict, "dict"),
    ];
    for (i, (cls, what)) in checks.into_iter().enumerate() {
        if !vm.isinstance(a[i], cls) {
            return vm.type_error(format!(
                "type.__new__() argument {} must be {what}, not {}",
                i + 1,
                vm.type_name(a[i])
            ));
        }
    }
    let ns = vm.new_dict_obj();
    vm.dict_update(ns, a[2])?;
    if Vm::dict_get_str(ns, "__module__").is_none() {
        let m = vm.new_str("__main__");
        vm.dict_set_str(ns, "__module__", m);
    }
    type_new(vm, a[0], a[1], ns)
}

fn c3<'gc>(vm: &Vm<'gc, '_>, cls_bases: &[Obj<'gc>]) -> PyResult<'gc, Vec<Obj<'gc>>> {
    let mut seqs: Vec<Vec<Obj<'gc>>> = Vec::new();
    for b in cls_bases {
        let mut s = vec![*b];
        if let Some(t) = b.as_type() {
            s.extend(t.mro.iter().copied());
        }
        seqs.push(s);
    }
    seqs.push(cls_bases.to_vec());
    let mut out = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut cand = None;
        for s in &seqs {
            let h = s[0];
            if !seqs
                .iter()
                .any(|t| t[1..].iter().any(|x| Gc::ptr_eq(*x, h)))
            {
                cand = Some(h);
                break;
            }
        }
        let Some(c) = cand else {
            let names: Vec<String> = cls_bases
                .iter()
                .map(|b| b.as_type().map(|t| t.name.to_string()).unwrap_or_default())
                .collect();
            return vm.type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            ));
        };
        out.push(c);
        for s in &mut seqs {
            if Gc::ptr_eq(s[0], c) {
                s.remove(0);
            }
        }
    }
}

/// Create a class.
pub fn type_new<'gc>(
    vm: &mut Vm<'gc, '_>,
    name: Value<'gc>,
    bases: Value<'gc>,
    ns: Obj<'gc>,
) -> PyResult<'gc> {
    let Some(name_s) = Vm::str_of(name) else {
        return vm.type_error(format!(
            "type.__new__() argument 1 must be str, not {}",
            vm.type_name(name)
        ));
    };
    let mut base_objs = Vec::new();
    for b in vm.iterate(bases)? {
        match b {
            Value::Obj(o) if o.as_type().is_some() => {
                let t = o
                    .as_type()
                    .map(|t| (t.basetype, t.name.to_string()))
                    .unwrap_or((false, String::new()));
                if !t.0 {
                    return vm.type_error(format!("type '{}' is not an acceptable base type", t.1));
                }
                base_objs.push(o);
            }
            _ => return vm.type_error("bases must be types"),
        }
    }
    for (i, b) in base_objs.iter().enumerate() {
        if base_objs[..i].iter().any(|x| Gc::ptr_eq(*x, *b)) {
            let n = b.as_type().map(|t| t.name.to_string()).unwrap_or_default();
            return vm.type_error(format!("duplicate base class {n}"));
        }
    }
    if base_objs.is_empty() {
        base_objs.push(vm.i.types.object);
    }
    let mro = c3(vm, &base_objs)?;
    let mut kind = Kind::Object;
    for c in &mro {
        if let Some(t) = c.as_type()
            && t.kind != Kind::Object
        {
            if kind == Kind::Object {
                kind = t.kind;
            } else if kind != t.kind && !(kind == Kind::Bool || t.kind == Kind::Int) {
                return vm.type_error("multiple bases have instance lay-out conflict");
            }
        }
    }
    // __slots__
    let mut slots: Option<Vec<Box<str>>> = None;
    if let Some(sv) = Vm::dict_get_str(ns, "__slots__") {
        let names = match Vm::str_of(sv) {
            Some(s) => vec![s.to_string()],
            None => vm
                .iterate(sv)?
                .into_iter()
                .filter_map(|v| Vm::str_of(v).map(|s| s.to_string()))
                .collect(),
        };
        let mut has_dict = false;
        let mut own: Vec<Box<str>> = Vec::new();
        for n in &names {
            if n != "__dict__" && n != "__weakref__" && Vm::dict_get_str(ns, n).is_some() {
                return vm.value_error(format!("'{n}' in __slots__ conflicts with class variable"));
            }
        }
        for n in names {
            if n == "__dict__" {
                has_dict = true;
            } else {
                own.push(n.into());
            }
        }
        let bases_ok = base_objs.iter().all(|b| {
            b.as_type().is_some_and(|t| {
                t.slots.is_some() || (t.builtin && Gc::ptr_eq(*b, vm.i.types.object))
            })
        });
        if !has_dict && bases_ok {
            for b in &base_objs {
                if let Some(t) = b.as_type()
                    && let Some(bs) = &t.slots
                {
                    own.extend(bs.iter().cloned());
                }
            }
            slots = Some(own);
        }
    }
    // Every class has its own __doc__ (None without a docstring).
    if Vm::dict_get_str(ns, "__doc__").is_none() {
        vm.dict_set_str(ns, "__doc__", Value::None);
    }
    // __eq__ without __hash__ makes instances unhashable.
    if Vm::dict_get_str(ns, "__eq__").is_some() && Vm::dict_get_str(ns, "__hash__").is_none() {
        vm.dict_set_str(ns, "__hash__", Value::None);
    }
    for special in ["__new__"] {
        if let Some(f @ Value::Obj(fo)) = Vm::dict_get_str(ns, special)
            && matches!(fo.payload, Payload::Function(_))
        {
            let sm = PyObject::alloc(
                vm.mc,
                Some(vm.i.types.staticmethod),
                None,
                Payload::StaticMethod(f),
            );
            vm.dict_set_str(ns, special, Value::Obj(sm));
        }
    }
    for special in ["__init_subclass__", "__class_getitem__"] {
        if let Some(f @ Value::Obj(fo)) = Vm::dict_get_str(ns, special)
            && matches!(fo.payload, Payload::Function(_))
        {
            let cm = PyObject::alloc(
                vm.mc,
                Some(vm.i.types.classmethod),
                None,
                Payload::ClassMethod(f),
            );
            vm.dict_set_str(ns, special, Value::Obj(cm));
        }
    }
    let qualname = match Vm::dict_get_str(ns, "__qualname__").and_then(Vm::str_of) {
        Some(q) => q.to_string(),
        None => name_s.to_string(),
    };
    let k = vm.new_str("__qualname__");
    let _ = vm.dict_del(ns, k);
    vm.i.host.classes_created += 1;
    let td = TypeData {
        name: name_s.into(),
        qualname: qualname.into(),
        bases: base_objs.into_boxed_slice(),
        mro: mro.into_boxed_slice(),
        kind,
        builtin: false,
        basetype: true,
        slots: slots.map(|s| s.into_boxed_slice()),
        flags: std::cell::Cell::new(0),
        flags_epoch: std::cell::Cell::new(0),
        weakrefable: std::cell::Cell::new(None),
        seq: vm.i.host.classes_created,
        immutable: std::cell::Cell::new(false),
    };
    Ok(Value::Obj(PyObject::alloc(
        vm.mc,
        None,
        Some(ns),
        Payload::Type(Box::new(td)),
    )))
}

fn type_mro<'gc>(vm: &mut Vm<'gc, '_>, args: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    let Some(Value::Obj(c)) = args.first().copied() else {
        return vm.type_error("mro() needs a type");
    };
    let mut v = vec![Value::Obj(c)];
    if let Some(t) = c.as_type() {
        v.extend(t.mro.iter().map(|x| Value::Obj(*x)));
    }
    Ok(vm.new_list(v))
}

/// `cls.__subclasses__()`: the live classes that list `cls` among their bases, oldest first.
/// CPython keeps weak references to them; here the heap is searched for the classes the
/// program can still reach.
fn type_subclasses<'gc>(vm: &mut Vm<'gc, '_>, args: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    let Some(Value::Obj(cls)) = args.first().copied() else {
        return vm.type_error("descriptor '__subclasses__' of 'type' object needs an argument");
    };
    let Some(cx) = crate::modules::weakref::context(vm) else {
        return Ok(vm.new_list(vec![]));
    };
    let mut subs: Vec<(u64, Obj<'gc>)> = cx
        .reachable_objects(&*vm.i)
        .into_iter()
        .filter_map(|o| {
            let t = o.as_type()?;
            t.bases
                .iter()
                .any(|b| Gc::ptr_eq(*b, cls))
                .then_some((t.seq, o))
        })
        .collect();
    subs.sort_by_key(|(seq, _)| *seq);
    let items = subs.into_iter().map(|(_, o)| Value::Obj(o)).collect();
    Ok(vm.new_list(items))
}

/// `__new__` of a singleton's class: no arguments, and the singleton itself.
fn singleton_new<'gc>(
    vm: &Vm<'gc, '_>,
    args: &[Value<'gc>],
    kw: &Kw<'gc>,
    name: &str,
    it: Value<'gc>,
) -> PyResult<'gc> {
    if args.len() > 1 || !kw.is_empty() {
        return vm.type_error(format!("{name} takes no arguments"));
    }
    Ok(it)
}

fn none_new<'gc>(vm: &mut Vm<'gc, '_>, args: &[Value<'gc>], kw: &Kw<'gc>) -> PyResult<'gc> {
    singleton_new(vm, args, kw, "NoneType", Value::None)
}

fn ellipsis_new<'gc>(vm: &mut Vm<'gc, '_>, args: &[Value<'gc>], kw: &Kw<'gc>) -> PyResult<'gc> {
    singleton_new(vm, args, kw, "EllipsisType", Value::Obj(vm.i.ellipsis))
}

fn not_implemented_new<'gc>(
    vm: &mut Vm<'gc, '_>,
    args: &[Value<'gc>],
    kw: &Kw<'gc>,
) -> PyResult<'gc> {
    singleton_new(
        vm,
        args,
        kw,
        "NotImplementedType",
        Value::Obj(vm.i.not_implemented),
    )
}

fn init_subclass<'gc>(_vm: &mut Vm<'gc, '_>, _args: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    Ok(Value::None)
}

/// Register constructors.
pub fn register(vm: &mut Vm<'_, '_>) {
    let t = &vm.i.types;
    let (object, type_, int, float, bool_, str_, tuple, list, dict, set, frozenset) = (
        t.object,
        t.type_,
        t.int,
        t.float,
        t.bool_,
        t.str_,
        t.tuple,
        t.list,
        t.dict,
        t.set,
        t.frozenset,
    );
    method(vm, object, "__new__", object_new);
    method(vm, object, "__init__", object_init);
    classmethod(vm, object, "__init_subclass__", init_subclass);
    method(vm, type_, "__new__", type_new_native);
    method(vm, type_, "mro", type_mro);
    method(vm, type_, "__subclasses__", type_subclasses);
    method(vm, int, "__new__", int_new);
    method(vm, float, "__new__", float_new);
    method(vm, bool_, "__new__", bool_new);
    method(vm, str_, "__new__", str_new);
    method(vm, tuple, "__new__", tuple_new);
    method(vm, list, "__new__", container_new);
    method(vm, list, "__init__", list_init);
    method(vm, dict, "__new__", container_new);
    method(vm, dict, "__init__", dict_init);
    method(vm, set, "__new__", container_new);
    method(vm, set, "__init__", set_init);
    method(vm, frozenset, "__new__", frozenset_new);
    let base = vm.i.types.exc[E::BaseException as usize];
    method(vm, base, "__new__", exc_new);
    method(vm, base, "__init__", exc_init);
    method(vm, base, "with_traceback", exc_with_traceback);
    let t = &vm.i.types;
    let (range, slice, property, sm, cm, sup, en, zip, map, filter, rev, none) = (
        t.range,
        t.slice,
        t.property,
        t.staticmethod,
        t.classmethod,
        t.super_,
        t.enumerate,
        t.zip,
        t.map,
        t.filter,
        t.reversed,
        t.none,
    );
    method(vm, range, "__new__", range_new);
    method(vm, slice, "__new__", slice_new);
    method(vm, property, "__new__", property_new);
    method(vm, property, "getter", property_getter);
    method(vm, property, "setter", property_setter);
    method(vm, property, "deleter", property_deleter);
    method(vm, sm, "__new__", staticmethod_new);
    method(vm, cm, "__new__", classmethod_new);
    method(vm, sup, "__new__", super_new);
    method(vm, en, "__new__", enumerate_new);
    method(vm, zip, "__new__", zip_new);
    method(vm, map, "__new__", map_new);
    method(vm, filter, "__new__", filter_new);
    method(vm, rev, "__new__", reversed_new);
    method(vm, none, "__new__", none_new);
    let (ell, ni) = (vm.i.types.ellipsis_type, vm.i.types.not_implemented_type);
    method(vm, ell, "__new__", ellipsis_new);
    method(vm, ni, "__new__", not_implemented_new);
}
