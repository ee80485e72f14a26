//! Class data: name, bases, the C3 linearisation, and the built-in layout instances get.
//!
//! Invariant: `mro` is the C3 linearisation of the class *excluding the class itself* (a class
//! cannot hold a pointer to itself at allocation); `kind` is the layout of the nearest built-in
//! base, which decides the `Payload` that `__new__` gives instances.

use gc_arena::Collect;

use crate::value::Obj;

/// The built-in layout a class's instances carry.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    /// `object` and plain classes.
    Object,
    /// `NoneType`.
    NoneType,
    /// `bool`.
    Bool,
    /// `int`.
    Int,
    /// `float`.
    Float,
    /// `str`.
    Str,
    /// `tuple`.
    Tuple,
    /// `list`.
    List,
    /// `dict`.
    Dict,
    /// `set`.
    Set,
    /// `frozenset`.
    FrozenSet,
    /// `type`.
    Type,
    /// `BaseException` and subclasses.
    Exception,
    /// Any other built-in type that cannot be instantiated or subclassed from scripts.
    Opaque,
}

/// A class.
#[derive(Collect)]
#[collect(no_drop)]
pub struct TypeData<'gc> {
    /// `__name__`.
    #[collect(require_static)]
    pub name: Box<str>,
    /// `__qualname__`.
    #[collect(require_static)]
    pub qualname: Box<str>,
    /// `__bases__`.
    pub bases: Box<[Obj<'gc>]>,
    /// MRO without the class itself.
    pub mro: Box<[Obj<'gc>]>,
    /// Instance layout.
    #[collect(require_static)]
    pub kind: Kind,
    /// Built-in (attributes cannot be set).
    pub builtin: bool,
    /// Whether the class can be subclassed.
    pub basetype: bool,
    /// Names declared in `__slots__` over the whole MRO, if every class has `__slots__`.
    #[collect(require_static)]
    pub slots: Option<Box<[Box<str>]>>,
    /// Cached special-method flags (`FLAGS_KNOWN` once computed); reset when a dunder is
    /// assigned on the class itself.
    #[collect(require_static)]
    pub flags: std::cell::Cell<u8>,
    /// `HostState::class_epoch` when `flags` were computed.
    #[collect(require_static)]
    pub flags_epoch: std::cell::Cell<u64>,
    /// Whether instances of this (user) class can be weakly referenced, once computed: the
    /// answer depends only on `__slots__` and the bases, which never change.
    #[collect(require_static)]
    pub weakrefable: std::cell::Cell<Option<bool>>,
    /// Creation order of classes made by the program (0 for built-in classes), which
    /// `__subclasses__()` follows as CPython does.
    pub seq: u64,
    /// A class defined in Python that stands for one of CPython's immutable (C) types, such as
    /// `weakref.ReferenceType`: its attributes cannot be set or deleted, as for a built-in.
    #[collect(require_static)]
    pub immutable: std::cell::Cell<bool>,
}

/// `TypeData::flags`: the flags are computed.
pub const FLAGS_KNOWN: u8 = 0x80;
/// `TypeData::flags`: a Python-level `__setattr__` is defined.
pub const HAS_SETATTR: u8 = 1;
/// `TypeData::flags`: a Python-level `__getattr__` is defined.
pub const HAS_GETATTR: u8 = 2;
/// `TypeData::flags`: a Python-level `__delattr__` is defined.
pub const HAS_DELATTR: u8 = 4;
/// `TypeData::flags`: `__eq__` is not `object`'s (identity).
pub const USER_EQ: u8 = 8;
/// `TypeData::flags`: `__hash__` is not `object`'s (it may be `None`).
pub const USER_HASH: u8 = 16;
