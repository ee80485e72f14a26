//! Lua-style weak tables (`setmetatable(t, {__mode = "k" | "v" | "kv"})`) on wraith-gc's weak
//! containers: a tiny Lua-like object model, a few "scripts" run by hand, and collections.
//!
//! Run with `cargo run -p wraith-gc --example lua_weak_table`. `main` asserts every outcome;
//! `tests/examples.rs` runs it as a test.
//!
//! Lua removes an entry from a weak table when a weak key or weak value is a collectable object
//! that died; numbers are not collectable, so entries keyed or valued by numbers stay. Lua's
//! weak-keyed tables are ephemeron tables: a value that refers to its own key does not keep the
//! entry. Here, a table's object-keyed part is an [`EphemeronTable`] (`"k"`), a
//! [`WeakValueMap`] (`"v"`) or a [`WeakPairMap`] (`"kv"`), and the rest is an ordinary strong
//! list.

use gc_arena::barrier::unlock;
use gc_arena::{Collect, Gc, Mutation, RefLock};
use wraith_gc::{
    Context, EphemeronTable, Heap, HeapConfig, WeakPairMap, WeakSlot, WeakTable, WeakValueMap,
};

struct Lua;

/// A Lua value.
#[derive(Collect, Clone, Debug, PartialEq, Eq, Hash)]
#[collect(no_drop)]
enum Value<'gc> {
    Nil,
    Number(i64),
    Table(Table<'gc>),
}

/// A Lua table: an identity-compared handle.
#[derive(Collect, Clone, Copy)]
#[collect(no_drop)]
struct Table<'gc>(Gc<'gc, TableObj<'gc>>);

impl PartialEq for Table<'_> {
    fn eq(&self, o: &Self) -> bool {
        Gc::ptr_eq(self.0, o.0)
    }
}
impl Eq for Table<'_> {}
impl core::hash::Hash for Table<'_> {
    fn hash<H: core::hash::Hasher>(&self, h: &mut H) {
        Gc::as_ptr(self.0).hash(h)
    }
}
impl core::fmt::Debug for Table<'_> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "table#{}", self.0.id)
    }
}

/// How a weak table holds its entries whose key (or value) is a table.
#[derive(Collect)]
#[collect(no_drop)]
enum Weak<'gc> {
    /// `__mode = "k"`: an ephemeron table keyed by table.
    Keys(EphemeronTable<'gc, Lua>),
    /// `__mode = "v"`: any key, table values held weakly.
    Values(WeakValueMap<'gc, Lua>),
    /// `__mode = "kv"`: table keys and table values, both weak.
    Both(WeakPairMap<'gc, Lua>),
}

#[derive(Collect)]
#[collect(no_drop)]
struct TableObj<'gc> {
    id: u32,
    /// Entries held strongly (all of them for a plain table; the non-collectable ones for a
    /// weak table).
    strong: RefLock<Vec<(Value<'gc>, Value<'gc>)>>,
    weak: Option<Weak<'gc>>,
    slot: WeakSlot,
}

impl wraith_gc::Embed for Lua {
    type Object<'gc> = TableObj<'gc>;
    type Value<'gc> = Value<'gc>;
    type Root<'gc> = Gc<'gc, RefLock<Vec<Value<'gc>>>>;
    fn weak_slot<'a, 'gc>(t: &'a TableObj<'gc>) -> &'a WeakSlot {
        &t.slot
    }
    fn object_referents<'gc>(t: &TableObj<'gc>, out: &mut Vec<Gc<'gc, TableObj<'gc>>>) {
        for (k, v) in t.strong.borrow().iter() {
            Self::value_referents(k, out);
            Self::value_referents(v, out);
        }
    }
    fn value_referents<'gc>(v: &Value<'gc>, out: &mut Vec<Gc<'gc, TableObj<'gc>>>) {
        if let Value::Table(t) = v {
            out.push(t.0);
        }
    }
}

type Cx<'gc> = Context<'gc, Lua>;

/// `{}` or `setmetatable({}, {__mode = mode})`.
fn new_table<'gc>(cx: Cx<'gc>, id: u32, mode: Option<&str>) -> Table<'gc> {
    let weak = match mode {
        None => None,
        Some("k") => Some(Weak::Keys(WeakTable::new(&cx))),
        Some("v") => Some(Weak::Values(WeakTable::new(&cx))),
        Some("kv") => Some(Weak::Both(WeakTable::new(&cx))),
        Some(m) => panic!("bad __mode {m:?}"),
    };
    Table(Gc::new(
        &cx,
        TableObj {
            id,
            strong: RefLock::new(Vec::new()),
            weak,
            slot: WeakSlot::new(),
        },
    ))
}

