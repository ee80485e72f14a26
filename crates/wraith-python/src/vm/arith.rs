//! Numeric arithmetic for `bool`, `int` (i64 fast path, `BigInt` beyond), and `float`, with
//! CPython's semantics (floor division, sign of modulo, true division to float) and messages.
//!
//! Invariant: integer results are normalised (`int_from_big`), so an `i64`-sized result is
//! always `Value::Int`; nothing here wraps around silently.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::compile::code::{BinOp, Cmp};
use crate::object::{Payload, int_from_big};
use crate::value::Value;
use crate::vm::{E, PyResult, Vm};

/// A numeric operand.
#[derive(Clone, Debug)]
pub enum Num {
    /// Small int (or bool).
    I(i64),
    /// Big int.
    B(BigInt),
    /// Float.
    F(f64),
}

/// Extract a number.
pub fn as_num(v: Value<'_>) -> Option<Num> {
    match v {
        Value::Bool(b) => Some(Num::I(b as i64)),
        Value::Int(i) => Some(Num::I(i)),
        Value::Float(f) => Some(Num::F(f)),
        Value::Obj(o) => match &o.payload {
            Payload::BigInt(b) => Some(match b.to_i64() {
                Some(i) => Num::I(i),
                None => Num::B((**b).clone()),
            }),
            Payload::Float(f) => Some(Num::F(*f)),
            _ => None,
        },
        _ => None,
    }
}

/// Extract an integer as BigInt.
pub fn as_bigint(v: Value<'_>) -> Option<BigInt> {
    match as_num(v)? {
        Num::I(i) => Some(BigInt::from(i)),
        Num::B(b) => Some(b),
        Num::F(_) => None,
    }
}

/// Convert a big int to float, or None on overflow.
pub fn big_to_f64(b: &BigInt) -> Option<f64> {
    let f = b.to_f64()?;
    if f.is_finite() { Some(f) } else { None }
}

fn to_f(n: &Num) -> Option<f64> {
    match n {
        Num::I(i) => Some(*i as f64),
        Num::B(b) => big_to_f64(b),
        Num::F(f) => Some(*f),
    }
}

fn big(n: &Num) -> BigInt {
    match n {
        Num::I(i) => BigInt::from(*i),
        Num::B(b) => b.clone(),
        Num::F(_) => BigInt::zero(),
    }
}

/// Python float modulo.
pub fn fmod_py(a: f64, b: f64) -> f64 {
    let m = a % b;
    if m != 0.0 && ((m < 0.0) != (b < 0.0)) {
        m + b
    } else if m == 0.0 {
        0.0f64.copysign(b)
    } else {
        m
    }
}

/// Python float floor division.
pub fn ffloordiv(a: f64, b: f64) -> f64 {
    let m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 && ((b < 0.0) != (m < 0.0)) {
        div -= 1.0;
    }
    if div != 0.0 {
        let fl = div.floor();
        if div - fl > 0.5 { fl + 1.0 } else { fl }
    } else {
        0.0f64.copysign(a / b)
    }
}

