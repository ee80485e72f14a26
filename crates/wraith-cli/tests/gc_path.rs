//! `gc.get_path(obj)`, Wraith's "why is this object alive?" extension, and the introspection
//! functions it shares a graph with (`gc.get_referents`, `gc.get_referrers`).
//!
//! Invariant: the path starts at a holder and each object in it refers to the next; an object
//! that nothing reachable holds (a temporary) has no path.

use std::process::Command;

fn run(src: &str) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_wraith"))
        .arg("-c")
        .arg(src)
        .output()
        .expect("run wraith");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn path_from_a_global_container() {
    let out = run("import gc\n\
         class Leaf: pass\n\
         class Box:\n    def __init__(self): self.items = [Leaf()]\n\
         box = Box()\n\
         p = gc.get_path(box.items[0])\n\
         print(p[0], [type(o).__name__ for o in p[1:]])\n\
         print(all(b in gc.get_referents(a) for a, b in zip(p[1:], p[2:])))\n");
    assert_eq!(out, "root ['dict', 'Box', 'dict', 'list', 'Leaf']\nTrue\n");
}

#[test]
fn path_from_a_running_frame_and_none_for_garbage() {
    let out = run("import gc\n\
         class T: pass\n\
         def f():\n    local = T()\n    p = gc.get_path(local)\n    return p[0], len(p)\n\
         print(f())\n\
         print(gc.get_path(T()))\n");
    assert_eq!(out, "('root', 2)\nNone\n");
}

#[test]
fn path_through_a_weak_value_dictionary_key_and_its_keyed_ref() {
    // The table of a WeakValueDictionary holds its keys and its KeyedRefs strongly: an object
    // alive only as a key has a path through it, and the table reports both as referents.
    let out = run("import gc, weakref\n\
         class A: pass\n\
         class K: pass\n\
         a, k = A(), K()\n\
         d = weakref.WeakValueDictionary()\n\
         d[k] = a\n\
         kw = weakref.ref(k)\n\
         del k\n\
         p = gc.get_path(kw())\n\
         print(p[0], [type(o).__name__ for o in p[1:]])\n\
         refs = gc.get_referents(d._t)\n\
         print(kw() in refs, d.valuerefs()[0] in refs)\n");
    assert_eq!(
        out,
        "root ['dict', 'WeakValueDictionary', 'dict', 'object', 'K']\nTrue True\n"
    );
}
