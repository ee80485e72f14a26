# Scenario 41: elements dying while a WeakSet is being iterated.
import gc, weakref
gc.disable()


class Item:
    def __init__(self, n):
        self.n = n
        self.self = self

    def __repr__(self):
        return "Item(" + str(self.n) + ")"


items = [Item(i) for i in range(6)]
s = weakref.WeakSet(items)
count = 0
for x in s:
    count += 1
    if count == 1:
        victim = x.n
        del x
        # kill two elements that are not the current one
        items = [it for it in items if it.n != (victim + 1) % 6 and it.n != (victim + 2) % 6]
        gc.collect()
        print("len during iteration:", len(s))
print("visited", count, "len after", len(s))
del x
gc.collect()
print(len(s), sorted(i.n for i in s) == sorted(i.n for i in items))

# a partially consumed iterator keeps the removal pending until closed
it = iter(s)
first = next(it)
items = [first]
gc.collect()
print("pending:", len(s))
try:
    s.add(Item(100))
except Exception as e:
    print(type(e).__name__, e)
gc.collect()
print(len(s))
it.close()
gc.collect()
print(len(s), [i.n for i in s] == [first.n])

# 20 cyclic items, live iterator, collect (test_len_cycles)
N = 20
items = [Item(i) for i in range(N)]
s = weakref.WeakSet(items)
del items
it = iter(s)
try:
    next(it)
except StopIteration:
    pass
gc.collect()
n1 = len(s)
del it
gc.collect()
n2 = len(s)
print(n1 in (0, 1), n2)
