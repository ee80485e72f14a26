# Scenario 45: a failing finalizer at the referent's death is reported as an
# ignored exception; an explicit call propagates.
import gc, weakref
gc.disable()


class A:
    pass


log = []


def boom(tag):
    log.append(tag)
    1 / 0


a = A()
a.self = a
weakref.finalize(a, log.append, "older")
weakref.finalize(a, boom, "failing")
weakref.finalize(a, log.append, "newer")
del a
gc.collect()
print("continues", log)

b = A()
f = weakref.finalize(b, boom, "explicit")
try:
    f()
except ZeroDivisionError as e:
    print("propagated:", type(e).__name__, e)
print(f.alive, log)
del b
gc.collect()
print(log)
