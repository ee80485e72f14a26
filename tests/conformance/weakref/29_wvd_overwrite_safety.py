# Scenario 29: an old KeyedRef for an overwritten key must not remove the
# new value when the old value dies (bpo-28427).
import gc, weakref
gc.disable()


class Obj:
    def __init__(self, name):
        self.name = name
        self.self = self

    def __repr__(self):
        return "Obj(" + self.name + ")"


d = weakref.WeakValueDictionary()
a = Obj("a")
d["k"] = a
old = d.valuerefs()[0]
print(old.key, old() is a)
b = Obj("b")
d["k"] = b
print(d["k"], len(d))
del a
gc.collect()
print(old(), old.key)
print(d["k"], len(d), "k" in d)
# and the new value still removes the entry when it dies
del b
gc.collect()
print(len(d), "k" in d)

# same with setdefault after death and many overwrites
keep = []
objs = [Obj(str(i)) for i in range(5)]
for ob in objs:
    d["z"] = ob
    keep.extend(d.valuerefs())
del ob
last = objs[-1]
del objs
gc.collect()
print(d["z"], len(d), sorted(k.key for k in keep))
print([k() for k in keep])
del last
gc.collect()
print(len(d))
