# Scenario 31: valuerefs() / itervaluerefs() return KeyedRef objects.
import gc, weakref
gc.disable()


class Obj:
    def __init__(self, name):
        self.name = name
        self.self = self

    def __repr__(self):
        return "Obj(" + self.name + ")"


objs = [Obj(str(i)) for i in range(4)]
d = weakref.WeakValueDictionary()
for i in range(4):
    d[i] = objs[i]
refs = d.valuerefs()
print(type(refs).__name__, len(refs))
for r in refs:
    print(type(r).__name__, r.key, r(), isinstance(r, weakref.ref), r.__callback__ is not None)
it = d.itervaluerefs()
print(type(it).__name__)
print(sorted(r.key for r in it))
print(weakref.KeyedRef.__name__, weakref.KeyedRef.__module__)
kr = refs[0]
try:
    weakref.ref(kr)
except TypeError as e:
    print(type(e).__name__, e)
try:
    kr.other = 1
except AttributeError as e:
    print(type(e).__name__, e)
# dead KeyedRefs kept outside return None
del objs[1]
gc.collect()
print([r() for r in refs])
print(sorted(r.key for r in d.itervaluerefs()), len(d.valuerefs()))
# KeyedRef constructed by hand
got = []
o = Obj("hand")
k = weakref.KeyedRef(o, lambda w: got.append(w.key), "hand-key")
print(k.key, k() is o)
del o
gc.collect()
print(got, k())
try:
    weakref.KeyedRef(objs[0], None)
except TypeError as e:
    print(type(e).__name__, e)
