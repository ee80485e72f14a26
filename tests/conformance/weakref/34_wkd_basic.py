# Scenario 34: WeakKeyDictionary basics.
import gc, weakref
gc.disable()


class Key:
    def __init__(self, name):
        self.name = name
        self.self = self

    def __repr__(self):
        return "Key(" + self.name + ")"


class Foo:
    pass


d = weakref.WeakKeyDictionary()
a, b, c = Key("a"), Key("b"), Key("c")
d[a] = 1
d[b] = 2
d[c] = 3
print(len(d), d[a], a in d, d.get(b), d.get(Key("zz")), d.get(Key("zz"), "dflt"))
print(list(d.keys()), list(d.values()), list(d.items()))
print(list(d), repr(d))
gc.collect()
print(weakref.getweakrefcount(a))
d[a] = 10
print(d[a], len(d))
del d[a]
print(len(d), a in d)
try:
    d[a]
except KeyError as e:
    print(type(e).__name__, e)
try:
    del d[a]
except KeyError as e:
    print(type(e).__name__, e)
for label, f in [("get", lambda: d[1]), ("set", lambda: d.__setitem__(1, 2)),
                 ("del", lambda: d.__delitem__(1)), (".get", lambda: d.get(1)),
                 ("pop", lambda: d.pop(1)), ("setdefault", lambda: d.setdefault(1))]:
    try:
        f()
        print(label, "no error")
    except TypeError as e:
        print(label, type(e).__name__, e)
print(1 in d, "x" in d, None in d)


class Unh:
    __hash__ = None


try:
    Unh() in d
except TypeError as e:
    print(type(e).__name__, e)
del b
gc.collect()
print(len(d), list(d.items()))
refs = d.keyrefs()
print(type(refs).__name__, len(refs), refs[0]() is c, refs[0].__callback__ is not None)
del c
gc.collect()
print(len(d), list(d.items()), refs[0]())
try:
    hash(d)
except TypeError as e:
    print(type(e).__name__, e)
print(type(d.keys()).__name__)


class SubK(weakref.WeakKeyDictionary):
    pass


print(repr(SubK()))
x, y = Key("x"), Key("y")
d1 = weakref.WeakKeyDictionary({x: 1, y: 2})
d2 = weakref.WeakKeyDictionary(d1)
print(sorted(d2.values()), d2[x], d1 == d2, d1 == {x: 1, y: 2}, d1 != {x: 1})
