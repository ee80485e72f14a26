//! Raising and reporting exceptions: constructors for the built-in errors with CPython's
//! messages, traceback text, and the "unraisable" report.
//!
//! Invariant: every exception object carries `Payload::Exception`; messages follow CPython
//! 3.11 wording so conformance output matches.

use crate::object::exception::TbEntry;
use crate::object::{ExcData, Payload, PyObject, new_lock};
use crate::value::{Obj, Value};
use crate::vm::{E, PyErr, PyResult, Vm};

impl<'gc, 'a> Vm<'gc, 'a> {
    /// Build an exception instance of `cls` with `args`.
    pub fn make_exc(&self, cls: Obj<'gc>, args: Vec<Value<'gc>>) -> Obj<'gc> {
        let dict = self.new_dict_obj();
        let data = ExcData {
            args: self.new_tuple(args),
            traceback: Vec::new(),
            cause: Value::None,
            context: Value::None,
            suppress_context: false,
        };
        PyObject::alloc(
            self.mc,
            Some(cls),
            Some(dict),
            Payload::Exception(new_lock(self.mc, data)),
        )
    }

    /// An error of built-in class `e` with a message.
    pub fn err(&self, e: E, msg: impl Into<String>) -> PyErr<'gc> {
        let m = self.new_str(msg.into());
        PyErr(self.make_exc(self.i.types.exc[e as usize], vec![m]))
    }

    /// An error of built-in class `e` with no arguments.
    pub fn err0(&self, e: E) -> PyErr<'gc> {
        PyErr(self.make_exc(self.i.types.exc[e as usize], vec![]))
    }

    /// `Err(TypeError(msg))`.
    pub fn type_error<T>(&self, msg: impl Into<String>) -> PyResult<'gc, T> {
        Err(self.err(E::TypeError, msg))
    }

    /// `Err(ValueError(msg))`.
    pub fn value_error<T>(&self, msg: impl Into<String>) -> PyResult<'gc, T> {
        Err(self.err(E::ValueError, msg))
    }

    /// KeyError carrying the key itself.
    pub fn key_error(&self, key: Value<'gc>) -> PyErr<'gc> {
        PyErr(self.make_exc(self.i.types.exc[E::KeyError as usize], vec![key]))
    }

    /// AttributeError for a missing attribute.
    pub fn no_attr(&self, v: Value<'gc>, name: &str) -> PyErr<'gc> {
        if let Value::Obj(o) = v {
            if let Some(t) = o.as_type() {
                return self.err(
                    E::AttributeError,
                    format!("type object '{}' has no attribute '{}'", t.name, name),
                );
            }
            if let Payload::Module(m) = &o.payload {
                return self.err(
                    E::AttributeError,
                    format!("module '{m}' has no attribute '{name}'"),
                );
            }
        }
        self.err(
            E::AttributeError,
            format!("'{}' object has no attribute '{}'", self.type_name(v), name),
        )
    }

    /// Is `v` an instance of built-in exception class `e`?
    pub fn exc_is(&self, v: Obj<'gc>, e: E) -> bool {
        let cls = self.class_of(Value::Obj(v));
        self.is_subclass(cls, self.i.types.exc[e as usize])
    }

    /// Exception data of an exception object.
    pub fn exc_data(o: Obj<'gc>) -> Option<gc_arena::lock::GcRefLock<'gc, ExcData<'gc>>> {
        match &o.payload {
            Payload::Exception(d) => Some(*d),
            _ => None,
        }
    }

    /// `exc.__traceback__` for traceback entries `lines` (innermost first): `traceback`
    /// objects from the outermost frame inwards, each with `tb_lineno` and `tb_next`
    /// (`tb_frame` is `None`: frames are not objects here); `None` without entries.
    pub fn traceback_chain(&mut self, lines: &[u32]) -> Value<'gc> {
        let mut next = Value::None;
        for &line in lines {
            let d = self.new_dict_obj();
            let tb = PyObject::alloc(
                self.mc,
                Some(self.i.types.traceback),
                Some(d),
                Payload::Plain,
            );
            self.dict_set_str(d, "tb_next", next);
            self.dict_set_str(d, "tb_lineno", Value::Int(i64::from(line)));
            self.dict_set_str(d, "tb_frame", Value::None);
            next = Value::Obj(tb);
        }
        next
    }

    /// Append a traceback entry for the frame at `idx`.
    pub fn add_tb(&self, exc: Obj<'gc>, idx: usize) {
        if let (Some(d), Some(f)) = (Self::exc_data(exc), self.i.frames.get(idx)) {
            d.borrow_mut(self.mc).traceback.push(TbEntry {
                code: f.code.clone(),
                line: f.line(),
            });
        }
    }

    /// `str(exc)` as CPython prints it after the type name.
    pub fn exc_message(&mut self, exc: Obj<'gc>) -> String {
        match self.str_value(Value::Obj(exc)) {
            Ok(s) => s,
            Err(_) => "<exception str() failed>".into(),
        }
    }

    /// "Type: message" line.
    pub fn exc_line(&mut self, exc: Obj<'gc>) -> String {
        let cls = self.class_of(Value::Obj(exc));
        let mut name = cls
            .as_type()
            .map(|t| t.qualname.to_string())
            .unwrap_or_default();
        if let Some(Value::Obj(m)) = self.type_dict_get(cls, "__module__")
            && let Some(ms) = m.as_str()
            && &*ms.text != "builtins"
            && &*ms.text != "__main__"
        {
            name = format!("{}.{}", ms.text, name);
        }
        let msg = self.exc_message(exc);
        if msg.is_empty() {
            name
        } else {
            format!("{name}: {msg}")
        }
    }

    /// Full traceback text, with chained causes and contexts.
    pub fn format_exception(&mut self, exc: Obj<'gc>) -> String {
        let mut out = String::new();
        let mut seen: Vec<Obj<'gc>> = Vec::new();
        self.format_chain(exc, &mut out, &mut seen, 0);
        out
    }

    fn format_chain(
        &mut self,
        exc: Obj<'gc>,
        out: &mut String,
        seen: &mut Vec<Obj<'gc>>,
        depth: usize,
    ) {
        seen.push(exc);
        if let Some(d) = Self::exc_data(exc) {
            let (cause, context, suppress) = {
                let d = d.borrow();
                (d.cause, d.context, d.suppress_context)
            };
            if depth < 50 {
                if let Value::Obj(c) = cause
                    && !seen.iter().any(|s| gc_arena::Gc::ptr_eq(*s, c))
                {
                    self.format_chain(c, out, seen, depth + 1);
                    out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
                } else if let Value::Obj(c) = context
                    && !suppress
                    && !seen.iter().any(|s| gc_arena::Gc::ptr_eq(*s, c))
                {
                    self.format_chain(c, out, seen, depth + 1);
                    out.push_str(
                        "\nDuring handling of the above exception, another exception occurred:\n\n",
                    );
                }
            }
            let tb = d.borrow().traceback.clone();
            if !tb.is_empty() {
                out.push_str("Traceback (most recent call last):\n");
                for e in tb.iter().rev() {
                    out.push_str(&format!(
                        "  File \"{}\", line {}, in {}\n",
                        e.code.source.filename, e.line, e.code.name
                    ));
                    if let Some(t) = e.code.source.line_text(e.line)
                        && !t.is_empty()
                    {
                        out.push_str(&format!("    {t}\n"));
                    }
                }
            }
        }
        let line = self.exc_line(exc);
        out.push_str(&line);
        out.push('\n');
    }

    /// Report an exception that cannot propagate (CPython's unraisable hook).
    pub fn report_unraisable(&mut self, what: Value<'gc>, exc: Obj<'gc>) {
        let r = self
            .repr(what)
            .unwrap_or_else(|_| "<object repr() failed>".into());
        let tb = self.format_exception(exc);
        self.write_err(&format!("Exception ignored in: {r}\n{tb}"));
    }
}
