# Scenario 15: the callback is not checked for callability at creation;
# the failure is reported when the referent dies.
import gc, weakref
gc.disable()


class Foo:
    pass


o = Foo()
o.self = o
r = weakref.ref(o, 5)
print("created", r() is o)
print(r.__callback__)
del o
gc.collect()
print("program continues", r())
