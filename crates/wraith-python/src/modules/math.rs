//! A small `math` module (floor, ceil, sqrt, isqrt, gcd, pi, e, inf, nan, isnan, isinf, ...).
//!
//! Invariant: domain errors raise ValueError("math domain error") as CPython does.

use crate::builtins::def;
use crate::value::{Obj, Value};
use crate::vm::native::Kw;
use crate::vm::{PyResult, Vm};

fn arg_f<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>]) -> PyResult<'gc, f64> {
    match a.first() {
        Some(&v) => crate::builtins::newtypes::to_float(vm, v),
        None => vm.type_error("math function needs an argument"),
    }
}

macro_rules! float_fn {
    ($name:ident, $f:expr) => {
        fn $name<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
            let x = arg_f(vm, a)?;
            let f: fn(f64) -> Option<f64> = $f;
            match f(x) {
                Some(r) => Ok(Value::Float(r)),
                None => vm.value_error("math domain error"),
            }
        }
    };
}

float_fn!(sqrt, |x| if x < 0.0 { None } else { Some(x.sqrt()) });
float_fn!(exp, |x| Some(x.exp()));
float_fn!(sin, |x| Some(x.sin()));
float_fn!(cos, |x| Some(x.cos()));
float_fn!(tan, |x| Some(x.tan()));
float_fn!(atan, |x| Some(x.atan()));
float_fn!(fabs, |x| Some(x.abs()));
float_fn!(log10, |x| if x <= 0.0 { None } else { Some(x.log10()) });
float_fn!(log2, |x| if x <= 0.0 { None } else { Some(x.log2()) });

fn log<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    let x = arg_f(vm, a)?;
    if x <= 0.0 {
        return vm.value_error("math domain error");
    }
    match a.get(1) {
        Some(&b) => {
            let b = crate::builtins::newtypes::to_float(vm, b)?;
            Ok(Value::Float(x.ln() / b.ln()))
        }
        None => Ok(Value::Float(x.ln())),
    }
}

fn floor<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    if let Some(&v @ (Value::Int(_) | Value::Bool(_))) = a.first() {
        return crate::builtins::newtypes::to_int(vm, v);
    }
    let x = arg_f(vm, a)?;
    if !x.is_finite() {
        return vm.value_error("cannot convert float NaN or infinity to integer");
    }
    Ok(crate::builtins::newtypes::float_to_int(vm, x.floor()))
}

fn ceil<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    if let Some(&v @ (Value::Int(_) | Value::Bool(_))) = a.first() {
        return crate::builtins::newtypes::to_int(vm, v);
    }
    let x = arg_f(vm, a)?;
    if !x.is_finite() {
        return vm.value_error("cannot convert float NaN or infinity to integer");
    }
    Ok(crate::builtins::newtypes::float_to_int(vm, x.ceil()))
}

fn isnan<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    let x = arg_f(vm, a)?;
    Ok(Value::Bool(x.is_nan()))
}

fn isinf<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    let x = arg_f(vm, a)?;
    Ok(Value::Bool(x.is_infinite()))
}

fn gcd<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    let mut g = num_bigint::BigInt::from(0);
    for &v in a {
        let Some(b) = crate::vm::arith::as_bigint(v) else {
            return vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            ));
        };
        g = num_integer::Integer::gcd(&g, &b);
    }
    Ok(crate::object::int_from_big(vm.mc, vm.i.types.int, g))
}

fn isqrt<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    let Some(b) = a.first().and_then(|v| crate::vm::arith::as_bigint(*v)) else {
        return vm.type_error("isqrt() needs an integer");
    };
    if num_traits::Signed::is_negative(&b) {
        return vm.value_error("isqrt() argument must be nonnegative");
    }
    Ok(crate::object::int_from_big(vm.mc, vm.i.types.int, b.sqrt()))
}

/// Create the module.
pub fn create<'gc>(vm: &mut Vm<'gc, '_>) -> Obj<'gc> {
    let m = super::new_module(vm, "math");
    if let Some(d) = m.dict {
        def(vm, d, "sqrt", sqrt);
        def(vm, d, "exp", exp);
        def(vm, d, "sin", sin);
        def(vm, d, "cos", cos);
        def(vm, d, "tan", tan);
        def(vm, d, "atan", atan);
        def(vm, d, "fabs", fabs);
        def(vm, d, "log", log);
        def(vm, d, "log10", log10);
        def(vm, d, "log2", log2);
        def(vm, d, "floor", floor);
        def(vm, d, "ceil", ceil);
        def(vm, d, "isnan", isnan);
        def(vm, d, "isinf", isinf);
        def(vm, d, "gcd", gcd);
        def(vm, d, "isqrt", isqrt);
        vm.dict_set_str(d, "pi", Value::Float(std::f64::consts::PI));
        vm.dict_set_str(d, "e", Value::Float(std::f64::consts::E));
        vm.dict_set_str(d, "tau", Value::Float(std::f64::consts::TAU));
        vm.dict_set_str(d, "inf", Value::Float(f64::INFINITY));
        vm.dict_set_str(d, "nan", Value::Float(f64::NAN));
    }
    m
}
