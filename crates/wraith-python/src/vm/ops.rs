//! Generic operations on values: truth, equality, ordering, hashing, arithmetic dispatch,
//! repr/str, iteration, length, and subscripting, each with a native fast path for built-in
//! types and the dunder protocol for classes defined in Python.
//!
//! Invariant: a dunder is looked up on the *type*, never the instance; a user method returning
//! `NotImplemented` falls through to the reflected method and then to CPython's TypeError.

use gc_arena::Gc;
use smallvec::SmallVec;

use crate::compile::code::{BinOp, Cmp, UnOp};
use crate::object::{DictData, IterState, Payload, PyObject};
use crate::value::{Obj, Value};
use crate::vm::arith::{Num, as_num, hash_float, hash_int};
use crate::vm::{E, PyErr, PyResult, Vm};

/// Dunder names for binary operators: (forward, reflected, in-place, symbol).
pub fn binop_names(op: BinOp) -> (&'static str, &'static str, &'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__", "__iadd__", "+"),
        BinOp::Sub => ("__sub__", "__rsub__", "__isub__", "-"),
        BinOp::Mul => ("__mul__", "__rmul__", "__imul__", "*"),
        BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__", "@"),
        BinOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__", "/"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__", "//"),
        BinOp::Mod => ("__mod__", "__rmod__", "__imod__", "%"),
        BinOp::Pow => ("__pow__", "__rpow__", "__ipow__", "** or pow()"),
        BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__", "<<"),
        BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__", ">>"),
        BinOp::And => ("__and__", "__rand__", "__iand__", "&"),
        BinOp::Or => ("__or__", "__ror__", "__ior__", "|"),
        BinOp::Xor => ("__xor__", "__rxor__", "__ixor__", "^"),
    }
}

fn cmp_names(op: Cmp) -> (&'static str, &'static str, &'static str) {
    match op {
        Cmp::Lt => ("__lt__", "__gt__", "<"),
        Cmp::Le => ("__le__", "__ge__", "<="),
        Cmp::Eq => ("__eq__", "__eq__", "=="),
        Cmp::Ne => ("__ne__", "__ne__", "!="),
        Cmp::Gt => ("__gt__", "__lt__", ">"),
        Cmp::Ge => ("__ge__", "__le__", ">="),
    }
}

/// Python repr of a float.
pub fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let s = format!("{f:e}");
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let neg = mant.starts_with('-');
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let sign = if neg { "-" } else { "" };
    if (-4..16).contains(&exp) {
        let n = digits.len() as i32;
        let body = if exp >= 0 {
            if n <= exp + 1 {
                format!("{}{}.0", digits, "0".repeat((exp + 1 - n) as usize))
            } else {
                format!(
                    "{}.{}",
                    &digits[..(exp + 1) as usize],
                    &digits[(exp + 1) as usize..]
                )
            }
        } else {
            format!("0.{}{}", "0".repeat((-exp - 1) as usize), digits)
        };
        format!("{sign}{body}")
    } else {
        let m = if digits.len() > 1 {
            format!("{}.{}", &digits[..1], &digits[1..])
        } else {
            digits
        };
        format!(
            "{sign}{m}e{}{:02}",
            if exp < 0 { '-' } else { '+' },
            exp.abs()
        )
    }
}

/// Python repr of a string.
pub fn str_repr(s: &str) -> String {
    let q = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(q);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == q => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if (0xe000..0xf900).contains(&(c as u32))
                || (0x200b..0x2010).contains(&(c as u32))
                || (0x2028..0x202f).contains(&(c as u32))
                || (0x2060..0x2070).contains(&(c as u32))
                || (c as u32) >= 0xf0000
                || matches!(c as u32, 0x2028 | 0x2029 | 0xfeff) =>
            {
                if (c as u32) < 0x10000 {
                    out.push_str(&format!("\\u{:04x}", c as u32))
                } else {
                    out.push_str(&format!("\\U{:08x}", c as u32))
                }
            }
            c if (0x80..0xa0).contains(&(c as u32)) || c as u32 == 0xad => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push(q);
    out
}

impl<'gc, 'a> Vm<'gc, 'a> {
    /// Is the value's class defined in Python (not built in)?
    #[inline]
    pub fn is_user(&self, v: Value<'gc>) -> bool {
        match v {
            Value::Obj(o) => match o.class.get() {
                Some(c) => c.as_type().is_some_and(|t| !t.builtin),
                None => false,
            },
            _ => false,
        }
    }

