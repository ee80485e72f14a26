//! The `time` module: `perf_counter`, `time`, `monotonic`, `sleep`.
//!
//! Invariant: `perf_counter` is monotonic and measured from interpreter start.

use crate::builtins::def;
use crate::value::{Obj, Value};
use crate::vm::native::Kw;
use crate::vm::{PyResult, Vm};

fn perf_counter<'gc>(vm: &mut Vm<'gc, '_>, _a: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    let s =
        vm.i.host
            .start
            .map(|s| s.elapsed().as_secs_f64())
            .unwrap_or(0.0);
    Ok(Value::Float(s))
}

fn time<'gc>(_vm: &mut Vm<'gc, '_>, _a: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    let t = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or(0.0);
    Ok(Value::Float(t))
}

fn sleep<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    let secs = match a.first() {
        Some(&v) if Vm::str_of(v).is_some() => {
            return vm.type_error("'str' object cannot be interpreted as an integer");
        }
        Some(&v) => crate::builtins::newtypes::to_float(vm, v)?,
        None => return vm.type_error("sleep() takes exactly one argument (0 given)"),
    };
    if secs < 0.0 {
        return vm.value_error("sleep length must be non-negative");
    }
    vm.flush_out();
    std::thread::sleep(std::time::Duration::from_secs_f64(secs.min(1e6)));
    Ok(Value::None)
}

/// Create the module.
pub fn create<'gc>(vm: &mut Vm<'gc, '_>) -> Obj<'gc> {
    let m = super::new_module(vm, "time");
    if let Some(d) = m.dict {
        def(vm, d, "perf_counter", perf_counter);
        def(vm, d, "monotonic", perf_counter);
        def(vm, d, "time", time);
        def(vm, d, "sleep", sleep);
    }
    m
}
