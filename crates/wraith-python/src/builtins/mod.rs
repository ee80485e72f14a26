//! Built-in classes and functions: bootstrapping the type objects and filling the `builtins`
//! namespace and each built-in class's dict with natives.
//!
//! Invariant: after `bootstrap`, every built-in class has its methods in its own dict, its MRO
//! ends in `object`, and the exception classes follow CPython's hierarchy.

pub mod format;
pub mod functions;
pub mod iters;
pub mod methods;
pub mod newtypes;
pub mod range;
pub mod seq;
pub mod set;

use gc_arena::Mutation;

use crate::object::{Builtin, DictData, Kind, Payload, PyObject, TypeData, new_lock};
use crate::value::{Obj, Value};
use crate::vm::native::NativeFn;
use crate::vm::{EXC_TABLE, HostState, Interp, Types, Vm};

fn raw_dict<'gc>(mc: &Mutation<'gc>, cls: Option<Obj<'gc>>) -> Obj<'gc> {
    PyObject::alloc(mc, cls, None, Payload::Dict(new_lock(mc, DictData::new())))
}

fn mk_type<'gc>(
    mc: &Mutation<'gc>,
    dict_cls: Option<Obj<'gc>>,
    name: &str,
    bases: &[Obj<'gc>],
    kind: Kind,
    basetype: bool,
) -> Obj<'gc> {
    let mut mro: Vec<Obj<'gc>> = Vec::new();
    for b in bases {
        if !mro.iter().any(|m| gc_arena::Gc::ptr_eq(*m, *b)) {
            mro.push(*b);
        }
        if let Some(t) = b.as_type() {
            for m in t.mro.iter() {
                if !mro.iter().any(|x| gc_arena::Gc::ptr_eq(*x, *m)) {
                    mro.push(*m);
                }
            }
        }
    }
    // object always last
    if let Some(pos) = mro
        .iter()
        .position(|m| m.as_type().is_some_and(|t| &*t.name == "object"))
    {
        let o = mro.remove(pos);
        mro.push(o);
    }
    let td = TypeData {
        name: name.into(),
        qualname: name.into(),
        bases: bases.to_vec().into_boxed_slice(),
        mro: mro.into_boxed_slice(),
        kind,
        builtin: true,
        basetype,
        slots: None,
        flags: std::cell::Cell::new(0),
        flags_epoch: std::cell::Cell::new(0),
        weakrefable: std::cell::Cell::new(None),
        seq: 0,
        immutable: std::cell::Cell::new(false),
    };
    PyObject::alloc(
        mc,
        None,
        Some(raw_dict(mc, dict_cls)),
        Payload::Type(Box::new(td)),
    )
}

