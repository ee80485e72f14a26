//! Calling: argument binding for Python functions, frame creation, the class-call protocol
//! (`__new__` then `__init__`), bound methods, built-ins, generators, and nested calls from Rust.
//!
//! Invariant: `prepare_call` never runs Python code of the callee itself; it either returns a
//! ready frame (which the dispatch loop pushes, without Rust recursion) or a finished value.
//! Only `call` (used by natives) re-enters the dispatch loop, and it counts native depth.

use std::rc::Rc;

use gc_arena::{Gc, Lock};
use smallvec::SmallVec;

use crate::compile::code::{Code, Const};
use crate::object::{Function, GenState, Payload, PyObject, int_from_big, new_lock};
use crate::value::{Obj, Value};
use crate::vm::frame::{Frame, FrameKind};
use crate::vm::native::Kw;
use crate::vm::run::RunExit;
use crate::vm::{E, PyResult, Vm};

/// What a call turned into.
pub enum Plan<'gc> {
    /// A frame to run, already pushed on the frame stack (built in place: a frame is too big
    /// to move around cheaply). The caller checks the recursion limit and runs or pops it.
    Pushed,
    /// Already finished.
    Done(Value<'gc>),
}

/// What the iterator under a `yield from` did with a sent value or thrown exception.
enum Delegated<'gc> {
    /// It yielded: the delegating generator yields the same value.
    Yield(Value<'gc>),
    /// It finished with this value: the `yield from` expression's result.
    Finished(Value<'gc>),
    /// It raised: the exception is raised at the `yield from` in the delegating generator.
    Raise(crate::vm::PyErr<'gc>),
}

/// The iterator a suspended generator frame delegates to, and where its `yield from` loop
/// ends, when the frame is suspended at the `YieldValue` of a `yield from`.
fn yield_from_target<'gc>(frame: &Frame<'gc>) -> Option<(Value<'gc>, u32)> {
    use crate::compile::code::Instr;
    let pc = frame.pc.checked_sub(2)?;
    match frame.code.instrs.get(pc..pc + 2)? {
        [Instr::YieldFromNext(target), Instr::YieldValue] => Some((*frame.stack.last()?, *target)),
        _ => None,
    }
}

/// One generator step.
pub enum GenStep<'gc> {
    /// It yielded.
    Yield(Value<'gc>),
    /// It returned.
    Return(Value<'gc>),
}

/// Whether calling `f` with `npos` positional arguments and no keywords would only bind them
/// and return `None`: a Python function with an empty body (see `Code::only_returns_none`)
/// whose parameters accept exactly that call. Such a call has no observable effect (wraith has
/// no trace or profile hooks), so the callback and finalizer runners skip it.
pub fn is_no_op_call(f: Value<'_>, npos: usize) -> bool {
    let Value::Obj(o) = f else { return false };
    let Payload::Function(func) = &o.payload else {
        return false;
    };
    let code = &func.code;
    let required = (code.argcount as usize).saturating_sub(func.defaults.len());
    code.kwonlycount == 0
        && npos >= required
        && (npos <= code.argcount as usize || code.varargs)
        && code.only_returns_none()
}

impl<'gc, 'a> Vm<'gc, 'a> {
    /// How CPython names a callable in call errors (`_PyObject_FunctionStr`):
    /// `module.qualname()`, without the module for built-ins.
    pub fn function_str(&mut self, f: Value<'gc>) -> PyResult<'gc, String> {
        let qualname = match self.getattr_opt(f, "__qualname__") {
            Ok(Some(q)) => self.str_value(q)?,
            _ => return self.str_value(f),
        };
        let module = match self.getattr_opt(f, "__module__") {
            Ok(Some(m)) => Self::str_of(m).map(str::to_string),
            _ => None,
        };
        Ok(match module.as_deref() {
            Some(m) if m != "builtins" => format!("{m}.{qualname}()"),
            _ => format!("{qualname}()"),
        })
    }

    /// Merge `**v` into the keyword dict `into` of a call to `func`, with CPython's errors.
    pub fn merge_call_kwargs(
        &mut self,
        func: Value<'gc>,
        into: Obj<'gc>,
        v: Value<'gc>,
    ) -> PyResult<'gc, ()> {
        if !self.is_mapping(v) {
            let fs = self.function_str(func)?;
            return self.type_error(format!(
                "{fs} argument after ** must be a mapping, not {}",
                self.type_name(v)
            ));
        }
        let extra = self.new_dict_obj();
        self.dict_update(extra, v)?;
        let entries: Vec<(Value<'gc>, Value<'gc>)> = match &extra.payload {
            Payload::Dict(d) => d.borrow().iter().collect(),
            _ => Vec::new(),
        };
        for (k, val) in entries {
            if Self::str_of(k).is_some() && self.dict_get(into, k)?.is_some() {
                let fs = self.function_str(func)?;
                let ks = Self::str_of(k).unwrap_or_default().to_string();
                return self.type_error(format!(
                    "{fs} got multiple values for keyword argument '{ks}'"
                ));
            }
            self.dict_set(into, k, val)?;
        }
        Ok(())
    }

    /// Materialise a code object's constants.
    pub fn const_value(&self, c: &Const) -> Value<'gc> {
        match c {
            Const::None => Value::None,
            Const::Bool(b) => Value::Bool(*b),
            Const::Int(i) => Value::Int(*i),
            Const::BigInt(b) => int_from_big(self.mc, self.i.types.int, (**b).clone()),
            Const::Float(f) => Value::Float(*f),
            Const::Str(s) => self.new_str(&**s),
            Const::Tuple(items) => {
                let v = items.iter().map(|c| self.const_value(c)).collect();
                self.new_tuple(v)
            }
            Const::Ellipsis => Value::Obj(self.i.ellipsis),
        }
    }

    /// Make a function object.
    pub fn make_function(
        &self,
        code: Rc<Code>,
        globals: Obj<'gc>,
        defaults: Box<[Value<'gc>]>,
        kwdefaults: Option<Obj<'gc>>,
        closure: Box<[crate::object::GcCell<'gc>]>,
    ) -> Obj<'gc> {
        let consts = code.consts.iter().map(|c| self.const_value(c)).collect();
        let names = code.names.iter().map(|n| self.intern(n)).collect();
        let f = Function {
            code,
            globals,
            consts,
            names,
            defaults,
            kwdefaults,
            closure,
        };
        let dict = self.new_dict_obj();
        PyObject::alloc(
            self.mc,
            Some(self.i.types.function),
            Some(dict),
            Payload::Function(Box::new(f)),
        )
    }

    /// Bind arguments and build a frame for a Python function.
    #[allow(clippy::needless_range_loop)]
    pub fn function_frame(
        &mut self,
        fobj: Obj<'gc>,
        args: &[Value<'gc>],
        kw: &Kw<'gc>,
        kind: FrameKind<'gc>,
    ) -> PyResult<'gc, Frame<'gc>> {
        self.push_function_frame(fobj, args, kw, kind)?;
        match self.i.frames.pop() {
            Some(frame) => Ok(frame),
            None => self.type_error("internal: frame stack empty"),
        }
    }

    /// Like [`function_frame`](Self::function_frame), but builds the frame in place on top of
    /// the frame stack (the path of every ordinary call: no 184-byte moves).
    pub fn push_function_frame(
        &mut self,
        fobj: Obj<'gc>,
        args: &[Value<'gc>],
        kw: &Kw<'gc>,
        kind: FrameKind<'gc>,
    ) -> PyResult<'gc, ()> {
        let Payload::Function(f) = &fobj.payload else {
            return self.type_error("not a function");
        };
        let code = f.code.clone();
        let nlocals = code.varnames.len();
        let mut locals = self.i.vec_pool.pop().unwrap_or_default();
        locals.resize(nlocals, Value::Undef);
        let argc = code.argcount as usize;
        let kwonly = code.kwonlycount as usize;
        let name = &code.qualname;
        let npos = args.len().min(argc);
        locals[..npos].copy_from_slice(&args[..npos]);
        let mut slot = argc + kwonly;
        if code.varargs {
            let extra = if args.len() > argc {
                args[argc..].to_vec()
            } else {
                Vec::new()
            };
            locals[slot] = self.new_tuple(extra);
            slot += 1;
        } else if args.len() > argc {
            let ndef = f.defaults.len();
            let given = args.len();
            let kwgiven = kw
                .iter()
                .filter(|(k, _)| {
                    Self::str_of(*k).is_some_and(|k| {
                        code.varnames[argc..argc + kwonly].iter().any(|v| &**v == k)
                    })
                })
                .count();
            let takes = if ndef > 0 {
                format!("from {} to {} positional arguments", argc - ndef, argc)
            } else {
                format!(
                    "{} positional argument{}",
                    argc,
                    if argc == 1 { "" } else { "s" }
                )
            };
            let kwmsg = if kwgiven > 0 {
                format!(
                    " positional argument{} (and {} keyword-only argument{})",
                    if given == 1 { "" } else { "s" },
                    kwgiven,
                    if kwgiven == 1 { "" } else { "s" }
                )
            } else {
                String::new()
            };
            let was = if kwgiven > 0 {
                format!("{given}{kwmsg} were given")
            } else {
                format!(
                    "{} {} given",
                    given,
                    if given == 1 { "was" } else { "were" }
                )
            };
            return self.type_error(format!("{name}() takes {takes} but {was}"));
        }
        let kwdict = if code.varkw {
            let d = self.new_dict_obj();
            locals[slot] = Value::Obj(d);
            Some(d)
        } else {
            None
        };
        for &(k, v) in kw {
            let ks = Self::str_of(k).unwrap_or("");
            let pos = code.varnames[code.posonlycount as usize..argc + kwonly]
                .iter()
                .position(|n| &**n == ks);
            match pos {
                Some(p) => {
                    let p = p + code.posonlycount as usize;
                    if !locals[p].is_undef() {
                        return self.type_error(format!(
                            "{name}() got multiple values for argument '{ks}'"
                        ));
                    }
                    locals[p] = v;
                }
                None => match kwdict {
                    Some(d) => self.dict_set(d, k, v)?,
                    None => {
                        if code.varnames[..code.posonlycount as usize]
                            .iter()
                            .any(|n| &**n == ks)
                        {
                            return self.type_error(format!(
                                "{name}() got some positional-only arguments passed as keyword arguments: '{ks}'"
                            ));
                        }
                        return self.type_error(format!(
                            "{name}() got an unexpected keyword argument '{ks}'"
                        ));
                    }
                },
            }
        }
        // Defaults.
        let ndef = f.defaults.len();
        let mut missing = Vec::new();
        for (i, slot) in locals.iter_mut().enumerate().take(argc) {
            if slot.is_undef() {
                if i + ndef >= argc {
                    *slot = f.defaults[i + ndef - argc];
                } else {
                    missing.push(code.varnames[i].to_string());
                }
            }
        }
        if !missing.is_empty() {
            return self.type_error(missing_arguments(name, "positional", &missing));
        }
        let mut kwmissing = Vec::new();
        for (i, slot) in locals.iter_mut().enumerate().skip(argc).take(kwonly) {
            if slot.is_undef() {
                let d = f
                    .kwdefaults
                    .and_then(|d| Self::dict_get_str(d, &code.varnames[i]));
                match d {
                    Some(v) => *slot = v,
                    None => kwmissing.push(code.varnames[i].to_string()),
                }
            }
        }
        if !kwmissing.is_empty() {
            return self.type_error(missing_arguments(name, "keyword-only", &kwmissing));
        }
        let mut cells = Vec::with_capacity(code.ncells());
        for _ in 0..code.cellvars.len() {
            cells.push(Gc::new(self.mc, Lock::new(Value::Undef)));
        }
        for &(ci, li) in &code.cell_params {
            if let (Some(c), Some(v)) = (cells.get(ci as usize), locals.get(li as usize)) {
                c.set(self.mc, *v);
            }
        }
        cells.extend(f.closure.iter().copied());
        let stack = self.i.vec_pool.pop().unwrap_or_default();
        self.i.frames.push(Frame {
            func: fobj,
            code,
            pc: 0,
            stack,
            locals,
            cells,
            blocks: Vec::new(),
            handled: Vec::new(),
            ns: None,
            globals: f.globals,
            kind,
        });
        Ok(())
    }

    /// Turn a call into a frame or a value.
    pub fn prepare_call(
        &mut self,
        f: Value<'gc>,
        args: &[Value<'gc>],
        kw: &Kw<'gc>,
    ) -> PyResult<'gc, Plan<'gc>> {
        let Value::Obj(fo) = f else {
            return self.type_error(format!("'{}' object is not callable", self.type_name(f)));
        };
        if matches!(fo.payload, Payload::WeakRef(_) | Payload::Type(_))
            && let Some(r) = crate::modules::weakref::fast_call(self, fo, args, kw)
        {
            return r.map(Plan::Done);
        }
        match &fo.payload {
            Payload::Function(func) => {
                let is_gen = func.code.generator;
                if is_gen {
                    let frame = self.function_frame(fo, args, kw, FrameKind::Normal)?;
                    return Ok(Plan::Done(self.make_generator(frame)));
                }
                self.push_function_frame(fo, args, kw, FrameKind::Normal)?;
                Ok(Plan::Pushed)
            }
            Payload::BoundMethod(inner, s) => {
                let mut all: SmallVec<[Value<'gc>; 6]> = SmallVec::with_capacity(args.len() + 1);
                all.push(*s);
                all.extend_from_slice(args);
                self.prepare_call(*inner, &all, kw)
            }
            Payload::Builtin(b) => {
                let b = **b;
                let r = if b.bound.is_undef() {
                    (b.func)(self, args, kw)?
                } else {
                    let mut all: SmallVec<[Value<'gc>; 6]> =
                        SmallVec::with_capacity(args.len() + 1);
                    all.push(b.bound);
                    all.extend_from_slice(args);
                    (b.func)(self, &all, kw)?
                };
                Ok(Plan::Done(r))
            }
            Payload::Type(_) => self.call_type(fo, args, kw),
            _ => {
                let cls = self.class_of(f);
                match self.lookup_type(cls, "__call__") {
                    Some(c) => {
                        let mut all: SmallVec<[Value<'gc>; 6]> =
                            SmallVec::with_capacity(args.len() + 1);
                        all.push(f);
                        all.extend_from_slice(args);
                        self.prepare_call(c, &all, kw)
                    }
                    None => {
                        self.type_error(format!("'{}' object is not callable", self.type_name(f)))
                    }
                }
            }
        }
    }

    fn call_type(
        &mut self,
        cls: Obj<'gc>,
        args: &[Value<'gc>],
        kw: &Kw<'gc>,
    ) -> PyResult<'gc, Plan<'gc>> {
        if Gc::ptr_eq(cls, self.i.types.type_) && args.len() == 1 && kw.is_empty() {
            return Ok(Plan::Done(Value::Obj(self.class_of(args[0]))));
        }
        let new = self.lookup_type(cls, "__new__");
        let object_new = self.type_dict_get(self.i.types.object, "__new__");
        let new_is_object = match (new, object_new) {
            (Some(a), Some(b)) => a.is(b),
            _ => true,
        };
        let init = self.lookup_type(cls, "__init__");
        let object_init = self.type_dict_get(self.i.types.object, "__init__");
        let init_is_object = match (init, object_init) {
            (Some(a), Some(b)) => a.is(b),
            _ => true,
        };
        if new_is_object && init_is_object && (!args.is_empty() || !kw.is_empty()) {
            let name = cls
                .as_type()
                .map(|t| t.name.to_string())
                .unwrap_or_default();
            return self.type_error(format!("{name}() takes no arguments"));
        }
        let obj = match new {
            Some(nf) => {
                let nf = match nf {
                    Value::Obj(o) => match &o.payload {
                        Payload::StaticMethod(inner) => *inner,
                        _ => nf,
                    },
                    _ => nf,
                };
                let mut all: SmallVec<[Value<'gc>; 6]> = SmallVec::with_capacity(args.len() + 1);
                all.push(Value::Obj(cls));
                all.extend_from_slice(args);
                if new_is_object {
                    self.call(nf, &all[..1], &[])?
                } else {
                    self.call(nf, &all, kw)?
                }
            }
            None => return self.type_error("cannot create instances"),
        };
        if init_is_object || !self.isinstance(obj, cls) {
            return Ok(Plan::Done(obj));
        }
        let Some(init) = init else {
            return Ok(Plan::Done(obj));
        };
        if let Value::Obj(io) = init
            && let Payload::Function(_) = &io.payload
        {
            let mut all: SmallVec<[Value<'gc>; 6]> = SmallVec::with_capacity(args.len() + 1);
            all.push(obj);
            all.extend_from_slice(args);
            self.push_function_frame(io, &all, kw, FrameKind::Init(obj))?;
            return Ok(Plan::Pushed);
        }
        let mut all: SmallVec<[Value<'gc>; 6]> = SmallVec::with_capacity(args.len() + 1);
        all.push(obj);
        all.extend_from_slice(args);
        let r = self.call(init, &all, kw)?;
        if !r.is(Value::None) {
            return self.type_error(format!(
                "__init__() should return None, not '{}'",
                self.type_name(r)
            ));
        }
        Ok(Plan::Done(obj))
    }

    /// Call from Rust, running any Python frame to completion (nested dispatch loop).
    pub fn call(&mut self, f: Value<'gc>, args: &[Value<'gc>], kw: &Kw<'gc>) -> PyResult<'gc> {
        match self.prepare_call(f, args, kw)? {
            Plan::Done(v) => Ok(v),
            Plan::Pushed => self.run_pushed(),
        }
    }

    /// Run a frame to completion on a nested dispatch loop.
    pub fn run_frame(&mut self, frame: Frame<'gc>) -> PyResult<'gc> {
        self.i.frames.push(frame);
        self.run_pushed()
    }

    /// Run the frame on top of the frame stack to completion on a nested dispatch loop (or
    /// pop it with a RecursionError when too deep).
    pub fn run_pushed(&mut self) -> PyResult<'gc> {
        let base = self.i.frames.len().saturating_sub(1);
        if base >= self.i.host.recursion_limit || self.i.host.native_depth > 2000 {
            self.drop_top_frame();
            return Err(self.err(E::RecursionError, "maximum recursion depth exceeded"));
        }
        self.i.host.native_depth += 1;
        let r = self.run(base, None);
        self.i.host.native_depth -= 1;
        match r? {
            RunExit::Return(v) => Ok(v),
            _ => self.type_error("internal: frame yielded outside a generator"),
        }
    }

    fn make_generator(&mut self, frame: Frame<'gc>) -> Value<'gc> {
        let name = frame.code.name.clone();
        let st = new_lock(
            self.mc,
            GenState {
                frame: None,
                running: false,
                name,
            },
        );
        let g = PyObject::alloc(
            self.mc,
            Some(self.i.types.generator),
            None,
            Payload::Generator(st),
        );
        let mut frame = frame;
        frame.kind = FrameKind::Generator(g);
        st.borrow_mut(self.mc).frame = Some(Box::new(frame));
        Value::Obj(g)
    }

    /// Pass a sent value (`throw` is `None`) or a thrown exception to the iterator a
    /// generator delegates to with `yield from`, as CPython's `gen_send_ex`/`_gen_throw` do:
    /// `GeneratorExit` closes it and is then raised in the delegating generator.
    fn delegate_step(
        &mut self,
        sub: Value<'gc>,
        send: Value<'gc>,
        throw: Option<Obj<'gc>>,
    ) -> Delegated<'gc> {
        let sub_gen = match sub {
            Value::Obj(o) if matches!(o.payload, Payload::Generator(_)) => Some(o),
            _ => None,
        };
        if let Some(e) = throw
            && self.exc_is(e, E::GeneratorExit)
        {
            let closed = match self.getattr_opt(sub, "close") {
                Ok(Some(close)) => self.call(close, &[], &[]).map(|_| ()),
                Ok(None) => Ok(()),
                Err(err) => Err(err),
            };
            return Delegated::Raise(closed.err().unwrap_or(crate::vm::PyErr(e)));
        }
        let step = match (sub_gen, throw) {
            (Some(g), _) => {
                return match self.gen_resume(g, send, throw) {
                    Ok(GenStep::Yield(v)) => Delegated::Yield(v),
                    Ok(GenStep::Return(v)) => Delegated::Finished(v),
                    Err(e) => Delegated::Raise(e),
                };
            }
            (None, Some(e)) => match self.getattr_opt(sub, "throw") {
                Ok(Some(f)) => self.call(f, &[Value::Obj(e)], &[]),
                Ok(None) => return Delegated::Raise(crate::vm::PyErr(e)),
                Err(err) => Err(err),
            },
            (None, None) if send.is(Value::None) => match self.next_or_return(sub) {
                Ok(Ok(v)) => Ok(v),
                Ok(Err(ret)) => return Delegated::Finished(ret),
                Err(err) => Err(err),
            },
            (None, None) => self.call_method(sub, "send", &[send]),
        };
        match step {
            Ok(v) => Delegated::Yield(v),
            Err(e) if self.exc_is(e.0, E::StopIteration) => {
                let v = self
                    .getattr_opt(Value::Obj(e.0), "value")
                    .ok()
                    .flatten()
                    .unwrap_or(Value::None);
                Delegated::Finished(v)
            }
            Err(e) => Delegated::Raise(e),
        }
    }

    /// Resume a generator with a sent value or a thrown exception.
    pub fn gen_resume(
        &mut self,
        g: Obj<'gc>,
        send: Value<'gc>,
        throw: Option<Obj<'gc>>,
    ) -> PyResult<'gc, GenStep<'gc>> {
        let Payload::Generator(st) = &g.payload else {
            return self.type_error("not a generator");
        };
        let st = *st;
        if st.borrow().running {
            return self.value_error("generator already executing");
        }
        // The suspended frame stays in its box while the generator is only delegating (`yield
        // from`), so a step of a delegating generator moves and allocates nothing.
        let Some(mut frame) = st.borrow_mut(self.mc).frame.take() else {
            if let Some(e) = throw {
                return Err(crate::vm::PyErr(e));
            }
            return Ok(GenStep::Return(Value::None));
        };
        let started = frame.pc > 0;
        if !started && throw.is_some() {
            // Throwing into a just-created generator finishes it.
            return Err(crate::vm::PyErr(throw.unwrap_or(g)));
        }
        if !started && !send.is(Value::None) {
            st.borrow_mut(self.mc).frame = Some(frame);
            return self.type_error("can't send non-None value to a just-started generator");
        }
        let mut throw = throw;
        let mut push_send = started && throw.is_none();
        if started && let Some((sub, target)) = yield_from_target(&frame) {
            // Suspended in `yield from sub`: the sent value or thrown exception goes to `sub`.
            st.borrow_mut(self.mc).running = true;
            let outcome = self.delegate_step(sub, send, throw);
            st.borrow_mut(self.mc).running = false;
            match outcome {
                Delegated::Yield(v) => {
                    st.borrow_mut(self.mc).frame = Some(frame);
                    return Ok(GenStep::Yield(v));
                }
                Delegated::Finished(v) => {
                    frame.stack.pop();
                    frame.stack.push(v);
                    frame.pc = target as usize;
                    push_send = false;
                    throw = None;
                }
                Delegated::Raise(e) => {
                    push_send = false;
                    throw = Some(e.0);
                }
            }
        }
        if push_send {
            frame.stack.push(send);
        }
        if self.i.frames.len() >= self.i.host.recursion_limit || self.i.host.native_depth > 2000 {
            st.borrow_mut(self.mc).frame = Some(frame);
            return Err(self.err(E::RecursionError, "maximum recursion depth exceeded"));
        }
        st.borrow_mut(self.mc).running = true;
        let base = self.i.frames.len();
        self.i.frames.push(*frame);
        self.i.host.native_depth += 1;
        let r = self.run(base, throw.map(crate::vm::PyErr));
        self.i.host.native_depth -= 1;
        st.borrow_mut(self.mc).running = false;
        match r {
            Ok(RunExit::Yield(v)) => {
                // Suspended inside try/with: close it if it becomes garbage (PEP 442).
                if st
                    .borrow()
                    .frame
                    .as_ref()
                    .is_some_and(|f| !f.blocks.is_empty())
                {
                    crate::modules::weakref::track_generator(self, g);
                }
                Ok(GenStep::Yield(v))
            }
            Ok(RunExit::Return(v)) => Ok(GenStep::Return(v)),
            Ok(RunExit::OutOfFuel) => self.type_error("internal: generator out of fuel"),
            Err(e) => {
                if self.exc_is(e.0, E::StopIteration) {
                    let err = self.err(E::RuntimeError, "generator raised StopIteration");
                    if let Some(d) = Self::exc_data(err.0) {
                        d.borrow_mut(self.mc).cause = Value::Obj(e.0);
                    }
                    return Err(err);
                }
                Err(e)
            }
        }
    }
}

/// CPython's message for missing arguments: `f() missing 3 required positional arguments:
/// 'a', 'b', and 'c'` (`kind` is "positional" or "keyword-only").
pub(crate) fn missing_arguments(func: &str, kind: &str, names: &[impl AsRef<str>]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{}'", n.as_ref())).collect();
    let list = match quoted.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [a, b] => format!("{a} and {b}"),
        [init @ .., last] => format!("{}, and {last}", init.join(", ")),
    };
    let s = if quoted.len() == 1 { "" } else { "s" };
    format!(
        "{func}() missing {} required {kind} argument{s}: {list}",
        quoted.len()
    )
}
