# Port of test_weakref ReferencesTestCase: test_sf_bug_840829,
# test_callback_in_cycle, test_callback_reachable_one_way,
# test_callback_different_classes, test_callback_gcs,
# test_ref_created_during_del.  These must simply not crash; the script
# prints what it can observe deterministically.
import gc, weakref
gc.disable()


# test_sf_bug_840829
class C:
    pass


c = C()
wr = weakref.ref(c, lambda ignore: gc.collect())
del c
gc.collect()
print("part 1", wr())
del wr
c1 = C()
c1.i = C()
wr = weakref.ref(c1.i, lambda ignore: gc.collect())
c2 = C()
c2.c1 = c1
del c1
del c2
gc.collect()
print("part 2", wr())

# test_callback_in_cycle
seen = []


class J:
    pass


class II:
    def acallback(self, ignore):
        seen.append(self.J)


I = II()
I.J = J
I.wr = weakref.ref(J, I.acallback)
del I, J, II
gc.collect()
print("in cycle", seen)


# test_callback_reachable_one_way
class C2:
    def cb(self, ignore):
        seen.append((self.me, self.c1, self.wr))


c1, c2 = C2(), C2()
c2.me = c2
c2.c1 = c1
c2.wr = weakref.ref(c1, c2.cb)
del c1, c2
gc.collect()
print("one way", seen)


# test_callback_different_classes
class C3:
    def cb(self, ignore):
        seen.append((self.me, self.c1, self.wr))


class D3:
    pass


c1, c2 = D3(), C3()
c2.me = c2
c2.c1 = c1
c2.wr = weakref.ref(c1, c2.cb)
del c1, c2, C3, D3
gc.collect()
print("different classes", seen)


# test_callback_gcs
class Object:
    def __init__(self, arg):
        self.arg = arg


class ObjectWithDel(Object):
    def __del__(self):
        seen.append("del")


x = ObjectWithDel(1)
x.self = x  # GC path: callbacks before __del__
ref1 = weakref.ref(x, lambda ref: (seen.append("cb"), gc.collect()))
del x
gc.collect()
gc.collect()
print("gcs", seen, ref1())

# test_ref_created_during_del (bug #1377858), cyclic variant
ref_from_del = None


class Target:
    def __del__(self):
        global ref_from_del
        ref_from_del = weakref.ref(self)


w = Target()
w.self = w
del w
gc.collect()
gc.collect()
print("during del", ref_from_del is not None, ref_from_del())
