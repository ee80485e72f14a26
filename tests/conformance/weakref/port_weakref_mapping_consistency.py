# Single-threaded forms of test_weakref MappingTestCase:
# test_threaded_weak_valued_setdefault, test_threaded_weak_valued_pop,
# test_threaded_weak_valued_consistency (issue #28427).  Instead of a
# collecting thread, gc.collect() is called at fixed points.
import gc, weakref
gc.disable()


class RefCycle:
    def __init__(self):
        self.cycle = self


d = weakref.WeakValueDictionary()
nones = 0
for i in range(300):
    x = d.setdefault(10, RefCycle())
    if x is None:
        nones += 1
    del x
    if i % 7 == 0:
        gc.collect()
print("setdefault None results:", nones)

d = weakref.WeakValueDictionary()
nones = 0
for i in range(300):
    d[10] = RefCycle()
    if i % 5 == 0:
        gc.collect()
    x = d.pop(10, 10)
    if x is None:
        nones += 1
print("pop None results:", nones)

d = weakref.WeakValueDictionary()
bad = 0
for i in range(300):
    o = RefCycle()
    d[10] = o
    if i % 3 == 0:
        gc.collect()
    # o is still alive, so the dict can't be empty
    if len(d) != 1:
        bad += 1
    o = None
print("inconsistent lengths:", bad)
gc.collect()
print(len(d))
