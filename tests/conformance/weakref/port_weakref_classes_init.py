# Port of test_weakref ReferencesTestCase: test_init, test_classes,
# test_constructor_kwargs, test_callback_attribute,
# test_set_callback_attribute, test_ordering, test_equality, test_hashing.
import gc, weakref
gc.disable()

# test_init
r = weakref.ref(Exception)
try:
    r.__init__(0, 0, 0, 0, 0)
except TypeError as e:
    print(type(e).__name__, e)
gc.collect()
print(r() is Exception)


# test_classes
class A:
    pass


l = []
weakref.ref(int)
a = weakref.ref(A, l.append)
A = None
gc.collect()
print(a(), l == [a], l[0] is a)

# test_constructor_kwargs
c = Exception
try:
    weakref.ref(c, callback=None)
except TypeError as e:
    print(type(e).__name__, e)


class Object:
    def __init__(self, arg):
        self.arg = arg

    def __eq__(self, other):
        if isinstance(other, Object):
            return self.arg == other.arg
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, Object):
            return self.arg < other.arg
        return NotImplemented

    def __hash__(self):
        return hash(self.arg)


class AlwaysEq:
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False


ALWAYS_EQ = AlwaysEq()

# test_callback_attribute
x = Object(1)
callback = lambda ref: None
ref1 = weakref.ref(x, callback)
print(ref1.__callback__ is callback)
ref2 = weakref.ref(x)
print(ref2.__callback__)

# test_set_callback_attribute
try:
    ref1.__callback__ = lambda ref: None
except AttributeError as e:
    print(type(e).__name__, e)

# test_ordering
x = Object(1)
y = Object(1)
a = weakref.ref(x)
b = weakref.ref(y)
names = []
for op in (lambda: a < b, lambda: a <= b, lambda: a > b, lambda: a >= b):
    try:
        op()
        names.append("no error")
    except TypeError as e:
        names.append(type(e).__name__)
print(names)
x.self = x
y.self = y
del x, y
gc.collect()
names = []
for op in (lambda: a < b, lambda: a <= b, lambda: a > b, lambda: a >= b):
    try:
        op()
        names.append("no error")
    except TypeError as e:
        names.append(type(e).__name__)
print(names)

# test_equality
x = Object(1)
y = Object(1)
z = Object(2)
a = weakref.ref(x)
b = weakref.ref(y)
c = weakref.ref(z)
d = weakref.ref(x)
print(a == b, a != b, a == c, a != c, a == d, a != d)
print(a == x, a != x, a == ALWAYS_EQ, a != ALWAYS_EQ)
x.self = x
y.self = y
z.self = z
del x, y, z
gc.collect()
print([r() is None for r in (a, b, c)])
print(a == b, a != b, a == c, a != c, a == d, a != d)
print(a == ALWAYS_EQ, a != ALWAYS_EQ)

# test_hashing
x = Object(42)
y = Object(42)
a = weakref.ref(x)
b = weakref.ref(y)
print(hash(a) == hash(42))
x.self = x
y.self = y
del x, y
gc.collect()
print(hash(a) == hash(42))
try:
    hash(b)
except TypeError as e:
    print(type(e).__name__, e)
