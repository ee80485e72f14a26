# Scenario 4: callback-less proxies are shared; proxies with callbacks are new.
import gc, weakref
gc.disable()


class Foo:
    pass


def cb(w):
    pass


o = Foo()
p1 = weakref.proxy(o)
p2 = weakref.proxy(o)
p3 = weakref.proxy(o, None)
print(p1 is p2, p2 is p3)
pc1 = weakref.proxy(o, cb)
pc2 = weakref.proxy(o, cb)
print(pc1 is p1, pc1 is pc2)
r = weakref.ref(o)
p4 = weakref.proxy(o)
print(p4 is p1)
print(type(p1) is weakref.ProxyType)
print(weakref.getweakrefcount(o))


def f():
    return 3


q1 = weakref.proxy(f)
q2 = weakref.proxy(f)
print(q1 is q2, type(q1) is weakref.CallableProxyType, q1())
del pc1, pc2
gc.collect()
print(weakref.getweakrefcount(o))
