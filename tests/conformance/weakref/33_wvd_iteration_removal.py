# Scenario 33: a value dying during iteration over a WeakValueDictionary.
import gc, weakref
gc.disable()


class Obj:
    def __init__(self, n):
        self.n = n
        self.self = self

    def __repr__(self):
        return "Obj(" + str(self.n) + ")"


objs = [Obj(i) for i in range(5)]
d = weakref.WeakValueDictionary()
for i in range(5):
    d[i] = objs[i]

seen = []
for k in d:
    seen.append(k)
    if k == 1:
        objs[3] = None
        gc.collect()
print(seen, len(d), sorted(d.keys()))

seen = []
for k, v in d.items():
    seen.append((k, v))
    if k == 0:
        objs[4] = None
        gc.collect()
print(seen, len(d))

seen = []
for v in d.values():
    seen.append(v)
    if v.n == 0:
        objs[2] = None
        gc.collect()
print(seen, len(d), sorted(d.keys()))

# explicit insertion during iteration still raises
try:
    for k in d:
        d[100 + k] = objs[0]
except RuntimeError as e:
    print(type(e).__name__, e)
print(sorted(d.keys()))

# explicit deletion during iteration raises as well
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e)
print(sorted(d.keys()))

# itervaluerefs: dead refs are yielded but removal waits
objs2 = [Obj(10 + i) for i in range(3)]
d2 = weakref.WeakValueDictionary()
for i in range(3):
    d2[i] = objs2[i]
out = []
for r in d2.itervaluerefs():
    out.append((r.key, r() is None))
    if r.key == 0:
        objs2[1] = None
        gc.collect()
print(out, len(d2))

# 3.11 quirk: len() inside the loop commits the pending removal, so the
# loop then raises RuntimeError.
objs3 = [Obj(20 + i) for i in range(3)]
d3 = weakref.WeakValueDictionary()
for i in range(3):
    d3[i] = objs3[i]
try:
    for k in d3:
        if k == 0:
            objs3[2] = None
            gc.collect()
            print("len inside loop:", len(d3))
except RuntimeError as e:
    print(type(e).__name__, e)
print(len(d3), sorted(d3.keys()))