    /// Find a dunder on a user class, stopping at built-in implementations.
    pub fn user_dunder(&self, v: Value<'gc>, name: &str) -> Option<Value<'gc>> {
        if !self.is_user(v) {
            return None;
        }
        let cls = self.class_of(v);
        let h = crate::object::pystr::str_hash(name);
        let (f, owner) = self.lookup_type_owner(cls, name, h)?;
        // A native function assigned in a user class body is that class's own method; the
        // built-in types' implementations are reached by the built-in behaviour instead.
        if let Value::Obj(o) = f
            && matches!(o.payload, Payload::Builtin(_))
            && owner.as_type().is_none_or(|t| t.builtin)
        {
            return None;
        }
        Some(f)
    }

    /// Call a dunder found on the type, binding `v`.
    pub fn call_found(
        &mut self,
        f: Value<'gc>,
        v: Value<'gc>,
        args: &[Value<'gc>],
    ) -> PyResult<'gc> {
        // Plain functions and unbound natives take `v` as their first argument: no bound
        // method object is made (this is the path of every dunder a class defines).
        if let Value::Obj(fo) = f
            && match &fo.payload {
                Payload::Function(_) => true,
                Payload::Builtin(b) => b.bound.is_undef(),
                _ => false,
            }
        {
            let mut all: SmallVec<[Value<'gc>; 4]> = SmallVec::with_capacity(args.len() + 1);
            all.push(v);
            all.extend_from_slice(args);
            return self.call(f, &all, &[]);
        }
        let mut all = Vec::with_capacity(args.len() + 1);
        let bound = self.bind_descriptor(f, v)?;
        match bound {
            Some(b) => {
                all.extend_from_slice(args);
                self.call(b, &all, &[])
            }
            None => {
                all.push(v);
                all.extend_from_slice(args);
                self.call(f, &all, &[])
            }
        }
    }

    /// Call `type(v).name(v, *args)` if defined; `None` if not.
    pub fn call_dunder(
        &mut self,
        v: Value<'gc>,
        name: &str,
        args: &[Value<'gc>],
    ) -> PyResult<'gc, Option<Value<'gc>>> {
        let cls = self.class_of(v);
        match self.lookup_type(cls, name) {
            Some(Value::None) => Ok(None),
            Some(f) => self.call_found(f, v, args).map(Some),
            None => Ok(None),
        }
    }

    /// Truth value.
    pub fn truthy(&mut self, v: Value<'gc>) -> PyResult<'gc, bool> {
        Ok(match v {
            Value::None | Value::Undef => false,
            Value::Bool(b) => b,
            Value::Int(i) => i != 0,
            Value::Float(f) => f != 0.0,
            Value::Obj(o) => {
                if self.is_user(v) {
                    if let Some(f) = self.user_dunder(v, "__bool__") {
                        let r = self.call_found(f, v, &[])?;
                        return match r {
                            Value::Bool(b) => Ok(b),
                            _ => self.type_error(format!(
                                "__bool__ should return bool, returned {}",
                                self.type_name(r)
                            )),
                        };
                    }
                    if let Some(f) = self.user_dunder(v, "__len__") {
                        let r = self.call_found(f, v, &[])?;
                        let n = self.index_value(r)?;
                        if n < 0 {
                            return self.value_error("__len__() should return >= 0");
                        }
                        return Ok(n != 0);
                    }
                }
                match &o.payload {
                    Payload::Str(s) => !s.text.is_empty(),
                    Payload::BigInt(b) => !num_traits::Zero::is_zero(&**b),
                    Payload::Float(f) => *f != 0.0,
                    Payload::Tuple(t) => !t.is_empty(),
                    Payload::List(l) => !l.borrow().is_empty(),
                    Payload::Dict(d) | Payload::Set(d) => !d.borrow().is_empty(),
                    Payload::Range(a, b, s) => range_len(*a, *b, *s) > 0,
                    Payload::BigRange(_) => crate::builtins::range::bounds(o).is_some_and(|b| {
                        !num_traits::Zero::is_zero(&crate::builtins::range::length(&b))
                    }),
                    Payload::DictView(d, _) => self.len(Value::Obj(*d))? > 0,
                    _ => true,
                }
            }
        })
    }

    /// `==`.
    pub fn eq(&mut self, a: Value<'gc>, b: Value<'gc>) -> PyResult<'gc, bool> {
        if let Some(r) = key_eq_fast(a, b) {
            return Ok(r);
        }
        let r = self.compare(a, b, Cmp::Eq)?;
        self.truthy(r)
    }

    fn native_eq(&mut self, a: Value<'gc>, b: Value<'gc>) -> PyResult<'gc, Option<bool>> {
        if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
            return Ok(Some(
                Self::num_cmp(&x, &y) == Some(std::cmp::Ordering::Equal),
            ));
        }
        let (Value::Obj(x), Value::Obj(y)) = (a, b) else {
            return Ok(if a.is(b) { Some(true) } else { None });
        };
        if Gc::ptr_eq(x, y) {
            return Ok(Some(true));
        }
        Ok(match (&x.payload, &y.payload) {
            (Payload::Str(s), Payload::Str(t)) => Some(s.text == t.text),
            // Bound methods are equal when they bind the same function to the same object.
            (Payload::BoundMethod(f, s), Payload::BoundMethod(g, t)) => Some(f.is(*g) && s.is(*t)),
            (Payload::Tuple(s), Payload::Tuple(t)) => Some(self.seq_eq(s, t)?),
            (Payload::List(s), Payload::List(t)) => {
                let (s, t) = (s.borrow().clone(), t.borrow().clone());
                Some(self.seq_eq(&s, &t)?)
            }
            (Payload::Dict(s), Payload::Dict(t)) => {
                if s.borrow().len() != t.borrow().len() {
                    return Ok(Some(false));
                }
                let items: Vec<(Value, Value)> = s.borrow().iter().collect();
                for (k, v) in items {
                    match self.dict_get(y, k)? {
                        Some(v2) => {
                            if !self.eq(v, v2)? {
                                return Ok(Some(false));
                            }
                        }
                        None => return Ok(Some(false)),
                    }
                }
                Some(true)
            }
            (Payload::Set(s), Payload::Set(t)) => {
                if s.borrow().len() != t.borrow().len() {
                    return Ok(Some(false));
                }
                let keys: Vec<Value> = s.borrow().iter().map(|(k, _)| k).collect();
                for k in keys {
                    if !self.set_contains(y, k)? {
                        return Ok(Some(false));
                    }
                }
                Some(true)
            }
            (Payload::BigRange(_), Payload::Range(..) | Payload::BigRange(_))
            | (Payload::Range(..), Payload::BigRange(_)) => {
                use crate::builtins::range::{bounds, length};
                match (bounds(x), bounds(y)) {
                    (Some(p), Some(q)) => {
                        let (l1, l2) = (length(&p), length(&q));
                        let one = num_bigint::BigInt::from(1);
                        Some(
                            l1 == l2
                                && (num_traits::Zero::is_zero(&l1)
                                    || (p.start == q.start && (l1 == one || p.step == q.step))),
                        )
                    }
                    _ => None,
                }
            }
            (Payload::Range(a1, b1, c1), Payload::Range(a2, b2, c2)) => {
                let (l1, l2) = (range_len(*a1, *b1, *c1), range_len(*a2, *b2, *c2));
                Some(l1 == l2 && (l1 == 0 || (a1 == a2 && (l1 == 1 || c1 == c2))))
            }
            // A mappingproxy compares as the mapping it wraps.
            (Payload::DictView(d, 3), _) => return self.native_eq(Value::Obj(*d), b),
            (_, Payload::DictView(d, 3)) => return self.native_eq(a, Value::Obj(*d)),
            // Keys and items views compare as sets, with sets and with each other.
            (Payload::DictView(_, 0 | 2), Payload::DictView(_, 0 | 2) | Payload::Set(_))
            | (Payload::Set(_), Payload::DictView(_, 0 | 2)) => {
                if self.len(a)? != self.len(b)? {
                    return Ok(Some(false));
                }
                for item in self.iterate(a)? {
                    if !self.contains(b, item)? {
                        return Ok(Some(false));
                    }
                }
                Some(true)
            }
            _ => None,
        })
    }

    fn seq_eq(&mut self, s: &[Value<'gc>], t: &[Value<'gc>]) -> PyResult<'gc, bool> {
        if s.len() != t.len() {
            return Ok(false);
        }
        for (x, y) in s.iter().zip(t.iter()) {
            if !x.is(*y) && !self.eq(*x, *y)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    fn enter_native(&mut self, what: &str) -> PyResult<'gc, ()> {
        self.i.host.native_depth += 1;
        if self.i.host.native_depth + self.i.frames.len() > self.i.host.recursion_limit + 50
            || self.i.host.native_depth > 2000
        {
            self.i.host.native_depth -= 1;
            return Err(self.err(
                E::RecursionError,
                format!("maximum recursion depth exceeded{what}"),
            ));
        }
        Ok(())
    }

    fn leave_native(&mut self) {
        self.i.host.native_depth -= 1;
    }

    /// Rich comparison.
    pub fn compare(&mut self, a: Value<'gc>, b: Value<'gc>, op: Cmp) -> PyResult<'gc> {
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            return Ok(Value::Bool(Self::cmp_result(op, Some(x.cmp(&y)))));
        }
        self.enter_native(" in comparison")?;
        let r = self.compare_inner(a, b, op);
        self.leave_native();
        r
    }

    fn compare_inner(&mut self, a: Value<'gc>, b: Value<'gc>, op: Cmp) -> PyResult<'gc> {
        if matches!(op, Cmp::Eq | Cmp::Ne)
            && let Some(r) = crate::modules::weakref::fast_compare(self, a, b, op == Cmp::Eq)
        {
            return r;
        }
        let (name, rname, sym) = cmp_names(op);
        let ua = self.user_dunder(a, name);
        let ub = self.user_dunder(b, rname);
        if op == Cmp::Ne
            && ua.is_none()
            && ub.is_none()
            && (self.user_dunder(a, "__eq__").is_some() || self.user_dunder(b, "__eq__").is_some())
        {
            // object.__ne__ inverts the result of __eq__ (either operand's).
            let r = self.compare_inner(a, b, Cmp::Eq)?;
            let t = self.truthy(r)?;
            return Ok(Value::Bool(!t));
        }
        if ua.is_some() || ub.is_some() {
            let b_sub = self.is_user(b) && {
                let (ca, cb) = (self.class_of(a), self.class_of(b));
                !Gc::ptr_eq(ca, cb) && self.is_subclass(cb, ca)
            };
            if b_sub && let Some(f) = ub {
                let r = self.call_found(f, b, &[a])?;
                if !self.is_not_impl(r) {
                    return Ok(r);
                }
            }
            if let Some(f) = ua {
                let r = self.call_found(f, a, &[b])?;
                if !self.is_not_impl(r) {
                    return Ok(r);
                }
            } else if let Some(r) = self.native_compare(a, b, op)? {
                return Ok(Value::Bool(r));
            }
            if !b_sub && let Some(f) = ub {
                let r = self.call_found(f, b, &[a])?;
                if !self.is_not_impl(r) {
                    return Ok(r);
                }
            }
            if ub.is_none()
                && let Some(r) = self.native_compare(b, a, swap(op))?
            {
                return Ok(Value::Bool(r));
            }
            if op == Cmp::Ne
                && ua.is_none()
                && let Some(f) = self.user_dunder(a, "__eq__")
            {
                let r = self.call_found(f, a, &[b])?;
                if !self.is_not_impl(r) {
                    let t = self.truthy(r)?;
                    return Ok(Value::Bool(!t));
                }
            }
        } else if let Some(r) = self.native_compare(a, b, op)? {
            return Ok(Value::Bool(r));
        }
        match op {
            Cmp::Eq => Ok(Value::Bool(a.is(b))),
            Cmp::Ne => Ok(Value::Bool(!a.is(b))),
            _ => self.type_error(format!(
                "'{sym}' not supported between instances of '{}' and '{}'",
                self.type_name(a),
                self.type_name(b)
            )),
        }
    }

    fn native_compare(
        &mut self,
        a: Value<'gc>,
        b: Value<'gc>,
        op: Cmp,
    ) -> PyResult<'gc, Option<bool>> {
        if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
            return Ok(Some(Self::cmp_result(op, Self::num_cmp(&x, &y))));
        }
        if matches!(op, Cmp::Eq | Cmp::Ne) {
            return Ok(self
                .native_eq(a, b)?
                .map(|e| if op == Cmp::Eq { e } else { !e }));
        }
        let (Value::Obj(x), Value::Obj(y)) = (a, b) else {
            return Ok(None);
        };
        Ok(match (&x.payload, &y.payload) {
            (Payload::Str(s), Payload::Str(t)) => {
                Some(Self::cmp_result(op, Some(s.text.cmp(&t.text))))
            }
            (Payload::Tuple(s), Payload::Tuple(t)) => Some(self.seq_cmp(s, t, op)?),
            (Payload::List(s), Payload::List(t)) => {
                let (s, t) = (s.borrow().clone(), t.borrow().clone());
                Some(self.seq_cmp(&s, &t, op)?)
            }
            (Payload::Set(_), Payload::Set(_)) => {
                let (la, lb) = (self.len(a)?, self.len(b)?);
                let sub = |vm: &mut Self, p: Value<'gc>, q: Obj<'gc>| -> PyResult<'gc, bool> {
                    for k in vm.iterate(p)? {
                        if !vm.set_contains(q, k)? {
                            return Ok(false);
                        }
                    }
                    Ok(true)
                };
                Some(match op {
                    Cmp::Le => sub(self, a, y)?,
                    Cmp::Lt => la < lb && sub(self, a, y)?,
                    Cmp::Ge => sub(self, b, x)?,
                    Cmp::Gt => la > lb && sub(self, b, x)?,
                    _ => false,
                })
            }
            _ => None,
        })
    }

    fn seq_cmp(&mut self, s: &[Value<'gc>], t: &[Value<'gc>], op: Cmp) -> PyResult<'gc, bool> {
        for (x, y) in s.iter().zip(t.iter()) {
            if x.is(*y) {
                continue;
            }
            if !self.eq(*x, *y)? {
                if op == Cmp::Eq {
                    return Ok(false);
                }
                if op == Cmp::Ne {
                    return Ok(true);
                }
                let r = self.compare(*x, *y, op)?;
                return self.truthy(r);
            }
        }
        Ok(Self::cmp_result(op, Some(s.len().cmp(&t.len()))))
    }

    /// `hash(v)`.
    pub fn hash(&mut self, v: Value<'gc>) -> PyResult<'gc, i64> {
        match v {
            Value::Int(i) => Ok(hash_int(&Num::I(i))),
            Value::Bool(b) => Ok(b as i64),
            Value::Float(f) => Ok(hash_float(f)),
            Value::None | Value::Undef => Ok(0x5f3759df),
            Value::Obj(o) => {
                if let Payload::WeakRef(_) = o.payload
                    && let Some(h) = crate::modules::weakref::fast_hash(self, v)
                {
                    return h;
                }
                if self.is_user(v)
                    && self.type_flags(self.class_of(v)) & crate::object::types::USER_HASH != 0
                {
                    let cls = self.class_of(v);
                    match self.lookup_type(cls, "__hash__") {
                        Some(Value::None) => {
                            return self
                                .type_error(format!("unhashable type: '{}'", self.type_name(v)));
                        }
                        Some(f @ Value::Obj(fo)) if !matches!(fo.payload, Payload::Builtin(_)) => {
                            let r = self.call_found(f, v, &[])?;
                            return match as_num(r) {
                                // CPython keeps a __hash__ result that fits a machine word.
                                Some(Num::I(i)) => Ok(if i == -1 { -2 } else { i }),
                                Some(n @ Num::B(_)) => Ok(hash_int(&n)),
                                _ => self.type_error("__hash__ method should return an integer"),
                            };
                        }
                        _ => {}
                    }
                }
                match &o.payload {
                    Payload::Str(s) => Ok(s.hash()),
                    Payload::BigInt(b) => Ok(hash_int(&Num::B((**b).clone()))),
                    Payload::Float(f) => Ok(hash_float(*f)),
                    Payload::Tuple(items) => {
                        let items = items.to_vec();
                        self.enter_native("")?;
                        let r = self.tuple_hash(&items);
                        self.leave_native();
                        r
                    }
                    Payload::List(_) | Payload::Dict(_) => {
                        self.type_error(format!("unhashable type: '{}'", self.type_name(v)))
                    }
                    Payload::Set(d) => {
                        if Gc::ptr_eq(self.class_of(v), self.i.types.set)
                            || !self.is_subclass(self.class_of(v), self.i.types.frozenset)
                        {
                            return self
                                .type_error(format!("unhashable type: '{}'", self.type_name(v)));
                        }
                        let mut h: u64 = 0;
                        for e in d.borrow().iter_entries() {
                            let x = e.hash as u64;
                            h ^= (x ^ (x << 16) ^ 89869747).wrapping_mul(3644798167);
                        }
                        Ok((h as i64).max(i64::MIN + 2))
                    }
                    _ => Ok((Gc::as_ptr(o) as usize >> 4) as i64),
                }
            }
        }
    }

    fn tuple_hash(&mut self, items: &[Value<'gc>]) -> PyResult<'gc, i64> {
        const P1: u64 = 11400714785074694791;
        const P2: u64 = 14029467366897019727;
        const P5: u64 = 2870177450012600261;
        let mut acc: u64 = P5;
        for &x in items {
            let lane = self.hash(x)? as u64;
            acc = acc.wrapping_add(lane.wrapping_mul(P2));
            acc = acc.rotate_left(31);
            acc = acc.wrapping_mul(P1);
        }
        acc = acc.wrapping_add((items.len() as u64) ^ (P5 ^ 3527539));
        if acc == u64::MAX {
            return Ok(1546275796);
        }
        Ok(acc as i64)
    }

    /// Binary operator.
    pub fn binary(&mut self, a: Value<'gc>, b: Value<'gc>, op: BinOp) -> PyResult<'gc> {
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            let r = match op {
                BinOp::Add => x.checked_add(y),
                BinOp::Sub => x.checked_sub(y),
                BinOp::Mul => x.checked_mul(y),
                _ => None,
            };
            if let Some(r) = r {
                return Ok(Value::Int(r));
            }
        }
        self.binary_slow(a, b, op, None)
    }

    /// In-place operator.
    pub fn inplace(&mut self, a: Value<'gc>, b: Value<'gc>, op: BinOp) -> PyResult<'gc> {
        if let (Value::Int(_), _) | (Value::Float(_), _) = (a, b) {
            return self.binary(a, b, op);
        }
        let (_, _, iname, _) = binop_names(op);
        if let Some(f) = self.user_dunder(a, iname) {
            let r = self.call_found(f, a, &[b])?;
            if !self.is_not_impl(r) {
                return Ok(r);
            }
        } else if let Value::Obj(o) = a
            && let Payload::List(l) = &o.payload
        {
            match op {
                BinOp::Add => {
                    let items = self.iterate(b)?;
                    l.borrow_mut(self.mc).extend(items);
                    return Ok(a);
                }
                BinOp::Mul => {
                    let n = self.index_value(b)?;
                    let cur = l.borrow().clone();
                    let mut v = Vec::new();
                    for _ in 0..n.max(0) {
                        v.extend_from_slice(&cur);
                    }
                    *l.borrow_mut(self.mc) = v;
                    return Ok(a);
                }
                _ => {}
            }
        } else if let Value::Obj(o) = a
            && let Payload::Set(_) = &o.payload
            && Gc::ptr_eq(self.class_of(a), self.i.types.set)
            && matches!(op, BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor)
            && matches!(b, Value::Obj(bo) if matches!(bo.payload, Payload::Set(_)))
        {
            // CPython's set_ior / set_iand / set_isub / set_ixor work in place.
            use crate::builtins::set;
            match op {
                BinOp::Or => set::update(self, o, b)?,
                BinOp::And => {
                    let r = set::intersection(self, a, b)?;
                    set::take_body(self, o, r);
                }
                BinOp::Sub => set::difference_update(self, o, b)?,
                _ => set::symmetric_difference_update(self, o, b)?,
            }
            return Ok(a);
        } else if let Value::Obj(o) = a
            && let Payload::Dict(_) = &o.payload
            && op == BinOp::Or
        {
            self.dict_update(o, b)?;
            return Ok(a);
        }
        self.binary_slow(a, b, op, Some(iname))
    }

    fn binary_slow(
        &mut self,
        a: Value<'gc>,
        b: Value<'gc>,
        op: BinOp,
        inplace: Option<&str>,
    ) -> PyResult<'gc> {
        let (name, rname, _, sym) = binop_names(op);
        let ua = self.user_dunder(a, name);
        let ub = self.user_dunder(b, rname);
        if ua.is_none() && ub.is_none() {
            if let Some(r) = self.native_binop(a, b, op)? {
                return Ok(r);
            }
        } else {
            let b_first = ub.is_some() && {
                let (ca, cb) = (self.class_of(a), self.class_of(b));
                !Gc::ptr_eq(ca, cb) && self.is_subclass(cb, ca)
            };
            if b_first && let Some(f) = ub {
                let r = self.call_found(f, b, &[a])?;
                if !self.is_not_impl(r) {
                    return Ok(r);
                }
            }
            match ua {
                Some(f) => {
                    let r = self.call_found(f, a, &[b])?;
                    if !self.is_not_impl(r) {
                        return Ok(r);
                    }
                }
                None => {
                    if let Some(r) = self.native_binop(a, b, op)? {
                        return Ok(r);
                    }
                }
            }
            if !b_first && let Some(f) = ub {
                let r = self.call_found(f, b, &[a])?;
                if !self.is_not_impl(r) {
                    return Ok(r);
                }
            }
            if ub.is_none()
                && ua.is_some()
                && let Some(r) = self.native_binop(a, b, op)?
            {
                return Ok(r);
            }
        }
        let _ = inplace;
        let sym = if inplace.is_some() && op != BinOp::Pow {
            format!("{sym}=")
        } else {
            sym.to_string()
        };
        if op == BinOp::Add
            && matches!(a, Value::Obj(o) if o.as_str().is_some())
            && inplace.is_none()
        {
            return self.type_error(format!(
                "can only concatenate str (not \"{}\") to str",
                self.type_name(b)
            ));
        }
        if op == BinOp::Mul {
            let seq = |v: Value<'gc>| matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Str(_) | Payload::List(_) | Payload::Tuple(_)));
            let int = |v: Value<'gc>| matches!(v, Value::Int(_) | Value::Bool(_));
            if seq(a) && !int(b) && !seq(b) {
                return self.type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    self.type_name(b)
                ));
            }
            if seq(b) && !int(a) {
                return self.type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    self.type_name(a)
                ));
            }
        }
        if op == BinOp::Add
            && let Value::Obj(o) = a
            && matches!(o.payload, Payload::Tuple(_))
            && !self.is_user(a)
        {
            return self.type_error(format!(
                "can only concatenate tuple (not \"{}\") to tuple",
                self.type_name(b)
            ));
        }
        if op == BinOp::Add
            && let Value::Obj(o) = a
            && matches!(o.payload, Payload::List(_))
            && !self.is_user(a)
        {
            return self.type_error(format!(
                "can only concatenate list (not \"{}\") to list",
                self.type_name(b)
            ));
        }
        self.type_error(format!(
            "unsupported operand type(s) for {sym}: '{}' and '{}'",
            self.type_name(a),
            self.type_name(b)
        ))
    }

    /// Built-in implementations of binary operators; `None` if not applicable.
    pub fn native_binop(
        &mut self,
        a: Value<'gc>,
        b: Value<'gc>,
        op: BinOp,
    ) -> PyResult<'gc, Option<Value<'gc>>> {
        if op == BinOp::Mul {
            let is_seq = |v: Value<'gc>| matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Str(_) | Payload::List(_) | Payload::Tuple(_)));
            if is_seq(a) && self.user_dunder(b, "__index__").is_some() {
                let n = self.index_value(b)?;
                return self.native_binop(a, Value::Int(n), op);
            }
            if is_seq(b) && self.user_dunder(a, "__index__").is_some() {
                let n = self.index_value(a)?;
                return self.native_binop(Value::Int(n), b, op);
            }
        }
        if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
            match op {
                BinOp::And => return Ok(Some(Value::Bool(x & y))),
                BinOp::Or => return Ok(Some(Value::Bool(x | y))),
                BinOp::Xor => return Ok(Some(Value::Bool(x ^ y))),
                _ => {}
            }
        }
        if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
            return self.num_binop(op, &x, &y);
        }
        let mc = self.mc;
        match (a, b) {
            (Value::Obj(x), Value::Obj(y)) => match (&x.payload, &y.payload, op) {
                (Payload::Str(s), Payload::Str(t), BinOp::Add) => {
                    let mut r = String::with_capacity(s.text.len() + t.text.len());
                    r.push_str(&s.text);
                    r.push_str(&t.text);
                    Ok(Some(self.new_str(r)))
                }
                (Payload::Str(s), _, BinOp::Mod) => {
                    let s = s.text.to_string();
                    crate::builtins::format::percent_format(self, &s, b).map(Some)
                }
                (Payload::List(s), Payload::List(t), BinOp::Add) => {
                    let mut v = s.borrow().clone();
                    v.extend_from_slice(&t.borrow());
                    Ok(Some(self.new_list(v)))
                }
                (Payload::Tuple(s), Payload::Tuple(t), BinOp::Add) => {
                    let mut v = s.to_vec();
                    v.extend_from_slice(t);
                    Ok(Some(self.new_tuple(v)))
                }
                (
                    Payload::Set(_),
                    Payload::Set(_),
                    BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor,
                ) => crate::builtins::set::set_op(self, a, b, op).map(Some),
                (
                    Payload::DictView(_, 0 | 2),
                    _,
                    BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor,
                )
                | (
                    _,
                    Payload::DictView(_, 0 | 2),
                    BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor,
                ) => crate::builtins::set::view_op(self, a, b, op).map(Some),
                (Payload::Dict(s), Payload::Dict(_), BinOp::Or) => {
                    let d = self.new_dict_obj();
                    let items: Vec<(i64, Value, Value)> = s
                        .borrow()
                        .iter_entries()
                        .map(|e| (e.hash, e.key, e.value))
                        .collect();
                    if let Payload::Dict(dd) = &d.payload {
                        let mut dd = dd.borrow_mut(mc);
                        for (h, k, v) in items {
                            dd.insert_new(h, k, v);
                        }
                    }
                    self.dict_update(d, b)?;
                    Ok(Some(Value::Obj(d)))
                }
                _ => Ok(None),
            },
            (Value::Obj(x), n @ (Value::Int(_) | Value::Bool(_)))
            | (n @ (Value::Int(_) | Value::Bool(_)), Value::Obj(x))
                if op == BinOp::Mul =>
            {
                let n = self.index_value(n)?.max(0) as usize;
                match &x.payload {
                    Payload::Str(s) => {
                        if s.text.len().saturating_mul(n) > 1 << 30 {
                            return Err(self.err0(E::MemoryError));
                        }
                        Ok(Some(self.new_str(s.text.repeat(n))))
                    }
                    Payload::List(l) => {
                        let cur = l.borrow().clone();
                        if cur.len().saturating_mul(n) > 1 << 28 {
                            return Err(self.err0(E::MemoryError));
                        }
                        let mut v = Vec::with_capacity(cur.len() * n);
                        for _ in 0..n {
                            v.extend_from_slice(&cur);
                        }
                        Ok(Some(self.new_list(v)))
                    }
                    Payload::Tuple(t) => {
                        if t.len().saturating_mul(n) > 1 << 28 {
                            return Err(self.err0(E::MemoryError));
                        }
                        let mut v = Vec::with_capacity(t.len() * n);
                        for _ in 0..n {
                            v.extend_from_slice(t);
                        }
                        Ok(Some(self.new_tuple(v)))
                    }
                    _ => Ok(None),
                }
            }
            (Value::Obj(x), _) if op == BinOp::Mod && x.as_str().is_some() => {
                let s = x.as_str().map(|s| s.text.to_string()).unwrap_or_default();
                crate::builtins::format::percent_format(self, &s, b).map(Some)
            }
            _ => Ok(None),
        }
    }

    /// Unary operator.
    pub fn unary(&mut self, v: Value<'gc>, op: UnOp) -> PyResult<'gc> {
        let name = match op {
            UnOp::Neg => "__neg__",
            UnOp::Pos => "__pos__",
            UnOp::Invert => "__invert__",
        };
        if let Some(f) = self.user_dunder(v, name) {
            return self.call_found(f, v, &[]);
        }
        match (as_num(v), op) {
            (Some(Num::I(i)), UnOp::Neg) => Ok(match i.checked_neg() {
                Some(r) => Value::Int(r),
                None => crate::object::int_from_big(
                    self.mc,
                    self.i.types.int,
                    -num_bigint::BigInt::from(i),
                ),
            }),
            (Some(Num::B(b)), UnOp::Neg) => {
                Ok(crate::object::int_from_big(self.mc, self.i.types.int, -b))
            }
            (Some(Num::F(f)), UnOp::Neg) => Ok(Value::Float(-f)),
            (Some(Num::I(i)), UnOp::Pos) => Ok(Value::Int(i)),
            (Some(Num::B(_)), UnOp::Pos) => Ok(v),
            (Some(Num::F(f)), UnOp::Pos) => Ok(Value::Float(f)),
            (Some(Num::I(i)), UnOp::Invert) => Ok(Value::Int(!i)),
            (Some(Num::B(b)), UnOp::Invert) => {
                Ok(crate::object::int_from_big(self.mc, self.i.types.int, !b))
            }
            _ => {
                let s = match op {
                    UnOp::Neg => "unary -",
                    UnOp::Pos => "unary +",
                    UnOp::Invert => "unary ~",
                };
                self.type_error(format!("bad operand type for {s}: '{}'", self.type_name(v)))
            }
        }
    }

    /// `operator.index(v)` as i64.
    pub fn index_value(&mut self, v: Value<'gc>) -> PyResult<'gc, i64> {
        match v {
            Value::Int(i) => Ok(i),
            Value::Bool(b) => Ok(b as i64),
            Value::Obj(o) => {
                if let Payload::BigInt(_) = &o.payload {
                    return Err(self.err(
                        E::IndexError,
                        format!(
                            "cannot fit '{}' into an index-sized integer",
                            self.type_name(v)
                        ),
                    ));
                }
                if let Some(f) = self.user_dunder(v, "__index__") {
                    let r = self.call_found(f, v, &[])?;
                    if !matches!(as_num(r), Some(Num::I(_) | Num::B(_))) {
                        return self.type_error(format!(
                            "__index__ returned non-int (type {})",
                            self.type_name(r)
                        ));
                    }
                    return self.index_value(r);
                }
                self.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    self.type_name(v)
                ))
            }
            _ => self.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                self.type_name(v)
            )),
        }
    }

    /// `repr(v)`.
    pub fn repr(&mut self, v: Value<'gc>) -> PyResult<'gc, String> {
        match v {
            Value::None | Value::Undef => return Ok("None".into()),
            Value::Bool(b) => return Ok(if b { "True" } else { "False" }.into()),
            Value::Int(i) => return Ok(i.to_string()),
            Value::Float(f) => return Ok(float_repr(f)),
            Value::Obj(_) => {}
        }
        self.enter_native(" while getting the repr of an object")?;
        let r = self.repr_obj(v);
        self.leave_native();
        r
    }

    fn repr_obj(&mut self, v: Value<'gc>) -> PyResult<'gc, String> {
        let Value::Obj(o) = v else {
            return Ok(String::new());
        };
        if let Some(f) = self.user_dunder(v, "__repr__") {
            let r = self.call_found(f, v, &[])?;
            return match Self::str_of(r) {
                Some(s) => Ok(s.to_string()),
                None => self.type_error(format!(
                    "__repr__ returned non-string (type {})",
                    self.type_name(r)
                )),
            };
        }
        if self.i.repr_stack.iter().any(|x| Gc::ptr_eq(*x, o)) {
            return Ok(match &o.payload {
                Payload::List(_) => "[...]".into(),
                Payload::Dict(_) => "{...}".into(),
                _ => "...".into(),
            });
        }
        let user = self.is_user(v);
        let cname = self.type_name(v);
        let r = match &o.payload {
            Payload::Str(s) => str_repr(&s.text),
            Payload::BigInt(b) => b.to_string(),
            Payload::Float(f) => float_repr(*f),
            Payload::Tuple(t) => {
                let t = t.to_vec();
                self.i.repr_stack.push(o);
                let parts = self.repr_items(&t);
                self.i.repr_stack.pop();
                let parts = parts?;
                if t.len() == 1 {
                    format!("({},)", parts[0])
                } else {
                    format!("({})", parts.join(", "))
                }
            }
            Payload::List(l) => {
                let items = l.borrow().clone();
                self.i.repr_stack.push(o);
                let parts = self.repr_items(&items);
                self.i.repr_stack.pop();
                let s = format!("[{}]", parts?.join(", "));
                if user { s.to_string() } else { s }
            }
            Payload::Dict(d) => {
                let items: Vec<(Value, Value)> = d.borrow().iter().collect();
                self.i.repr_stack.push(o);
                let mut parts = Vec::new();
                let mut res = Ok(());
                for (k, val) in items {
                    match (self.repr(k), self.repr(val)) {
                        (Ok(k), Ok(val)) => parts.push(format!("{k}: {val}")),
                        (Err(e), _) | (_, Err(e)) => {
                            res = Err(e);
                            break;
                        }
                    }
                }
                self.i.repr_stack.pop();
                res?;
                format!("{{{}}}", parts.join(", "))
            }
            Payload::Set(d) => {
                let items: Vec<Value> = d.borrow().iter().map(|(k, _)| k).collect();
                let frozen = self.is_subclass(self.class_of(v), self.i.types.frozenset);
                self.i.repr_stack.push(o);
                let parts = self.repr_items(&items);
                self.i.repr_stack.pop();
                let parts = parts?;
                if items.is_empty() {
                    format!("{cname}()")
                } else if frozen || user {
                    format!("{cname}({{{}}})", parts.join(", "))
                } else {
                    format!("{{{}}}", parts.join(", "))
                }
            }
            Payload::Type(t) => {
                let module = match self.type_dict_get(o, "__module__") {
                    Some(m) => Self::str_of(m).unwrap_or("builtins").to_string(),
                    None => "builtins".into(),
                };
                if module == "builtins" {
                    format!("<class '{}'>", t.qualname)
                } else {
                    format!("<class '{}.{}'>", module, t.qualname)
                }
            }
            Payload::Function(f) => format!(
                "<function {} at {:#x}>",
                f.code.qualname,
                Gc::as_ptr(o) as usize
            ),
            Payload::Builtin(b) => match (
                b.bound,
                b.owner
                    .and_then(|c| c.as_type().map(|t| t.name.to_string())),
            ) {
                (Value::Undef, None) => format!("<built-in function {}>", b.name),
                (Value::Undef, Some(t)) if is_dunder(b.name) => {
                    format!("<slot wrapper '{}' of '{}' objects>", b.name, t)
                }
                (Value::Undef, Some(t)) => format!("<method '{}' of '{}' objects>", b.name, t),
                (s, Some(_)) if is_dunder(b.name) => format!(
                    "<method-wrapper '{}' of {} object at {:#x}>",
                    b.name,
                    self.type_name(s),
                    addr(s)
                ),
                (s, _) => format!(
                    "<built-in method {} of {} object at {:#x}>",
                    b.name,
                    self.type_name(s),
                    addr(s)
                ),
            },
            Payload::BoundMethod(Value::Obj(fo), s)
                if matches!(fo.payload, Payload::Builtin(_)) =>
            {
                let name = match &fo.payload {
                    Payload::Builtin(b) => b.name,
                    _ => "?",
                };
                format!(
                    "<built-in method {name} of {} object at {:#x}>",
                    self.type_name(*s),
                    addr(*s)
                )
            }
            Payload::BoundMethod(f, s) => {
                let qn = match f {
                    Value::Obj(fo) => match &fo.payload {
                        Payload::Function(ff) => ff.code.qualname.to_string(),
                        Payload::Builtin(b) => b.name.to_string(),
                        _ => "?".into(),
                    },
                    _ => "?".into(),
                };
                let sr = self.repr(*s)?;
                format!("<bound method {qn} of {sr}>")
            }
            Payload::Module(m) => format!("<module '{m}' (built-in)>"),
            Payload::BigRange(_) => crate::builtins::range::bounds(o)
                .map(|b| crate::builtins::range::repr(&b))
                .unwrap_or_default(),
            Payload::Range(a, b, s) => {
                if *s == 1 {
                    format!("range({a}, {b})")
                } else {
                    format!("range({a}, {b}, {s})")
                }
            }
            Payload::Slice(abc) => {
                let [a, b, c] = **abc;
                let (a, b, c) = (self.repr(a)?, self.repr(b)?, self.repr(c)?);
                format!("slice({a}, {b}, {c})")
            }
            Payload::Exception(d) => {
                let args = d.borrow().args;
                let inner = match args {
                    Value::Obj(t) => match &t.payload {
                        Payload::Tuple(items) if items.len() == 1 => self.repr(items[0])?,
                        Payload::Tuple(items) => {
                            let items = items.to_vec();
                            self.repr_items(&items)?.join(", ")
                        }
                        _ => String::new(),
                    },
                    _ => String::new(),
                };
                format!("{cname}({inner})")
            }
            Payload::Generator(g) => format!(
                "<generator object {} at {:#x}>",
                g.borrow().name,
                Gc::as_ptr(o) as usize
            ),
            Payload::Singleton(n) => (*n).to_string(),
            Payload::DictView(d, 3) => format!("mappingproxy({})", self.repr(Value::Obj(*d))?),
            Payload::DictView(d, k) => {
                let name = ["dict_keys", "dict_values", "dict_items"][(*k).min(2) as usize];
                let items = self.iterate(Value::Obj(PyObject::alloc(
                    self.mc,
                    Some(self.i.types.dict_keys),
                    None,
                    Payload::DictView(*d, *k),
                )))?;
                let parts = self.repr_items(&items)?;
                format!("{name}([{}])", parts.join(", "))
            }
            Payload::Property(..) => format!("<property object at {:#x}>", Gc::as_ptr(o) as usize),
            Payload::Cell(_) => format!("<cell at {:#x}>", Gc::as_ptr(o) as usize),
            _ => {
                let module = self
                    .type_dict_get(self.class_of(v), "__module__")
                    .and_then(Self::str_of)
                    .unwrap_or("builtins");
                let qn = self
                    .class_of(v)
                    .as_type()
                    .map(|t| t.qualname.to_string())
                    .unwrap_or_default();
                if module == "builtins" {
                    format!("<{} object at {:#x}>", qn, Gc::as_ptr(o) as usize)
                } else {
                    format!(
                        "<{}.{} object at {:#x}>",
                        module,
                        qn,
                        Gc::as_ptr(o) as usize
                    )
                }
            }
        };
        Ok(r)
    }

    fn repr_items(&mut self, items: &[Value<'gc>]) -> PyResult<'gc, Vec<String>> {
        let mut out = Vec::with_capacity(items.len());
        for &x in items {
            out.push(self.repr(x)?);
        }
        Ok(out)
    }

    /// `str(v)`.
    pub fn str_value(&mut self, v: Value<'gc>) -> PyResult<'gc, String> {
        if let Value::Obj(o) = v {
            if let Some(f) = self.user_dunder(v, "__str__") {
                let r = self.call_found(f, v, &[])?;
                return match Self::str_of(r) {
                    Some(s) => Ok(s.to_string()),
                    None => self.type_error(format!(
                        "__str__ returned non-string (type {})",
                        self.type_name(r)
                    )),
                };
            }
            match &o.payload {
                Payload::Str(s) => return Ok(s.text.to_string()),
                Payload::Exception(d) => {
                    let args = d.borrow().args;
                    if let Value::Obj(t) = args
                        && let Payload::Tuple(items) = &t.payload
                    {
                        return match items.len() {
                            0 => Ok(String::new()),
                            1 => {
                                if self.exc_is(o, E::KeyError) {
                                    self.repr(items[0])
                                } else {
                                    self.str_value(items[0])
                                }
                            }
                            _ => self.repr(args),
                        };
                    }
                    return Ok(String::new());
                }
                _ => {}
            }
        }
        self.repr(v)
    }

    /// `len(v)`.
    pub fn len(&mut self, v: Value<'gc>) -> PyResult<'gc, usize> {
        if let Some(f) = self.user_dunder(v, "__len__") {
            let r = self.call_found(f, v, &[])?;
            let n = match r {
                Value::Int(i) => i,
                Value::Bool(b) => b as i64,
                _ => {
                    if matches!(as_num(r), Some(Num::B(_))) {
                        return Err(self.err(
                            E::OverflowError,
                            "cannot fit 'int' into an index-sized integer",
                        ));
                    }
                    return self.type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        self.type_name(r)
                    ));
                }
            };
            if n < 0 {
                return self.value_error("__len__() should return >= 0");
            }
            return Ok(n as usize);
        }
        if let Value::Obj(o) = v {
            match &o.payload {
                Payload::Str(s) => return Ok(s.chars),
                Payload::Tuple(t) => return Ok(t.len()),
                Payload::List(l) => return Ok(l.borrow().len()),
                Payload::Dict(d) | Payload::Set(d) => return Ok(d.borrow().len()),
                Payload::Range(a, b, s) => return Ok(range_len(*a, *b, *s) as usize),
                Payload::BigRange(_) => {
                    let b = crate::builtins::range::bounds(o);
                    if let Some(b) = b {
                        return crate::builtins::range::len_usize(self, &b);
                    }
                }
                Payload::DictView(d, _) => return self.len(Value::Obj(*d)),
                _ => {}
            }
        }
        self.type_error(format!(
            "object of type '{}' has no len()",
            self.type_name(v)
        ))
    }

    /// Would `iter(v)` find a way to iterate `v` (CPython: `tp_iter` or the sequence protocol)?
    pub fn is_iterable(&self, v: Value<'gc>) -> bool {
        if self.user_dunder(v, "__iter__").is_some() || self.user_dunder(v, "__getitem__").is_some()
        {
            return true;
        }
        matches!(v, Value::Obj(o) if matches!(
            o.payload,
            Payload::List(_)
                | Payload::Tuple(_)
                | Payload::Str(_)
                | Payload::Range(..)
                | Payload::BigRange(_)
                | Payload::Dict(_)
                | Payload::Set(_)
                | Payload::DictView(..)
                | Payload::Iter(_)
                | Payload::Generator(_)
        ))
    }

    /// Is `v` a mapping for `**` and `{**v}` (a dict, or a class with `keys`)?
    pub fn is_mapping(&self, v: Value<'gc>) -> bool {
        matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Dict(_)))
            || self.lookup_type(self.class_of(v), "keys").is_some()
    }

    /// `iter(v)`.
    pub fn get_iter(&mut self, v: Value<'gc>) -> PyResult<'gc> {
        if let Some(f) = self.user_dunder(v, "__iter__") {
            let it = self.call_found(f, v, &[])?;
            if self.user_dunder(it, "__next__").is_none() && !self.is_native_iter(it) {
                return self.type_error(format!(
                    "iter() returned non-iterator of type '{}'",
                    self.type_name(it)
                ));
            }
            return Ok(it);
        }
        if let Value::Obj(o) = v {
            let st = match &o.payload {
                Payload::List(_) | Payload::Tuple(_) => IterState::Seq(v, 0),
                Payload::Str(_) => IterState::Str(o, 0),
                Payload::Range(a, b, s) => IterState::Range(*a, *b, *s),
                Payload::BigRange(r) => IterState::BigRange(r.clone()),
                Payload::Dict(d) | Payload::Set(d) => IterState::Dict(o, 0, 0, d.borrow().len()),
                Payload::DictView(d, k) => {
                    let n = self.len(Value::Obj(*d))?;
                    IterState::Dict(*d, 0, if *k == 3 { 0 } else { *k }, n)
                }
                Payload::Iter(_) | Payload::Generator(_) => return Ok(v),
                _ => {
                    if self.user_dunder(v, "__getitem__").is_some() {
                        IterState::GetItem(v, 0)
                    } else {
                        return self
                            .type_error(format!("'{}' object is not iterable", self.type_name(v)));
                    }
                }
            };
            return Ok(self.new_iter(st));
        }
        self.type_error(format!("'{}' object is not iterable", self.type_name(v)))
    }

    fn is_native_iter(&self, v: Value<'gc>) -> bool {
        matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Iter(_) | Payload::Generator(_)))
    }

    /// One step of `yield from it`: `Ok(value)` when it yields, `Err(result)` when it is
    /// exhausted, `result` being its return value (`StopIteration.value`).
    pub fn next_or_return(
        &mut self,
        it: Value<'gc>,
    ) -> PyResult<'gc, Result<Value<'gc>, Value<'gc>>> {
        if let Value::Obj(o) = it {
            if matches!(o.payload, Payload::Generator(_)) {
                return Ok(match self.gen_resume(o, Value::None, None)? {
                    crate::vm::call::GenStep::Yield(v) => Ok(v),
                    crate::vm::call::GenStep::Return(v) => Err(v),
                });
            }
            if !matches!(o.payload, Payload::Iter(_))
                && let Some(f) = self.user_dunder(it, "__next__")
            {
                return match self.call_found(f, it, &[]) {
                    Ok(v) => Ok(Ok(v)),
                    Err(e) if self.exc_is(e.0, E::StopIteration) => {
                        let v = self.getattr_opt(Value::Obj(e.0), "value")?;
                        Ok(Err(v.unwrap_or(Value::None)))
                    }
                    Err(e) => Err(e),
                };
            }
        }
        Ok(self.next(it)?.ok_or(Value::None))
    }

    /// `next(it)`: `Ok(None)` when exhausted.
    pub fn next(&mut self, it: Value<'gc>) -> PyResult<'gc, Option<Value<'gc>>> {
        let Value::Obj(o) = it else {
            return self.type_error(format!(
                "'{}' object is not an iterator",
                self.type_name(it)
            ));
        };
        match &o.payload {
            Payload::Iter(st) => crate::builtins::iters::iter_next(self, *st),
            Payload::Generator(_) => match self.gen_resume(o, Value::None, None)? {
                crate::vm::call::GenStep::Yield(v) => Ok(Some(v)),
                crate::vm::call::GenStep::Return(_) => Ok(None),
            },
            _ => {
                if let Some(f) = self.user_dunder(it, "__next__") {
                    match self.call_found(f, it, &[]) {
                        Ok(v) => Ok(Some(v)),
                        Err(e) if self.exc_is(e.0, E::StopIteration) => Ok(None),
                        Err(e) => Err(e),
                    }
                } else {
                    self.type_error(format!(
                        "'{}' object is not an iterator",
                        self.type_name(it)
                    ))
                }
            }
        }
    }

    /// Collect an iterable into a Vec.
    pub fn iterate(&mut self, v: Value<'gc>) -> PyResult<'gc, Vec<Value<'gc>>> {
        if let Value::Obj(o) = v
            && !self.is_user(v)
        {
            match &o.payload {
                Payload::List(l) => return Ok(l.borrow().clone()),
                Payload::Tuple(t) => return Ok(t.to_vec()),
                _ => {}
            }
        }
        let it = self.get_iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.next(it)? {
            out.push(x);
            if out.len() > 1 << 27 {
                return Err(self.err0(E::MemoryError));
            }
        }
        Ok(out)
    }

    /// `o[k]`.
    pub fn getitem(&mut self, o: Value<'gc>, k: Value<'gc>) -> PyResult<'gc> {
        if let Value::Obj(obj) = o {
            if let (Payload::List(l), Value::Int(i)) = (&obj.payload, k)
                && obj
                    .class
                    .get()
                    .is_some_and(|c| Gc::ptr_eq(c, self.i.types.list))
            {
                let l = l.borrow();
                let n = l.len() as i64;
                let j = if i < 0 { i + n } else { i };
                if j >= 0 && j < n {
                    return Ok(l[j as usize]);
                }
            }
            if let Some(f) = self.user_dunder(o, "__getitem__") {
                return self.call_found(f, o, &[k]);
            }
            if let Payload::Type(_) = &obj.payload {
                if let Some(f) = self.lookup_type(obj, "__class_getitem__") {
                    // Implicitly a classmethod: called with the class itself.
                    let f = match f {
                        Value::Obj(c) => match &c.payload {
                            Payload::ClassMethod(inner) => *inner,
                            _ => f,
                        },
                        _ => f,
                    };
                    return self.call(f, &[o, k], &[]);
                }
                if Gc::ptr_eq(obj, self.i.types.list)
                    || Gc::ptr_eq(obj, self.i.types.dict)
                    || Gc::ptr_eq(obj, self.i.types.tuple)
                    || Gc::ptr_eq(obj, self.i.types.set)
                    || Gc::ptr_eq(obj, self.i.types.type_)
                {
                    return Ok(o);
                }
            }
            return crate::builtins::seq::native_getitem(self, obj, k);
        }
        self.type_error(format!(
            "'{}' object is not subscriptable",
            self.type_name(o)
        ))
    }

    /// `o[k] = v`.
    pub fn setitem(&mut self, o: Value<'gc>, k: Value<'gc>, v: Value<'gc>) -> PyResult<'gc, ()> {
        if let Some(f) = self.user_dunder(o, "__setitem__") {
            self.call_found(f, o, &[k, v])?;
            return Ok(());
        }
        if let Value::Obj(obj) = o {
            match &obj.payload {
                Payload::List(l) => {
                    if let Value::Obj(ko) = k
                        && let Payload::Slice(..) = ko.payload
                    {
                        return crate::builtins::seq::list_set_slice(self, obj, ko, v);
                    }
                    let i = self.seq_index(k, "list")?;
                    let mut l = l.borrow_mut(self.mc);
                    let n = l.len() as i64;
                    let j = if i < 0 { i + n } else { i };
                    if j < 0 || j >= n {
                        drop(l);
                        return Err(self.err(E::IndexError, "list assignment index out of range"));
                    }
                    l[j as usize] = v;
                    return Ok(());
                }
                Payload::Dict(_) => return self.dict_set(obj, k, v),
                _ => {}
            }
        }
        self.type_error(format!(
            "'{}' object does not support item assignment",
            self.type_name(o)
        ))
    }

    /// `del o[k]`.
    pub fn delitem(&mut self, o: Value<'gc>, k: Value<'gc>) -> PyResult<'gc, ()> {
        if let Some(f) = self.user_dunder(o, "__delitem__") {
            self.call_found(f, o, &[k])?;
            return Ok(());
        }
        if let Value::Obj(obj) = o {
            match &obj.payload {
                Payload::List(l) => {
                    if let Value::Obj(ko) = k
                        && let Payload::Slice(..) = ko.payload
                    {
                        let n = l.borrow().len();
                        let idx = crate::builtins::seq::slice_indices(self, ko, n)?;
                        let mut keep = Vec::new();
                        let cur = l.borrow().clone();
                        for (i, x) in cur.into_iter().enumerate() {
                            if !idx.contains(&i) {
                                keep.push(x);
                            }
                        }
                        *l.borrow_mut(self.mc) = keep;
                        return Ok(());
                    }
                    let i = self.seq_index(k, "list")?;
                    let mut l = l.borrow_mut(self.mc);
                    let n = l.len() as i64;
                    let j = if i < 0 { i + n } else { i };
                    if j < 0 || j >= n {
                        drop(l);
                        return Err(self.err(E::IndexError, "list assignment index out of range"));
                    }
                    l.remove(j as usize);
                    return Ok(());
                }
                Payload::Dict(_) => {
                    if !self.dict_del(obj, k)? {
                        return Err(self.key_error(k));
                    }
                    return Ok(());
                }
                _ => {}
            }
        }
        self.type_error(format!(
            "'{}' object doesn't support item deletion",
            self.type_name(o)
        ))
    }

    /// Integer index for a sequence.
    pub fn seq_index(&mut self, k: Value<'gc>, what: &str) -> PyResult<'gc, i64> {
        match k {
            Value::Int(i) => Ok(i),
            Value::Bool(b) => Ok(b as i64),
            _ if self.user_dunder(k, "__index__").is_some() => self.index_value(k),
            Value::Obj(o) if matches!(o.payload, Payload::BigInt(_)) => Err(self.err(
                E::IndexError,
                "cannot fit 'int' into an index-sized integer".to_string(),
            )),
            _ if what == "string" => self.type_error(format!(
                "string indices must be integers, not '{}'",
                self.type_name(k)
            )),
            _ => self.type_error(format!(
                "{what} indices must be integers or slices, not {}",
                self.type_name(k)
            )),
        }
    }

    /// `v in c`.
    pub fn contains(&mut self, c: Value<'gc>, v: Value<'gc>) -> PyResult<'gc, bool> {
        if let Some(f) = self.user_dunder(c, "__contains__") {
            let r = self.call_found(f, c, &[v])?;
            return self.truthy(r);
        }
        if let Value::Obj(o) = c {
            match &o.payload {
                Payload::Dict(_) => return Ok(self.dict_get(o, v)?.is_some()),
                Payload::Set(_) => return self.set_contains(o, v),
                Payload::DictView(d, 0 | 3) => return Ok(self.dict_get(*d, v)?.is_some()),
                Payload::DictView(d, 2) => {
                    // `(k, v) in d.items()`: look the key up, then compare the value.
                    let pair = match v {
                        Value::Obj(t) => match &t.payload {
                            Payload::Tuple(kv) if kv.len() == 2 => Some((kv[0], kv[1])),
                            _ => None,
                        },
                        _ => None,
                    };
                    let Some((k, val)) = pair else {
                        return Ok(false);
                    };
                    return match self.dict_get(*d, k)? {
                        Some(found) => Ok(found.is(val) || self.eq(found, val)?),
                        None => Ok(false),
                    };
                }
                Payload::Str(s) => {
                    return match Self::str_of(v) {
                        Some(t) => Ok(s.text.contains(t)),
                        None => self.type_error(format!(
                            "'in <string>' requires string as left operand, not {}",
                            self.type_name(v)
                        )),
                    };
                }
                Payload::BigRange(_) => {
                    let Some(b) = crate::builtins::range::bounds(o) else {
                        return Ok(false);
                    };
                    return Ok(match as_num(v) {
                        Some(Num::I(i)) => crate::builtins::range::contains(&b, &i.into()),
                        Some(Num::B(i)) => crate::builtins::range::contains(&b, &i),
                        Some(Num::F(f)) if f.fract() == 0.0 => {
                            let i: Option<num_bigint::BigInt> =
                                num_traits::FromPrimitive::from_f64(f);
                            i.is_some_and(|i| crate::builtins::range::contains(&b, &i))
                        }
                        _ => false,
                    });
                }
                Payload::Range(a, b, s) => {
                    if !matches!(v, Value::Int(_)) {
                        let items = self.iterate(c)?;
                        for x in items {
                            if self.eq(x, v)? {
                                return Ok(true);
                            }
                        }
                        return Ok(false);
                    }
                    if let Value::Int(i) = v {
                        let (a, b, s) = (*a, *b, *s);
                        let inr = if s > 0 {
                            i >= a && i < b
                        } else {
                            i <= a && i > b
                        };
                        return Ok(inr && (i - a) % s == 0);
                    }
                }
                Payload::List(_) | Payload::Tuple(_) => {
                    let items = self.iterate(c)?;
                    for x in items {
                        if x.is(v) || self.eq(x, v)? {
                            return Ok(true);
                        }
                    }
                    return Ok(false);
                }
                _ => {}
            }
        }
        if matches!(c, Value::Obj(_))
            && (self.user_dunder(c, "__iter__").is_some()
                || self.user_dunder(c, "__getitem__").is_some()
                || matches!(c, Value::Obj(o) if matches!(o.payload, Payload::Iter(_) | Payload::Generator(_) | Payload::DictView(..))))
        {
            // CPython's _PySequence_IterSearch: a TypeError from iter() becomes its own.
            let it = match self.get_iter(c) {
                Ok(it) => it,
                Err(e) if self.exc_is(e.0, E::TypeError) => {
                    return self.type_error(format!(
                        "argument of type '{}' is not iterable",
                        self.type_name(c)
                    ));
                }
                Err(e) => return Err(e),
            };
            while let Some(x) = self.next(it)? {
                if x.is(v) || self.eq(x, v)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        self.type_error(format!(
            "argument of type '{}' is not iterable",
            self.type_name(c)
        ))
    }

    // ----- dict and set primitives (may call __hash__/__eq__) -----

    fn dict_data(&self, d: Obj<'gc>) -> Option<gc_arena::lock::GcRefLock<'gc, DictData<'gc>>> {
        match &d.payload {
            Payload::Dict(x) | Payload::Set(x) => Some(*x),
            _ => None,
        }
    }

    /// Find a key's slot.
    pub fn dict_find(
        &mut self,
        d: Obj<'gc>,
        key: Value<'gc>,
        hash: i64,
    ) -> PyResult<'gc, Option<usize>> {
        let Some(data) = self.dict_data(d) else {
            return Ok(None);
        };
        let mut needs_slow = false;
        let found = data.borrow().find_by(hash, |k| match key_eq_fast(k, key) {
            Some(r) => r,
            None => {
                needs_slow = true;
                false
            }
        });
        if found.is_some() || !needs_slow {
            return Ok(found);
        }
        let cands = data.borrow().candidates(hash);
        for i in cands {
            let k = match data.borrow().entry(i) {
                Some(e) if !e.key.is_undef() => e.key,
                _ => continue,
            };
            if key_eq_fast(k, key).is_none() && self.eq(k, key)? {
                return Ok(Some(i));
            }
        }
        Ok(None)
    }

    /// `d.get(key)`.
    pub fn dict_get(&mut self, d: Obj<'gc>, key: Value<'gc>) -> PyResult<'gc, Option<Value<'gc>>> {
        let h = self.hash(key)?;
        let Some(i) = self.dict_find(d, key, h)? else {
            return Ok(None);
        };
        Ok(self
            .dict_data(d)
            .and_then(|x| x.borrow().entry(i).map(|e| e.value)))
    }

    /// `d[key] = value`.
    pub fn dict_set(
        &mut self,
        d: Obj<'gc>,
        key: Value<'gc>,
        value: Value<'gc>,
    ) -> PyResult<'gc, ()> {
        let h = self.hash(key)?;
        let Some(data) = self.dict_data(d) else {
            return Ok(());
        };
        match self.dict_find(d, key, h)? {
            Some(i) => data.borrow_mut(self.mc).set_value(i, value),
            None => data.borrow_mut(self.mc).insert_new(h, key, value),
        }
        Ok(())
    }

    /// `del d[key]`; false if absent.
    pub fn dict_del(&mut self, d: Obj<'gc>, key: Value<'gc>) -> PyResult<'gc, bool> {
        let h = self.hash(key)?;
        let Some(data) = self.dict_data(d) else {
            return Ok(false);
        };
        match self.dict_find(d, key, h)? {
            Some(i) => {
                data.borrow_mut(self.mc).remove_at(i);
                Ok(true)
            }
            None => Ok(false),
        }
    }

    /// Get a str key without allocating.
    /// Get a str key with a known hash.
    #[inline]
    pub fn dict_get_str_h(d: Obj<'gc>, key: &str, h: i64) -> Option<Value<'gc>> {
        match &d.payload {
            Payload::Dict(x) => x.borrow().get_str_h(key, h),
            _ => None,
        }
    }

    pub fn dict_get_str(d: Obj<'gc>, key: &str) -> Option<Value<'gc>> {
        match &d.payload {
            Payload::Dict(x) => x.borrow().get_str(key),
            _ => None,
        }
    }

    /// Set a str key.
    pub fn dict_set_str(&mut self, d: Obj<'gc>, key: &str, v: Value<'gc>) {
        let k = self.intern(key);
        let _ = self.dict_set(d, k, v);
    }

    /// Add to a set.
    pub fn set_add(&mut self, s: Obj<'gc>, key: Value<'gc>) -> PyResult<'gc, ()> {
        let h = self.hash(key)?;
        self.set_add_h(s, key, h)
    }

    /// Add `key`, whose hash is `h`, to a set.
    pub fn set_add_h(&mut self, s: Obj<'gc>, key: Value<'gc>, h: i64) -> PyResult<'gc, ()> {
        if self.dict_find(s, key, h)?.is_none()
            && let Some(data) = self.dict_data(s)
        {
            data.borrow_mut(self.mc).insert_new(h, key, Value::None);
        }
        Ok(())
    }

    /// Set membership.
    pub fn set_contains(&mut self, s: Obj<'gc>, key: Value<'gc>) -> PyResult<'gc, bool> {
        let h = match self.hash(key) {
            Ok(h) => h,
            Err(e) => {
                if let Value::Obj(ko) = key
                    && let Payload::Set(_) = ko.payload
                {
                    let f = self.set_from_iter(key, true)?;
                    return self.set_contains(s, Value::Obj(f));
                }
                return Err(e);
            }
        };
        Ok(self.dict_find(s, key, h)?.is_some())
    }

    /// Build a set from an iterable.
    pub fn set_from_iter(&mut self, it: Value<'gc>, frozen: bool) -> PyResult<'gc, Obj<'gc>> {
        crate::builtins::set::from_iter(self, it, frozen)
    }

    /// `d.update(other)`.
    pub fn dict_update(&mut self, d: Obj<'gc>, other: Value<'gc>) -> PyResult<'gc, ()> {
        if let Value::Obj(o) = other
            && let Payload::Dict(x) = &o.payload
            && !self.is_user(other)
        {
            let items: Vec<(Value, Value)> = x.borrow().iter().collect();
            for (k, v) in items {
                self.dict_set(d, k, v)?;
            }
            return Ok(());
        }
        let cls = self.class_of(other);
        if self.lookup_type(cls, "keys").is_some() {
            let keys = self.call_method(other, "keys", &[])?;
            for k in self.iterate(keys)? {
                let v = self.getitem(other, k)?;
                self.dict_set(d, k, v)?;
            }
            return Ok(());
        }
        let items = self.iterate(other)?;
        for (n, item) in items.into_iter().enumerate() {
            let kv = match self.iterate(item) {
                Ok(kv) => kv,
                Err(_) => {
                    return self.type_error(format!(
                        "cannot convert dictionary update sequence element #{n} to a sequence"
                    ));
                }
            };
            if kv.len() != 2 {
                return self.value_error(format!(
                    "dictionary update sequence element #{n} has length {}; 2 is required",
                    kv.len()
                ));
            }
            self.dict_set(d, kv[0], kv[1])?;
        }
        Ok(())
    }

    /// Call `obj.name(*args)`.
    pub fn call_method(
        &mut self,
        obj: Value<'gc>,
        name: &str,
        args: &[Value<'gc>],
    ) -> PyResult<'gc> {
        let f = self.getattr_str(obj, name)?;
        self.call(f, args, &[])
    }

    /// Stop-iteration helper for errors.
    pub fn stop_iteration(&self, v: Value<'gc>) -> PyErr<'gc> {
        PyErr(self.make_exc(
            self.i.types.exc[E::StopIteration as usize],
            if v.is(Value::None) { vec![] } else { vec![v] },
        ))
    }
}

