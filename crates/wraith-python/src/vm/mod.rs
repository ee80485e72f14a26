//! The virtual machine: interpreter state in the arena (`Interp`), and `Vm`, the context every
//! operation runs with inside one `mutate` call.
//!
//! Invariant: all interpreter state that must survive a slice lives in `Interp` (the arena
//! root); anything on the Rust stack is dropped before `mutate` returns, so collection between
//! slices sees every live object.

pub mod arith;
pub mod attr;
pub mod call;
pub mod error;
pub mod events;
mod fast;
pub mod frame;
pub mod native;
pub mod ops;
pub mod run;

use std::io::Write;

use gc_arena::{Collect, Mutation};

use crate::object::{DictData, Payload, PyObject, new_lock};
use crate::value::{Obj, Value};
use frame::Frame;

/// A raised exception (the exception instance).
#[derive(Clone, Copy)]
pub struct PyErr<'gc>(pub Obj<'gc>);

/// Result of an operation that may raise.
pub type PyResult<'gc, T = Value<'gc>> = Result<T, PyErr<'gc>>;

/// Built-in exception classes by index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum E {
    BaseException,
    Exception,
    TypeError,
    ValueError,
    KeyError,
    IndexError,
    AttributeError,
    NameError,
    UnboundLocalError,
    ZeroDivisionError,
    StopIteration,
    RuntimeError,
    RecursionError,
    OverflowError,
    NotImplementedError,
    AssertionError,
    ImportError,
    ModuleNotFoundError,
    SystemExit,
    KeyboardInterrupt,
    GeneratorExit,
    LookupError,
    ArithmeticError,
    ReferenceError,
    MemoryError,
    SyntaxError,
    IndentationError,
    OSError,
    EOFError,
    UnicodeError,
    FloatingPointError,
    Warning,
    UserWarning,
    DeprecationWarning,
    RuntimeWarning,
}

/// (class, name, base) for the exception hierarchy, in creation order.
pub const EXC_TABLE: &[(E, &str, Option<E>)] = &[
    (E::BaseException, "BaseException", None),
    (E::Exception, "Exception", Some(E::BaseException)),
    (E::SystemExit, "SystemExit", Some(E::BaseException)),
    (
        E::KeyboardInterrupt,
        "KeyboardInterrupt",
        Some(E::BaseException),
    ),
    (E::GeneratorExit, "GeneratorExit", Some(E::BaseException)),
    (E::TypeError, "TypeError", Some(E::Exception)),
    (E::ValueError, "ValueError", Some(E::Exception)),
    (E::LookupError, "LookupError", Some(E::Exception)),
    (E::KeyError, "KeyError", Some(E::LookupError)),
    (E::IndexError, "IndexError", Some(E::LookupError)),
    (E::AttributeError, "AttributeError", Some(E::Exception)),
    (E::NameError, "NameError", Some(E::Exception)),
    (
        E::UnboundLocalError,
        "UnboundLocalError",
        Some(E::NameError),
    ),
    (E::ArithmeticError, "ArithmeticError", Some(E::Exception)),
    (
        E::ZeroDivisionError,
        "ZeroDivisionError",
        Some(E::ArithmeticError),
    ),
    (E::OverflowError, "OverflowError", Some(E::ArithmeticError)),
    (
        E::FloatingPointError,
        "FloatingPointError",
        Some(E::ArithmeticError),
    ),
    (E::StopIteration, "StopIteration", Some(E::Exception)),
    (E::RuntimeError, "RuntimeError", Some(E::Exception)),
    (E::RecursionError, "RecursionError", Some(E::RuntimeError)),
    (
        E::NotImplementedError,
        "NotImplementedError",
        Some(E::RuntimeError),
    ),
    (E::AssertionError, "AssertionError", Some(E::Exception)),
    (E::ImportError, "ImportError", Some(E::Exception)),
    (
        E::ModuleNotFoundError,
        "ModuleNotFoundError",
        Some(E::ImportError),
    ),
    (E::ReferenceError, "ReferenceError", Some(E::Exception)),
    (E::MemoryError, "MemoryError", Some(E::Exception)),
    (E::SyntaxError, "SyntaxError", Some(E::Exception)),
    (
        E::IndentationError,
        "IndentationError",
        Some(E::SyntaxError),
    ),
    (E::OSError, "OSError", Some(E::Exception)),
    (E::EOFError, "EOFError", Some(E::Exception)),
    (E::UnicodeError, "UnicodeError", Some(E::ValueError)),
    (E::Warning, "Warning", Some(E::Exception)),
    (E::UserWarning, "UserWarning", Some(E::Warning)),
    (
        E::DeprecationWarning,
        "DeprecationWarning",
        Some(E::Warning),
    ),
    (E::RuntimeWarning, "RuntimeWarning", Some(E::Warning)),
];

