# Calling weak references in a loop (the interpreter's fast path for plain `ref` objects) and
# every kind that must not take it: subclasses with and without __call__, proxies, dead refs,
# wrong argument counts.
import gc
import weakref


class A:
    def __call__(self, *args):
        return ("called", args)


class R(weakref.ref):
    def __call__(self):
        return "overridden"


class Plain(weakref.ref):
    pass


objs = [A() for _ in range(3)]
kinds = [weakref.ref(objs[0]), R(objs[1]), Plain(objs[2]), weakref.proxy(objs[0])]
for r in kinds:
    out = r()
    print(type(r).__name__, out if isinstance(out, (str, tuple)) else type(out).__name__)

refs = [weakref.ref(o) for o in objs]
alive = 0
for r in refs:
    if r() is not None:
        alive += 1
print("alive", alive)
del objs, kinds, out
gc.collect()
print([r() for r in refs])
try:
    refs[0](1)
except TypeError as e:
    print(e)
try:
    weakref.ref(A())(x=1)
except TypeError as e:
    print(e)
