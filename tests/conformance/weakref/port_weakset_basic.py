# Port of test_weakset TestWeakSet: test_methods, test_new_or_init, test_len,
# test_contains, test_init, test_constructor_identity, test_hash, test_clear,
# test_copy, test_add, test_remove, test_discard, test_pop, test_eq, test_ne,
# test_repr (single element).
import gc, weakref
gc.disable()

WeakSet = weakref.WeakSet
ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


class ustr(str):
    # stands in for collections.UserString: weakrefable, equal by value
    pass


class Foo:
    pass


class Fixture:
    # the setUp() of the original TestWeakSet
    def __init__(self):
        self.items = [ustr(c) for c in ("a", "b", "c")]
        self.items2 = [ustr(c) for c in ("x", "y", "z")]
        self.ab_items = [ustr(c) for c in "ab"]
        self.abcde_items = [ustr(c) for c in "abcde"]
        self.def_items = [ustr(c) for c in "def"]
        self.ab_weakset = WeakSet(self.ab_items)
        self.abcde_weakset = WeakSet(self.abcde_items)
        self.def_weakset = WeakSet(self.def_items)
        self.letters = [ustr(c) for c in ASCII_LETTERS]
        self.s = WeakSet(self.items)
        self.d = dict.fromkeys(self.items)
        self.obj = ustr("F")
        self.fs = WeakSet([self.obj])


def raises(exc, f, *args):
    try:
        f(*args)
    except exc as e:
        return type(e).__name__
    return "no error"

# test_methods
weaksetmethods = dir(WeakSet)
missing = [m for m in dir(set) if not m.startswith("_") and m not in weaksetmethods]
print("missing methods:", missing)

# test_new_or_init
print(raises(TypeError, WeakSet, [], 2))

# test_len
self = Fixture()
print(len(self.s) == len(self.d), len(self.fs))
del self.obj
gc.collect()
print(len(self.fs))

# test_contains
self = Fixture()
print(all((c in self.s) == (c in self.d) for c in self.letters))
print(1 in self.s, self.obj in self.fs)
del self.obj
gc.collect()
print(ustr("F") in self.fs)

# test_init
self = Fixture()
s = WeakSet()
s.__init__(self.items)
print(s == self.s)
s.__init__(self.items2)
print(s == WeakSet(self.items2))
print(raises(TypeError, s.__init__, s, 2), raises(TypeError, s.__init__, 1))

# test_constructor_identity
s = WeakSet(self.items)
t = WeakSet(s)
print(s is t, s == t)

# test_hash
print(raises(TypeError, hash, self.s))

# test_clear
self = Fixture()
self.s.clear()
print(self.s == WeakSet([]), len(self.s))

# test_copy
self = Fixture()
dup = self.s.copy()
print(self.s == dup, self.s is dup)

# test_add
self = Fixture()
x = ustr("Q")
self.s.add(x)
print(x in self.s)
dup = self.s.copy()
self.s.add(x)
print(self.s == dup)
print(raises(TypeError, self.s.add, []))
self.fs.add(Foo())
gc.collect()
print(len(self.fs) == 1)
self.fs.add(self.obj)
print(len(self.fs) == 1)

# test_remove
self = Fixture()
x = ustr("a")
self.s.remove(x)
print(x not in self.s)
print(raises(KeyError, self.s.remove, x), raises(TypeError, self.s.remove, []))

# test_discard
self = Fixture()
a, q = ustr("a"), ustr("Q")
self.s.discard(a)
print(a not in self.s)
self.s.discard(q)
print(raises(TypeError, self.s.discard, []))

# test_pop
self = Fixture()
ok = True
for i in range(len(self.s)):
    elem = self.s.pop()
    ok = ok and elem not in self.s
print(ok, raises(KeyError, self.s.pop))

# test_eq (issue 5964)
self = Fixture()
print(self.s == self.s, self.s == WeakSet(self.items))
print(self.s == set(self.items), self.s == list(self.items), self.s == tuple(self.items),
      self.s == WeakSet([Foo]), self.s == 1)

# test_ne
print(self.s != set(self.items))
s1 = WeakSet()
s2 = WeakSet()
print(s1 != s2)

# test_repr (one element, so the order is fixed)
one = WeakSet([self.obj])
print(repr(one))
print(repr(WeakSet()))
