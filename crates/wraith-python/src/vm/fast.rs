//! The frame-local fast path of the dispatch loop: instructions that need nothing but the running
//! frame (its locals, constants, value stack, and names found through their lookup hints) run
//! here, with the program counter, stack and
//! fuel held in locals, and without the interpreter's other state.
//!
//! Invariant: [`run_local`] executes an instruction only when its result is exactly what the
//! general loop (`run.rs`) would compute; on anything else (another instruction, operands of
//! other types, an unbound local, an error to raise) it stops with `pc` at that instruction and
//! the stack untouched by it, so the general loop runs it as before. Fuel is charged per
//! instruction executed, exactly as the general loop charges it.

use std::cell::Cell;

use gc_arena::{Gc, Mutation};

use crate::compile::code::{BinOp, Cmp, Instr};
use crate::object::{IterState, Payload};
use crate::value::{Obj, Value};
use crate::vm::frame::Frame;

/// Why [`run_local`] stopped.
pub(super) enum LocalExit {
    /// The instruction at `frame.pc` needs the general loop.
    Slow,
    /// The fuel ran out before the instruction at `frame.pc` (charged for it already).
    OutOfFuel,
}

/// The result of `a op b` on two small integers, when no overflow or error can occur.
#[inline]
pub(super) fn int_binary(op: BinOp, x: i64, y: i64) -> Option<i64> {
    match op {
        BinOp::Add => x.checked_add(y),
        BinOp::Sub => x.checked_sub(y),
        BinOp::Mul => x.checked_mul(y),
        BinOp::Mod if y > 0 => Some(x.rem_euclid(y)),
        BinOp::FloorDiv if y > 0 => Some(x.div_euclid(y)),
        BinOp::And => Some(x & y),
        BinOp::Or => Some(x | y),
        BinOp::Xor => Some(x ^ y),
        _ => None,
    }
}

/// `a op b` on two small integers.
#[inline]
fn int_compare(op: Cmp, x: i64, y: i64) -> bool {
    match op {
        Cmp::Lt => x < y,
        Cmp::Le => x <= y,
        Cmp::Eq => x == y,
        Cmp::Ne => x != y,
        Cmp::Gt => x > y,
        Cmp::Ge => x >= y,
    }
}

/// The truth of a value whose truth needs no method call.
#[inline]
fn plain_truth(v: Value<'_>) -> Option<bool> {
    match v {
        Value::Bool(b) => Some(b),
        Value::None => Some(false),
        Value::Int(i) => Some(i != 0),
        _ => None,
    }
}

/// The next item of a range or list/tuple iterator, `Some(None)` when it is exhausted, `None`
/// when the iterator is of another kind.
#[inline]
fn iter_next<'gc>(mc: &Mutation<'gc>, it: Value<'gc>) -> Option<Option<Value<'gc>>> {
    let Value::Obj(o) = it else { return None };
    let Payload::Iter(st) = &o.payload else {
        return None;
    };
    let mut s = st.borrow_mut(mc);
    match &mut *s {
        IterState::Range(cur, stop, step) => {
            if (*step > 0 && *cur < *stop) || (*step < 0 && *cur > *stop) {
                let v = *cur;
                *cur = cur.saturating_add(*step);
                if *cur == v {
                    *cur = *stop;
                }
                Some(Some(Value::Int(v)))
            } else {
                *s = IterState::Done;
                Some(None)
            }
        }
        IterState::Seq(Value::Obj(seq), idx) => {
            let item = match &seq.payload {
                Payload::List(l) => l.borrow().get(*idx).copied(),
                Payload::Tuple(t) => t.get(*idx).copied(),
                _ => None,
            };
            match item {
                Some(v) => {
                    *idx += 1;
                    Some(Some(v))
                }
                None => {
                    *s = IterState::Done;
                    Some(None)
                }
            }
        }
        _ => None,
    }
}

/// The interned text of name operand `i`.
#[inline]
fn name<'gc>(names: &[Value<'gc>], i: u32) -> Option<&'gc str> {
    match names.get(i as usize)? {
        Value::Obj(o) => Some(&*Gc::as_ref(*o).as_str()?.text),
        _ => None,
    }
}

/// The value of global `i` when the instruction's lookup hint still names its entry in the
/// globals dict (a miss, or a builtin, goes to the general loop, which refreshes the hint).
#[inline]
fn hinted_global<'gc>(
    names: &[Value<'gc>],
    hints: &[Cell<u32>],
    pc: usize,
    globals: Obj<'gc>,
    i: u32,
) -> Option<Value<'gc>> {
    hinted(globals, hints.get(pc)?, name(names, i)?)
}

/// The value of `name` in dict `d` when `hint` still names its entry.
#[inline]
fn hinted<'gc>(d: Obj<'gc>, hint: &Cell<u32>, name: &str) -> Option<Value<'gc>> {
    let Payload::Dict(d) = &d.payload else {
        return None;
    };
    d.borrow().str_at(hint.get() as usize, name)
}

