# Resurrection by __del__ on the GC path: __del__ runs once, old weakrefs
# stay dead (their callbacks already ran), new weakrefs work, and the
# object dies for good later without a second __del__.
import gc, weakref
gc.disable()

log = []
graveyard = []


class Phoenix:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append("del " + self.name)
        graveyard.append(self)


p = Phoenix("p")
p.self = p
old = weakref.ref(p, lambda w: log.append("old cb"))
oldproxy = weakref.proxy(p)
fin = weakref.finalize(p, log.append, "finalizer")
del p
gc.collect()
print(log)
print(len(graveyard), old(), fin.alive)
try:
    oldproxy.name
except ReferenceError as e:
    print(type(e).__name__, e)
q = graveyard[0]
print(q.name, weakref.getweakrefcount(q))
new = weakref.ref(q, lambda w: log.append("new cb"))
newproxy = weakref.proxy(q)
print(new() is q, newproxy.name)
del q
graveyard.clear()
gc.collect()
print(log)
print(new(), len(graveyard))

# two objects in a cycle, only one resurrects: both __del__ run once,
# the other object is kept alive by the resurrected one
log.clear()


class Pair:
    def __init__(self, name, keep):
        self.name = name
        self.keep = keep

    def __del__(self):
        log.append("del " + self.name)
        if self.keep:
            graveyard.append(self)


a = Pair("a", True)
b = Pair("b", False)
a.other = b
b.other = a
ra = weakref.ref(a, lambda w: log.append("cb a"))
rb = weakref.ref(b, lambda w: log.append("cb b"))
del a, b
gc.collect()
print(sorted(log), ra(), rb())
survivor = graveyard[0]
print(survivor.name, survivor.other.name, survivor.other.other is survivor)
log.clear()
survivor.keep = False
del survivor
graveyard.clear()
gc.collect()
print(log, len(graveyard))
