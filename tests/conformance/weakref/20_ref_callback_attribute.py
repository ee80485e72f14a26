# Scenario 20: the read-only __callback__ attribute.
import gc, weakref
gc.disable()


class Foo:
    pass


def cb(w):
    pass


o = Foo()
r = weakref.ref(o, cb)
print(r.__callback__ is cb)
print(weakref.ref(o).__callback__)
print(weakref.ref(o, None).__callback__)
p = weakref.proxy(o, cb)
try:
    r.__callback__ = print
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del r.__callback__
except AttributeError as e:
    print(type(e).__name__, e)
print(r.__callback__ is cb)


class C:
    def m(self, w):
        pass


c = C()
r2 = weakref.ref(o, c.m)
print(r2.__callback__ == c.m, r2.__callback__.__self__ is c)


class MyRef(weakref.ref):
    pass


r3 = MyRef(o, cb)
print(r3.__callback__ is cb, MyRef(o).__callback__)
print("__callback__" in dir(r))
# After the referent's death __callback__ differs between CPython's
# refcount path (None) and its GC path (3.11 keeps the callback), so it is
# not printed here; see refcount_path_callback_attribute.py.
o.self = o
del o
gc.collect()
print(r(), r3(), r2())