impl<'gc, 'a> Vm<'gc, 'a> {
    fn int_val(&self, b: BigInt) -> Value<'gc> {
        int_from_big(self.mc, self.i.types.int, b)
    }

    /// Arithmetic on two numbers; `Ok(None)` if the operator does not apply.
    pub fn num_binop(&self, op: BinOp, a: &Num, b: &Num) -> PyResult<'gc, Option<Value<'gc>>> {
        use Num::*;
        if let (I(x), I(y)) = (a, b) {
            let (x, y) = (*x, *y);
            let r = match op {
                BinOp::Add => x.checked_add(y),
                BinOp::Sub => x.checked_sub(y),
                BinOp::Mul => x.checked_mul(y),
                BinOp::FloorDiv | BinOp::Mod => {
                    if y == 0 {
                        return Err(self.err(
                            E::ZeroDivisionError,
                            if op == BinOp::Mod {
                                "integer modulo by zero"
                            } else {
                                "integer division or modulo by zero"
                            },
                        ));
                    }
                    if op == BinOp::FloorDiv {
                        x.checked_div_euclid(y).map(|_| Integer::div_floor(&x, &y))
                    } else {
                        x.checked_rem(y).map(|_| Integer::mod_floor(&x, &y))
                    }
                }
                BinOp::TrueDiv => {
                    if y == 0 {
                        return Err(self.err(E::ZeroDivisionError, "division by zero"));
                    }
                    return Ok(Some(Value::Float(true_div_int(
                        &BigInt::from(x),
                        &BigInt::from(y),
                    ))));
                }
                BinOp::And => Some(x & y),
                BinOp::Or => Some(x | y),
                BinOp::Xor => Some(x ^ y),
                BinOp::LShift => {
                    if y < 0 {
                        return Err(self.err(E::ValueError, "negative shift count"));
                    }
                    if y < 63 && (x.unsigned_abs() >> (63 - y)) == 0 {
                        Some(x << y)
                    } else {
                        None
                    }
                }
                BinOp::RShift => {
                    if y < 0 {
                        return Err(self.err(E::ValueError, "negative shift count"));
                    }
                    Some(if y >= 64 {
                        if x < 0 { -1 } else { 0 }
                    } else {
                        x >> y
                    })
                }
                BinOp::Pow => {
                    if y < 0 {
                        if x == 0 {
                            return Err(self.err(
                                E::ZeroDivisionError,
                                "0.0 cannot be raised to a negative power",
                            ));
                        }
                        return Ok(Some(Value::Float((x as f64).powf(y as f64))));
                    }
                    u32::try_from(y).ok().and_then(|e| x.checked_pow(e))
                }
                BinOp::MatMul => return Ok(None),
            };
            if let Some(r) = r {
                return Ok(Some(Value::Int(r)));
            }
        }
        let is_float = matches!(a, F(_)) || matches!(b, F(_));
        if is_float {
            let (Some(x), Some(y)) = (to_f(a), to_f(b)) else {
                return Err(self.err(E::OverflowError, "int too large to convert to float"));
            };
            let r = match op {
                BinOp::Add => x + y,
                BinOp::Sub => x - y,
                BinOp::Mul => x * y,
                BinOp::TrueDiv => {
                    if y == 0.0 {
                        return Err(self.err(E::ZeroDivisionError, "float division by zero"));
                    }
                    x / y
                }
                BinOp::FloorDiv => {
                    if y == 0.0 {
                        return Err(self.err(E::ZeroDivisionError, "float floor division by zero"));
                    }
                    ffloordiv(x, y)
                }
                BinOp::Mod => {
                    if y == 0.0 {
                        return Err(self.err(E::ZeroDivisionError, "float modulo"));
                    }
                    fmod_py(x, y)
                }
                BinOp::Pow => {
                    if x == 0.0 && y < 0.0 {
                        return Err(self.err(
                            E::ZeroDivisionError,
                            "0.0 cannot be raised to a negative power",
                        ));
                    }
                    if x < 0.0 && y.fract() != 0.0 {
                        return Err(
                            self.err(E::ValueError, "complex results are not supported by wraith")
                        );
                    }
                    let r = x.powf(y);
                    if r.is_infinite() && x.is_finite() && y.is_finite() {
                        return Err(
                            self.err(E::OverflowError, "(34, 'Numerical result out of range')")
                        );
                    }
                    r
                }
                _ => return Ok(None),
            };
            return Ok(Some(Value::Float(r)));
        }
        let (x, y) = (big(a), big(b));
        let r = match op {
            BinOp::Add => x + y,
            BinOp::Sub => x - y,
            BinOp::Mul => x * y,
            BinOp::FloorDiv | BinOp::Mod => {
                if y.is_zero() {
                    return Err(self.err(
                        E::ZeroDivisionError,
                        if op == BinOp::Mod {
                            "integer modulo by zero"
                        } else {
                            "integer division or modulo by zero"
                        },
                    ));
                }
                if op == BinOp::FloorDiv {
                    x.div_floor(&y)
                } else {
                    x.mod_floor(&y)
                }
            }
            BinOp::TrueDiv => {
                if y.is_zero() {
                    return Err(self.err(E::ZeroDivisionError, "division by zero"));
                }
                let f = true_div_int(&x, &y);
                if f.is_infinite() {
                    return Err(self.err(
                        E::OverflowError,
                        "integer division result too large for a float",
                    ));
                }
                return Ok(Some(Value::Float(f)));
            }
            BinOp::And => x & y,
            BinOp::Or => x | y,
            BinOp::Xor => x ^ y,
            BinOp::LShift => {
                if y.is_negative() {
                    return Err(self.err(E::ValueError, "negative shift count"));
                }
                let Some(s) = y.to_usize().filter(|&s| s < (1 << 26)) else {
                    return Err(self.err(E::OverflowError, "too many digits in integer"));
                };
                x << s
            }
            BinOp::RShift => {
                if y.is_negative() {
                    return Err(self.err(E::ValueError, "negative shift count"));
                }
                let s = y.to_usize().unwrap_or(usize::MAX).min(1 << 30);
                if s as u64 > x.bits() + 1 {
                    if x.is_negative() {
                        BigInt::from(-1)
                    } else {
                        BigInt::zero()
                    }
                } else {
                    x >> s
                }
            }
            BinOp::Pow => {
                if y.is_negative() {
                    if x.is_zero() {
                        return Err(self.err(
                            E::ZeroDivisionError,
                            "0.0 cannot be raised to a negative power",
                        ));
                    }
                    let (Some(xf), Some(yf)) = (big_to_f64(&x), big_to_f64(&y)) else {
                        return Err(self.err(E::OverflowError, "int too large to convert to float"));
                    };
                    return Ok(Some(Value::Float(xf.powf(yf))));
                }
                let Some(e) = y.to_u32() else {
                    if x.is_one() || x.is_zero() {
                        return Ok(Some(self.int_val(x)));
                    }
                    return Err(self.err(E::OverflowError, "exponent too large"));
                };
                if x.bits().saturating_mul(e as u64) > 64_000_000 {
                    return Err(self.err(E::MemoryError, "result too large"));
                }
                num_traits::pow::Pow::pow(&x, e)
            }
            BinOp::MatMul => return Ok(None),
        };
        Ok(Some(self.int_val(r)))
    }

    /// Compare two numbers.
    pub fn num_cmp(a: &Num, b: &Num) -> Option<std::cmp::Ordering> {
        use Num::*;
        match (a, b) {
            (I(x), I(y)) => Some(x.cmp(y)),
            (F(x), F(y)) => x.partial_cmp(y),
            (F(x), other) | (other, F(x)) => {
                let flipped = !matches!(a, F(_));
                if x.is_nan() {
                    return None;
                }
                let o = if x.is_infinite() {
                    if *x > 0.0 {
                        std::cmp::Ordering::Greater
                    } else {
                        std::cmp::Ordering::Less
                    }
                } else {
                    let fl = x.floor();
                    let bi: BigInt = num_traits::FromPrimitive::from_f64(fl).unwrap_or_default();
                    let ob = big(other);
                    match bi.cmp(&ob) {
                        std::cmp::Ordering::Equal => {
                            if *x > fl {
                                std::cmp::Ordering::Greater
                            } else {
                                std::cmp::Ordering::Equal
                            }
                        }
                        o => o,
                    }
                };
                Some(if flipped { o.reverse() } else { o })
            }
            _ => Some(big(a).cmp(&big(b))),
        }
    }

    /// Apply a comparison to an ordering.
    pub fn cmp_result(op: Cmp, o: Option<std::cmp::Ordering>) -> bool {
        use std::cmp::Ordering::*;
        match (op, o) {
            (Cmp::Ne, None) => true,
            (_, None) => false,
            (Cmp::Lt, Some(o)) => o == Less,
            (Cmp::Le, Some(o)) => o != Greater,
            (Cmp::Eq, Some(o)) => o == Equal,
            (Cmp::Ne, Some(o)) => o != Equal,
            (Cmp::Gt, Some(o)) => o == Greater,
            (Cmp::Ge, Some(o)) => o != Less,
        }
    }
}