fn set_strong<'gc>(cx: Cx<'gc>, t: Table<'gc>, k: Value<'gc>, v: Value<'gc>) {
    let mut strong = unlock!(Gc::write(&cx, t.0), TableObj, strong).borrow_mut();
    strong.retain(|(k2, _)| *k2 != k);
    if v != Value::Nil {
        strong.push((k, v));
    }
}

/// `t[k] = v` (`v = nil` deletes).
fn set<'gc>(cx: Cx<'gc>, t: Table<'gc>, k: Value<'gc>, v: Value<'gc>) {
    // Delete from wherever the key lives, then store where its kind belongs.
    del_weak(t, &k);
    set_strong(cx, t, k.clone(), Value::Nil);
    if v == Value::Nil {
        return;
    }
    match (&t.0.weak, &k, &v) {
        (Some(Weak::Keys(e)), Value::Table(kt), _) => {
            e.insert(cx, kt.0, v);
        }
        (Some(Weak::Values(m)), _, Value::Table(vt)) => {
            m.insert(cx, k, vt.0);
        }
        (Some(Weak::Both(m)), Value::Table(kt), Value::Table(vt)) => {
            m.insert(cx, kt.0, vt.0);
        }
        (Some(Weak::Both(_)), Value::Table(kt), _) => {
            // A number value under a weak key: the key is still weak (ephemeron-like in Lua).
            let e = side_ephemeron(cx, t);
            e.insert(cx, kt.0, v);
        }
        _ => set_strong(cx, t, k, v),
    }
}

/// The reserved key under which a `"kv"` table keeps its side ephemeron table.
fn side_key<'gc>() -> Value<'gc> {
    Value::Number(i64::MIN)
}

/// For `"kv"` tables: object keys with non-object values live in a side ephemeron table,
/// stored in the strong part under a reserved key.
fn side_ephemeron<'gc>(cx: Cx<'gc>, t: Table<'gc>) -> EphemeronTable<'gc, Lua> {
    let side = get_strong(t, &side_key());
    if let Value::Table(s) = side
        && let Some(Weak::Keys(e)) = &s.0.weak
    {
        return *e;
    }
    let s = new_table(cx, u32::MAX, Some("k"));
    set_strong(cx, t, side_key(), Value::Table(s));
    match &s.0.weak {
        Some(Weak::Keys(e)) => *e,
        _ => unreachable!(),
    }
}

fn del_weak<'gc>(t: Table<'gc>, k: &Value<'gc>) {
    match (&t.0.weak, k) {
        (Some(Weak::Keys(e)), Value::Table(kt)) => {
            e.remove(kt.0);
        }
        (Some(Weak::Values(m)), _) => {
            m.remove(k);
        }
        (Some(Weak::Both(m)), Value::Table(kt)) => {
            m.remove(kt.0);
            if let Value::Table(s) = get_strong(t, &side_key())
                && let Some(Weak::Keys(e)) = &s.0.weak
            {
                e.remove(kt.0);
            }
        }
        _ => {}
    }
}

fn get_strong<'gc>(t: Table<'gc>, k: &Value<'gc>) -> Value<'gc> {
    t.0.strong
        .borrow()
        .iter()
        .find(|(k2, _)| k2 == k)
        .map_or(Value::Nil, |(_, v)| v.clone())
}

/// `t[k]`.
fn get<'gc>(t: Table<'gc>, k: &Value<'gc>) -> Value<'gc> {
    let found = match (&t.0.weak, k) {
        (Some(Weak::Keys(e)), Value::Table(kt)) => e.get(kt.0),
        (Some(Weak::Values(m)), _) => m.get(k).map(|o| Value::Table(Table(o))),
        (Some(Weak::Both(m)), Value::Table(kt)) => m.get(kt.0).map(|o| Value::Table(Table(o))),
        _ => None,
    };
    found.unwrap_or_else(|| get_strong(t, k))
}

/// `for k, v in pairs(t)`, as a list (the weak parts are snapshots of live entries).
fn pairs<'gc>(t: Table<'gc>) -> Vec<(Value<'gc>, Value<'gc>)> {
    let mut out: Vec<_> =
        t.0.strong
            .borrow()
            .iter()
            .filter(|(k, _)| *k != side_key())
            .cloned()
            .collect();
    match &t.0.weak {
        Some(Weak::Keys(e)) => out.extend(
            e.entries()
                .into_iter()
                .map(|(k, v)| (Value::Table(Table(k)), v)),
        ),
        Some(Weak::Values(m)) => out.extend(
            m.entries()
                .into_iter()
                .map(|(k, v)| (k, Value::Table(Table(v)))),
        ),
        Some(Weak::Both(m)) => {
            out.extend(
                m.entries()
                    .into_iter()
                    .map(|(k, v)| (Value::Table(Table(k)), Value::Table(Table(v)))),
            );
            if let Value::Table(s) = get_strong(t, &side_key()) {
                out.extend(pairs(s));
            }
        }
        None => {}
    }
    out
}

