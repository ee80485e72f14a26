# Scenario 36: len() of a WeakKeyDictionary stays correct while removals are
# pending (an iterator is alive) and entries are also removed explicitly
# (issue #21173).
import gc, weakref
gc.disable()


class Key:
    def __init__(self, n):
        self.n = n
        self.self = self

    def __repr__(self):
        return "Key(" + str(self.n) + ")"


objs = [Key(i) for i in range(6)]
d = weakref.WeakKeyDictionary()
for i in range(6):
    d[objs[i]] = i
print(len(d))
it = iter(d.items())
first = next(it)
print(first)
objs.pop()
gc.collect()
print("after implicit removal:", len(d))
print(d.pop(objs[1]), len(d))
del d[objs[2]]
print(len(d))
k, v = d.popitem()
print(k, v, len(d))
n = Key(99)
d[n] = 99
print(len(d))
it.close()
gc.collect()
print("after close:", len(d), sorted(d.values()))
del k, first
objs[3] = None
gc.collect()
print(len(d), sorted(d.values()))

# a fully consumed iterator plus implicit removal
objs2 = [Key(10 + i) for i in range(4)]
d2 = weakref.WeakKeyDictionary()
for i in range(4):
    d2[objs2[i]] = i
seen = []
for key in d2:
    seen.append(key.n)
    if key.n == 10:
        objs2[2] = None
        gc.collect()
        print("len during iteration:", len(d2))
print(seen, len(d2))
del key

# clear while a removal is pending
objs3 = [Key(20 + i) for i in range(3)]
d3 = weakref.WeakKeyDictionary()
for i in range(3):
    d3[objs3[i]] = i
it3 = iter(d3)
next(it3)
objs3[1] = None
gc.collect()
print(len(d3))
d3.clear()
print(len(d3))
it3.close()
gc.collect()
print(len(d3))