/// Correctly-rounded-enough int / int.
pub fn true_div_int(x: &BigInt, y: &BigInt) -> f64 {
    if let (Some(a), Some(b)) = (x.to_i64(), y.to_i64())
        && a.unsigned_abs() < (1 << 53)
        && b.unsigned_abs() < (1 << 53)
    {
        return a as f64 / b as f64;
    }
    let (q, r) = x.div_rem(y);
    let qf = q.to_f64().unwrap_or(f64::INFINITY);
    if qf.abs() > 1e15 {
        return qf + r.to_f64().unwrap_or(0.0) / y.to_f64().unwrap_or(1.0);
    }
    match (x.to_f64(), y.to_f64()) {
        (Some(a), Some(b)) if a.is_finite() && b.is_finite() => a / b,
        _ => qf,
    }
}

/// CPython's hash of an integer.
pub fn hash_int(n: &Num) -> i64 {
    const M: i64 = (1 << 61) - 1;
    let h = match n {
        Num::I(i) => {
            let a = (i.unsigned_abs() % (M as u64)) as i64;
            if *i < 0 { -a } else { a }
        }
        Num::B(b) => {
            let m = BigInt::from(M);
            let a = (b.abs() % m).to_i64().unwrap_or(0);
            if b.is_negative() { -a } else { a }
        }
        Num::F(f) => return hash_float(*f),
    };
    if h == -1 { -2 } else { h }
}

/// CPython's hash of a float.
pub fn hash_float(f: f64) -> i64 {
    if f.is_nan() {
        return 0;
    }
    if f.is_infinite() {
        return if f > 0.0 { 314159 } else { -314159 };
    }
    if f.fract() == 0.0 && f.abs() < 9.2e18 {
        return hash_int(&Num::I(f as i64));
    }
    if f.fract() == 0.0 {
        let b: BigInt = format!("{f:.0}").parse().unwrap_or_default();
        return hash_int(&Num::B(b));
    }
    // CPython's algorithm: reduce the mantissa modulo 2**61 - 1.
    const BITS: i32 = 61;
    const M: u64 = (1 << 61) - 1;
    let (mut m, mut e) = frexp(f.abs());
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & M) | (x >> (BITS - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= M {
            x -= M;
        }
    }
    let e = if e >= 0 {
        e % BITS
    } else {
        BITS - 1 - ((-1 - e) % BITS)
    };
    x = ((x << e) & M) | (x >> (BITS - e));
    let mut h = x as i64;
    if f < 0.0 {
        h = -h;
    }
    if h == -1 { -2 } else { h }
}

fn frexp(f: f64) -> (f64, i32) {
    if f == 0.0 {
        return (0.0, 0);
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(f * 2f64.powi(54));
        return (m, e - 54);
    }
    let e = exp - 1022;
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, e)
}