/// Build the interpreter root with every built-in.
pub fn bootstrap<'gc>(mc: &'gc Mutation<'gc>, argv: Vec<String>) -> Interp<'gc> {
    let object = mk_type(mc, None, "object", &[], Kind::Object, true);
    let dict = mk_type(mc, None, "dict", &[object], Kind::Dict, true);
    let dc = Some(dict);
    let t = |name: &str, kind: Kind, base: bool| mk_type(mc, dc, name, &[object], kind, base);
    let type_ = t("type", Kind::Type, true);
    let int = t("int", Kind::Int, true);
    let bool_ = mk_type(mc, dc, "bool", &[int], Kind::Bool, false);
    let mut exc: Vec<Obj<'gc>> = Vec::new();
    let mut exc_by_e: Vec<(crate::vm::E, Obj<'gc>)> = Vec::new();
    for (e, name, base) in EXC_TABLE {
        let b = match base {
            Some(be) => exc_by_e
                .iter()
                .find(|(x, _)| x == be)
                .map(|(_, o)| *o)
                .unwrap_or(object),
            None => object,
        };
        let o = mk_type(mc, dc, name, &[b], Kind::Exception, true);
        exc_by_e.push((*e, o));
    }
    let max = exc_by_e.iter().map(|(e, _)| *e as usize).max().unwrap_or(0);
    for i in 0..=max {
        let o = exc_by_e
            .iter()
            .find(|(e, _)| *e as usize == i)
            .map(|(_, o)| *o)
            .unwrap_or(object);
        exc.push(o);
    }
    let types = Types {
        object,
        type_,
        none: t("NoneType", Kind::NoneType, false),
        bool_,
        int,
        float: t("float", Kind::Float, true),
        str_: t("str", Kind::Str, true),
        tuple: t("tuple", Kind::Tuple, true),
        list: t("list", Kind::List, true),
        dict,
        set: t("set", Kind::Set, true),
        frozenset: t("frozenset", Kind::FrozenSet, true),
        function: t("function", Kind::Opaque, false),
        builtin: t("builtin_function_or_method", Kind::Opaque, false),
        method: t("method", Kind::Opaque, false),
        module: t("module", Kind::Opaque, false),
        range: t("range", Kind::Opaque, false),
        slice: t("slice", Kind::Opaque, false),
        iterator: t("iterator", Kind::Opaque, false),
        generator: t("generator", Kind::Opaque, false),
        property: t("property", Kind::Opaque, true),
        staticmethod: t("staticmethod", Kind::Opaque, true),
        classmethod: t("classmethod", Kind::Opaque, true),
        super_: t("super", Kind::Opaque, true),
        dict_keys: t("dict_keys", Kind::Opaque, false),
        dict_values: t("dict_values", Kind::Opaque, false),
        dict_items: t("dict_items", Kind::Opaque, false),
        not_implemented_type: t("NotImplementedType", Kind::Opaque, false),
        ellipsis_type: t("ellipsis", Kind::Opaque, false),
        cell: t("cell", Kind::Opaque, false),
        enumerate: t("enumerate", Kind::Opaque, false),
        zip: t("zip", Kind::Opaque, false),
        map: t("map", Kind::Opaque, false),
        filter: t("filter", Kind::Opaque, false),
        reversed: t("reversed", Kind::Opaque, false),
        traceback: t("traceback", Kind::Opaque, false),
        mappingproxy: t("mappingproxy", Kind::Opaque, false),
        exc,
        iter_types: crate::vm::ITER_TYPE_NAMES
            .iter()
            .map(|n| t(n, Kind::Opaque, false))
            .collect(),
    };
    let not_implemented = PyObject::alloc(
        mc,
        Some(types.not_implemented_type),
        None,
        Payload::Singleton("NotImplemented"),
    );
    let ellipsis = PyObject::alloc(
        mc,
        Some(types.ellipsis_type),
        None,
        Payload::Singleton("Ellipsis"),
    );
    let builtins = raw_dict(mc, dc);
    let modules = raw_dict(mc, dc);
    let interned = raw_dict(mc, dc);
    let main_globals = raw_dict(mc, dc);
    let host = HostState {
        argv,
        recursion_limit: 1000,
        gc_enabled: true,
        start: Some(std::time::Instant::now()),
        attr_cache: (0..crate::vm::ATTR_CACHE_SLOTS)
            .map(|_| std::cell::Cell::new(crate::vm::AttrCacheEntry::default()))
            .collect(),
        ..HostState::default()
    };
    let mut interp = Interp {
        types,
        builtins,
        modules,
        interned,
        main_globals,
        not_implemented,
        ellipsis,
        frames: Vec::new(),
        result: None,
        last_class_cell: None,
        repr_stack: Vec::new(),
        vec_pool: Vec::new(),
        host,
        weak: Default::default(),
    };
    {
        let mut vm = Vm { mc, i: &mut interp };
        populate(&mut vm);
    }
    interp
}

/// Make a native function value.
pub fn native<'gc>(vm: &Vm<'gc, '_>, name: &'static str, f: NativeFn) -> Value<'gc> {
    native_of(vm, name, f, None)
}

/// Make a native function value, a method of the built-in class `owner` if given.
fn native_of<'gc>(
    vm: &Vm<'gc, '_>,
    name: &'static str,
    f: NativeFn,
    owner: Option<Obj<'gc>>,
) -> Value<'gc> {
    Value::Obj(PyObject::alloc(
        vm.mc,
        Some(vm.i.types.builtin),
        None,
        Payload::Builtin(Box::new(Builtin {
            name,
            func: f,
            bound: Value::Undef,
            owner,
        })),
    ))
}

/// Register a native in a dict object.
pub fn def<'gc>(vm: &mut Vm<'gc, '_>, d: Obj<'gc>, name: &'static str, f: NativeFn) {
    let v = native(vm, name, f);
    vm.dict_set_str(d, name, v);
}

/// Register a method on a class (`__new__` stays a plain built-in, as CPython's is).
pub fn method<'gc>(vm: &mut Vm<'gc, '_>, cls: Obj<'gc>, name: &'static str, f: NativeFn) {
    if let Some(d) = cls.dict {
        let owner = (name != "__new__").then_some(cls);
        let v = native_of(vm, name, f, owner);
        vm.dict_set_str(d, name, v);
    }
}

