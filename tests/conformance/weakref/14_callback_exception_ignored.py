# Scenario 14: an exception raised by a callback is reported on stderr
# ("Exception ignored in: <function bad ...>") and does not propagate.
import gc, weakref
gc.disable()


class Foo:
    pass


log = []


def good_old(w):
    log.append("good_old")


def bad(w):
    log.append("bad")
    1 / 0


def good_new(w):
    log.append("good_new")


o = Foo()
o.self = o
r1 = weakref.ref(o, good_old)
r2 = weakref.ref(o, bad)
r3 = weakref.ref(o, good_new)
del o
gc.collect()
print("program continues")
print(log)
print(r1(), r2(), r3())
