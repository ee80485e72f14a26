# __del__ and weak references on the GC path (objects in cycles):
# callbacks run before __del__, every weakref to the garbage is already
# dead inside __del__, weak containers have already dropped the entries.
import gc, weakref
gc.disable()

log = []


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Node(" + self.name + ")"

    def __del__(self):
        log.append(("del", self.name,
                    "self-ref dead" if refs[self.name]() is None else "self-ref alive",
                    "peer-ref dead" if refs[self.peer]() is None else "peer-ref alive",
                    "in wvd" if self.name in wvd else "not in wvd",
                    len(ws)))


refs = {}
wvd = weakref.WeakValueDictionary()
ws = weakref.WeakSet()
a = Node("a")
b = Node("b")
a.peer, b.peer = "b", "a"
a.other = b
b.other = a
refs["a"] = weakref.ref(a, lambda w: log.append(("cb", "a")))
refs["b"] = weakref.ref(b, lambda w: log.append(("cb", "b")))
wvd["a"] = a
wvd["b"] = b
ws.add(a)
ws.add(b)
del a, b
gc.collect()
print([e[0] for e in log])
for e in sorted(log):
    print(e)
print(len(wvd), len(ws))

# __del__ can still use the attributes of the other garbage objects
log.clear()


class Holder:
    def __del__(self):
        log.append(("holder del", self.thing.name, self.thing.other is self))


h = Holder()
t = Node("t")
t.peer = "t"
h.thing = t
t.other = h
refs["t"] = weakref.ref(t)
del h, t
gc.collect()
print(sorted(log, key=str))

# a __del__ that creates a new weakref to itself and stores it, without
# resurrecting: the new weakref is dead once the object is freed
log.clear()
made = []


class Maker:
    def __del__(self):
        made.append(weakref.ref(self))
        log.append("maker del")


m = Maker()
m.self = m
del m
gc.collect()
gc.collect()
print(log, len(made), made[0]())

# finalize and __del__ on the same cyclic object: finalize (a weakref
# callback) runs first
log.clear()


class Both:
    def __del__(self):
        log.append("__del__")


x = Both()
x.self = x
weakref.finalize(x, log.append, "finalize")
del x
gc.collect()
print(log)
