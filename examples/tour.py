"""A tour of Wraith's weakref and gc modules: every feature, with what it prints.

Run it from the repository root:   wraith examples/tour.py
(or python3 examples/tour.py: the output is the same except in two places, marked below:
Wraith's WeakKeyDictionary does not leak an entry whose value refers to its key
(python/cpython#88846), and gc.get_path is a Wraith extension).
"""
import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Node({self.name!r})"


def section(title):
    print(f"\n== {title}")


section("weakref.ref: a reference that does not keep its object alive")
n = Node("a")
r = weakref.ref(n)
print(r() is n, r() )                                # True Node('a')
print(weakref.ref(n) is r)                          # basic refs are shared: True
del n
gc.collect()                                        # Wraith frees at collections
print(r())                                          # None: the object is gone

section("callbacks run after the collection, newest first, with the dead ref")
n = Node("b")
log = []
r1 = weakref.ref(n, lambda w: log.append("first registered"))
r2 = weakref.ref(n, lambda w: log.append("second registered"))
print(r1.__callback__ is not None, weakref.getweakrefcount(n))
del n
gc.collect()
print(log)

section("a callback that raises is reported, never propagated")
n = Node("c")
def bad(w):
    raise ValueError("from a callback")
keep = weakref.ref(n, bad)
del n
gc.collect()                                        # stderr: Exception ignored in: ...
print("still running")

section("hash and equality follow the referent; the hash survives its death")
n = Node("d")
r = weakref.ref(n)
h = hash(r)
print(r == weakref.ref(n, print), h == hash(n))
del n
gc.collect()
print(hash(r) == h)

section("proxies forward every operation")
class Account:
    def __init__(self, balance):
        self.balance = balance
    def __add__(self, other):
        return Account(self.balance + other)
acct = Account(10)
p = weakref.proxy(acct)
print(p.balance, (p + 5).balance, type(p) is weakref.ProxyType)
del acct
gc.collect()
try:
    p.balance
except ReferenceError as e:
    print("ReferenceError:", e)

section("which objects can be weakly referenced")
for obj in (Node("e"), len, {1, 2}, 42, (1, 2), [1], object()):
    try:
        weakref.ref(obj)
        print(type(obj).__name__, "yes")
    except TypeError as e:
        print(type(obj).__name__, "no:", e)

section("WeakValueDictionary: a cache whose entries vanish with their values")
cache = weakref.WeakValueDictionary()
big = Node("big")
cache["k"] = big
print(sorted(cache), cache["k"])
del big
gc.collect()
print(sorted(cache), "k" in cache)

section("WeakKeyDictionary: data attached to objects it does not own")
notes = weakref.WeakKeyDictionary()
a, b = Node("a"), Node("b")
notes[a] = "note about a"
notes[b] = "note about b"
del a
gc.collect()
print(list(notes.values()), len(notes))

section("... and a value that refers to its own key does not keep the entry")
owner = Node("owner")
notes[owner] = [owner]                              # the value holds its key
del owner
gc.collect()
print(len(notes))                                   # Wraith: 1 (ephemeron); python3: 2 (leak)

section("WeakSet: remember objects without keeping them")
live = weakref.WeakSet()
x, y = Node("x"), Node("y")
live.add(x)
live.add(y)
del x
gc.collect()
print(sorted(n.name for n in live))

section("WeakMethod: a weak reference to a bound method")
class Button:
    def click(self):
        return "clicked"
btn = Button()
wm = weakref.WeakMethod(btn.click)
print(wm()())
del btn
gc.collect()
print(wm())

section("finalize: run something when an object dies (at most once)")
res = Node("resource")
f = weakref.finalize(res, print, "resource released")
print(f.alive, f.peek()[1:] == (print, ("resource released",), {}))
del res
gc.collect()                                        # prints: resource released
print(f.alive, f())                                 # dead: calling again does nothing
g = weakref.finalize(Node("temp"), print, "temp gone")  # a temporary dies ...
gc.collect()
h = weakref.finalize(y, print, "y at exit")         # ... this one runs at exit
h2 = weakref.finalize(y, print, "detached")
print(h2.detach()[1:])                              # detached: never runs

section("__del__ runs once, after the callbacks, and may resurrect")
saved = []
class Phoenix:
    def __del__(self):
        print("__del__ runs")
        saved.append(self)
ph = Phoenix()
ph.me = ph                                          # a cycle: only the collector frees it
wr = weakref.ref(ph, lambda w: print("callback runs first"))
del ph
gc.collect()
print(len(saved), wr())                             # resurrected, but old refs stay dead
del saved[:]
gc.collect()                                        # __del__ does not run twice

section("gc: the tracing heap's view")
print(gc.isenabled(), gc.garbage)
leaf = Node("leaf")
tree = {"branch": [leaf]}
print(leaf in gc.get_referents(tree["branch"]))
print(any(o is tree["branch"] for o in gc.get_referrers(leaf)))

if hasattr(gc, "get_path"):
    section("Wraith extension: why is this object alive?")
    holder, *chain = gc.get_path(leaf)
    print(holder, " -> ".join(type(o).__name__ for o in chain))
    del tree, leaf

print("\nexiting: live finalizers run now, newest first")
