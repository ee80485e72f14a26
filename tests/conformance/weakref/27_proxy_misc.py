# Scenario 27: miscellaneous proxy behaviour.
import gc, weakref
gc.disable()


class Foo:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        if isinstance(other, Foo):
            return self.v == other.v
        return NotImplemented

    __hash__ = object.__hash__


o = Foo(1)
p = weakref.proxy(o)
r = weakref.ref(o)
try:
    weakref.ref(p)
except TypeError as e:
    print(type(e).__name__, e)
try:
    weakref.proxy(p)
except TypeError as e:
    print(type(e).__name__, e)
print(weakref.getweakrefcount(p), weakref.getweakrefs(p))
print(r == p, p == r, r != p, p != r)
o2 = Foo(1)
p2 = weakref.proxy(o2)
print(p == p2, p == o2, o2 == p, p != p2)
print(p.v, p2.v)
print(repr(p))
print(type(p).__name__, type(p).__module__, weakref.ProxyType.__qualname__)
print(repr(weakref.ProxyType), repr(weakref.CallableProxyType))
print(weakref.ProxyTypes)
try:
    class X(weakref.ProxyType):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Y(weakref.CallableProxyType):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    weakref.ProxyType(o)
except TypeError as e:
    print(type(e).__name__, e)
print(f"{p}" == str(o))
try:
    format(p, "x")
except TypeError as e:
    print(type(e).__name__, e)


def f():
    pass


pf = weakref.proxy(f)
print(repr(pf))
print(pf.__name__)
o.self = o
del o
gc.collect()
print(repr(p))
print(r(), r == p, p is p)