/// The ids of the table keys in `pairs(t)`, sorted; numbers as themselves.
fn keys(t: Table<'_>) -> Vec<i64> {
    let mut ks: Vec<i64> = pairs(t)
        .into_iter()
        .map(|(k, _)| match k {
            Value::Number(n) => n,
            Value::Table(t) => i64::from(t.0.id),
            Value::Nil => unreachable!(),
        })
        .collect();
    ks.sort();
    ks
}

fn global<'gc>(root: &Gc<'gc, RefLock<Vec<Value<'gc>>>>, i: usize) -> Table<'gc> {
    match root.borrow()[i] {
        Value::Table(t) => t,
        _ => panic!("global {i} is not a table"),
    }
}

pub fn main() {
    let mut heap: Heap<Lua> = Heap::new(HeapConfig::manual(), |mc: &Mutation<'_>| {
        Gc::new(mc, RefLock::new(Vec::new()))
    });

    // local memo = setmetatable({}, {__mode = "k"})   -- global 0
    // local names = setmetatable({}, {__mode = "v"})  -- global 1
    // local links = setmetatable({}, {__mode = "kv"}) -- global 2
    // local alive = {}                                -- global 3: what the script keeps
    heap.mutate(|cx, root| {
        let memo = new_table(cx, 0, Some("k"));
        let names = new_table(cx, 1, Some("v"));
        let links = new_table(cx, 2, Some("kv"));
        let alive = new_table(cx, 3, None);
        root.borrow_mut(&cx)
            .extend([memo, names, links, alive].map(Value::Table));

        // Objects 10..15; the script keeps 10, 11 and 12.
        let obj: Vec<Table<'_>> = (10..16).map(|id| new_table(cx, id, None)).collect();
        for (i, o) in obj[..3].iter().enumerate() {
            set(cx, alive, Value::Number(i as i64), Value::Table(*o));
        }

        // memo[o] = {o}: each value refers to its key (a leak under CPython's
        // WeakKeyDictionary, not under an ephemeron table).
        for o in &obj {
            let cell = new_table(cx, 100 + o.0.id, None);
            set(cx, cell, Value::Number(1), Value::Table(*o));
            set(cx, memo, Value::Table(*o), Value::Table(cell));
        }
        // memo[o] = 42 for a number value: stays while o lives.
        set(cx, memo, Value::Table(obj[0]), Value::Number(42));

        // names[n] = o: numeric keys, weak table values.
        for (n, o) in obj.iter().enumerate() {
            set(cx, names, Value::Number(n as i64), Value::Table(*o));
        }
        set(cx, names, Value::Number(99), Value::Number(7)); // not collectable: stays

        // links[a] = b: both weak.
        set(cx, links, Value::Table(obj[0]), Value::Table(obj[1])); // both live
        set(cx, links, Value::Table(obj[2]), Value::Table(obj[3])); // value dies
        set(cx, links, Value::Table(obj[4]), Value::Table(obj[0])); // key dies
        set(cx, links, Value::Table(obj[5]), Value::Number(5)); // key dies, number value
        set(cx, links, Value::Table(obj[1]), Value::Number(6)); // key lives

        assert_eq!(keys(memo), [10, 11, 12, 13, 14, 15]);
        assert_eq!(keys(names), [0, 1, 2, 3, 4, 5, 99]);
        assert_eq!(keys(links), [10, 11, 12, 14, 15]);
    });

    // collectgarbage()
    let report = heap.collect();
    println!("collected: {report:?}");

    heap.mutate(|_, root| {
        let (memo, names, links) = (global(root, 0), global(root, 1), global(root, 2));
        println!("memo  keys: {:?}", keys(memo));
        println!("names keys: {:?}", keys(names));
        println!("links keys: {:?}", keys(links));
        assert_eq!(keys(memo), [10, 11, 12]);
        assert_eq!(keys(names), [0, 1, 2, 99]);
        assert_eq!(keys(links), [10, 11]);
        let o10 = match get(global(root, 3), &Value::Number(0)) {
            Value::Table(t) => t,
            _ => unreachable!(),
        };
        assert_eq!(get(memo, &Value::Table(o10)), Value::Number(42));
        assert!(matches!(get(links, &Value::Table(o10)), Value::Table(t) if t.0.id == 11));
    });
    // 6 memo entries - 3, 6 names - 3, links: 3 dead.
    assert_eq!(report.entries_removed, 3 + 3 + 3);

    // alive = nil: everything else goes.
    heap.mutate(|cx, root| {
        root.borrow_mut(&cx).truncate(3);
    });
    heap.collect();
    heap.mutate(|_, root| {
        assert_eq!(keys(global(root, 0)), Vec::<i64>::new());
        assert_eq!(keys(global(root, 1)), [99]);
        assert_eq!(keys(global(root, 2)), Vec::<i64>::new());
    });
    println!("after dropping `alive`, only names[99] = 7 is left");
}
