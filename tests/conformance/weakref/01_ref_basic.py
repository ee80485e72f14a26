# Scenario 1: basic weak reference: r() returns the referent while alive,
# None after death; bool(r) is always True.
import gc, weakref
gc.disable()


class Foo:
    pass


o = Foo()
r = weakref.ref(o)
print(r() is o)
print(type(r) is weakref.ref, type(r) is weakref.ReferenceType)
print(isinstance(r, weakref.ReferenceType))
print(bool(r))
o2 = r()
print(o2 is o)
del o, o2
gc.collect()
print(r())
print(r() is None)
print(bool(r))

# referents of several kinds
def func():
    return 1


class K:
    def meth(self):
        return 2


rf = weakref.ref(func)
print(rf() is func, rf()())
rk = weakref.ref(K)
print(rk() is K)
s = {1, 2}
rs = weakref.ref(s)
print(rs() is s, sorted(rs()))
fs = frozenset([3])
print(weakref.ref(fs)() is fs)


def gen():
    yield 1


g = gen()
rg = weakref.ref(g)
print(rg() is g)
k = K()
bm = k.meth
rb = weakref.ref(bm)
print(rb() is bm, rb()())
del func, s, g, bm
gc.collect()
print(rf(), rs(), rg(), rb())
print(rk() is K)