/// The built-in classes.
#[derive(Collect)]
#[collect(no_drop)]
#[allow(missing_docs)]
pub struct Types<'gc> {
    pub object: Obj<'gc>,
    pub type_: Obj<'gc>,
    pub none: Obj<'gc>,
    pub bool_: Obj<'gc>,
    pub int: Obj<'gc>,
    pub float: Obj<'gc>,
    pub str_: Obj<'gc>,
    pub tuple: Obj<'gc>,
    pub list: Obj<'gc>,
    pub dict: Obj<'gc>,
    pub set: Obj<'gc>,
    pub frozenset: Obj<'gc>,
    pub function: Obj<'gc>,
    pub builtin: Obj<'gc>,
    pub method: Obj<'gc>,
    pub module: Obj<'gc>,
    pub range: Obj<'gc>,
    pub slice: Obj<'gc>,
    pub iterator: Obj<'gc>,
    pub generator: Obj<'gc>,
    pub property: Obj<'gc>,
    pub staticmethod: Obj<'gc>,
    pub classmethod: Obj<'gc>,
    pub super_: Obj<'gc>,
    pub dict_keys: Obj<'gc>,
    pub dict_values: Obj<'gc>,
    pub dict_items: Obj<'gc>,
    pub not_implemented_type: Obj<'gc>,
    pub ellipsis_type: Obj<'gc>,
    pub cell: Obj<'gc>,
    pub enumerate: Obj<'gc>,
    pub zip: Obj<'gc>,
    pub map: Obj<'gc>,
    pub filter: Obj<'gc>,
    pub reversed: Obj<'gc>,
    /// `traceback` (`exc.__traceback__` objects).
    pub traceback: Obj<'gc>,
    /// `mappingproxy` (a class's read-only `__dict__`).
    pub mappingproxy: Obj<'gc>,
    pub exc: Vec<Obj<'gc>>,
    /// Concrete iterator classes, by `ITER_TYPE_NAMES` index.
    pub iter_types: Vec<Obj<'gc>>,
}

/// Names of the concrete iterator classes.
pub const ITER_TYPE_NAMES: &[&str] = &[
    "list_iterator",
    "tuple_iterator",
    "list_reverseiterator",
    "range_iterator",
    "longrange_iterator",
    "str_ascii_iterator",
    "str_iterator",
    "set_iterator",
    "dict_keyiterator",
    "dict_valueiterator",
    "dict_itemiterator",
    "callable_iterator",
];

/// One slot of the direct-mapped MRO lookup cache.
#[derive(Clone, Copy, Default)]
pub struct AttrCacheEntry {
    /// Class address (0 = empty).
    pub cls: usize,
    /// The class's creation number (`TypeData::seq`): a class made later at the address of a
    /// freed one has another, so entries never need clearing after a collection.
    pub seq: u64,
    /// Name hash.
    pub hash: i64,
    /// Index in `[class] + mro` where the name was found, or `u16::MAX`.
    pub index: u16,
    /// Index of the name's entry in that class's dict when it was found (a hint: the entry is
    /// used only while its key is still the same interned name).
    pub entry: u32,
}

/// Slots in the MRO lookup cache (a power of two).
pub const ATTR_CACHE_SLOTS: usize = 4096;

/// Empty every slot of the MRO lookup cache.
pub fn clear_attr_cache(cache: &[std::cell::Cell<AttrCacheEntry>]) {
    for c in cache {
        c.set(AttrCacheEntry::default());
    }
}

/// Host-side state that holds no GC pointers.
#[derive(Default)]
pub struct HostState {
    /// `sys.argv`.
    pub argv: Vec<String>,
    /// Recursion limit.
    pub recursion_limit: usize,
    /// `gc.isenabled()`.
    pub gc_enabled: bool,
    /// The last uncaught exception was `SystemExit` (the REPL ends only then).
    pub system_exit: bool,
    /// A full collection was requested (gc.collect()).
    pub collect_requested: bool,
    /// `gc.collect()`'s placeholder result is on top of the running frame's stack.
    pub collect_result_pending: bool,
    /// Buffered stdout.
    pub out: Vec<u8>,
    /// Native (Rust-stack) nesting depth.
    pub native_depth: usize,
    /// Fuel left in this slice.
    pub fuel: i64,
    /// Start time for perf_counter.
    pub start: Option<std::time::Instant>,
    /// Collections run so far.
    pub collections: u64,
    /// MRO lookup cache: (class address and creation number, name hash) -> index in
    /// `[class] + mro` where the name was found, or `u16::MAX` for "nowhere". Holds no GC
    /// pointers; cleared whenever a class namespace changes (a collection needs no clearing:
    /// a class made at a freed class's address has another creation number).
    pub attr_cache: Box<[std::cell::Cell<AttrCacheEntry>]>,
    /// Doctest mode: stdout stays in `out` and stderr goes to `err_capture` for the runner.
    pub capture: bool,
    /// Captured stderr (doctest mode).
    pub err_capture: String,
    /// Classes the program created so far (`TypeData::seq`).
    pub classes_created: u64,
    /// Bumped whenever a class namespace changes: `TypeData::flags` computed under an older
    /// value are stale (a dunder set on a base class changes its subclasses' flags too).
    pub class_epoch: std::cell::Cell<u64>,
}

