//! The heap object: one struct type, `PyObject`, reached through `Gc<'gc, PyObject<'gc>>`.
//!
//! Invariant: every heap value is a `PyObject` whose `payload` is the data of its nearest
//! built-in base class (a `list` subclass instance holds `Payload::List`), and whose `dict` is the
//! instance `__dict__` when the class has one. Weak references (issue 5) point at `Obj`; the
//! object model never depends on the host collector beyond `Collect`.

pub mod dict;
pub mod exception;
pub mod iter;
pub mod pystr;
pub mod setorder;
pub mod types;

use std::rc::Rc;

use gc_arena::lock::{GcRefLock, RefLock};
use gc_arena::{Collect, Gc, Lock, Mutation};
use num_bigint::BigInt;

use crate::compile::code::Code;
use crate::value::{Obj, Value};
use crate::vm::frame::Frame;
use crate::vm::native::NativeFn;

pub use dict::DictData;
pub use exception::ExcData;
pub use iter::IterState;
pub use pystr::PyStr;
pub use types::{Kind, TypeData};

/// A closure cell.
pub type GcCell<'gc> = Gc<'gc, Lock<Value<'gc>>>;

/// A heap object.
#[derive(Collect)]
#[collect(no_drop)]
pub struct PyObject<'gc> {
    /// The object's class; `None` means the metaclass `type` itself. Only `__class__`
    /// assignment changes it (`Vm::set_class`).
    pub class: Lock<Option<Obj<'gc>>>,
    /// The instance `__dict__` (a `dict` object), when the object has one.
    pub dict: Option<Obj<'gc>>,
    /// The built-in data.
    pub payload: Payload<'gc>,
    /// Where wraith-gc finds this object's weak references (see `wraith_gc::Embed`).
    pub weak: wraith_gc::WeakSlot,
}

