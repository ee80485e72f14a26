# Scenario 43: weakref.finalize basics.
import gc, weakref
gc.disable()


class A:
    pass


def add(x, y, z):
    res.append(x + y + z)
    return x + y + z


def show_tuple(t):
    if t is None:
        return None
    obj, func, args, kwargs = t
    return (type(obj).__name__, func.__name__, args, kwargs)


res = []
a = A()
f = weakref.finalize(a, add, 67, 43, z=89)
print(f.alive, f.atexit)
print(repr(f))
print(show_tuple(f.peek()))
print(f(), res)
print(f.alive, f(), res, f.peek(), f.detach())
print(repr(f))

res = []
f = weakref.finalize(a, add, 67, 43, 89)
print(show_tuple(f.peek()))
t = f.detach()
print(show_tuple(t), f.alive, f.detach(), f.peek())
obj, func, args, kwargs = t
print(obj is a, func(*args, **kwargs), res)
print(f(), res)
del obj, t

res = []
f = weakref.finalize(a, add, x=67, y=43, z=89)
print(show_tuple(f.peek()))
del a
gc.collect()
print(res, f.alive, f.peek(), f.detach(), f(), f.atexit)
f.atexit = True
print(f.atexit)

# keyword arguments named func / obj are passed through


def fin(*args, **kwargs):
    res.append((args, sorted(kwargs.items())))


res = []
a = A()
f = weakref.finalize(a, fin, 1, 2, func=3, obj=4)
print(show_tuple(f.peek()))
f()
print(res)


def show(label, g):
    try:
        print(label, "->", g())
    except TypeError as e:
        print(label, type(e).__name__, e)


show("finalize(a)", lambda: weakref.finalize(a))
show("finalize(a, func=fin, arg=1)", lambda: weakref.finalize(a, func=fin, arg=1))
show("finalize(obj=a, func=fin)", lambda: weakref.finalize(obj=a, func=fin))
show("finalize()", lambda: weakref.finalize())
show("finalize(1, print)", lambda: weakref.finalize(1, print))

g = weakref.finalize(a, fin)
show("ref(finalize)", lambda: weakref.ref(g))


try:
    g.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(g == g, g != weakref.finalize(a, fin))
g.atexit = 0
print(g.atexit)
g.atexit = "yes"
print(g.atexit)
print(type(g).__name__, type(g).__module__)


class MyFinalize(weakref.finalize):
    pass


mf = MyFinalize(a, fin, "sub")
print(repr(mf).split(" at ")[0], type(weakref.ref(mf)).__name__)
res = []
a.self = a
del a
gc.collect()
print(sorted(res))
