# __callback__ after an ACYCLIC referent's death.  CPython frees the
# referent by reference counting and resets __callback__ to None (the
# documented behaviour, test_callback_attribute_after_deletion).  On
# CPython's cyclic-GC path 3.11 keeps the callback instead, so this script
# only passes on a runtime that reproduces the documented/refcount-path
# behaviour for acyclic garbage.
import gc, weakref
gc.disable()


class Foo:
    pass


def cb(w):
    pass


class MyRef(weakref.ref):
    pass


o = Foo()
r = weakref.ref(o, cb)
m = MyRef(o, cb)
print(r.__callback__ is cb, m.__callback__ is cb)
del o
gc.collect()
print(r(), m())
print(r.__callback__, m.__callback__)
