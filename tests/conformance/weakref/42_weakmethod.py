# Scenario 42: weakref.WeakMethod.
import gc, weakref
gc.disable()


class Object:
    def __init__(self, arg):
        self.arg = arg

    def __repr__(self):
        return "<Object " + repr(self.arg) + ">"

    def __eq__(self, other):
        if isinstance(other, Object):
            return self.arg == other.arg
        return NotImplemented

    def __hash__(self):
        return hash(self.arg)

    def some_method(self):
        return 4

    def other_method(self):
        return 5


class AlwaysEq:
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False


ALWAYS_EQ = AlwaysEq()

o = Object(1)
r = weakref.WeakMethod(o.some_method)
print(isinstance(r, weakref.ReferenceType), type(r).__name__, type(r).__module__)
m = r()
print(type(m).__name__, m.__self__ is o, m.__func__ is Object.some_method, m())
print(r() is r(), r() == o.some_method)
print(repr(r))
print(weakref.getweakrefcount(o), weakref.getweakrefs(o)[0] is r)
print(type(weakref.ref(r)).__name__)
try:
    r.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(r.__callback__ is not None)
del m
o.self = o
del o
gc.collect()
print(r())

# errors
for bad in [Object.some_method, [].append, 1]:
    try:
        weakref.WeakMethod(bad)
    except TypeError as e:
        print(type(e).__name__, e)
o = Object(2)
try:
    weakref.WeakMethod(o.some_method, callback=print)
except TypeError as e:
    print(type(e).__name__, e)


# method (function) dead
class C:
    def meth(self):
        return "meth"


c = C()
r = weakref.WeakMethod(c.meth)
print(r()())
del C.meth
gc.collect()
print(r(), hasattr(c, "meth"))

# callback when object dead, not again when method dies
calls = []


def cb(arg):
    calls.append(arg)


class D:
    def meth(self):
        pass


d = D()
d.self = d
r = weakref.WeakMethod(d.meth, cb)
del d
gc.collect()
print(len(calls), calls[0] is r)
del D.meth
gc.collect()
print(len(calls))

# callback when method dead, not again when object dies
calls.clear()


class E:
    def meth(self):
        pass


e = E()
e.self = e
r = weakref.WeakMethod(e.meth, cb)
del E.meth
gc.collect()
print(len(calls), calls[0] is r, r())
del e
gc.collect()
print(len(calls))

# equality
x = Object(1)
y = Object(1)
z = Object(2)
a = weakref.WeakMethod(x.some_method)
b = weakref.WeakMethod(y.some_method)
c1 = weakref.WeakMethod(x.other_method)
d1 = weakref.WeakMethod(y.other_method)
e1 = weakref.WeakMethod(z.some_method)
print(a == a, a == b, b == a, a != b)
print(a == c1, c1 == d1, a == e1, a != c1, a != e1)
print(a == x.some_method, a != x.some_method)
print(a == ALWAYS_EQ, a != ALWAYS_EQ)
print(weakref.ref(x) == a, a == weakref.ref(x))
# hashing
ha = hash(a)
print(ha == hash(b), ha == hash(c1), hash(a) == hash(x))
a2 = weakref.WeakMethod(x.some_method)
b2 = weakref.WeakMethod(y.some_method)
hb2 = hash(b2)
x.self = x
y.self = y
del x, y
gc.collect()
print(a == a, a == b, a == a2, b == c1, a != a, a != b)
print(hash(a) == ha, hash(b2) == hb2)
try:
    hash(a2)
except TypeError as e:
    print(type(e).__name__, e)
