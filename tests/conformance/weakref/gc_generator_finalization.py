# Generators and weak references on the GC path: a suspended generator in
# cyclic garbage is finalized (its finally block runs) after the weakref
# callbacks; abandoned weak-container iterators release their guard when
# they are collected.
import gc, weakref
gc.disable()

log = []


def gen(tag):
    try:
        yield 1
        yield 2
    finally:
        log.append("finally " + tag)


class Box:
    pass


box = Box()
box.self = box
box.g = gen("boxed")
next(box.g)
rg = weakref.ref(box.g, lambda w: log.append("cb generator"))
rb = weakref.ref(box, lambda w: log.append("cb box"))
del box
gc.collect()
print(sorted(log[:2]), log[2:])
print(rg(), rb())

# a generator that is exhausted needs no finalization
log.clear()
g = gen("exhausted")
print(list(g))
rg = weakref.ref(g)
del g
gc.collect()
print(log, rg())

# an abandoned WeakValueDictionary iterator: once it is collected, the
# pending removals are committed
log.clear()


class Obj:
    def __init__(self, n):
        self.n = n
        self.self = self


objs = [Obj(i) for i in range(4)]
d = weakref.WeakValueDictionary()
for i in range(4):
    d[i] = objs[i]
it = iter(d)
next(it)
objs[3] = None
gc.collect()
del it
gc.collect()
print(len(d), sorted(d.keys()))

# an abandoned WeakSet iterator, same thing
objs = [Obj(i) for i in range(4)]
s = weakref.WeakSet(objs)
it = iter(s)
next(it)
objs = objs[:1]
gc.collect()
del it
gc.collect()
print(len(s))
n_before = len(s)
s.add(Obj(99))
gc.collect()
print(n_before, len(s))
