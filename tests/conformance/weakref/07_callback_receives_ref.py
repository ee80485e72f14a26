# Scenario 7: the callback is called once with the weakref object; the
# referent is already gone inside the callback.
import gc, weakref
gc.disable()


class Foo:
    pass


calls = []


def cb(w):
    calls.append(w)
    print("callback: w is r:", w is r, "w() is None:", w() is None)


o = Foo()
o.self = o  # take the GC path
r = weakref.ref(o, cb)
print("before")
del o
gc.collect()
print("after", len(calls), calls[0] is r)
gc.collect()
print("again", len(calls))


# a callable object as callback
class Callable:
    bar = None

    def __call__(self, x):
        self.bar = x


c = Callable()
o = Foo()
o.self = o
r2 = weakref.ref(o, c)
del o
gc.collect()
print(c.bar is r2, r2())

# acyclic referent: callback still once with the ref
o = Foo()
r3 = weakref.ref(o, lambda w: print("lambda got r3:", w is r3))
del o
gc.collect()
print("done")
