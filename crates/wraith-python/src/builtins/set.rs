//! Set algebra (`|`, `&`, `-`, `^`) shared by `set`, `frozenset`, and dict views.
//!
//! Invariant: results keep the class of the left operand (set or frozenset) and the
//! insertion order of the operands.

use crate::compile::code::BinOp;
use crate::object::Payload;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Apply a set operator.
pub fn set_op<'gc>(vm: &mut Vm<'gc, '_>, a: Value<'gc>, b: Value<'gc>, op: BinOp) -> PyResult<'gc> {
    let frozen = matches!(a, Value::Obj(o) if vm.is_subclass(vm.class_of(Value::Obj(o)), vm.i.types.frozenset));
    let (Value::Obj(ao), Value::Obj(bo)) = (a, b) else {
        return vm.type_error("set operation on non-set");
    };
    let out = vm.new_set_obj(frozen);
    let av = vm.iterate(a)?;
    let bv = vm.iterate(b)?;
    match op {
        BinOp::Or => {
            for x in av.into_iter().chain(bv) {
                vm.set_add(out, x)?;
            }
        }
        BinOp::And => {
            for x in av {
                if vm.set_contains(bo, x)? {
                    vm.set_add(out, x)?;
                }
            }
        }
        BinOp::Sub => {
            for x in av {
                if !vm.set_contains(bo, x)? {
                    vm.set_add(out, x)?;
                }
            }
        }
        _ => {
            for x in av {
                if !vm.set_contains(bo, x)? {
                    vm.set_add(out, x)?;
                }
            }
            for x in bv {
                if !vm.set_contains(ao, x)? {
                    vm.set_add(out, x)?;
                }
            }
        }
    }
    let _ = Payload::Plain;
    Ok(Value::Obj(out))
}
