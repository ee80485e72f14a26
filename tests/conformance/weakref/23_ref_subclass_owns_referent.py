# Scenario 23: a ref-subclass instance holding the only strong reference to
# its referent: when both die, no callback (bpo-3100).
import gc, weakref
gc.disable()


class Foo:
    pass


class MyRef(weakref.ref):
    pass


calls = []


def callback(w):
    calls.append("called")


o = Foo()
r1 = MyRef(o, callback)
r1.o = o
del o
print(r1() is not None)
del r1
gc.collect()
print(calls)

# two refs, one holding the other, the second holding the referent
o = Foo()
r1 = MyRef(o, callback)
r2 = MyRef(o, callback)
r1.r = r2
r2.o = o
del o
del r2
del r1
gc.collect()
print(calls)

# a third, reachable ref to the same object does get its callback
o = Foo()
r1 = MyRef(o, callback)
r1.o = o
keep = weakref.ref(o, lambda w: calls.append("keep"))
del o
del r1
gc.collect()
print(calls, keep())