/// A Python function object's data.
#[derive(Collect)]
#[collect(no_drop)]
pub struct Function<'gc> {
    /// Compiled code.
    #[collect(require_static)]
    pub code: Rc<Code>,
    /// The module globals (a `dict` object).
    pub globals: Obj<'gc>,
    /// Constants of `code`, materialised.
    pub consts: Box<[Value<'gc>]>,
    /// Names of `code` as `str` objects.
    pub names: Box<[Value<'gc>]>,
    /// Positional defaults.
    pub defaults: Box<[Value<'gc>]>,
    /// Keyword-only defaults (a `dict`), if any.
    pub kwdefaults: Option<Obj<'gc>>,
    /// Free-variable cells.
    pub closure: Box<[GcCell<'gc>]>,
}

/// A built-in function (or unbound built-in method).
#[derive(Collect, Clone, Copy)]
#[collect(no_drop)]
pub struct Builtin<'gc> {
    /// The name shown in reprs.
    #[collect(require_static)]
    pub name: &'static str,
    /// The Rust function.
    #[collect(require_static)]
    pub func: NativeFn,
    /// Bound first argument (`Undef` when unbound).
    pub bound: Value<'gc>,
    /// The built-in class whose method this is (`str` for `str.upper`), for reprs and
    /// `__qualname__`; `None` for functions of the `builtins` module.
    pub owner: Option<Obj<'gc>>,
}

/// A generator's resumable state.
#[derive(Collect)]
#[collect(no_drop)]
pub struct GenState<'gc> {
    /// The suspended frame, `None` once finished or while running.
    pub frame: Option<Box<Frame<'gc>>>,
    /// True while the generator's frame is on the thread.
    pub running: bool,
    /// Function name (for the repr).
    #[collect(require_static)]
    pub name: Rc<str>,
}

/// The built-in data of an object.
#[derive(Collect)]
#[collect(no_drop)]
pub enum Payload<'gc> {
    /// No built-in data (plain instances, `object()`).
    Plain,
    /// `str`.
    Str(#[collect(require_static)] PyStr),
    /// `int` outside the `i64` range (or a subclass instance holding an int).
    BigInt(#[collect(require_static)] Box<BigInt>),
    /// A float held by a `float` subclass instance.
    Float(f64),
    /// `tuple`.
    Tuple(Box<[Value<'gc>]>),
    /// `list`.
    List(GcRefLock<'gc, Vec<Value<'gc>>>),
    /// `dict`.
    Dict(GcRefLock<'gc, DictData<'gc>>),
    /// `set` and `frozenset` (values unused).
    Set(GcRefLock<'gc, DictData<'gc>>),
    /// A class.
    Type(Box<TypeData<'gc>>),
    /// A Python function.
    Function(Box<Function<'gc>>),
    /// A built-in function.
    Builtin(Box<Builtin<'gc>>),
    /// A bound method: (function, self).
    BoundMethod(Value<'gc>, Value<'gc>),
    /// An internal pair that never reaches a script: a `WeakKeyDictionary` entry's stored
    /// `(value, key reference)` (one object, where a tuple would add a boxed slice).
    Pair(Value<'gc>, Value<'gc>),
    /// A module (its namespace is `dict`).
    Module(#[collect(require_static)] Box<str>),
    /// `range(start, stop, step)`.
    Range(i64, i64, i64),
    /// A `range` whose bounds do not all fit `i64`: `[start, stop, step]`.
    BigRange(#[collect(require_static)] Box<[num_bigint::BigInt; 3]>),
    /// `slice(start, stop, step)`.
    Slice(Box<[Value<'gc>; 3]>),
    /// Any built-in iterator.
    Iter(GcRefLock<'gc, IterState<'gc>>),
    /// A generator.
    Generator(GcRefLock<'gc, GenState<'gc>>),
    /// `property(fget, fset, fdel)` plus a doc-less name slot.
    Property(Box<[Value<'gc>; 3]>),
    /// `staticmethod(f)`.
    StaticMethod(Value<'gc>),
    /// `classmethod(f)`.
    ClassMethod(Value<'gc>),
    /// `super(type, obj)`.
    Super(Value<'gc>, Value<'gc>),
    /// An exception instance.
    Exception(GcRefLock<'gc, ExcData<'gc>>),
    /// A dict view: (dict, 0 keys / 1 values / 2 items / 3 a read-only `mappingproxy`).
    DictView(Obj<'gc>, u8),
    /// A closure cell exposed as a value (class-body `__class__` cell).
    Cell(GcCell<'gc>),
    /// `NotImplemented` / `Ellipsis` / other named singletons.
    Singleton(#[collect(require_static)] &'static str),
    /// An instance of a class whose `__slots__` (over the whole MRO) do not include
    /// `__dict__`: one value per name of its class's `TypeData::slots`, `Undef` while unset.
    /// Such an instance has no namespace dict.
    Slots(GcRefLock<'gc, Box<[Value<'gc>]>>),
    /// A `weakref.ref` or proxy object: its wraith-gc weak reference, made first (whose
    /// payload is then pointed back at this object).
    WeakRef(WeakRefGc<'gc>),
    /// A `weakref.finalize` object: its wraith-gc finalizer, set by `__init__`.
    Finalize(GcRefLock<'gc, Option<WeakRefGc<'gc>>>),
    /// The ephemeron table under a `weakref.WeakKeyDictionary`.
    Ephemeron(wraith_gc::EphemeronTable<'gc, crate::heap::PyEmbed>),
    /// The weak-value table under a `weakref.WeakValueDictionary`.
    WeakValues(wraith_gc::WeakRefMap<'gc, crate::heap::PyEmbed>),
}

/// A wraith-gc weak reference of the interpreter's heap.
pub type WeakRefGc<'gc> = Gc<'gc, wraith_gc::WeakRef<'gc, crate::heap::PyEmbed>>;

impl<'gc> PyObject<'gc> {
    /// Allocate an object.
    pub fn alloc(
        mc: &Mutation<'gc>,
        class: Option<Obj<'gc>>,
        dict: Option<Obj<'gc>>,
        payload: Payload<'gc>,
    ) -> Obj<'gc> {
        Gc::new(
            mc,
            PyObject {
                class: Lock::new(class),
                dict,
                payload,
                weak: wraith_gc::WeakSlot::new(),
            },
        )
    }

    /// The `str` data, if this is a string.
    #[inline]
    pub fn as_str(&self) -> Option<&PyStr> {
        match &self.payload {
            Payload::Str(s) => Some(s),
            _ => None,
        }
    }

    /// The type data, if this is a class.
    #[inline]
    pub fn as_type(&self) -> Option<&TypeData<'gc>> {
        match &self.payload {
            Payload::Type(t) => Some(t),
            _ => None,
        }
    }

    /// The dict data, if this is a dict.
    #[inline]
    pub fn as_dict(&self) -> Option<GcRefLock<'gc, DictData<'gc>>> {
        match &self.payload {
            Payload::Dict(d) => Some(*d),
            _ => None,
        }
    }
}

/// Make a new `GcRefLock`.
pub fn new_lock<'gc, T: Collect<'gc> + 'gc>(mc: &Mutation<'gc>, t: T) -> GcRefLock<'gc, T> {
    Gc::new(mc, RefLock::new(t))
}

/// Convert an `i64`-overflowing result to a normalised value.
pub fn int_from_big<'gc>(mc: &Mutation<'gc>, class: Obj<'gc>, b: BigInt) -> Value<'gc> {
    use num_traits::ToPrimitive;
    match b.to_i64() {
        Some(i) => Value::Int(i),
        None => Value::Obj(PyObject::alloc(
            mc,
            Some(class),
            None,
            Payload::BigInt(Box::new(b)),
        )),
    }
}