/// `module.name` when `v` is a module and the instruction's lookup hint still names the
/// entry in its namespace (dunder names, which the module type may define, excepted).
#[inline]
fn module_attr<'gc>(
    names: &[Value<'gc>],
    hints: &[Cell<u32>],
    pc: usize,
    v: Value<'gc>,
    i: u32,
) -> Option<Value<'gc>> {
    let name = name(names, i)?;
    hinted(module_namespace(v, name)?, hints.get(pc)?, name)
}

/// The namespace in which `v.name` is found directly: `v` is a module and `name` is not a
/// dunder (which the module type may define). Shared with the general loop's hinted lookup.
#[inline]
pub(super) fn module_namespace<'gc>(v: Value<'gc>, name: &str) -> Option<Obj<'gc>> {
    let Value::Obj(m) = v else { return None };
    if !matches!(m.payload, Payload::Module(_)) || name.starts_with("__") {
        return None;
    }
    m.dict
}

/// `r()` for an instance of `weakref.ref` itself (not a subclass, which may override
/// `__call__`): the referent, or `None` once it died.
#[inline]
fn deref_plain_ref<'gc>(
    v: Value<'gc>,
    ref_type: Option<Obj<'gc>>,
    mc: &Mutation<'gc>,
) -> Option<Value<'gc>> {
    let Value::Obj(o) = v else { return None };
    let Payload::WeakRef(w) = &o.payload else {
        return None;
    };
    if !Gc::ptr_eq(o.class.get()?, ref_type?) || w.kind() != wraith_gc::RefKind::Ref {
        return None;
    }
    Some(w.get(mc).map_or(Value::None, Value::Obj))
}

