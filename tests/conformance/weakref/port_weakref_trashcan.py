# Port of test_weakref ReferencesTestCase.test_trashcan_16602: a long chain
# of objects, each with a weakref callback on its parent and a
# WeakKeyDictionary mapping parent -> child.  Must not crash; the chain
# unwinds completely (possibly over several collections on a tracing GC).
import gc, weakref
gc.disable()

calls = [0]


class C:
    def __init__(self, parent):
        if not parent:
            return
        wself = weakref.ref(self)

        def cb(wparent):
            o = wself()
            calls[0] += 1

        self.wparent = weakref.ref(parent, cb)


d = weakref.WeakKeyDictionary()
root = c = C(None)
for n in range(100):
    d[c] = c = C(c)
last = weakref.ref(c)
print(len(d))
del root
rounds = 0
while len(d) and rounds < 500:
    gc.collect()
    rounds += 1
gc.collect()
print(len(d), last() is c, calls[0])
del c
gc.collect()
print(last())
