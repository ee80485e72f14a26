# Port of test_weakref FinalizeTestCase: test_finalize, test_arg_errors,
# test_order, test_all_freed (collections made explicit).
import gc, weakref
gc.disable()


class A:
    pass


def collect():
    # like test.support.gc_collect()
    gc.collect()
    gc.collect()
    gc.collect()


# test_finalize
def add(x, y, z):
    res.append(x + y + z)
    return x + y + z


a = A()
res = []
f = weakref.finalize(a, add, 67, 43, z=89)
print(f.alive, f.peek() == (a, add, (67, 43), {"z": 89}))
print(f(), f(), f(), f.peek(), f.detach(), f.alive, res)
res = []
f = weakref.finalize(a, add, 67, 43, 89)
print(f.peek() == (a, add, (67, 43, 89), {}))
print(f.detach() == (a, add, (67, 43, 89), {}))
print(f(), f(), f.peek(), f.detach(), f.alive, res)
res = []
f = weakref.finalize(a, add, x=67, y=43, z=89)
del a
collect()
print(f(), f(), f.peek(), f.detach(), f.alive, res)


# test_arg_errors
def fin(*args, **kwargs):
    res.append((args, kwargs))


a = A()
res = []
f = weakref.finalize(a, fin, 1, 2, func=3, obj=4)
print(f.peek() == (a, fin, (1, 2), {"func": 3, "obj": 4}))
f()
print(res)
for label, g in [("func=, arg=", lambda: weakref.finalize(a, func=fin, arg=1)),
                 ("obj=, func=, arg=", lambda: weakref.finalize(obj=a, func=fin, arg=1)),
                 ("(a)", lambda: weakref.finalize(a)),
                 ("()", lambda: weakref.finalize())]:
    try:
        g()
        print(label, "no error")
    except TypeError as e:
        print(label, type(e).__name__, e)

# test_order
a = A()
res = []
f1 = weakref.finalize(a, res.append, "f1")
f2 = weakref.finalize(a, res.append, "f2")
f3 = weakref.finalize(a, res.append, "f3")
f4 = weakref.finalize(a, res.append, "f4")
f5 = weakref.finalize(a, res.append, "f5")
del f1, f4
collect()
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
collect()
print(f2.alive)
res.append("D")
f2()
print(res)


# test_all_freed
class MyFinalizer(weakref.finalize):
    pass


a = A()
res = []


def callback():
    res.append(123)


f = MyFinalizer(a, callback)
wr_callback = weakref.ref(callback)
wr_f = weakref.ref(f)
del callback, f
collect()
print(wr_callback() is not None, wr_f() is not None)
del a
collect()
print(wr_callback(), wr_f(), res)
