# Scenario 16: callbacks that call gc.collect() and create new weakrefs and
# garbage: no crash, every callback runs exactly once.
import gc, weakref
gc.disable()


class Foo:
    pass


counts = {}
keep = []


def bump(name):
    counts[name] = counts.get(name, 0) + 1


def inner_cb(w):
    bump("inner")


def cb(w):
    bump("outer")
    gc.collect()
    n = Foo()
    n.self = n
    keep.append(weakref.ref(n, inner_cb))
    del n
    gc.collect()


objs = []
for i in range(3):
    o = Foo()
    o.self = o
    keep.append(weakref.ref(o, cb))
    objs.append(o)
del o
del objs
gc.collect()
gc.collect()
gc.collect()
print(sorted(counts.items()))
print(sum(1 for w in keep if w() is None), len(keep))


# test_callback_gcs: a callback calling gc.collect() while an object with
# __del__ dies
class WithDel:
    def __del__(self):
        bump("del")


def gc_cb(w):
    bump("gc_cb")
    gc.collect()


o = WithDel()
o.self = o
r = weakref.ref(o, gc_cb)
del o
gc.collect()
gc.collect()
print(sorted(counts.items()))

# test_sf_bug_840829-like: a weakref with callback to an object whose
# only referrer is a cycle, the callback collecting again.
class Cyc:
    pass


def cb2(w):
    bump("cb2")
    gc.collect()


c = Cyc()
c.me = c
wr = weakref.ref(c, cb2)
del c
gc.collect()
gc.collect()
print(sorted(counts.items()), wr())