/// The interpreter: the arena root.
#[derive(Collect)]
#[collect(no_drop)]
pub struct Interp<'gc> {
    /// Built-in classes.
    pub types: Types<'gc>,
    /// The `builtins` namespace (a dict object).
    pub builtins: Obj<'gc>,
    /// Loaded modules by name (a dict object).
    pub modules: Obj<'gc>,
    /// Interned identifier strings (a dict mapping each name to itself).
    pub interned: Obj<'gc>,
    /// `__main__` globals.
    pub main_globals: Obj<'gc>,
    /// `NotImplemented`.
    pub not_implemented: Obj<'gc>,
    /// `Ellipsis`.
    pub ellipsis: Obj<'gc>,
    /// The running frames (bottom first).
    pub frames: Vec<Frame<'gc>>,
    /// Result of the main code once it finished.
    pub result: Option<Result<Value<'gc>, Obj<'gc>>>,
    /// The `__class__` cell of the class body that just returned.
    pub last_class_cell: Option<crate::object::GcCell<'gc>>,
    /// Objects currently being repr'd (recursion guard).
    pub repr_stack: Vec<Obj<'gc>>,
    /// Spare value vectors (argument lists, frame stacks and locals), reused to avoid
    /// allocating on every call. Always empty vectors.
    pub vec_pool: Vec<Vec<Value<'gc>>>,
    /// Host state.
    #[collect(require_static)]
    pub host: HostState,
    /// State of the `weakref` module (issue 5).
    pub weak: crate::modules::weakref::WeakState<'gc>,
}

/// Execution context inside one `mutate`.
pub struct Vm<'gc, 'a> {
    /// The mutation handle.
    pub mc: &'gc Mutation<'gc>,
    /// The interpreter.
    pub i: &'a mut Interp<'gc>,
}

