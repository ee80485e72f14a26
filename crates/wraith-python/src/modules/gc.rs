//! The `gc` module: `collect`, `enable`, `disable`, `isenabled`.
//!
//! Invariant: `collect()` only *requests* a collection: it ends the current slice, the host
//! collects fully, and queued callbacks run before the next statement.

use crate::builtins::def;
use crate::value::{Obj, Value};
use crate::vm::native::Kw;
use crate::vm::{PyResult, Vm};

fn collect<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    crate::builtins::functions::arity(vm, "gc.collect", a, 0, 1)?;
    vm.i.host.collect_requested = true;
    vm.i.host.fuel = 0;
    // Called straight from Python code, the result is on top of the caller's stack when the
    // slice ends; the host replaces it with the number of objects the collection freed.
    vm.i.host.collect_result_pending = vm.i.host.native_depth == 0;
    Ok(Value::Int(0))
}

fn enable<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    if !a.is_empty() {
        return vm.type_error(format!(
            "gc.enable() takes no arguments ({} given)",
            a.len()
        ));
    }
    vm.i.host.gc_enabled = true;
    Ok(Value::None)
}

fn disable<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    if !a.is_empty() {
        return vm.type_error(format!(
            "gc.disable() takes no arguments ({} given)",
            a.len()
        ));
    }
    vm.i.host.gc_enabled = false;
    Ok(Value::None)
}

fn isenabled<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    if !a.is_empty() {
        return vm.type_error(format!(
            "gc.isenabled() takes no arguments ({} given)",
            a.len()
        ));
    }
    Ok(Value::Bool(vm.i.host.gc_enabled))
}

/// Create the module.
pub fn create<'gc>(vm: &mut Vm<'gc, '_>) -> Obj<'gc> {
    let m = super::new_module(vm, "gc");
    if let Some(d) = m.dict {
        def(vm, d, "collect", collect);
        def(vm, d, "enable", enable);
        def(vm, d, "disable", disable);
        def(vm, d, "isenabled", isenabled);
    }
    m
}
