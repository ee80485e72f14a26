# Scenario 28: WeakValueDictionary basics.
import gc, weakref
gc.disable()


class Obj:
    def __init__(self, name):
        self.name = name
        self.self = self  # cyclic: GC path

    def __repr__(self):
        return "Obj(" + self.name + ")"


d = weakref.WeakValueDictionary()
a, b, c = Obj("a"), Obj("b"), Obj("c")
d["a"] = a
d["b"] = b
d[3] = c
print(len(d), d["a"] is a, "a" in d, "zz" in d, 3 in d)
print(d.get("b") is b, d.get("zz"), d.get("zz", "dflt"))
print(sorted(d.keys(), key=str), sorted(d.values(), key=repr))
print(sorted(((str(k), v) for k, v in d.items())))
print(list(d), list(iter(d)))
print(weakref.getweakrefcount(a))
print(repr(d))
print(d == {"a": a, "b": b, 3: c}, d != {"a": a})
del b
gc.collect()
print(len(d), "b" in d, d.get("b"))
try:
    d["b"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    d["missing"]
except KeyError as e:
    print(type(e).__name__, e)
print(list(d.keys()), list(d.values()))
del a, c
gc.collect()
print(len(d), list(d.items()), bool(d))
try:
    d["x"] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    [] in d
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(d)
except TypeError as e:
    print(type(e).__name__, e)
print(type(d.keys()).__name__, type(d.items()).__name__)
try:
    len(d.keys())
except TypeError as e:
    print(type(e).__name__, e)


class SubV(weakref.WeakValueDictionary):
    pass


print(repr(SubV()))
# construction from a dict and from a WVD
x, y = Obj("x"), Obj("y")
d1 = weakref.WeakValueDictionary({1: x, 2: y})
d2 = weakref.WeakValueDictionary(d1)
d3 = weakref.WeakValueDictionary([(1, x)], k=y)
print(sorted(d1.keys()), sorted(d2.keys()), sorted(d3.keys(), key=str), d2[1] is x)