/// Register a classmethod on a class.
pub fn classmethod<'gc>(vm: &mut Vm<'gc, '_>, cls: Obj<'gc>, name: &'static str, f: NativeFn) {
    let v = native(vm, name, f);
    let cm = PyObject::alloc(
        vm.mc,
        Some(vm.i.types.classmethod),
        None,
        Payload::ClassMethod(v),
    );
    if let Some(d) = cls.dict {
        vm.dict_set_str(d, name, Value::Obj(cm));
    }
}

fn populate(vm: &mut Vm<'_, '_>) {
    let b = vm.i.builtins;
    let t = &vm.i.types;
    let classes: Vec<(&'static str, Obj)> = vec![
        ("object", t.object),
        ("type", t.type_),
        ("int", t.int),
        ("bool", t.bool_),
        ("float", t.float),
        ("str", t.str_),
        ("tuple", t.tuple),
        ("list", t.list),
        ("dict", t.dict),
        ("set", t.set),
        ("frozenset", t.frozenset),
        ("range", t.range),
        ("slice", t.slice),
        ("property", t.property),
        ("staticmethod", t.staticmethod),
        ("classmethod", t.classmethod),
        ("super", t.super_),
        ("enumerate", t.enumerate),
        ("zip", t.zip),
        ("map", t.map),
        ("filter", t.filter),
        ("reversed", t.reversed),
    ];
    for (n, c) in classes {
        vm.dict_set_str(b, n, Value::Obj(c));
    }
    let excs: Vec<(&'static str, Obj)> = EXC_TABLE
        .iter()
        .map(|(e, n, _)| (*n, vm.i.types.exc[*e as usize]))
        .collect();
    for (n, c) in excs {
        vm.dict_set_str(b, n, Value::Obj(c));
    }
    let ni = Value::Obj(vm.i.not_implemented);
    vm.dict_set_str(b, "NotImplemented", ni);
    let el = Value::Obj(vm.i.ellipsis);
    vm.dict_set_str(b, "Ellipsis", el);
    vm.dict_set_str(b, "None", Value::None);
    vm.dict_set_str(b, "True", Value::Bool(true));
    vm.dict_set_str(b, "False", Value::Bool(false));
    let env = vm.i.types.exc[crate::vm::E::OSError as usize];
    vm.dict_set_str(b, "EnvironmentError", Value::Obj(env));
    vm.dict_set_str(b, "IOError", Value::Obj(env));
    // Module-level types for every class's __module__.
    let all: Vec<Obj> = {
        let t = &vm.i.types;
        let mut v = vec![
            t.object,
            t.type_,
            t.none,
            t.bool_,
            t.int,
            t.float,
            t.str_,
            t.tuple,
            t.list,
            t.dict,
            t.set,
            t.frozenset,
            t.function,
            t.builtin,
            t.method,
            t.module,
            t.range,
            t.slice,
            t.iterator,
            t.generator,
            t.property,
            t.staticmethod,
            t.classmethod,
            t.super_,
            t.dict_keys,
            t.dict_values,
            t.dict_items,
            t.not_implemented_type,
            t.ellipsis_type,
            t.cell,
            t.enumerate,
            t.zip,
            t.map,
            t.filter,
            t.reversed,
            t.traceback,
            t.mappingproxy,
        ];
        v.extend(t.exc.iter().copied());
        v
    };
    for c in all {
        if let Some(d) = c.dict {
            vm.dict_set_str(d, "__module__", Value::None);
            let k = vm.new_str("__module__");
            let _ = vm.dict_del(d, k);
        }
    }
    functions::register(vm);
    newtypes::register(vm);
    methods::register(vm);
    seq::register(vm);
    let mg = vm.i.main_globals;
    vm.dict_set_str(mg, "__name__", Value::None);
    let n = vm.new_str("__main__");
    vm.dict_set_str(mg, "__name__", n);
    vm.dict_set_str(mg, "__doc__", Value::None);
    let bm = vm.new_str("builtins");
    let _ = bm;
    vm.invalidate_attr_cache();
    let od = vm.i.types.object.dict;
    if let Some(od) = od {
        vm.dict_set_str(od, "__doc__", Value::None);
    }
}

/// Create a new built-in class at runtime (e.g. `sys.stdout`'s class).
pub fn new_builtin_type<'gc>(vm: &Vm<'gc, '_>, name: &str) -> Obj<'gc> {
    mk_type(
        vm.mc,
        Some(vm.i.types.dict),
        name,
        &[vm.i.types.object],
        Kind::Opaque,
        false,
    )
}
