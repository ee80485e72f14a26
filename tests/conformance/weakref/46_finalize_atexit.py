# Scenario 46: finalizers at interpreter exit: newest first, atexit=False
# ones skipped, a finalizer created during exit runs next, an exception is
# printed via sys.excepthook and the loop continues.
import gc, weakref, sys
gc.disable()


class A:
    pass


anchor = A()
GLOBAL = "foobar"


def error():
    # created while exiting: must be the next one to run
    weakref.finalize(anchor, print, "g1")
    print("f3 error")
    1 / 0


f1 = weakref.finalize(anchor, print, "f1", GLOBAL)
f2 = weakref.finalize(anchor, print, "f2", GLOBAL)
f3 = weakref.finalize(anchor, error)
f4 = weakref.finalize(anchor, print, "f4", GLOBAL)
print(f1.atexit, f3.atexit, f4.atexit)
f2.atexit = False
print(f2.atexit)

# a dead finalizer never runs at exit
other = A()
f5 = weakref.finalize(other, print, "f5 at death")
del other
gc.collect()
print(f5.alive)

# a detached one never runs
f6 = weakref.finalize(anchor, print, "f6")
f6.detach()

# finalizer of an object that dies during shutdown is never called
late = A()
late.self = late
f7 = weakref.finalize(late, print, "never printed")
f7.atexit = False
print("end of script")
