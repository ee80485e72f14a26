# Scenario 10: if the weakref object dies before its referent, no callback.
import gc, weakref
gc.disable()


class Foo:
    pass


calls = []


def cb(w):
    calls.append("cb")


o = Foo()
r = weakref.ref(o, cb)
del r
gc.collect()
del o
gc.collect()
print(calls)

# cyclic referent, ref dropped earlier
o = Foo()
o.self = o
r = weakref.ref(o, cb)
r2 = weakref.ref(o, cb)
del r
gc.collect()
del o
gc.collect()
print(calls)

# proxy dropped first
o = Foo()
o.self = o
p = weakref.proxy(o, cb)
del p
gc.collect()
del o
gc.collect()
print(calls)

# the callback object being otherwise unreachable does not matter when the
# weakref itself is kept
o = Foo()
o.self = o
keep = weakref.ref(o, lambda w: calls.append("lambda"))
del o
gc.collect()
print(calls)
