# Port of test_weakref ReferencesTestCase.test_callbacks_protected
# (SF #478534): callbacks must not clobber an exception being handled.
import gc, weakref, sys
gc.disable()


class BogusError(Exception):
    pass


data = {}


def remove(k):
    del data[k]


def encapsulate():
    f = lambda: ()
    data[weakref.ref(f, remove)] = None
    raise BogusError


for i in range(2):
    try:
        encapsulate()
    except BogusError:
        print("BogusError caught", i)
    else:
        print("exception not properly restored")
gc.collect()
print(len(data))


# GC-path form: a collection inside an except block runs callbacks (one of
# which raises and catches internally); the handled exception is intact.
class C:
    pass


log = []


def noisy(w):
    try:
        raise KeyError("inner")
    except KeyError:
        log.append("inner handled")


def quiet(w):
    log.append("quiet")


o = C()
o.self = o
r1 = weakref.ref(o, noisy)
r2 = weakref.ref(o, quiet)
try:
    raise BogusError("outer")
except BogusError:
    del o
    gc.collect()
    print(sys.exc_info()[0].__name__, str(sys.exc_info()[1]))
print(log)
try:
    try:
        raise ValueError("propagating")
    finally:
        o = C()
        o.self = o
        r3 = weakref.ref(o, noisy)
        del o
        gc.collect()
except ValueError as e:
    print(type(e).__name__, e)
print(log)
