# Scenario 19: repr of weak references (addresses are normalised).
import gc, weakref, sys
gc.disable()


class Foo:
    pass


class Outer:
    class Inner:
        pass


class Named:
    __name__ = "cls"


class NonStrName:
    __name__ = 42


def func():
    pass


def gen():
    yield 1


o = Foo()
r = weakref.ref(o)
print(repr(r))
print(str(r) == repr(r))
print(repr(weakref.ref(func)))
print(repr(weakref.ref(Foo)))
inner = Outer.Inner()
print(repr(weakref.ref(inner)))
print(repr(weakref.ref(Outer.Inner)))
nm = Named()
print(repr(weakref.ref(nm)))
ns = NonStrName()
print(repr(weakref.ref(ns)))
o.__name__ = "instance-name"
print(repr(weakref.ref(o)))
g = gen()
print(repr(weakref.ref(g)))
lam = lambda: 0
print(repr(weakref.ref(lam)))
s = {1}
print(repr(weakref.ref(s)))
fs = frozenset()
print(repr(weakref.ref(fs)))


class K:
    def m(self):
        pass


k = K()
bm = k.m
print(repr(weakref.ref(bm)))
print(repr(weakref.ref(sys)))


class GetAttr(dict):
    def __getattr__(self, name):
        return self[name]


ga = GetAttr()
print(repr(weakref.ref(ga)))


class MyRef(weakref.ref):
    pass


print(repr(MyRef(o)))
del o
gc.collect()
print(repr(r))
print(str(r))
print(weakref.ref, weakref.ReferenceType)
