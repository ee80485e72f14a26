# Scenario 9: when any callback runs, every weakref to the dying object(s)
# is already cleared.
import gc, weakref
gc.disable()


class Foo:
    pass


seen = []


def cb(w):
    seen.append((refs.index(w), [x() is None for x in refs], basic() is None))


o = Foo()
o.self = o
basic = weakref.ref(o)
refs = [weakref.ref(o, cb) for i in range(3)]
del o
gc.collect()
for s in seen:
    print(s)

# two objects in one cycle: each callback sees the other's refs dead too
seen2 = []
a = Foo()
b = Foo()
a.other = b
b.other = a
ra = weakref.ref(a, lambda w: seen2.append(("a", ra() is None, rb() is None)))
rb = weakref.ref(b, lambda w: seen2.append(("b", ra() is None, rb() is None)))
del a, b
gc.collect()
print(sorted(seen2))

# test_multiple_selfref_callbacks: newest callback calls older refs
log = []


def callback(obj):
    log.append(("cb", obj is r2))
    r1()  # must be dead and harmless


o = Foo()
o.self = o
r1 = weakref.ref(o, callback)
r2 = weakref.ref(o, callback)
del o
gc.collect()
print(log, r1(), r2())
