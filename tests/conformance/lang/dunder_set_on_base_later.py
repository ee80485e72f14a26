# Dunders assigned to a base class after its subclasses were used: every subclass sees them
# (setattr, __eq__ and __hash__ in a dict, a set and a WeakKeyDictionary).
import weakref

class A: pass
class B(A): pass

b = B(); b.x = 1
k1, k2 = B(), B()
d = {k1: "one"}
s = {k1}
w = weakref.WeakKeyDictionary({k1: "weak"})
print(b.x, k2 in d, k2 in s, k2 in w, k1 == k2)

A.__setattr__ = lambda self, n, v: print("A.__setattr__", n, v)
b.y = 2
print(hasattr(b, "y"))

A.__eq__ = lambda self, other: isinstance(other, A)
A.__hash__ = lambda self: 7
print(k1 == k2, hash(k2), k2 in {k1: 1}, k2 in {k1}, k2 in weakref.WeakKeyDictionary({k1: 1}))

del A.__hash__
try:
    print(hash(k2) == hash(k1))
except TypeError as e:
    print("TypeError", e)
