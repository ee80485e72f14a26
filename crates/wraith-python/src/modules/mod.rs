//! Built-in modules, created on first import: `sys`, `time`, `gc`, `math`.
//!
//! Invariant: a module is a `Payload::Module` object whose namespace is its `dict`; creation
//! never fails for a known name and returns `None` for an unknown one.

pub mod gc;
pub mod gc_ext;
pub mod math;
pub mod sys;
pub mod time;
pub mod weakref;

use crate::object::{Payload, PyObject};
use crate::value::{Obj, Value};
use crate::vm::Vm;

/// Make an empty module object.
pub fn new_module<'gc>(vm: &mut Vm<'gc, '_>, name: &str) -> Obj<'gc> {
    let d = vm.new_dict_obj();
    let n = vm.new_str(name);
    vm.dict_set_str(d, "__name__", n);
    PyObject::alloc(
        vm.mc,
        Some(vm.i.types.module),
        Some(d),
        Payload::Module(name.into()),
    )
}

/// Create a built-in module by name.
pub fn create<'gc>(vm: &mut Vm<'gc, '_>, name: &str) -> Option<Value<'gc>> {
    let m = match name {
        "sys" => sys::create(vm),
        "time" => time::create(vm),
        "gc" => {
            let m = gc::create(vm);
            gc_ext::extend(vm, m);
            m
        }
        "math" => math::create(vm),
        "copy" => {
            // A small `copy` module written in Python.
            let m = new_module(vm, "copy");
            let src = include_str!("copy/copy.py");
            if let Err(e) = weakref::run_source(vm, m, src, "copy.py") {
                let text = vm.format_exception(e.0);
                vm.write_err(&text);
                return None;
            }
            m
        }
        "weakref" => match weakref::create(vm) {
            Ok(m) => m,
            Err(e) => {
                let text = vm.format_exception(e.0);
                vm.write_err(&text);
                return None;
            }
        },
        "builtins" => {
            let m = new_module(vm, "builtins");
            if let (Some(d), Payload::Dict(src)) = (m.dict, &vm.i.builtins.payload) {
                let items: Vec<(Value, Value)> = src.borrow().iter().collect();
                for (k, v) in items {
                    let _ = vm.dict_set(d, k, v);
                }
            }
            m
        }
        _ => return None,
    };
    Some(Value::Obj(m))
}
