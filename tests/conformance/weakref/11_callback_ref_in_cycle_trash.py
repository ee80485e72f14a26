# Scenario 11: a weakref stored on the cyclic object it refers to is trash
# together with it: its callback is never called (GC path).
import gc, weakref
gc.disable()


class Foo:
    pass


calls = []


def cb(w):
    calls.append("cb")


o = Foo()
o.self = o
o.r = weakref.ref(o, cb)
ext = weakref.ref(o, lambda w: calls.append("external"))
del o
gc.collect()
print(calls)

# two objects in a cycle, each holding a weakref with callback to the other
calls.clear()
a = Foo()
b = Foo()
a.b = b
b.a = a
a.wr = weakref.ref(b, cb)
b.wr = weakref.ref(a, cb)
del a, b
gc.collect()
print(calls)

# the weakref in a list inside the cycle
calls.clear()
c = Foo()
c.lst = [c]
c.lst.append(weakref.ref(c, cb))
c.lst.append(weakref.proxy(c, cb))
del c
gc.collect()
print(calls)
gc.collect()
print(calls)
