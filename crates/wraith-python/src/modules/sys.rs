//! The `sys` module: argv, exit, stdout/stderr, recursion limit, version, maxsize, modules.
//!
//! Invariant: `sys.stdout.write` shares the interpreter's stdout buffer with `print`, so output
//! order is preserved.

use crate::builtins::{def, native};
use crate::object::{Payload, PyObject};
use crate::value::{Obj, Value};
use crate::vm::native::Kw;
use crate::vm::{PyResult, Vm};

fn stream_write<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    let target = a.first().copied().unwrap_or(Value::None);
    let Some(s) = a.get(1).and_then(|v| Vm::str_of(*v)) else {
        let t = a.get(1).map(|v| vm.type_name(*v)).unwrap_or_default();
        return vm.type_error(format!("write() argument must be str, not {t}"));
    };
    let is_err =
        matches!(target, Value::Obj(o) if matches!(o.payload, Payload::Singleton("stderr")));
    if is_err {
        vm.write_err(s);
    } else {
        vm.write_out(s);
    }
    Ok(Value::Int(s.chars().count() as i64))
}

fn stream_flush<'gc>(vm: &mut Vm<'gc, '_>, _a: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    vm.flush_out();
    Ok(Value::None)
}

fn getrecursionlimit<'gc>(vm: &mut Vm<'gc, '_>, _a: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    Ok(Value::Int(vm.i.host.recursion_limit as i64))
}

fn setrecursionlimit<'gc>(vm: &mut Vm<'gc, '_>, a: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    let n = vm.index_value(a.first().copied().unwrap_or(Value::None))?;
    if n < 1 {
        return vm.value_error("recursion limit must be greater or equal than 1");
    }
    // Python frames do not use the Rust stack, so large limits are safe; native nesting is
    // capped separately.
    vm.i.host.recursion_limit = n.min(1_000_000) as usize;
    Ok(Value::None)
}

fn exc_info<'gc>(vm: &mut Vm<'gc, '_>, _a: &[Value<'gc>], _kw: &Kw<'gc>) -> PyResult<'gc> {
    Ok(match vm.current_handled() {
        Some(e) => {
            let t = Value::Obj(vm.class_of(Value::Obj(e)));
            vm.new_tuple(vec![t, Value::Obj(e), Value::None])
        }
        None => vm.new_tuple(vec![Value::None, Value::None, Value::None]),
    })
}

/// Create the module.
pub fn create<'gc>(vm: &mut Vm<'gc, '_>) -> Obj<'gc> {
    let m = super::new_module(vm, "sys");
    let io_cls = crate::builtins::new_builtin_type(vm, "TextIOWrapper");
    if let Some(cd) = io_cls.dict {
        def(vm, cd, "write", stream_write);
        def(vm, cd, "flush", stream_flush);
    }
    let Some(d) = m.dict else { return m };
    let argv: Vec<String> = vm.i.host.argv.clone();
    let items = argv.into_iter().map(|s| vm.new_str(s)).collect();
    let l = vm.new_list(items);
    vm.dict_set_str(d, "argv", l);
    let f = native(vm, "exit", crate::builtins::functions::exit);
    vm.dict_set_str(d, "exit", f);
    for name in ["stdout", "stderr"] {
        let s = PyObject::alloc(
            vm.mc,
            Some(io_cls),
            None,
            Payload::Singleton(if name == "stdout" { "stdout" } else { "stderr" }),
        );
        vm.dict_set_str(d, name, Value::Obj(s));
        let dunder = if name == "stdout" {
            "__stdout__"
        } else {
            "__stderr__"
        };
        vm.dict_set_str(d, dunder, Value::Obj(s));
    }
    def(vm, d, "getrecursionlimit", getrecursionlimit);
    def(vm, d, "setrecursionlimit", setrecursionlimit);
    def(vm, d, "exc_info", exc_info);
    let v = vm.new_str("3.11.7 (wraith)");
    vm.dict_set_str(d, "version", v);
    let vi = vm.new_tuple(vec![Value::Int(3), Value::Int(11), Value::Int(7)]);
    vm.dict_set_str(d, "version_info", vi);
    vm.dict_set_str(d, "maxsize", Value::Int(i64::MAX));
    let p = vm.new_str("linux");
    vm.dict_set_str(d, "platform", p);
    let mods = vm.i.modules;
    vm.dict_set_str(d, "modules", Value::Obj(mods));
    let impl_name = vm.new_str("wraith");
    vm.dict_set_str(d, "implementation_name", impl_name);
    m
}