impl<'gc, 'a> Vm<'gc, 'a> {
    /// Allocate a `str`.
    pub fn new_str(&self, s: impl Into<Box<str>>) -> Value<'gc> {
        Value::Obj(PyObject::alloc(
            self.mc,
            Some(self.i.types.str_),
            None,
            Payload::Str(crate::object::PyStr::new(s)),
        ))
    }

    /// The interned `str` object for an identifier (one object per distinct name, so name
    /// lookups compare by address).
    pub fn intern(&self, s: &str) -> Value<'gc> {
        let h = crate::object::pystr::str_hash(s);
        if let Some(v) = Self::dict_get_str_h(self.i.interned, s, h) {
            return v;
        }
        let v = self.new_str(s);
        if let Payload::Dict(d) = &self.i.interned.payload {
            d.borrow_mut(self.mc).insert_new(h, v, v);
        }
        v
    }

    /// Allocate a tuple.
    pub fn new_tuple(&self, items: Vec<Value<'gc>>) -> Value<'gc> {
        Value::Obj(PyObject::alloc(
            self.mc,
            Some(self.i.types.tuple),
            None,
            Payload::Tuple(items.into_boxed_slice()),
        ))
    }

    /// Allocate a list.
    pub fn new_list(&self, items: Vec<Value<'gc>>) -> Value<'gc> {
        Value::Obj(PyObject::alloc(
            self.mc,
            Some(self.i.types.list),
            None,
            Payload::List(new_lock(self.mc, items)),
        ))
    }

    /// Allocate an empty dict object.
    pub fn new_dict_obj(&self) -> Obj<'gc> {
        PyObject::alloc(
            self.mc,
            Some(self.i.types.dict),
            None,
            Payload::Dict(new_lock(self.mc, DictData::new())),
        )
    }

    /// Allocate an empty dict object with room for `n` entries (instance dicts).
    pub fn new_dict_obj_cap(&self, n: usize) -> Obj<'gc> {
        PyObject::alloc(
            self.mc,
            Some(self.i.types.dict),
            None,
            Payload::Dict(new_lock(self.mc, DictData::with_capacity(n))),
        )
    }

    /// Allocate a set (or frozenset).
    pub fn new_set_obj(&self, frozen: bool) -> Obj<'gc> {
        let cls = if frozen {
            self.i.types.frozenset
        } else {
            self.i.types.set
        };
        PyObject::alloc(
            self.mc,
            Some(cls),
            None,
            Payload::Set(new_lock(self.mc, DictData::new_set())),
        )
    }

    /// Allocate an iterator object.
    pub fn new_iter(&self, st: crate::object::IterState<'gc>) -> Value<'gc> {
        use crate::object::IterState as S;
        let t = &self.i.types;
        let idx = |n: &str| ITER_TYPE_NAMES.iter().position(|x| *x == n).unwrap_or(0);
        let cls = match &st {
            S::Seq(Value::Obj(o), _) if matches!(o.payload, Payload::Tuple(_)) => {
                t.iter_types[idx("tuple_iterator")]
            }
            S::Seq(..) => t.iter_types[idx("list_iterator")],
            S::Rev(Value::Obj(o), _) if matches!(o.payload, Payload::List(_)) => {
                t.iter_types[idx("list_reverseiterator")]
            }
            S::Rev(..) => t.reversed,
            S::Range(..) => t.iter_types[idx("range_iterator")],
            S::BigRange(_) => t.iter_types[idx("longrange_iterator")],
            S::Str(o, _) => {
                if o.as_str().is_some_and(|s| s.is_ascii()) {
                    t.iter_types[idx("str_ascii_iterator")]
                } else {
                    t.iter_types[idx("str_iterator")]
                }
            }
            S::Dict(o, _, k, _) => {
                if matches!(o.payload, Payload::Set(_)) {
                    t.iter_types[idx("set_iterator")]
                } else {
                    t.iter_types[idx([
                        "dict_keyiterator",
                        "dict_valueiterator",
                        "dict_itemiterator",
                    ][(*k).min(2) as usize])]
                }
            }
            S::Enumerate(..) => t.enumerate,
            S::Zip(..) => t.zip,
            S::Map(..) => t.map,
            S::Filter(..) => t.filter,
            S::Callable(..) => t.iter_types[idx("callable_iterator")],
            S::GetItem(..) | S::WeakKeys(..) | S::Done => t.iterator,
        };
        Value::Obj(PyObject::alloc(
            self.mc,
            Some(cls),
            None,
            Payload::Iter(new_lock(self.mc, st)),
        ))
    }

    /// `NotImplemented`.
    pub fn not_impl(&self) -> Value<'gc> {
        Value::Obj(self.i.not_implemented)
    }

    /// Is this `NotImplemented`?
    pub fn is_not_impl(&self, v: Value<'gc>) -> bool {
        v.is(Value::Obj(self.i.not_implemented))
    }

    /// The class of any value.
    #[inline]
    pub fn class_of(&self, v: Value<'gc>) -> Obj<'gc> {
        let t = &self.i.types;
        match v {
            Value::Undef | Value::None => t.none,
            Value::Bool(_) => t.bool_,
            Value::Int(_) => t.int,
            Value::Float(_) => t.float,
            Value::Obj(o) => o.class.get().unwrap_or(t.type_),
        }
    }

    /// The class name of a value.
    pub fn type_name(&self, v: Value<'gc>) -> String {
        let cls = self.class_of(v);
        let name = cls
            .as_type()
            .map(|t| t.name.to_string())
            .unwrap_or_default();
        if crate::modules::weakref::is_base_weak_type(self, cls) {
            // CPython's static types carry their module in tp_name.
            return format!("weakref.{name}");
        }
        name
    }

    /// Write to stdout (buffered).
    pub fn write_out(&mut self, s: &str) {
        self.i.host.out.extend_from_slice(s.as_bytes());
        if self.i.host.out.len() > 1 << 16 {
            self.flush_out();
        }
    }

    /// Flush buffered stdout.
    pub fn flush_out(&mut self) {
        if self.i.host.capture {
            return;
        }
        let mut so = std::io::stdout().lock();
        let _ = so.write_all(&self.i.host.out);
        let _ = so.flush();
        self.i.host.out.clear();
    }

    /// Write to stderr (flushing stdout first).
    pub fn write_err(&mut self, s: &str) {
        if self.i.host.capture {
            self.i.host.err_capture.push_str(s);
            return;
        }
        self.flush_out();
        let _ = std::io::stderr().write_all(s.as_bytes());
    }

    /// Return a vector to the pool.
    #[inline]
    pub fn give_vec(&mut self, mut v: Vec<Value<'gc>>) {
        if v.capacity() <= 256 && self.i.vec_pool.len() < 256 {
            v.clear();
            self.i.vec_pool.push(v);
        }
    }

    /// A str value's data (text and cached hash), if it is a str.
    pub fn str_of_obj(v: Value<'gc>) -> Option<&'gc crate::object::PyStr> {
        match v {
            Value::Obj(o) => o.as_ref().as_str(),
            _ => None,
        }
    }

    /// A str value's text, if it is a str.
    pub fn str_of(v: Value<'gc>) -> Option<&'gc str> {
        match v {
            Value::Obj(o) => o.as_ref().as_str().map(|s| &*s.text),
            _ => None,
        }
    }
}
