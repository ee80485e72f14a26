//! Attribute access: MRO lookup, descriptors (functions, properties, static and class
//! methods), instance dictionaries, `__slots__`, and `__getattr__`/`__setattr__`/`__delattr__`.
//!
//! Invariant: data descriptors on the type win over the instance dict, which wins over
//! non-data descriptors and plain class attributes; `__getattr__` runs only after all fail.

use gc_arena::Gc;

use crate::object::{Builtin, Payload, PyObject};
use crate::value::{Obj, Value};
use crate::vm::{E, PyResult, Vm};

/// Attribute-cache marker: the name is on no class of the MRO.
const NOT_FOUND: u16 = u16::MAX;

impl<'gc, 'a> Vm<'gc, 'a> {
    /// Look a name up in a class's own dict.
    #[inline]
    pub fn type_dict_get(&self, cls: Obj<'gc>, name: &str) -> Option<Value<'gc>> {
        cls.dict.and_then(|d| Self::dict_get_str(d, name))
    }

    /// Look a name up along the MRO with a known hash.
    #[inline]
    pub fn lookup_type_h(&self, cls: Obj<'gc>, name: &str, h: i64) -> Option<Value<'gc>> {
        self.lookup_type_owner(cls, name, h).map(|(v, _)| v)
    }

    /// Look a name up along the MRO with a known hash: the value and the class that defines it.
    #[inline]
    pub fn lookup_type_owner(
        &self,
        cls: Obj<'gc>,
        name: &str,
        h: i64,
    ) -> Option<(Value<'gc>, Obj<'gc>)> {
        let t = cls.as_type()?;
        let addr = Gc::as_ptr(cls) as usize;
        let cache = &self.i.host.attr_cache;
        let slot = if cache.is_empty() {
            None
        } else {
            cache.get(((addr >> 4) ^ (h as usize)) & (cache.len() - 1))
        };
        let cached = slot
            .map(|c| c.get())
            .filter(|e| e.cls == addr && e.hash == h && e.seq == t.seq);
        let at = |k: usize| {
            if k == 0 {
                Some(cls)
            } else {
                t.mro.get(k - 1).copied()
            }
        };
        // (value, class, entry index in the class's dict)
        let in_class = |k: usize| {
            let c = at(k)?;
            let Payload::Dict(d) = &c.dict?.payload else {
                return None;
            };
            let d = d.borrow();
            let i = d.find_str_h(name, h)?;
            Some((d.value_at(i)?, c, i))
        };
        if let Some(e) = cached {
            if e.index == NOT_FOUND {
                return None;
            }
            // The entry index found last time, when its key is still this very name.
            if let Some(c) = at(e.index as usize)
                && let Some(dict) = c.dict
                && let Payload::Dict(d) = &dict.payload
                && let Some(v) = d.borrow().str_at(e.entry as usize, name)
            {
                return Some((v, c));
            }
            if let Some((v, c, _)) = in_class(e.index as usize) {
                return Some((v, c));
            }
        }
        let found = (0..=t.mro.len()).find_map(|k| in_class(k).map(|f| (k, f)));
        if let Some(c) = slot {
            c.set(crate::vm::AttrCacheEntry {
                cls: addr,
                seq: t.seq,
                hash: h,
                index: found.map(|(k, _)| k as u16).unwrap_or(NOT_FOUND),
                entry: found.map(|(_, (_, _, i))| i as u32).unwrap_or(u32::MAX),
            });
        }
        found.map(|(_, (v, c, _))| (v, c))
    }

    /// Special-method flags of a class (computed once; see `TypeData::flags`).
    pub fn type_flags(&self, cls: Obj<'gc>) -> u8 {
        let Some(t) = cls.as_type() else { return 0 };
        let f = t.flags.get();
        let epoch = self.i.host.class_epoch.get();
        if f & crate::object::types::FLAGS_KNOWN != 0 && t.flags_epoch.get() == epoch {
            return f;
        }
        let mut f = crate::object::types::FLAGS_KNOWN;
        let user = |n: &str| match self.lookup_type(cls, n) {
            Some(Value::Obj(o)) => !matches!(o.payload, Payload::Builtin(_)),
            Some(_) => true,
            None => false,
        };
        if user("__setattr__") {
            f |= crate::object::types::HAS_SETATTR;
        }
        if user("__getattr__") {
            f |= crate::object::types::HAS_GETATTR;
        }
        if user("__delattr__") {
            f |= crate::object::types::HAS_DELATTR;
        }
        // `__eq__`/`__hash__` other than `object`'s (identity): a user class's, or a built-in
        // base's such as `str`'s.
        let own = |n: &str| {
            self.lookup_type_owner(cls, n, crate::object::pystr::str_hash(n))
                .is_some_and(|(_, owner)| !Gc::ptr_eq(owner, self.i.types.object))
        };
        if own("__eq__") {
            f |= crate::object::types::USER_EQ;
        }
        if own("__hash__") {
            f |= crate::object::types::USER_HASH;
        }
        t.flags.set(f);
        t.flags_epoch.set(epoch);
        f
    }

    /// Look a name up along the MRO of `cls`.
    pub fn lookup_type(&self, cls: Obj<'gc>, name: &str) -> Option<Value<'gc>> {
        self.lookup_type_h(cls, name, crate::object::pystr::str_hash(name))
    }

    /// Forget every cached MRO lookup and class flag (after any class namespace changes).
    pub fn invalidate_attr_cache(&self) {
        let epoch = &self.i.host.class_epoch;
        epoch.set(epoch.get() + 1);
        crate::vm::clear_attr_cache(&self.i.host.attr_cache);
    }

    /// CPython's error for setting or deleting attribute `n` of an immutable type: named as
    /// its C type is (`int`, `weakref.ReferenceType`).
    fn immutable_type_error(&mut self, cls: Obj<'gc>, n: &str) -> crate::vm::PyErr<'gc> {
        let Some(t) = cls.as_type() else {
            return self.err(E::TypeError, "cannot set attributes of this type");
        };
        let module = cls
            .dict
            .and_then(|d| Self::dict_get_str(d, "__module__"))
            .and_then(Self::str_of)
            .filter(|m| *m != "builtins" && !t.builtin);
        let name = match module {
            Some(m) => format!("{m}.{}", t.name),
            None => t.name.to_string(),
        };
        self.err(
            E::TypeError,
            format!("cannot set '{n}' attribute of immutable type '{name}'"),
        )
    }

    /// Is `a` a subclass of `b`?
    pub fn is_subclass(&self, a: Obj<'gc>, b: Obj<'gc>) -> bool {
        if Gc::ptr_eq(a, b) {
            return true;
        }
        match a.as_type() {
            Some(t) => t.mro.iter().any(|c| Gc::ptr_eq(*c, b)),
            None => false,
        }
    }

    /// `isinstance(v, cls)` for one class.
    pub fn isinstance(&self, v: Value<'gc>, cls: Obj<'gc>) -> bool {
        self.is_subclass(self.class_of(v), cls)
    }

    /// Bind a class attribute found on `type(obj)` to `obj`; `None` = use as is.
    pub fn bind_descriptor(
        &mut self,
        f: Value<'gc>,
        obj: Value<'gc>,
    ) -> PyResult<'gc, Option<Value<'gc>>> {
        let Value::Obj(fo) = f else { return Ok(None) };
        Ok(match &fo.payload {
            Payload::Function(_) => Some(self.bound_method(f, obj)),
            Payload::Builtin(b) if b.bound.is_undef() => Some(self.bound_builtin(**b, obj)),
            Payload::ClassMethod(inner) => {
                let c = Value::Obj(self.class_of(obj));
                Some(self.bound_method(*inner, c))
            }
            Payload::StaticMethod(inner) => Some(*inner),
            Payload::Property(gsd) => {
                let get = gsd[0];
                if get.is(Value::None) {
                    return Err(self.err(E::AttributeError, "unreadable attribute"));
                }
                Some(self.call(get, &[obj], &[])?)
            }
            _ => None,
        })
    }

    /// Make a bound method.
    pub fn bound_method(&self, f: Value<'gc>, obj: Value<'gc>) -> Value<'gc> {
        Value::Obj(PyObject::alloc(
            self.mc,
            Some(self.i.types.method),
            None,
            Payload::BoundMethod(f, obj),
        ))
    }

    fn bound_builtin(&self, b: Builtin<'gc>, obj: Value<'gc>) -> Value<'gc> {
        Value::Obj(PyObject::alloc(
            self.mc,
            Some(self.i.types.builtin),
            None,
            Payload::Builtin(Box::new(Builtin { bound: obj, ..b })),
        ))
    }

    /// `getattr(v, name)` with a `str` name.
    pub fn getattr_str(&mut self, v: Value<'gc>, name: &str) -> PyResult<'gc> {
        match self.getattr_opt(v, name)? {
            Some(x) => Ok(x),
            None => Err(self.no_attr(v, name)),
        }
    }

    /// Attribute lookup; `Ok(None)` if missing (after `__getattr__`).
    pub fn getattr_opt(&mut self, v: Value<'gc>, name: &str) -> PyResult<'gc, Option<Value<'gc>>> {
        self.getattr_opt_h(v, name, crate::object::pystr::str_hash(name))
    }

    /// Attribute lookup with the name's hash known.
    pub fn getattr_opt_h(
        &mut self,
        v: Value<'gc>,
        name: &str,
        h: i64,
    ) -> PyResult<'gc, Option<Value<'gc>>> {
        if let Value::Obj(o) = v
            && let Payload::Super(t, obj) = o.payload
            && name != "__class__"
        {
            return self.super_getattr(t, obj, name);
        }
        if let Value::Obj(o) = v
            && let Payload::Type(_) = &o.payload
        {
            return self.type_getattr(o, name);
        }
        let cls = self.class_of(v);
        let found = self.lookup_type_h(cls, name, h);
        if let Some(Value::Obj(fo)) = found
            && let Payload::Property(..) = fo.payload
        {
            return match self.bind_descriptor(Value::Obj(fo), v) {
                Err(e)
                    if self.exc_is(e.0, E::AttributeError)
                        && self.is_user(v)
                        && self.type_flags(cls) & crate::object::types::HAS_GETATTR != 0 =>
                {
                    match self.user_dunder(v, "__getattr__") {
                        Some(ga) => {
                            let n = self.new_str(name);
                            self.call_found(ga, v, &[n]).map(Some)
                        }
                        None => Err(e),
                    }
                }
                r => r,
            };
        }
        if let Value::Obj(o) = v {
            if let Some(d) = o.dict
                && !matches!(o.payload, Payload::Module(_))
                && let Some(x) = Self::dict_get_str_h(d, name, h)
            {
                return Ok(Some(x));
            }
            if let Payload::Slots(values) = &o.payload
                && let Some(i) = slot_index(cls, name)
                && let Some(x) = values.borrow().get(i).copied()
                && !x.is_undef()
            {
                return Ok(Some(x));
            }
            if let Payload::Module(_) = &o.payload
                && let Some(d) = o.dict
                && let Some(x) = Self::dict_get_str(d, name)
            {
                return Ok(Some(x));
            }
            if name.starts_with("__")
                && let Some(x) = self.special_attr(o, name)?
            {
                return Ok(Some(x));
            }
        } else if name == "__class__" {
            return Ok(Some(Value::Obj(cls)));
        }
        if let Some(f) = found {
            return Ok(Some(self.bind_descriptor(f, v)?.unwrap_or(f)));
        }
        if let Value::Obj(o) = v
            && let Some(x) = self.builtin_data_attr(o, name)?
        {
            return Ok(Some(x));
        }
        if let Some(n) = crate::vm::arith::as_num(v)
            && !matches!(v, Value::Obj(_))
        {
            match (name, n) {
                ("real", _) => return Ok(Some(v)),
                ("imag", crate::vm::arith::Num::F(_)) => return Ok(Some(Value::Float(0.0))),
                ("imag", _) => return Ok(Some(Value::Int(0))),
                ("numerator", crate::vm::arith::Num::I(_)) => return Ok(Some(v)),
                ("denominator", crate::vm::arith::Num::I(_)) => return Ok(Some(Value::Int(1))),
                _ => {}
            }
        }
        if self.is_user(v)
            && self.type_flags(cls) & crate::object::types::HAS_GETATTR != 0
            && let Some(ga) = self.user_dunder(v, "__getattr__")
        {
            let n = self.new_str(name);
            return match self.call_found(ga, v, &[n]) {
                Ok(x) => Ok(Some(x)),
                Err(e) if self.exc_is(e.0, E::AttributeError) => Err(e),
                Err(e) => Err(e),
            };
        }
        Ok(None)
    }

    fn super_getattr(
        &mut self,
        t: Value<'gc>,
        obj: Value<'gc>,
        name: &str,
    ) -> PyResult<'gc, Option<Value<'gc>>> {
        let start = match obj {
            Value::Obj(o)
                if o.as_type().is_some()
                    && !self.isinstance(
                        obj,
                        match t {
                            Value::Obj(x) => x,
                            _ => o,
                        },
                    ) =>
            {
                o
            }
            _ => self.class_of(obj),
        };
        let Some(st) = start.as_type() else {
            return Ok(None);
        };
        let mut mro = vec![start];
        mro.extend(st.mro.iter().copied());
        let pos = mro
            .iter()
            .position(|c| matches!(t, Value::Obj(x) if Gc::ptr_eq(*c, x)));
        let Some(pos) = pos else { return Ok(None) };
        for c in &mro[pos + 1..] {
            if let Some(f) = self.type_dict_get(*c, name) {
                let Value::Obj(fo) = f else {
                    return Ok(Some(f));
                };
                let is_type_obj = matches!(obj, Value::Obj(o) if o.as_type().is_some())
                    && Gc::ptr_eq(
                        start,
                        match obj {
                            Value::Obj(o) => o,
                            _ => start,
                        },
                    );
                return Ok(Some(match &fo.payload {
                    Payload::ClassMethod(inner) => {
                        let c = if is_type_obj {
                            obj
                        } else {
                            Value::Obj(self.class_of(obj))
                        };
                        self.bound_method(*inner, c)
                    }
                    Payload::StaticMethod(inner) => *inner,
                    _ if is_type_obj && name == "__new__" => f,
                    _ if is_type_obj => f,
                    _ => self.bind_descriptor(f, obj)?.unwrap_or(f),
                }));
            }
        }
        Ok(None)
    }

    fn special_attr(&mut self, o: Obj<'gc>, name: &str) -> PyResult<'gc, Option<Value<'gc>>> {
        let v = Value::Obj(o);
        Ok(match name {
            "__class__" => Some(Value::Obj(self.class_of(v))),
            "__dict__" => match &o.payload {
                Payload::Module(_)
                | Payload::Plain
                | Payload::Exception(_)
                | Payload::List(_)
                | Payload::Dict(_)
                | Payload::Set(_)
                | Payload::Str(_)
                | Payload::Tuple(_)
                | Payload::BigInt(_)
                | Payload::Float(_) => {
                    if let Some(t) = self.class_of(v).as_type()
                        && t.slots.is_some()
                    {
                        None
                    } else {
                        o.dict.map(Value::Obj)
                    }
                }
                Payload::Function(_) => o.dict.map(Value::Obj),
                _ => None,
            },
            "__name__" | "__qualname__" => match &o.payload {
                Payload::Function(f) => Some(self.new_str(if name == "__name__" {
                    f.code.name.to_string()
                } else {
                    f.code.qualname.to_string()
                })),
                Payload::Builtin(b) => Some(
                    match b
                        .owner
                        .and_then(|c| c.as_type().map(|t| t.name.to_string()))
                    {
                        Some(t) if name == "__qualname__" => {
                            self.new_str(format!("{t}.{}", b.name))
                        }
                        _ => self.new_str(b.name),
                    },
                ),
                Payload::Module(m) => Some(self.new_str(m.to_string())),
                Payload::BoundMethod(f, _) => Some(self.getattr_str(*f, name)?),
                _ => None,
            },
            "__module__" => match &o.payload {
                Payload::Function(f) => Self::dict_get_str(f.globals, "__name__"),
                Payload::Builtin(b) if b.owner.is_none() && b.bound.is_undef() => {
                    Some(self.new_str("builtins"))
                }
                Payload::BoundMethod(f, _) => self.getattr_opt(*f, name)?,
                _ => None,
            },
            "__doc__" => match &o.payload {
                Payload::Function(f) => Some(match &f.code.doc {
                    Some(d) => self.new_str(&**d),
                    None => Value::None,
                }),
                Payload::Builtin(_) => Some(Value::None),
                _ => None,
            },
            "__kwdefaults__" => match &o.payload {
                Payload::Function(f) => Some(f.kwdefaults.map(Value::Obj).unwrap_or(Value::None)),
                _ => None,
            },
            "__defaults__" => match &o.payload {
                Payload::Function(f) => Some(if f.defaults.is_empty() {
                    Value::None
                } else {
                    self.new_tuple(f.defaults.to_vec())
                }),
                _ => None,
            },
            "__self__" => match &o.payload {
                Payload::BoundMethod(_, s) => Some(*s),
                Payload::Builtin(b) if !b.bound.is_undef() => Some(b.bound),
                _ => None,
            },
            "__func__" => match &o.payload {
                Payload::BoundMethod(f, _) => Some(*f),
                Payload::ClassMethod(f) | Payload::StaticMethod(f) => Some(*f),
                _ => None,
            },
            "__wrapped__" => None,
            "__cause__" | "__context__" | "__suppress_context__" | "__traceback__" => {
                match Self::exc_data(o) {
                    Some(d) => {
                        let d = d.borrow();
                        Some(match name {
                            "__cause__" => d.cause,
                            "__context__" => d.context,
                            "__suppress_context__" => Value::Bool(d.suppress_context),
                            _ => {
                                let lines: Vec<u32> = d.traceback.iter().map(|e| e.line).collect();
                                drop(d);
                                self.traceback_chain(&lines)
                            }
                        })
                    }
                    None => None,
                }
            }
            _ => None,
        })
    }

    fn builtin_data_attr(&mut self, o: Obj<'gc>, name: &str) -> PyResult<'gc, Option<Value<'gc>>> {
        Ok(match (&o.payload, name) {
            (Payload::Exception(d), "args") => Some(d.borrow().args),
            (Payload::Exception(d), "value") if self.exc_is(o, E::StopIteration) => {
                let a = d.borrow().args;
                Some(match a {
                    Value::Obj(t) => match &t.payload {
                        Payload::Tuple(x) if !x.is_empty() => x[0],
                        _ => Value::None,
                    },
                    _ => Value::None,
                })
            }
            (Payload::Exception(d), "code") if self.exc_is(o, E::SystemExit) => {
                let a = d.borrow().args;
                Some(match a {
                    Value::Obj(t) => match &t.payload {
                        Payload::Tuple(x) if x.len() == 1 => x[0],
                        Payload::Tuple(x) if x.is_empty() => Value::None,
                        _ => a,
                    },
                    _ => Value::None,
                })
            }
            (Payload::Generator(g), "__name__") => Some(self.new_str(&*g.borrow().name)),
            (Payload::Generator(g), "__qualname__") => {
                let q = match &g.borrow().frame {
                    Some(f) => f.code.qualname.clone(),
                    None => g.borrow().name.clone(),
                };
                Some(self.new_str(&*q))
            }
            (Payload::Property(..), "__doc__") => Some(
                o.dict
                    .and_then(|d| Self::dict_get_str(d, "__doc__"))
                    .unwrap_or(Value::None),
            ),
            (Payload::Range(a, _, _), "start") => Some(Value::Int(*a)),
            (Payload::Range(_, b, _), "stop") => Some(Value::Int(*b)),
            (Payload::Range(_, _, c), "step") => Some(Value::Int(*c)),
            (Payload::BigRange(r), "start" | "stop" | "step") => {
                let i = ["start", "stop", "step"]
                    .iter()
                    .position(|n| *n == name)
                    .unwrap_or(0);
                Some(crate::object::int_from_big(
                    self.mc,
                    self.i.types.int,
                    r[i].clone(),
                ))
            }
            (Payload::Slice(abc), "start") => Some(abc[0]),
            (Payload::Slice(abc), "stop") => Some(abc[1]),
            (Payload::Slice(abc), "step") => Some(abc[2]),
            (Payload::Property(gsd), "fget") => Some(gsd[0]),
            (Payload::Property(gsd), "fset") => Some(gsd[1]),
            (Payload::Property(gsd), "fdel") => Some(gsd[2]),
            _ => None,
        })
    }

    fn type_getattr(&mut self, cls: Obj<'gc>, name: &str) -> PyResult<'gc, Option<Value<'gc>>> {
        let meta_found = self.lookup_type(self.i.types.type_, name);
        if let Some(Value::Obj(fo)) = meta_found
            && let Payload::Property(..) = fo.payload
        {
            return self.bind_descriptor(Value::Obj(fo), Value::Obj(cls));
        }
        if let Some(f) = self.lookup_type(cls, name) {
            let Value::Obj(fo) = f else {
                return Ok(Some(f));
            };
            return Ok(Some(match &fo.payload {
                Payload::ClassMethod(inner) => self.bound_method(*inner, Value::Obj(cls)),
                Payload::StaticMethod(inner) => *inner,
                _ => f,
            }));
        }
        let t = cls
            .as_type()
            .ok_or_else(|| self.err(E::TypeError, "bad type"))?;
        let r = match name {
            "__name__" => Some(self.new_str(t.name.to_string())),
            "__qualname__" => Some(self.new_str(t.qualname.to_string())),
            "__bases__" => Some(self.new_tuple(t.bases.iter().map(|b| Value::Obj(*b)).collect())),
            "__base__" => Some(
                t.bases
                    .first()
                    .map(|b| Value::Obj(*b))
                    .unwrap_or(Value::None),
            ),
            "__mro__" => {
                let mut v = vec![Value::Obj(cls)];
                v.extend(t.mro.iter().map(|c| Value::Obj(*c)));
                Some(self.new_tuple(v))
            }
            "__dict__" => cls.dict.map(|d| {
                Value::Obj(PyObject::alloc(
                    self.mc,
                    Some(self.i.types.mappingproxy),
                    None,
                    Payload::DictView(d, 3),
                ))
            }),
            "__class__" => Some(Value::Obj(self.class_of(Value::Obj(cls)))),
            "__doc__" => Some(Value::None),
            "__module__" => Some(self.new_str("builtins")),
            _ => None,
        };
        if r.is_some() {
            return Ok(r);
        }
        if let Some(f) = meta_found {
            return Ok(Some(self.bind_descriptor(f, Value::Obj(cls))?.unwrap_or(f)));
        }
        Ok(None)
    }

    /// `setattr(v, name, x)`.
    pub fn setattr(&mut self, v: Value<'gc>, name: Value<'gc>, x: Value<'gc>) -> PyResult<'gc, ()> {
        let Some(n) = Self::str_of(name) else {
            return self.type_error(format!(
                "attribute name must be string, not '{}'",
                self.type_name(name)
            ));
        };
        if self.is_user(v)
            && self.type_flags(self.class_of(v)) & crate::object::types::HAS_SETATTR != 0
            && let Some(f) = self.user_dunder(v, "__setattr__")
        {
            self.call_found(f, v, &[name, x])?;
            return Ok(());
        }
        self.generic_setattr(v, name, n, x)
    }

    /// `object.__setattr__`.
    pub fn generic_setattr(
        &mut self,
        v: Value<'gc>,
        name: Value<'gc>,
        n: &str,
        x: Value<'gc>,
    ) -> PyResult<'gc, ()> {
        if n == "__class__" {
            return self.set_class(v, x);
        }
        let Value::Obj(o) = v else {
            return self.no_instance_attr_set(v, n);
        };
        if let Payload::Exception(d) = &o.payload {
            match n {
                "args" => {
                    let items = self.iterate(x)?;
                    let t = self.new_tuple(items);
                    d.borrow_mut(self.mc).args = t;
                    return Ok(());
                }
                "__cause__" | "__context__" => {
                    let mut d = d.borrow_mut(self.mc);
                    if n == "__cause__" {
                        d.cause = x;
                        d.suppress_context = true;
                    } else {
                        d.context = x;
                    }
                    return Ok(());
                }
                "__suppress_context__" => {
                    let b = self.truthy(x)?;
                    d.borrow_mut(self.mc).suppress_context = b;
                    return Ok(());
                }
                _ => {}
            }
        }
        if let Payload::Type(t) = &o.payload {
            if t.builtin || t.immutable.get() {
                return Err(self.immutable_type_error(o, n));
            }
            if let Some(d) = o.dict {
                self.dict_set(d, name, x)?;
            }
            if n.starts_with("__") {
                t.flags.set(0);
            }
            self.invalidate_attr_cache();
            return Ok(());
        }
        let cls = self.class_of(v);
        let h = match Self::str_of_obj(name) {
            Some(ps) => ps.hash(),
            None => crate::object::pystr::str_hash(n),
        };
        if let Some(Value::Obj(fo)) = self.lookup_type_h(cls, n, h)
            && let Payload::Property(gsd) = &fo.payload
        {
            let set = gsd[1];
            if set.is(Value::None) {
                let cn = self.type_name(v);
                return Err(self.err(
                    E::AttributeError,
                    format!("property '{n}' of '{cn}' object has no setter"),
                ));
            }
            self.call(set, &[v, x], &[])?;
            return Ok(());
        }
        if let Some(t) = cls.as_type()
            && let Some(slots) = &t.slots
            && !slots.iter().any(|s| &**s == n)
        {
            return Err(self.err(
                E::AttributeError,
                format!("'{}' object has no attribute '{}'", t.name, n),
            ));
        }
        if let Payload::Slots(values) = &o.payload
            && let Some(i) = slot_index(cls, n)
            && let Some(slot) = values.borrow_mut(self.mc).get_mut(i)
        {
            *slot = x;
            return Ok(());
        }
        match o.dict {
            Some(d) => self.dict_set(d, name, x),
            None => self.no_instance_attr_set(v, n),
        }
    }

    /// `obj.__class__ = cls`, with CPython's checks: both classes defined by the program and
    /// their instances laid out alike (same built-in base, same `__slots__`).
    fn set_class(&mut self, v: Value<'gc>, cls: Value<'gc>) -> PyResult<'gc, ()> {
        let Some(new) = cls.as_obj().filter(|c| c.as_type().is_some()) else {
            return self.type_error(format!(
                "__class__ must be set to a class, not '{}' object",
                self.type_name(cls)
            ));
        };
        let old = self.class_of(v);
        let (Some(ot), Some(nt), Value::Obj(o)) = (old.as_type(), new.as_type(), v) else {
            return self.type_error(
                "__class__ assignment only supported for mutable types or ModuleType subclasses",
            );
        };
        if ot.builtin || nt.builtin {
            return self.type_error(
                "__class__ assignment only supported for mutable types or ModuleType subclasses",
            );
        }
        if ot.kind != nt.kind || ot.slots != nt.slots {
            return self.type_error(format!(
                "__class__ assignment: '{}' object layout differs from '{}'",
                nt.name, ot.name
            ));
        }
        gc_arena::barrier::unlock!(Gc::write(self.mc, o), PyObject, class).set(Some(new));
        self.invalidate_attr_cache();
        Ok(())
    }

    /// The AttributeError for setting `n` on an object without an instance dict: a method
    /// of its class is read-only, a built-in data attribute (`(1).real`) is not writable.
    fn no_instance_attr_set(&mut self, v: Value<'gc>, n: &str) -> PyResult<'gc, ()> {
        let tn = self.type_name(v);
        let msg = if self.lookup_type(self.class_of(v), n).is_some() {
            format!("'{tn}' object attribute '{n}' is read-only")
        } else if matches!(self.getattr_opt(v, n), Ok(Some(_))) {
            format!("attribute '{n}' of '{tn}' objects is not writable")
        } else {
            format!("'{tn}' object has no attribute '{n}'")
        };
        Err(self.err(E::AttributeError, msg))
    }

    /// `delattr(v, name)`.
    pub fn delattr(&mut self, v: Value<'gc>, name: Value<'gc>) -> PyResult<'gc, ()> {
        let Some(n) = Self::str_of(name) else {
            return self.type_error("attribute name must be string");
        };
        if let Some(f) = self.user_dunder(v, "__delattr__") {
            self.call_found(f, v, &[name])?;
            return Ok(());
        }
        self.generic_delattr(v, name, n)
    }

    /// `object.__delattr__`.
    pub fn generic_delattr(
        &mut self,
        v: Value<'gc>,
        name: Value<'gc>,
        n: &str,
    ) -> PyResult<'gc, ()> {
        let cls = self.class_of(v);
        if let Some(Value::Obj(fo)) = self.lookup_type(cls, n)
            && let Payload::Property(gsd) = &fo.payload
        {
            let del = gsd[2];
            if del.is(Value::None) {
                let cn = self.type_name(v);
                return Err(self.err(
                    E::AttributeError,
                    format!("property '{n}' of '{cn}' object has no deleter"),
                ));
            }
            self.call(del, &[v], &[])?;
            return Ok(());
        }
        if let Value::Obj(o) = v
            && let Some(d) = o.dict
        {
            if let Payload::Type(t) = &o.payload
                && (t.builtin || t.immutable.get())
            {
                return Err(self.immutable_type_error(o, n));
            }
            self.invalidate_attr_cache();
            if self.dict_del(d, name)? {
                return Ok(());
            }
        }
        let cls = self.class_of(v);
        if let Value::Obj(o) = v
            && let Payload::Slots(values) = &o.payload
            && let Some(i) = slot_index(cls, n)
            && let Some(slot) = values.borrow_mut(self.mc).get_mut(i)
            && !slot.is_undef()
        {
            *slot = Value::Undef;
            return Ok(());
        }
        if let Some(t) = cls.as_type()
            && let Some(slots) = &t.slots
            && slots.iter().any(|s| &**s == n)
        {
            return Err(self.err(E::AttributeError, n.to_string()));
        }
        Err(self.no_attr(v, n))
    }
}

/// Where instances of `cls` keep the slot `name` (see `Payload::Slots`).
fn slot_index(cls: Obj<'_>, name: &str) -> Option<usize> {
    cls.as_type()?
        .slots
        .as_ref()?
        .iter()
        .position(|s| &**s == name)
}
