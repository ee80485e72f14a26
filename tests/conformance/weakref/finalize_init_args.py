# weakref.finalize's constructor: argument errors, *args/**kwargs kept, subclasses with a namespace,
# no namespace on finalize itself (__slots__ = ()).
import weakref
class A: pass
a = A()
for f in [lambda: weakref.finalize(), lambda: weakref.finalize(a), lambda: weakref.finalize(a, print, 1, 2, sep="-"), lambda: weakref.finalize(1, print), lambda: weakref.finalize(a, 5),
          lambda: weakref.finalize.__init__(weakref.finalize.__new__(weakref.finalize), a, print)]:
    try:
        r = f(); print(type(r).__name__, r.alive, r.peek()[2:] if r.peek() else None)
    except Exception as e:
        print(type(e).__name__, e)
class F(weakref.finalize): pass
x = F(a, print, "bye"); x.extra = 1; print(x.extra, x.alive)
try:
    weakref.finalize(a, print).extra = 1
except AttributeError as e: print("AE", e)
