# Port of test_weakset TestWeakSet: test_union, test_or, test_intersection,
# test_isdisjoint, test_and, test_difference, test_sub,
# test_symmetric_difference, test_xor, test_sub_and_super, test_lt, test_gt.
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

# test_union
self = Fixture()
u = self.s.union(self.items2)
print(all((c in u) == (c in self.d or c in self.items2) for c in self.letters))
print(self.s == WeakSet(self.items), type(u) is WeakSet)
print(raises(TypeError, self.s.union, [[]]))
for C in set, frozenset, dict.fromkeys, list, tuple:
    x = WeakSet(self.items + self.items2)
    c = C(self.items2)
    print(C.__name__, self.s.union(c) == x)
    del c
print(len(u) == len(self.items) + len(self.items2))
self.items2.pop()
gc.collect()
print(len(u) == len(self.items) + len(self.items2))

# test_or
self = Fixture()
i = self.s.union(self.items2)
print(self.s | set(self.items2) == i, self.s | frozenset(self.items2) == i)

# test_intersection
self = Fixture()
s = WeakSet(self.letters)
i = s.intersection(self.items2)
print(all((c in i) == (c in self.items2 and c in self.letters) for c in self.letters))
print(s == WeakSet(self.letters), type(i) is WeakSet)
for C in set, frozenset, dict.fromkeys, list, tuple:
    x = WeakSet([])
    print(C.__name__, i.intersection(C(self.items)) == x)
print(len(i) == len(self.items2))
self.items2.pop()
gc.collect()
print(len(i) == len(self.items2))

# test_isdisjoint
self = Fixture()
print(self.s.isdisjoint(WeakSet(self.items2)), not self.s.isdisjoint(WeakSet(self.letters)))

# test_and
i = self.s.intersection(self.items2)
print(self.s & set(self.items2) == i, self.s & frozenset(self.items2) == i)

# test_difference
self = Fixture()
i = self.s.difference(self.items2)
print(all((c in i) == (c in self.d and c not in self.items2) for c in self.letters))
print(self.s == WeakSet(self.items), type(i) is WeakSet)
print(raises(TypeError, self.s.difference, [[]]))

# test_sub
i = self.s.difference(self.items2)
print(self.s - set(self.items2) == i, self.s - frozenset(self.items2) == i)

# test_symmetric_difference
self = Fixture()
i = self.s.symmetric_difference(self.items2)
print(all((c in i) == ((c in self.d) ^ (c in self.items2)) for c in self.letters))
print(self.s == WeakSet(self.items), type(i) is WeakSet)
print(raises(TypeError, self.s.symmetric_difference, [[]]))
print(len(i) == len(self.items) + len(self.items2))
self.items2.pop()
gc.collect()
print(len(i) == len(self.items) + len(self.items2))

# test_xor
self = Fixture()
i = self.s.symmetric_difference(self.items2)
print(self.s ^ set(self.items2) == i, self.s ^ frozenset(self.items2) == i)

# test_sub_and_super
self = Fixture()
print(self.ab_weakset <= self.abcde_weakset, self.abcde_weakset <= self.abcde_weakset,
      self.abcde_weakset >= self.ab_weakset)
print(self.abcde_weakset <= self.def_weakset, self.abcde_weakset >= self.def_weakset)
print(set("a").issubset("abc"), set("abc").issuperset("a"), set("a").issubset("cbs"),
      set("cbs").issuperset("a"))

# test_lt
print(self.ab_weakset < self.abcde_weakset, self.abcde_weakset < self.def_weakset,
      self.ab_weakset < self.ab_weakset, WeakSet() < WeakSet())

# test_gt
print(self.abcde_weakset > self.ab_weakset, self.abcde_weakset > self.def_weakset,
      self.ab_weakset > self.ab_weakset, WeakSet() > WeakSet())
