# Port of test_weakref WeakMethodTestCase.
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


def _subclass():
    # Use a fresh subclass every time so that deleting methods does not
    # affect other tests
    class C(Object):
        def some_method(self):
            return 6
    return C


# test_alive
o = Object(1)
r = weakref.WeakMethod(o.some_method)
print(isinstance(r, weakref.ReferenceType), isinstance(r(), type(o.some_method)))
print(r().__self__ is o, r().__func__ is o.some_method.__func__, r()())

# test_object_dead
o = Object(1)
r = weakref.WeakMethod(o.some_method)
del o
gc.collect()
print(r())

# test_method_dead
C = _subclass()
o = C(1)
r = weakref.WeakMethod(o.some_method)
del C.some_method
gc.collect()
print(r(), o.some_method())

# test_callback_when_object_dead
calls = []
C = _subclass()
o = C(1)
r = weakref.WeakMethod(o.some_method, calls.append)
del o
gc.collect()
print(calls == [r])
del C.some_method
gc.collect()
print(calls == [r])

# test_callback_when_method_dead
calls = []
C = _subclass()
o = C(1)
r = weakref.WeakMethod(o.some_method, calls.append)
del C.some_method
gc.collect()
print(calls == [r])
del o
gc.collect()
print(calls == [r])

# test_equality
x = Object(1)
y = Object(1)
a = weakref.WeakMethod(x.some_method)
b = weakref.WeakMethod(y.some_method)
c = weakref.WeakMethod(x.other_method)
d = weakref.WeakMethod(y.other_method)
print(a == b, c == d, a == c, b == d)
print(a != b, c != d, a != c, b != d)
print(a == x.some_method, a != x.some_method)
print(a == ALWAYS_EQ, a != ALWAYS_EQ)
del x, y
gc.collect()
refs = [a, b, c, d]
print([[int(p == q) for q in refs] for p in refs])
print([[int(p != q) for q in refs] for p in refs])

# test_hashing
x = Object(1)
y = Object(1)
a = weakref.WeakMethod(x.some_method)
b = weakref.WeakMethod(y.some_method)
c = weakref.WeakMethod(y.other_method)
print(hash(a) == hash(b))
ha = hash(a)
del x, y
gc.collect()
print(hash(a) == ha, hash(b) == ha)
try:
    hash(c)
except TypeError as e:
    print(type(e).__name__, e)
