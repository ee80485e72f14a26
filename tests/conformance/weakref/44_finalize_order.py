# Scenario 44: port of FinalizeTestCase.test_order.
import gc, weakref
gc.disable()


class A:
    pass


a = A()
res = []
f1 = weakref.finalize(a, res.append, "f1")
f2 = weakref.finalize(a, res.append, "f2")
f3 = weakref.finalize(a, res.append, "f3")
f4 = weakref.finalize(a, res.append, "f4")
f5 = weakref.finalize(a, res.append, "f5")

# finalizers keep themselves alive
del f1, f4
gc.collect()
print(f2.alive, f3.alive, f5.alive)
print(bool(f5.detach()), f5.alive)
f5()
res.append("A")
f3()
print(f3.alive)
res.append("B")
f3()
res.append("C")
del a
gc.collect()
print(f2.alive)
res.append("D")
f2()
print(res)

# fire-and-forget finalizers, cyclic referent
b = A()
b.self = b
out = []
weakref.finalize(b, out.append, 1)
weakref.finalize(b, out.append, 2)
fk = weakref.finalize(b, out.append, 3)
weakref.finalize(b, out.append, 4)
fk.detach()
del b
gc.collect()
print(out)

# finalizers mixed with plain callbacks: newest first overall
c = A()
c.self = c
out2 = []
r1 = weakref.ref(c, lambda w: out2.append("r1"))
weakref.finalize(c, out2.append, "fin1")
r2 = weakref.ref(c, lambda w: out2.append("r2"))
weakref.finalize(c, out2.append, "fin2")
del c
gc.collect()
print(out2)
