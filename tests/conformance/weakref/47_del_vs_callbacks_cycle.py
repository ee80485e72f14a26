# Scenario 47: cyclic objects with __del__ (GC path): callbacks run first,
# weakrefs are already dead inside __del__, resurrection keeps old weakrefs
# dead, __del__ is not run again.
import gc, weakref
gc.disable()

log = []
saved = []


class D:
    resurrect = False

    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append(("del", self.name, r() is None if self.name == "d" else None))
        if self.resurrect:
            saved.append(self)


def cb(w):
    log.append(("cb", w is r))


o = D("d")
o.self = o
r = weakref.ref(o, cb)
del o
gc.collect()
print(log)

# resurrection
log.clear()
o = D("res")
o.resurrect = True
o.self = o
r2 = weakref.ref(o, lambda w: log.append("cb2"))
wvd = weakref.WeakValueDictionary(k=o)
del o
gc.collect()
print(log, len(saved), r2(), "k" in wvd, len(wvd))
z = saved[0]
print(z.name, weakref.getweakrefcount(z))
r3 = weakref.ref(z, lambda w: log.append("cb3"))
print(r3() is z, r2() is None)
z.resurrect = False
del z
saved.clear()
gc.collect()
print(log, r3())

# several objects in one cycle: all callbacks before any __del__
log.clear()
a, b = D("a"), D("b")
a.other = b
b.other = a
ra = weakref.ref(a, lambda w: log.append("cb-a"))
rb = weakref.ref(b, lambda w: log.append("cb-b"))
del a, b
gc.collect()
kinds = ["cb" if isinstance(x, str) else "del" for x in log]
print(kinds, sorted(str(x) for x in log))

# a weakref created inside __del__ of a resurrected object works
log.clear()
holder = []


class R:
    def __del__(self):
        holder.append(weakref.ref(self))
        saved.append(self)


q = R()
q.self = q
rq = weakref.ref(q)
del q
gc.collect()
print(rq(), holder[0]() is saved[0])
saved.clear()
gc.collect()
print(holder[0](), len(holder), len(saved))
