# Scenario 3: basic (callback-less, exact type) refs are shared; refs with a
# callback and subclass instances are always new objects.
import gc, weakref
gc.disable()


class Foo:
    pass


class MyRef(weakref.ref):
    pass


def cb(w):
    pass


o = Foo()
r1 = weakref.ref(o)
r2 = weakref.ref(o)
r3 = weakref.ref(o, None)
print(r1 is r2, r2 is r3)
c1 = weakref.ref(o, cb)
c2 = weakref.ref(o, cb)
print(c1 is r1, c1 is c2)
m1 = MyRef(o)
m2 = MyRef(o)
print(m1 is r1, m1 is m2, type(m1).__name__)
# an intervening proxy does not stop reuse
p = weakref.proxy(o)
r4 = weakref.ref(o)
print(r4 is r1)
print(weakref.getweakrefcount(o))
# equality of shared/non-shared refs (alive: referent equality)
print(r1 == c1, c1 == m1, m1 == m2)
del o
gc.collect()
# dead: identity only
print(r1 == c1, r1 == r2, c1 == c2, m1 == m1, m1 == m2)
print(r1(), c1(), m1())
