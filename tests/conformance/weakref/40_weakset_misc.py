# Scenario 40: miscellaneous WeakSet API.
import gc, weakref
gc.disable()


class Foo:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "Foo(" + str(self.n) + ")"


s = weakref.WeakSet()
print(repr(s), len(s), bool(s))
try:
    s.pop()
except KeyError as e:
    print(type(e).__name__, e)
f = Foo(1)
try:
    s.remove(f)
except KeyError as e:
    print(type(e).__name__, e)
try:
    hash(s)
except TypeError as e:
    print(type(e).__name__, e)
s.add(f)
print(repr(s))
print(s.pop() is f, len(s))
g = Foo(2)
s.add(f)
s.add(g)
s.__init__([g])
print(len(s), g in s, f in s)
try:
    weakref.WeakSet([], 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    weakref.WeakSet(1)
except TypeError as e:
    print(type(e).__name__, e)
c = s.copy()
print(type(c).__name__, c == s, c is s)
c.add(f)
print(len(c), len(s))
s2 = weakref.WeakSet(s)
print(s2 is s, s2 == s)
s.clear()
print(len(s), s == weakref.WeakSet([]))
print(s.add(f), s.discard(g), s.discard(f))
print(weakref.WeakSet.__name__, weakref.WeakSet.__module__, weakref.WeakSet.__qualname__)
print(type(iter(s)).__name__)
for name in ["add", "clear", "copy", "difference", "difference_update", "discard",
             "intersection", "intersection_update", "isdisjoint", "issubset",
             "issuperset", "pop", "remove", "symmetric_difference",
             "symmetric_difference_update", "union", "update"]:
    if not hasattr(weakref.WeakSet, name):
        print("missing", name)


class SubSet(weakref.WeakSet):
    def __hash__(self):
        return 12345


ss = SubSet([f])
print(hash(ss), {ss: 1}[ss], type(ss.copy()).__name__, type(ss | [g]).__name__)
print(weakref.WeakSet[int])
del f, g, c
gc.collect()
print(len(ss), len(s2), repr(ss))
