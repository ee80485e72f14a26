//! The dispatch loop: executes instructions of the top frame, pushes frames for Python calls
//! (no Rust recursion), unwinds exceptions through block stacks and frames, and stops when fuel
//! runs out (outermost loop only), when its base frame returns, or when a generator yields.
//!
//! Invariant: `run(base)` never touches frames below `base`; it returns only after the frame at
//! `base` has returned, yielded, or propagated an exception, or (base 0) when fuel is exhausted
//! at an instruction boundary, leaving every frame resumable by the next slice.

use gc_arena::Gc;
use smallvec::SmallVec;

use crate::compile::code::Instr;
use crate::object::{Payload, PyObject};
use crate::value::{Obj, Value};
use crate::vm::call::Plan;
use crate::vm::fast::{LocalExit, int_binary, module_namespace, run_local};
use crate::vm::frame::{Block, Frame, FrameKind};
use crate::vm::{E, PyErr, PyResult, Vm};

/// Why `run` stopped.
pub enum RunExit<'gc> {
    /// The base frame returned.
    Return(Value<'gc>),
    /// The base (generator) frame yielded.
    Yield(Value<'gc>),
    /// Fuel ran out (base 0 only).
    OutOfFuel,
}

enum Flow<'gc> {
    Exit(RunExit<'gc>),
    Reraise(PyErr<'gc>),
}

impl<'gc, 'a> Vm<'gc, 'a> {
    /// Run frames from `base` upward.
    pub fn run(
        &mut self,
        base: usize,
        mut pending: Option<PyErr<'gc>>,
    ) -> PyResult<'gc, RunExit<'gc>> {
        loop {
            if let Some(e) = pending.take() {
                self.unwind(base, e)?;
            }
            match self.exec(base) {
                Ok(Flow::Exit(x)) => return Ok(x),
                Ok(Flow::Reraise(e)) => pending = Some(e),
                Err(e) => {
                    let top = self.i.frames.len().saturating_sub(1);
                    self.add_tb(e.0, top);
                    pending = Some(e);
                }
            }
        }
    }

    /// Find a handler for `e`, popping frames down to `base`.
    fn unwind(&mut self, base: usize, e: PyErr<'gc>) -> PyResult<'gc, ()> {
        loop {
            let n = self.i.frames.len();
            if n <= base {
                return Err(e);
            }
            let frame = &mut self.i.frames[n - 1];
            while let Some(b) = frame.blocks.pop() {
                if b.active {
                    frame.handled.pop();
                    continue;
                }
                frame.stack.truncate(b.depth as usize);
                frame.stack.push(Value::Obj(e.0));
                frame.blocks.push(Block {
                    handler: 0,
                    depth: b.depth,
                    active: true,
                });
                frame.handled.push(Value::Obj(e.0));
                frame.pc = b.handler as usize;
                return Ok(());
            }
            let popped = self.i.frames.pop();
            if let Some(f) = popped
                && let FrameKind::Generator(g) = f.kind
                && let Payload::Generator(st) = &g.payload
            {
                st.borrow_mut(self.mc).frame = None;
            }
            if n - 1 == base {
                return Err(e);
            }
            self.add_tb(e.0, n - 2);
        }
    }

    /// The innermost exception being handled, across frames.
    pub fn current_handled(&self) -> Option<Obj<'gc>> {
        for f in self.i.frames.iter().rev() {
            if let Some(Value::Obj(o)) = f.handled.last() {
                return Some(*o);
            }
        }
        None
    }

    /// Checks the recursion limit for the frame a call just pushed, popping it when too deep.
    fn check_pushed_depth(&mut self) -> PyResult<'gc, ()> {
        if self.i.frames.len() - 1 + self.i.host.native_depth >= self.i.host.recursion_limit {
            self.drop_top_frame();
            return Err(self.err(E::RecursionError, "maximum recursion depth exceeded"));
        }
        Ok(())
    }

    /// Pops the top frame without running it, returning its vectors to the pool.
    pub(crate) fn drop_top_frame(&mut self) {
        if let Some(mut f) = self.i.frames.pop() {
            let locals = std::mem::take(&mut f.locals);
            self.give_vec(locals);
            let stack = std::mem::take(&mut f.stack);
            self.give_vec(stack);
        }
    }

    fn push_call(
        &mut self,
        f: Value<'gc>,
        args: &[Value<'gc>],
        kw: &[(Value<'gc>, Value<'gc>)],
    ) -> PyResult<'gc, ()> {
        match self.prepare_call(f, args, kw)? {
            Plan::Pushed => self.check_pushed_depth(),
            Plan::Done(v) => {
                self.push(v);
                Ok(())
            }
        }
    }

    #[inline]
    fn push(&mut self, v: Value<'gc>) {
        if let Some(f) = self.i.frames.last_mut() {
            f.stack.push(v);
        }
    }

    /// Turn a value into an exception instance for `raise`.
    pub fn exception_from(&mut self, v: Value<'gc>) -> PyResult<'gc, Obj<'gc>> {
        let base = self.i.types.exc[E::BaseException as usize];
        if let Value::Obj(o) = v {
            if let Payload::Type(_) = &o.payload
                && self.is_subclass(o, base)
            {
                let inst = self.call(v, &[], &[])?;
                if let Value::Obj(io) = inst
                    && self.isinstance(inst, base)
                {
                    return Ok(io);
                }
                return self.type_error("calling exception class did not return an instance");
            }
            if self.isinstance(v, base) {
                return Ok(o);
            }
        }
        self.type_error("exceptions must derive from BaseException")
    }

    /// Set `__context__` of a newly raised exception.
    pub fn set_context(&mut self, exc: Obj<'gc>) {
        if let Some(h) = self.current_handled()
            && !Gc::ptr_eq(h, exc)
            && let Some(d) = Self::exc_data(exc)
        {
            let has = !d.borrow().context.is(Value::None);
            if !has {
                d.borrow_mut(self.mc).context = Value::Obj(h);
            }
        }
    }

    fn name_error(&mut self, name: &str) -> PyErr<'gc> {
        let e = self.err(E::NameError, format!("name '{name}' is not defined"));
        if let Some(d) = e.0.dict {
            let n = self.new_str(name);
            self.dict_set_str(d, "name", n);
        }
        e
    }

    /// A global (else a builtin) by name and hash, through the instruction's lookup hint into
    /// the globals when it has one.
    #[inline]
    fn load_global_h(
        builtins: Obj<'gc>,
        globals: Obj<'gc>,
        name: &str,
        h: i64,
        hint: Option<&std::cell::Cell<u32>>,
    ) -> Option<Value<'gc>> {
        match (&globals.payload, hint) {
            (Payload::Dict(d), Some(hint)) => d.borrow().get_str_hinted(name, h, hint),
            _ => Self::dict_get_str_h(globals, name, h),
        }
        .or_else(|| Self::dict_get_str_h(builtins, name, h))
    }

    /// The name operand `i` of `frame`'s code as (text, cached hash).
    #[inline]
    fn frame_name(frame: &Frame<'gc>, i: u32) -> (&'gc str, i64) {
        let v = match &frame.func.payload {
            Payload::Function(func) => func.names.get(i as usize).copied(),
            _ => None,
        };
        match v.and_then(Self::str_of_obj) {
            Some(ps) => (&*ps.text, ps.hash()),
            None => ("", 0),
        }
    }

    /// `module.name` found in the module's namespace through the running instruction's lookup
    /// hint, for names that no attribute of the module type can shadow (not dunders).
    #[inline]
    fn module_global(frame: &Frame<'gc>, v: Value<'gc>, name: &str, h: i64) -> Option<Value<'gc>> {
        let ns = module_namespace(v, name)?;
        let Payload::Dict(d) = &ns.payload else {
            return None;
        };
        let hint = frame.code.hints.get(frame.pc - 1)?;
        d.borrow().get_str_hinted(name, h, hint)
    }

    /// The name operand `i` of the running code as (text, cached hash).
    #[inline]
    fn name_h(&self, i: u32) -> (&'gc str, i64) {
        match self.i.frames.last() {
            Some(f) => Self::frame_name(f, i),
            None => ("", 0),
        }
    }

    #[allow(clippy::too_many_lines)]
    fn exec(&mut self, base: usize) -> PyResult<'gc, Flow<'gc>> {
        let mc = self.mc;
        // Slices nested in native code (base > 0) run until their frame returns.
        let mut unmetered: i64;
        loop {
            {
                let i = &mut *self.i;
                let Some(frame) = i.frames.last_mut() else {
                    return Ok(Flow::Exit(RunExit::Return(Value::None)));
                };
                // gc.collect() also zeroes the fuel, so one test covers both.
                let fuel = if base == 0 {
                    &mut i.host.fuel
                } else {
                    unmetered = i64::MAX;
                    &mut unmetered
                };
                let ref_type = i.weak.types.map(|[rt, _, _]| rt);
                if let LocalExit::OutOfFuel = run_local(frame, mc, fuel, ref_type) {
                    return Ok(Flow::Exit(RunExit::OutOfFuel));
                }
                *fuel -= 1;
                if *fuel <= 0 {
                    return Ok(Flow::Exit(RunExit::OutOfFuel));
                }
            }
            let Some(frame) = self.i.frames.last_mut() else {
                return Ok(Flow::Exit(RunExit::Return(Value::None)));
            };
            let Some(&instr) = frame.code.instrs.get(frame.pc) else {
                return self.type_error("internal: pc out of range");
            };
            frame.pc += 1;
            macro_rules! pop {
                () => {
                    frame.stack.pop().unwrap_or(Value::None)
                };
            }
            match instr {
                Instr::Nop => {}
                Instr::Pop => {
                    frame.stack.pop();
                }
                Instr::Dup => {
                    let v = frame.stack.last().copied().unwrap_or(Value::None);
                    frame.stack.push(v);
                }
                Instr::Dup2 => {
                    let n = frame.stack.len();
                    if n >= 2 {
                        let (a, b) = (frame.stack[n - 2], frame.stack[n - 1]);
                        frame.stack.push(a);
                        frame.stack.push(b);
                    }
                }
                Instr::Rot2 => {
                    let n = frame.stack.len();
                    if n >= 2 {
                        frame.stack.swap(n - 1, n - 2);
                    }
                }
                Instr::Rot3 => {
                    let v = pop!();
                    let n = frame.stack.len();
                    frame.stack.insert(n.saturating_sub(2), v);
                }
                Instr::Rot4 => {
                    let v = pop!();
                    let n = frame.stack.len();
                    frame.stack.insert(n.saturating_sub(3), v);
                }
                Instr::LoadConst(i) => {
                    let v = match &frame.func.payload {
                        Payload::Function(f) => {
                            f.consts.get(i as usize).copied().unwrap_or(Value::None)
                        }
                        _ => Value::None,
                    };
                    frame.stack.push(v);
                }
                Instr::LoadFast(i) => {
                    let v = frame
                        .locals
                        .get(i as usize)
                        .copied()
                        .unwrap_or(Value::Undef);
                    if v.is_undef() {
                        let n = frame
                            .code
                            .varnames
                            .get(i as usize)
                            .cloned()
                            .unwrap_or_default();
                        return Err(self.err(
                            E::UnboundLocalError,
                            format!("cannot access local variable '{n}' where it is not associated with a value"),
                        ));
                    }
                    frame.stack.push(v);
                }
                Instr::StoreFast(i) => {
                    let v = pop!();
                    if let Some(s) = frame.locals.get_mut(i as usize) {
                        *s = v;
                    }
                }
                Instr::DeleteFast(i) => {
                    let undef = frame.locals.get(i as usize).is_none_or(|v| v.is_undef());
                    if undef {
                        let n = frame
                            .code
                            .varnames
                            .get(i as usize)
                            .cloned()
                            .unwrap_or_default();
                        return Err(self.err(
                            E::UnboundLocalError,
                            format!("cannot access local variable '{n}' where it is not associated with a value"),
                        ));
                    }
                    frame.locals[i as usize] = Value::Undef;
                }
                Instr::LoadDeref(i) | Instr::LoadClassDeref(i) => {
                    // In a class body, a free variable is first looked up in the class
                    // namespace (CPython's LOAD_CLASSDEREF), then in its cell.
                    if matches!(instr, Instr::LoadClassDeref(_)) {
                        let ncell = frame.code.cellvars.len();
                        let name = frame
                            .code
                            .freevars
                            .get((i as usize).wrapping_sub(ncell))
                            .cloned();
                        if let (Some(ns), Some(name)) = (frame.ns, name.as_ref())
                            && let Some(v) = Self::dict_get_str(ns, name)
                        {
                            frame.stack.push(v);
                            continue;
                        }
                    }
                    let v = frame
                        .cells
                        .get(i as usize)
                        .map(|c| c.get())
                        .unwrap_or(Value::Undef);
                    if v.is_undef() {
                        let code = frame.code.clone();
                        return Err(self.deref_error(&code, i as usize));
                    }
                    frame.stack.push(v);
                }
                Instr::StoreDeref(i) => {
                    let v = pop!();
                    if let Some(c) = frame.cells.get(i as usize) {
                        c.set(mc, v);
                    }
                }
                Instr::DeleteDeref(i) => {
                    if let Some(c) = frame.cells.get(i as usize) {
                        c.set(mc, Value::Undef);
                    }
                }
                Instr::LoadGlobal(i) => {
                    let (name, h) = Self::frame_name(frame, i);
                    let hint = frame.code.hints.get(frame.pc - 1);
                    let found = Self::load_global_h(self.i.builtins, frame.globals, name, h, hint);
                    match found {
                        Some(v) => frame.stack.push(v),
                        None => return Err(self.name_error(name)),
                    }
                }
                Instr::StoreGlobal(i) => {
                    let v = pop!();
                    let (g, k) = (frame.globals, self.name_value(i));
                    self.dict_set(g, k, v)?;
                }
                Instr::DeleteGlobal(i) => {
                    let (g, k) = (frame.globals, self.name_value(i));
                    if !self.dict_del(g, k)? {
                        let name = Self::str_of(k).unwrap_or("").to_string();
                        return Err(self.name_error(&name));
                    }
                }
                Instr::LoadName(i) => {
                    let (ns, g) = (frame.ns, frame.globals);
                    let (name, h) = self.name_h(i);
                    let v = ns
                        .and_then(|ns| Self::dict_get_str_h(ns, name, h))
                        .or_else(|| Self::load_global_h(self.i.builtins, g, name, h, None));
                    match v {
                        Some(v) => self.push(v),
                        None => return Err(self.name_error(name)),
                    }
                }
                Instr::StoreName(i) => {
                    let v = pop!();
                    let ns = frame.ns.unwrap_or(frame.globals);
                    let k = self.name_value(i);
                    self.dict_set(ns, k, v)?;
                }
                Instr::DeleteName(i) => {
                    let ns = frame.ns.unwrap_or(frame.globals);
                    let k = self.name_value(i);
                    if !self.dict_del(ns, k)? {
                        let name = Self::str_of(k).unwrap_or("").to_string();
                        return Err(self.name_error(&name));
                    }
                }
                Instr::LoadAttr(i) => {
                    let v = pop!();
                    let (name, h) = Self::frame_name(frame, i);
                    if let Some(f) = Self::module_global(frame, v, name, h) {
                        frame.stack.push(f);
                        continue;
                    }
                    let r = match self.getattr_opt_h(v, name, h)? {
                        Some(r) => r,
                        None => return Err(self.no_attr(v, name)),
                    };
                    self.push(r);
                }
                Instr::StoreAttr(i) => {
                    let o = pop!();
                    let v = pop!();
                    let k = self.name_value(i);
                    self.setattr(o, k, v)?;
                }
                Instr::DeleteAttr(i) => {
                    let o = pop!();
                    let k = self.name_value(i);
                    self.delattr(o, k)?;
                }
                Instr::LoadFastAttr(l, n) => {
                    let v = frame
                        .locals
                        .get(l as usize)
                        .copied()
                        .unwrap_or(Value::Undef);
                    if v.is_undef() {
                        let code = frame.code.clone();
                        return Err(self.unbound_local(&code, l as usize));
                    }
                    let (name, h) = self.name_h(n as u32);
                    let r = match self.getattr_opt_h(v, name, h)? {
                        Some(r) => r,
                        None => return Err(self.no_attr(v, name)),
                    };
                    self.push(r);
                }
                Instr::LoadFastMethod(l, n) => {
                    let v = frame
                        .locals
                        .get(l as usize)
                        .copied()
                        .unwrap_or(Value::Undef);
                    if v.is_undef() {
                        let code = frame.code.clone();
                        return Err(self.unbound_local(&code, l as usize));
                    }
                    let (name, h) = self.name_h(n as u32);
                    let (f, s) = self.load_method_h(v, name, h)?;
                    self.push(f);
                    self.push(s);
                }
                Instr::StoreFastAttr(l, n) => {
                    let o = frame
                        .locals
                        .get(l as usize)
                        .copied()
                        .unwrap_or(Value::Undef);
                    if o.is_undef() {
                        let code = frame.code.clone();
                        return Err(self.unbound_local(&code, l as usize));
                    }
                    let v = pop!();
                    let k = self.name_value(n as u32);
                    self.setattr(o, k, v)?;
                }
                Instr::LoadMethod(i) => {
                    let v = pop!();
                    let (name, h) = Self::frame_name(frame, i);
                    if let Some(f) = Self::module_global(frame, v, name, h) {
                        frame.stack.push(f);
                        frame.stack.push(Value::Undef);
                        continue;
                    }
                    let (f, s) = self.load_method_h(v, name, h)?;
                    self.push(f);
                    self.push(s);
                }
                Instr::Subscr => {
                    let k = pop!();
                    let o = pop!();
                    if let (Value::Obj(obj), Value::Int(idx)) = (o, k)
                        && let Payload::List(l) = &obj.payload
                        && obj
                            .class
                            .get()
                            .is_some_and(|c| Gc::ptr_eq(c, self.i.types.list))
                    {
                        let l = l.borrow();
                        let n = l.len() as i64;
                        let j = if idx < 0 { idx + n } else { idx };
                        if j >= 0 && j < n {
                            frame.stack.push(l[j as usize]);
                            continue;
                        }
                    }
                    let r = self.getitem(o, k)?;
                    self.push(r);
                }
                Instr::StoreSubscr => {
                    let k = pop!();
                    let o = pop!();
                    let v = pop!();
                    if let (Value::Obj(obj), Value::Int(idx)) = (o, k)
                        && let Payload::List(l) = &obj.payload
                        && !self.is_user(o)
                    {
                        let mut l = l.borrow_mut(mc);
                        let n = l.len() as i64;
                        let j = if idx < 0 { idx + n } else { idx };
                        if j >= 0 && j < n {
                            l[j as usize] = v;
                            continue;
                        }
                    }
                    self.setitem(o, k, v)?;
                }
                Instr::DeleteSubscr => {
                    let k = pop!();
                    let o = pop!();
                    self.delitem(o, k)?;
                }
                Instr::Binary(op) => {
                    let b = pop!();
                    let a = pop!();
                    if let (Value::Int(x), Value::Int(y)) = (a, b)
                        && let Some(r) = int_binary(op, x, y)
                    {
                        frame.stack.push(Value::Int(r));
                        continue;
                    }
                    let r = self.binary(a, b, op)?;
                    self.push(r);
                }
                Instr::Inplace(op) => {
                    let b = pop!();
                    let a = pop!();
                    let r = self.inplace(a, b, op)?;
                    self.push(r);
                }
                Instr::Unary(op) => {
                    let v = pop!();
                    let r = self.unary(v, op)?;
                    self.push(r);
                }
                Instr::Not => {
                    let v = pop!();
                    let t = self.truthy(v)?;
                    self.push(Value::Bool(!t));
                }
                Instr::Compare(op) => {
                    let b = pop!();
                    let a = pop!();
                    if let (Value::Int(x), Value::Int(y)) = (a, b) {
                        frame
                            .stack
                            .push(Value::Bool(Self::cmp_result(op, Some(x.cmp(&y)))));
                        continue;
                    }
                    let r = self.compare(a, b, op)?;
                    self.push(r);
                }
                Instr::CompareJumpIfFalse(op, t) => {
                    let b = pop!();
                    let a = pop!();
                    let r = if let (Value::Int(x), Value::Int(y)) = (a, b) {
                        Self::cmp_result(op, Some(x.cmp(&y)))
                    } else {
                        let r = self.compare(a, b, op)?;
                        match r {
                            Value::Bool(b) => b,
                            _ => self.truthy(r)?,
                        }
                    };
                    if let Some(f) = self.i.frames.last_mut() {
                        f.pc = if r { f.pc + 1 } else { t as usize };
                    }
                }
                Instr::IsJumpIfFalse(pos, t) => {
                    let b = pop!();
                    let a = pop!();
                    frame.pc = if a.is(b) == pos {
                        frame.pc + 1
                    } else {
                        t as usize
                    };
                }
                Instr::Is(pos) => {
                    let b = pop!();
                    let a = pop!();
                    frame.stack.push(Value::Bool(a.is(b) == pos));
                }
                Instr::In(pos) => {
                    let c = pop!();
                    let v = pop!();
                    let r = self.contains(c, v)?;
                    self.push(Value::Bool(r == pos));
                }
                Instr::Call(n) => {
                    let at = frame.stack.len().saturating_sub(n as usize);
                    let mut args = self.i.vec_pool.pop().unwrap_or_default();
                    args.extend(frame.stack.drain(at..));
                    let f = pop!();
                    let r = self.push_call(f, &args, &[]);
                    self.give_vec(args);
                    r?;
                }
                Instr::CallMethod(n) => {
                    let at = frame.stack.len().saturating_sub(n as usize);
                    let mut args = self.i.vec_pool.pop().unwrap_or_default();
                    let s = frame
                        .stack
                        .get(at.wrapping_sub(1))
                        .copied()
                        .unwrap_or(Value::Undef);
                    if !s.is_undef() {
                        args.push(s);
                    }
                    args.extend(frame.stack.drain(at..));
                    frame.stack.pop();
                    let f = pop!();
                    let r = self.push_call(f, &args, &[]);
                    self.give_vec(args);
                    r?;
                }
                Instr::CallKw(n) => {
                    let names = pop!();
                    let names: &[Value<'gc>] = match names {
                        Value::Obj(o) => match &Gc::as_ref(o).payload {
                            Payload::Tuple(t) => t,
                            _ => &[],
                        },
                        _ => &[],
                    };
                    let at = frame.stack.len().saturating_sub(n as usize);
                    let all: SmallVec<[Value<'gc>; 8]> = frame.stack.drain(at..).collect();
                    let f = pop!();
                    let npos = all.len().saturating_sub(names.len());
                    let (pos, kwv) = all.split_at(npos);
                    let kw: SmallVec<[(Value<'gc>, Value<'gc>); 4]> =
                        names.iter().copied().zip(kwv.iter().copied()).collect();
                    self.push_call(f, pos, &kw)?;
                }
                Instr::CallEx(has_kw) => {
                    let kwd = if has_kw { Some(pop!()) } else { None };
                    let args = pop!();
                    let f = pop!();
                    if !self.is_iterable(args) {
                        let fs = self.function_str(f)?;
                        return self.type_error(format!(
                            "{fs} argument after * must be an iterable, not {}",
                            self.type_name(args)
                        ));
                    }
                    let args = self.iterate(args)?;
                    let mut kw = Vec::new();
                    if let Some(Value::Obj(d)) = kwd
                        && let Payload::Dict(dd) = &d.payload
                    {
                        for (k, v) in dd.borrow().iter() {
                            kw.push((k, v));
                        }
                    }
                    for (k, _) in &kw {
                        if Self::str_of(*k).is_none() {
                            return self.type_error("keywords must be strings");
                        }
                    }
                    self.push_call(f, &args, &kw)?;
                }
                Instr::MakeFunction(ci, flags) => {
                    let Some(code) = frame.code.codes.get(ci as usize).cloned() else {
                        return self.type_error("internal: bad code index");
                    };
                    let kwd = if flags & 2 != 0 {
                        pop!().as_obj()
                    } else {
                        None
                    };
                    let defaults: Box<[Value<'gc>]> = if flags & 1 != 0 {
                        match pop!() {
                            Value::Obj(o) => match &o.payload {
                                Payload::Tuple(t) => t.clone(),
                                _ => Box::new([]),
                            },
                            _ => Box::new([]),
                        }
                    } else {
                        Box::new([])
                    };
                    let closure: Box<[crate::object::GcCell<'gc>]> = code
                        .closure_from
                        .iter()
                        .filter_map(|&i| frame.cells.get(i as usize).copied())
                        .collect();
                    let g = frame.globals;
                    let f = self.make_function(code, g, defaults, kwd, closure);
                    self.push(Value::Obj(f));
                }
                Instr::BuildTuple(n) => {
                    let at = frame.stack.len().saturating_sub(n as usize);
                    let items: Vec<Value<'gc>> = frame.stack.drain(at..).collect();
                    let t = self.new_tuple(items);
                    self.push(t);
                }
                Instr::BuildList(n) => {
                    let at = frame.stack.len().saturating_sub(n as usize);
                    let items: Vec<Value<'gc>> = frame.stack.drain(at..).collect();
                    let t = self.new_list(items);
                    self.push(t);
                }
                Instr::BuildSet(n) => {
                    let at = frame.stack.len().saturating_sub(n as usize);
                    let items: Vec<Value<'gc>> = frame.stack.drain(at..).collect();
                    let s = self.new_set_obj(false);
                    for x in items {
                        self.set_add(s, x)?;
                    }
                    self.push(Value::Obj(s));
                }
                Instr::BuildConstSet(n) => {
                    let at = frame.stack.len().saturating_sub(n as usize);
                    let items: Vec<Value<'gc>> = frame.stack.drain(at..).collect();
                    let folded = self.new_set_obj(true);
                    for x in items {
                        self.set_add(folded, x)?;
                    }
                    let rebuilt = self.new_set_obj(true);
                    for x in self.iterate(Value::Obj(folded))? {
                        self.set_add(rebuilt, x)?;
                    }
                    let s = self.new_set_obj(false);
                    crate::builtins::set::update(self, s, Value::Obj(rebuilt))?;
                    self.push(Value::Obj(s));
                }
                Instr::BuildMap(n) => {
                    let at = frame.stack.len().saturating_sub(2 * n as usize);
                    let items: Vec<Value<'gc>> = frame.stack.drain(at..).collect();
                    let d = self.new_dict_obj();
                    for kv in items.chunks(2) {
                        if let [k, v] = kv {
                            self.dict_set(d, *k, *v)?;
                        }
                    }
                    self.push(Value::Obj(d));
                }
                Instr::BuildString(n) => {
                    let at = frame.stack.len().saturating_sub(n as usize);
                    let mut s = String::new();
                    for v in frame.stack.drain(at..) {
                        if let Some(t) = Self::str_of(v) {
                            s.push_str(t);
                        }
                    }
                    let v = self.new_str(s);
                    self.push(v);
                }
                Instr::BuildSlice(n) => {
                    let step = if n == 3 { pop!() } else { Value::None };
                    let stop = pop!();
                    let start = pop!();
                    let s = PyObject::alloc(
                        mc,
                        Some(self.i.types.slice),
                        None,
                        Payload::Slice(Box::new([start, stop, step])),
                    );
                    self.push(Value::Obj(s));
                }
                Instr::ListAppend(d) => {
                    let v = pop!();
                    let at = frame.stack.len().saturating_sub(d as usize);
                    if let Some(Value::Obj(o)) = frame.stack.get(at)
                        && let Payload::List(l) = &o.payload
                    {
                        l.borrow_mut(mc).push(v);
                    }
                }
                Instr::SetAdd(d) => {
                    let v = pop!();
                    let at = frame.stack.len().saturating_sub(d as usize);
                    if let Some(Value::Obj(o)) = frame.stack.get(at).copied() {
                        self.set_add(o, v)?;
                    }
                }
                Instr::MapAdd(d) => {
                    let v = pop!();
                    let k = pop!();
                    let at = frame.stack.len().saturating_sub(d as usize);
                    if let Some(Value::Obj(o)) = frame.stack.get(at).copied() {
                        self.dict_set(o, k, v)?;
                    }
                }
                Instr::ListExtend(d) => {
                    let v = pop!();
                    let at = frame.stack.len().saturating_sub(d as usize);
                    if let Some(Value::Obj(o)) = frame.stack.get(at).copied() {
                        if !self.is_iterable(v) {
                            return self.type_error(format!(
                                "Value after * must be an iterable, not {}",
                                self.type_name(v)
                            ));
                        }
                        let items = self.iterate(v)?;
                        if let Payload::List(l) = &o.payload {
                            l.borrow_mut(mc).extend(items);
                        }
                    }
                }
                Instr::SetUpdate(d) => {
                    let v = pop!();
                    let at = frame.stack.len().saturating_sub(d as usize);
                    if let Some(Value::Obj(o)) = frame.stack.get(at).copied() {
                        crate::builtins::set::update(self, o, v)?;
                    }
                }
                Instr::DictUpdate(d) => {
                    let v = pop!();
                    let at = frame.stack.len().saturating_sub(d as usize);
                    if let Some(Value::Obj(o)) = frame.stack.get(at).copied() {
                        if !self.is_mapping(v) {
                            return self.type_error(format!(
                                "'{}' object is not a mapping",
                                self.type_name(v)
                            ));
                        }
                        self.dict_update(o, v)?;
                    }
                }
                Instr::DictMerge(d) => {
                    // `f(..., **v)`: the stack holds f, the argument tuple, then the dict.
                    let v = pop!();
                    let at = frame.stack.len().saturating_sub(d as usize);
                    let func = at.checked_sub(2).and_then(|i| frame.stack.get(i)).copied();
                    if let Some(Value::Obj(o)) = frame.stack.get(at).copied() {
                        self.merge_call_kwargs(func.unwrap_or(Value::None), o, v)?;
                    }
                }
                Instr::ListToTuple => {
                    let v = pop!();
                    let items = match v {
                        Value::Obj(o) => match &o.payload {
                            Payload::List(l) => l.borrow().clone(),
                            _ => Vec::new(),
                        },
                        _ => Vec::new(),
                    };
                    let t = self.new_tuple(items);
                    self.push(t);
                }
                Instr::FormatValue(conv, has_spec) => {
                    let v = pop!();
                    let spec = if has_spec { pop!() } else { Value::Undef };
                    let v = match conv {
                        1 => {
                            let s = self.str_value(v)?;
                            self.new_str(s)
                        }
                        2 | 3 => {
                            let s = self.repr(v)?;
                            self.new_str(s)
                        }
                        _ => v,
                    };
                    let spec_s = Self::str_of(spec).unwrap_or("");
                    let r = if spec_s.is_empty() && Self::str_of(v).is_some() && !self.is_user(v) {
                        v
                    } else {
                        let s = crate::builtins::format::format_value(self, v, spec_s)?;
                        self.new_str(s)
                    };
                    self.push(r);
                }
                Instr::GetIter => {
                    let v = pop!();
                    let it = self.get_iter(v)?;
                    self.push(it);
                }
                Instr::ForIter(target) => {
                    // Range and list/tuple iterators step in the fast path (`fast.rs`).
                    let it = frame.stack.last().copied().unwrap_or(Value::None);
                    match self.next(it)? {
                        Some(v) => self.push(v),
                        None => {
                            if let Some(f) = self.i.frames.last_mut() {
                                f.stack.pop();
                                f.pc = target as usize;
                            }
                        }
                    }
                }
                Instr::YieldFromNext(target) => {
                    let it = frame.stack.last().copied().unwrap_or(Value::None);
                    let step = self.next_or_return(it)?;
                    match step {
                        Ok(v) => self.push(v),
                        Err(ret) => {
                            if let Some(f) = self.i.frames.last_mut() {
                                f.stack.pop();
                                f.stack.push(ret);
                                f.pc = target as usize;
                            }
                        }
                    }
                }
                Instr::Jump(t) => {
                    frame.pc = t as usize;
                }
                Instr::PopJumpIfFalse(t) => {
                    let v = pop!();
                    let b = match v {
                        Value::Bool(b) => b,
                        _ => self.truthy(v)?,
                    };
                    if !b && let Some(f) = self.i.frames.last_mut() {
                        f.pc = t as usize;
                    }
                }
                Instr::PopJumpIfTrue(t) => {
                    let v = pop!();
                    let b = match v {
                        Value::Bool(b) => b,
                        _ => self.truthy(v)?,
                    };
                    if b && let Some(f) = self.i.frames.last_mut() {
                        f.pc = t as usize;
                    }
                }
                Instr::JumpIfFalseOrPop(t) | Instr::JumpIfTrueOrPop(t) => {
                    let v = frame.stack.last().copied().unwrap_or(Value::None);
                    let b = self.truthy(v)?;
                    let want = matches!(instr, Instr::JumpIfTrueOrPop(_));
                    if let Some(f) = self.i.frames.last_mut() {
                        if b == want {
                            f.pc = t as usize;
                        } else {
                            f.stack.pop();
                        }
                    }
                }
                Instr::SetupExcept(h) => {
                    let depth = frame.stack.len() as u32;
                    frame.blocks.push(Block {
                        handler: h,
                        depth,
                        active: false,
                    });
                }
                Instr::PopBlock => {
                    frame.blocks.pop();
                }
                Instr::PopExcept => {
                    while let Some(b) = frame.blocks.pop() {
                        if b.active {
                            frame.handled.pop();
                            break;
                        }
                    }
                }
                Instr::CheckExcMatch => {
                    let ty = pop!();
                    let exc = frame.stack.last().copied().unwrap_or(Value::None);
                    let m = self.exc_matches(exc, ty)?;
                    self.push(Value::Bool(m));
                }
                Instr::Raise(n) => {
                    let exc = match n {
                        0 => match self.current_handled() {
                            Some(e) => return Ok(Flow::Reraise(PyErr(e))),
                            None => {
                                return Err(
                                    self.err(E::RuntimeError, "No active exception to reraise")
                                );
                            }
                        },
                        1 => {
                            let v = pop!();
                            self.exception_from(v)?
                        }
                        _ => {
                            let cause = pop!();
                            let v = pop!();
                            let e = self.exception_from(v)?;
                            let cause = if cause.is(Value::None) {
                                Value::None
                            } else {
                                Value::Obj(self.exception_from(cause).map_err(|_| {
                                    self.err(
                                        E::TypeError,
                                        "exception causes must derive from BaseException",
                                    )
                                })?)
                            };
                            if let Some(d) = Self::exc_data(e) {
                                let mut d = d.borrow_mut(mc);
                                d.cause = cause;
                                d.suppress_context = true;
                            }
                            e
                        }
                    };
                    self.set_context(exc);
                    return Err(PyErr(exc));
                }
                Instr::Reraise => {
                    let v = pop!();
                    while let Some(b) = frame.blocks.pop() {
                        if b.active {
                            frame.handled.pop();
                            break;
                        }
                    }
                    if let Value::Obj(o) = v {
                        return Ok(Flow::Reraise(PyErr(o)));
                    }
                    return Err(self.err(E::RuntimeError, "internal: bad reraise"));
                }
                Instr::SetupWith(h) => {
                    let mgr = pop!();
                    let cls = self.class_of(mgr);
                    let Some(enter) = self.lookup_type(cls, "__enter__") else {
                        return self.type_error(format!(
                            "'{}' object does not support the context manager protocol",
                            self.type_name(mgr)
                        ));
                    };
                    let Some(exit) = self.lookup_type(cls, "__exit__") else {
                        return self.type_error(format!(
                            "'{}' object does not support the context manager protocol \
                             (missed __exit__ method)",
                            self.type_name(mgr)
                        ));
                    };
                    let exit_b = self.bind_descriptor(exit, mgr)?.unwrap_or(exit);
                    let r = self.call_found(enter, mgr, &[])?;
                    self.push(exit_b);
                    if let Some(f) = self.i.frames.last_mut() {
                        let depth = f.stack.len() as u32;
                        f.blocks.push(Block {
                            handler: h,
                            depth,
                            active: false,
                        });
                    }
                    self.push(r);
                }
                Instr::WithExitNormal => {
                    let exit = pop!();
                    self.call(exit, &[Value::None, Value::None, Value::None], &[])?;
                }
                Instr::WithExcept(t) => {
                    let exc = pop!();
                    let exit = pop!();
                    let ty = Value::Obj(self.class_of(exc));
                    let tb = self
                        .getattr_opt(exc, "__traceback__")?
                        .unwrap_or(Value::None);
                    let r = self.call(exit, &[ty, exc, tb], &[])?;
                    let suppress = self.truthy(r)?;
                    let Some(frame) = self.i.frames.last_mut() else {
                        continue;
                    };
                    while let Some(b) = frame.blocks.pop() {
                        if b.active {
                            frame.handled.pop();
                            break;
                        }
                    }
                    if suppress {
                        frame.pc = t as usize;
                    } else if let Value::Obj(o) = exc {
                        return Ok(Flow::Reraise(PyErr(o)));
                    }
                }
                Instr::ReturnValue => {
                    let v = pop!();
                    let n = self.i.frames.len();
                    // Take what is needed from the finished frame and drop it in place (a
                    // frame is too big to move out cheaply).
                    let Some(done) = self.i.frames.last_mut() else {
                        continue;
                    };
                    let locals = std::mem::take(&mut done.locals);
                    let stack = std::mem::take(&mut done.stack);
                    let class_cell = done
                        .code
                        .class_cell
                        .map(|cc| done.cells.get(cc as usize).copied());
                    let kind = done.kind;
                    self.i.frames.truncate(n - 1);
                    self.give_vec(locals);
                    self.give_vec(stack);
                    if let Some(cell) = class_cell {
                        self.i.last_class_cell = cell;
                    }
                    if let FrameKind::Generator(g) = kind
                        && let Payload::Generator(st) = &g.payload
                    {
                        st.borrow_mut(mc).frame = None;
                    }
                    if n - 1 == base {
                        // A nested run of `__init__` (a class called from Rust) returns the
                        // instance, like the in-loop case below.
                        if let FrameKind::Init(inst) = kind {
                            if !v.is(Value::None) {
                                return self.type_error(format!(
                                    "__init__() should return None, not '{}'",
                                    self.type_name(v)
                                ));
                            }
                            return Ok(Flow::Exit(RunExit::Return(inst)));
                        }
                        return Ok(Flow::Exit(RunExit::Return(v)));
                    }
                    match kind {
                        FrameKind::Init(inst) => {
                            if !v.is(Value::None) {
                                return self.type_error(format!(
                                    "__init__() should return None, not '{}'",
                                    self.type_name(v)
                                ));
                            }
                            self.push(inst);
                        }
                        _ => self.push(v),
                    }
                }
                Instr::YieldValue => {
                    let v = pop!();
                    let n = self.i.frames.len();
                    if n - 1 != base {
                        return self.type_error("internal: yield outside generator base");
                    }
                    let Some(done) = self.i.frames.pop() else {
                        continue;
                    };
                    if let FrameKind::Generator(g) = done.kind
                        && let Payload::Generator(st) = &g.payload
                    {
                        st.borrow_mut(mc).frame = Some(Box::new(done));
                    }
                    return Ok(Flow::Exit(RunExit::Yield(v)));
                }
                Instr::ImportName(i) => {
                    let name = frame.code.names[i as usize].clone();
                    let m = self.import_module(&name)?;
                    self.push(m);
                }
                Instr::ImportFrom(i) => {
                    let m = frame.stack.last().copied().unwrap_or(Value::None);
                    let name = frame.code.names[i as usize].clone();
                    match self.getattr_opt(m, &name)? {
                        Some(v) => self.push(v),
                        None => {
                            let mn = match m {
                                Value::Obj(o) => match &o.payload {
                                    Payload::Module(n) => n.to_string(),
                                    _ => String::new(),
                                },
                                _ => String::new(),
                            };
                            return Err(self.err(
                                E::ImportError,
                                format!(
                                    "cannot import name '{name}' from '{mn}' (unknown location)"
                                ),
                            ));
                        }
                    }
                }
                Instr::ImportStar => {
                    let m = pop!();
                    let ns = frame.ns.unwrap_or(frame.globals);
                    if let Value::Obj(mo) = m
                        && let Some(d) = mo.dict
                        && let Payload::Dict(dd) = &d.payload
                    {
                        let items: Vec<(Value, Value)> = dd.borrow().iter().collect();
                        for (k, v) in items {
                            if Self::str_of(k).is_some_and(|s| !s.starts_with('_')) {
                                self.dict_set(ns, k, v)?;
                            }
                        }
                    }
                }
                Instr::UnpackSequence(n) => {
                    let v = pop!();
                    let items = self.unpack_items(v, n as usize, None)?;
                    if let Some(f) = self.i.frames.last_mut() {
                        f.stack.extend(items.into_iter().rev());
                    }
                }
                Instr::UnpackEx(before, after) => {
                    let v = pop!();
                    let items = self.iterate(v)?;
                    let (b, a) = (before as usize, after as usize);
                    if items.len() < b + a {
                        return self.value_error(format!(
                            "not enough values to unpack (expected at least {}, got {})",
                            b + a,
                            items.len()
                        ));
                    }
                    let mid = items[b..items.len() - a].to_vec();
                    let midl = self.new_list(mid);
                    let mut out: Vec<Value<'gc>> = items[..b].to_vec();
                    out.push(midl);
                    out.extend_from_slice(&items[items.len() - a..]);
                    if let Some(f) = self.i.frames.last_mut() {
                        f.stack.extend(out.into_iter().rev());
                    }
                }
                Instr::LoadBuildClass => {
                    let v = Self::dict_get_str(self.i.builtins, "__build_class__")
                        .unwrap_or(Value::None);
                    self.push(v);
                }
                Instr::PrintExpr => {
                    let v = pop!();
                    if !v.is(Value::None) {
                        let s = self.repr(v)?;
                        self.write_out(&s);
                        self.write_out("\n");
                        let b = self.i.builtins;
                        self.dict_set_str(b, "_", v);
                    }
                }
                Instr::LoadAssertionError => {
                    let c = self.i.types.exc[E::AssertionError as usize];
                    frame.stack.push(Value::Obj(c));
                }
                Instr::StoreClassCell(i) => {
                    if let (Some(c), Some(ns)) = (frame.cells.get(i as usize).copied(), frame.ns) {
                        let cell =
                            PyObject::alloc(mc, Some(self.i.types.cell), None, Payload::Cell(c));
                        self.dict_set_str(ns, "__classcell__", Value::Obj(cell));
                    }
                }
            }
        }
    }

    fn unbound_local(&self, code: &crate::compile::code::Code, i: usize) -> PyErr<'gc> {
        let n = code.varnames.get(i).cloned().unwrap_or_default();
        self.err(
            E::UnboundLocalError,
            format!("cannot access local variable '{n}' where it is not associated with a value"),
        )
    }

    fn deref_error(&self, code: &crate::compile::code::Code, i: usize) -> PyErr<'gc> {
        let ncell = code.cellvars.len();
        if i < ncell {
            let n = &code.cellvars[i];
            self.err(
                E::UnboundLocalError,
                format!(
                    "cannot access local variable '{n}' where it is not associated with a value"
                ),
            )
        } else {
            let n = code
                .freevars
                .get(i - ncell)
                .map(|s| s.to_string())
                .unwrap_or_default();
            self.err(
                E::NameError,
                format!("cannot access free variable '{n}' where it is not associated with a value in enclosing scope"),
            )
        }
    }

    fn name_value(&self, i: u32) -> Value<'gc> {
        match self.i.frames.last() {
            Some(f) => match &f.func.payload {
                Payload::Function(func) => {
                    func.names.get(i as usize).copied().unwrap_or(Value::None)
                }
                _ => Value::None,
            },
            None => Value::None,
        }
    }

    /// Resolve `v.name` for a call: (function, self) or (value, Undef).
    pub fn load_method(
        &mut self,
        v: Value<'gc>,
        name: &str,
    ) -> PyResult<'gc, (Value<'gc>, Value<'gc>)> {
        self.load_method_h(v, name, crate::object::pystr::str_hash(name))
    }

    /// `load_method` with the name's hash known.
    pub fn load_method_h(
        &mut self,
        v: Value<'gc>,
        name: &str,
        h: i64,
    ) -> PyResult<'gc, (Value<'gc>, Value<'gc>)> {
        let is_plain_instance = match v {
            Value::Obj(o) => !matches!(
                o.payload,
                Payload::Type(_) | Payload::Module(_) | Payload::Super(..)
            ),
            _ => true,
        };
        if is_plain_instance {
            let cls = self.class_of(v);
            if let Some(f @ Value::Obj(fo)) = self.lookup_type_h(cls, name, h) {
                let is_method = match &fo.payload {
                    Payload::Function(_) => true,
                    Payload::Builtin(b) => b.bound.is_undef(),
                    _ => false,
                };
                if is_method {
                    let shadowed = match v {
                        Value::Obj(o) => o
                            .dict
                            .is_some_and(|d| Self::dict_get_str_h(d, name, h).is_some()),
                        _ => false,
                    };
                    if !shadowed {
                        return Ok((f, v));
                    }
                }
            }
        }
        let r = match self.getattr_opt_h(v, name, h)? {
            Some(r) => r,
            None => return Err(self.no_attr(v, name)),
        };
        Ok((r, Value::Undef))
    }

    fn unpack_items(
        &mut self,
        v: Value<'gc>,
        n: usize,
        _star: Option<usize>,
    ) -> PyResult<'gc, Vec<Value<'gc>>> {
        if let Value::Obj(o) = v
            && !self.is_user(v)
        {
            let items = match &o.payload {
                Payload::Tuple(t) => Some(t.to_vec()),
                Payload::List(l) => Some(l.borrow().clone()),
                _ => None,
            };
            if let Some(items) = items {
                if items.len() == n {
                    return Ok(items);
                }
                if items.len() > n {
                    return self.value_error(format!("too many values to unpack (expected {n})"));
                }
                return self.value_error(format!(
                    "not enough values to unpack (expected {n}, got {})",
                    items.len()
                ));
            }
        }
        let it = match self.get_iter(v) {
            Ok(it) => it,
            Err(_) => {
                return self.type_error(format!(
                    "cannot unpack non-iterable {} object",
                    self.type_name(v)
                ));
            }
        };
        let mut out = Vec::with_capacity(n);
        while let Some(x) = self.next(it)? {
            if out.len() == n {
                return self.value_error(format!("too many values to unpack (expected {n})"));
            }
            out.push(x);
        }
        if out.len() < n {
            return self.value_error(format!(
                "not enough values to unpack (expected {n}, got {})",
                out.len()
            ));
        }
        Ok(out)
    }

    /// `except ty:` matching.
    pub fn exc_matches(&mut self, exc: Value<'gc>, ty: Value<'gc>) -> PyResult<'gc, bool> {
        let base = self.i.types.exc[E::BaseException as usize];
        match ty {
            Value::Obj(t) => match &t.payload {
                Payload::Type(_) => {
                    if !self.is_subclass(t, base) {
                        return self.type_error("catching classes that do not inherit from BaseException is not allowed");
                    }
                    Ok(self.isinstance(exc, t))
                }
                Payload::Tuple(items) => {
                    let items = items.to_vec();
                    for x in items {
                        if self.exc_matches(exc, x)? {
                            return Ok(true);
                        }
                    }
                    Ok(false)
                }
                _ => self.type_error(
                    "catching classes that do not inherit from BaseException is not allowed",
                ),
            },
            _ => self.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            ),
        }
    }

    /// `import name`.
    pub fn import_module(&mut self, name: &str) -> PyResult<'gc> {
        if let Some(m) = Self::dict_get_str(self.i.modules, name) {
            return Ok(m);
        }
        let created = crate::modules::create(self, name);
        self.invalidate_attr_cache();
        match created {
            Some(m) => {
                let mods = self.i.modules;
                self.dict_set_str(mods, name, m);
                Ok(m)
            }
            None => {
                let e = self.err(E::ModuleNotFoundError, format!("No module named '{name}'"));
                if let Some(d) = e.0.dict {
                    let n = self.new_str(name);
                    self.dict_set_str(d, "name", n);
                }
                Err(e)
            }
        }
    }
}