fn swap(op: Cmp) -> Cmp {
    match op {
        Cmp::Lt => Cmp::Gt,
        Cmp::Le => Cmp::Ge,
        Cmp::Gt => Cmp::Lt,
        Cmp::Ge => Cmp::Le,
        o => o,
    }
}

fn addr(v: Value<'_>) -> usize {
    match v {
        Value::Obj(o) => Gc::as_ptr(o) as usize,
        _ => 0,
    }
}

/// Number of items in a range.
pub fn range_len(a: i64, b: i64, s: i64) -> i64 {
    if s > 0 && a < b {
        ((b as i128 - a as i128 - 1) / s as i128 + 1) as i64
    } else if s < 0 && a > b {
        ((a as i128 - b as i128 - 1) / (-(s as i128)) + 1) as i64
    } else {
        0
    }
}

/// Key equality without running Python code; `None` when Python code would be needed.
#[inline]
pub fn key_eq_fast<'gc>(a: Value<'gc>, b: Value<'gc>) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x == y),
        (Value::Obj(x), Value::Obj(y)) => {
            if Gc::ptr_eq(x, y) {
                return Some(true);
            }
            match (&x.payload, &y.payload) {
                (Payload::Str(s), Payload::Str(t)) if is_plain(x) && is_plain(y) => {
                    Some(s.text == t.text)
                }
                (Payload::Str(_), Payload::BigInt(_) | Payload::Tuple(_))
                | (Payload::BigInt(_) | Payload::Tuple(_), Payload::Str(_)) => Some(false),
                (Payload::BigInt(p), Payload::BigInt(q)) => Some(p == q),
                _ => None,
            }
        }
        (Value::Obj(x), other) | (other, Value::Obj(x)) => match (&x.payload, other) {
            (Payload::Str(_), _) if is_plain(x) => Some(false),
            (Payload::BigInt(_), Value::Int(_) | Value::None | Value::Bool(_)) => Some(false),
            (Payload::Tuple(_), _) => Some(false),
            _ => None,
        },
        (Value::None, Value::None) => Some(true),
        (Value::None, _) | (_, Value::None) => Some(false),
        _ => {
            if let (Some(p), Some(q)) = (as_num(a), as_num(b)) {
                Some(Vm::num_cmp(&p, &q) == Some(std::cmp::Ordering::Equal))
            } else {
                Some(a.is(b))
            }
        }
    }
}

fn is_plain(o: Obj<'_>) -> bool {
    match o.class.get() {
        Some(c) => c.as_type().is_some_and(|t| t.builtin),
        None => true,
    }
}

/// `__name__`-style special method names, whose built-in versions are slot wrappers.
fn is_dunder(name: &str) -> bool {
    name.len() > 4 && name.starts_with("__") && name.ends_with("__")
}