/// Runs the frame-local instructions of `frame` from its `pc` (see the module invariant),
/// charging `fuel` one unit per instruction. `ref_type` is `weakref.ref`, whose plain
/// instances are called here.
#[allow(clippy::too_many_lines)]
pub(super) fn run_local<'gc>(
    frame: &mut Frame<'gc>,
    mc: &Mutation<'gc>,
    fuel: &mut i64,
    ref_type: Option<Obj<'gc>>,
) -> LocalExit {
    let Frame {
        func,
        code,
        pc: frame_pc,
        stack,
        locals,
        cells,
        globals,
        ..
    } = frame;
    let (consts, names): (&[Value<'gc>], &[Value<'gc>]) = match &func.payload {
        Payload::Function(f) => (&f.consts, &f.names),
        _ => (&[], &[]),
    };
    let instrs = &code.instrs[..];
    let hints = &code.hints[..];
    let mut pc = *frame_pc;
    let mut left = *fuel;
    let exit = loop {
        let Some(&instr) = instrs.get(pc) else {
            break LocalExit::Slow;
        };
        // The general loop charges the instruction it runs; charge here only what runs here,
        // but stop (charged) when the fuel is gone, as the general loop would.
        if left <= 1 {
            left -= 1;
            break LocalExit::OutOfFuel;
        }
        let n = stack.len();
        match instr {
            Instr::Nop => {}
            Instr::Pop => {
                stack.pop();
            }
            Instr::Dup => match stack.last() {
                Some(&v) => stack.push(v),
                None => break LocalExit::Slow,
            },
            Instr::Rot2 if n >= 2 => stack.swap(n - 1, n - 2),
            Instr::LoadConst(i) => match consts.get(i as usize) {
                Some(&v) => stack.push(v),
                None => break LocalExit::Slow,
            },
            Instr::LoadFast(i) => match locals.get(i as usize) {
                Some(&v) if !v.is_undef() => stack.push(v),
                _ => break LocalExit::Slow,
            },
            Instr::StoreFast(i) if n >= 1 && (i as usize) < locals.len() => {
                locals[i as usize] = stack[n - 1];
                stack.pop();
            }
            Instr::LoadDeref(i) => match cells.get(i as usize).map(|c| c.get()) {
                Some(v) if !v.is_undef() => stack.push(v),
                _ => break LocalExit::Slow,
            },
            Instr::Jump(t) => {
                pc = t as usize;
                left -= 1;
                continue;
            }
            Instr::PopJumpIfFalse(t) | Instr::PopJumpIfTrue(t) if n >= 1 => {
                let Some(b) = plain_truth(stack[n - 1]) else {
                    break LocalExit::Slow;
                };
                stack.pop();
                if b == matches!(instr, Instr::PopJumpIfTrue(_)) {
                    pc = t as usize;
                    left -= 1;
                    continue;
                }
            }
            Instr::IsJumpIfFalse(pos, t) if n >= 2 => {
                let same = stack[n - 2].is(stack[n - 1]);
                stack.truncate(n - 2);
                if same != pos {
                    pc = t as usize;
                    left -= 1;
                    continue;
                }
                // The general loop skips the instruction after a taken test.
                pc += 1;
            }
            Instr::Is(pos) if n >= 2 => {
                let same = stack[n - 2].is(stack[n - 1]);
                stack.truncate(n - 2);
                stack.push(Value::Bool(same == pos));
            }
            Instr::Compare(op) | Instr::CompareJumpIfFalse(op, _) if n >= 2 => {
                let (Value::Int(x), Value::Int(y)) = (stack[n - 2], stack[n - 1]) else {
                    break LocalExit::Slow;
                };
                let r = int_compare(op, x, y);
                stack.truncate(n - 2);
                match instr {
                    Instr::CompareJumpIfFalse(_, t) => {
                        if !r {
                            pc = t as usize;
                            left -= 1;
                            continue;
                        }
                        pc += 1;
                    }
                    _ => stack.push(Value::Bool(r)),
                }
            }
            Instr::Binary(op) | Instr::Inplace(op) if n >= 2 => {
                let (Value::Int(x), Value::Int(y)) = (stack[n - 2], stack[n - 1]) else {
                    break LocalExit::Slow;
                };
                let Some(r) = int_binary(op, x, y) else {
                    break LocalExit::Slow;
                };
                stack.truncate(n - 2);
                stack.push(Value::Int(r));
            }
            Instr::ForIter(t) if n >= 1 => match iter_next(mc, stack[n - 1]) {
                Some(Some(v)) => stack.push(v),
                Some(None) => {
                    stack.pop();
                    pc = t as usize;
                    left -= 1;
                    continue;
                }
                None => break LocalExit::Slow,
            },
            Instr::LoadGlobal(i) => match hinted_global(names, hints, pc, *globals, i) {
                Some(v) => stack.push(v),
                None => break LocalExit::Slow,
            },
            Instr::LoadAttr(i) if n >= 1 => match module_attr(names, hints, pc, stack[n - 1], i) {
                Some(v) => stack[n - 1] = v,
                None => break LocalExit::Slow,
            },
            Instr::LoadMethod(i) if n >= 1 => {
                match module_attr(names, hints, pc, stack[n - 1], i) {
                    Some(v) => {
                        stack[n - 1] = v;
                        stack.push(Value::Undef);
                    }
                    None => break LocalExit::Slow,
                }
            }
            Instr::Call(0) if n >= 1 => match deref_plain_ref(stack[n - 1], ref_type, mc) {
                Some(v) => stack[n - 1] = v,
                None => break LocalExit::Slow,
            },
            Instr::ListAppend(d) if n > d as usize => {
                let Value::Obj(o) = stack[n - 1 - d as usize] else {
                    break LocalExit::Slow;
                };
                let Payload::List(l) = &o.payload else {
                    break LocalExit::Slow;
                };
                l.borrow_mut(mc).push(stack[n - 1]);
                stack.pop();
            }
            _ => break LocalExit::Slow,
        }
        pc += 1;
        left -= 1;
    };
    *frame_pc = pc;
    *fuel = left;
    exit
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn int_binary_leaves_overflow_and_python_rounding_to_the_general_loop() {
        assert_eq!(int_binary(BinOp::Add, 2, 3), Some(5));
        assert_eq!(int_binary(BinOp::Add, i64::MAX, 1), None); // becomes a big int there
        assert_eq!(int_binary(BinOp::Sub, i64::MIN, 1), None);
        assert_eq!(int_binary(BinOp::Mul, i64::MAX, 2), None);
        // Floor division and modulo round toward minus infinity, as Python's do.
        assert_eq!(int_binary(BinOp::FloorDiv, -7, 2), Some(-4));
        assert_eq!(int_binary(BinOp::Mod, -7, 2), Some(1));
        // A zero or negative divisor (ZeroDivisionError, other signs) is not handled here.
        assert_eq!(int_binary(BinOp::FloorDiv, 7, 0), None);
        assert_eq!(int_binary(BinOp::Mod, 7, -2), None);
        assert_eq!(int_binary(BinOp::TrueDiv, 6, 3), None); // a float
        assert_eq!(int_binary(BinOp::Pow, 2, 3), None);
        assert_eq!(int_binary(BinOp::Xor, 5, 3), Some(6));
    }

    #[test]
    fn comparisons_and_truth_of_immediates() {
        assert!(int_compare(Cmp::Lt, -1, 0) && int_compare(Cmp::Ge, 3, 3));
        assert!(!int_compare(Cmp::Ne, 4, 4) && int_compare(Cmp::Eq, 4, 4));
        assert_eq!(plain_truth(Value::None), Some(false));
        assert_eq!(plain_truth(Value::Int(0)), Some(false));
        assert_eq!(plain_truth(Value::Int(-3)), Some(true));
        assert_eq!(plain_truth(Value::Bool(true)), Some(true));
        // Floats (and objects) may be asked by the general loop, with their own rules.
        assert_eq!(plain_truth(Value::Float(0.0)), None);
    }
}
