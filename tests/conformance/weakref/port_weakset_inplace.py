# Port of test_weakset TestWeakSet: test_update, test_update_set, test_ior,
# test_intersection_update, test_iand, test_difference_update, test_isub,
# test_symmetric_difference_update, test_ixor, test_inplace_on_self.
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

# test_update
self = Fixture()
retval = self.s.update(self.items2)
print(retval, all(c in self.s for c in self.items + self.items2))
print(raises(TypeError, self.s.update, [[]]))

# test_update_set
self = Fixture()
self.s.update(set(self.items2))
print(all(c in self.s for c in self.items + self.items2))

# test_ior
self = Fixture()
self.s |= set(self.items2)
print(all(c in self.s for c in self.items + self.items2))


def check_intersection(self):
    return all((c in self.s) == (c in self.items2 and c in self.items)
               for c in self.items + self.items2)


def check_difference(self):
    return all((c in self.s) == (c in self.items and c not in self.items2)
               for c in self.items + self.items2)


def check_symmetric(self):
    return all((c in self.s) == ((c in self.items) ^ (c in self.items2))
               for c in self.items + self.items2)


# test_intersection_update
self = Fixture()
retval = self.s.intersection_update(self.items2)
print(retval, check_intersection(self))
print(raises(TypeError, self.s.intersection_update, [[]]))

# test_iand
self = Fixture()
self.s &= set(self.items2)
print(check_intersection(self))

# test_difference_update
self = Fixture()
retval = self.s.difference_update(self.items2)
print(retval, check_difference(self))
print(raises(TypeError, self.s.difference_update, [[]]),
      raises(TypeError, self.s.symmetric_difference_update, [[]]))

# test_isub
self = Fixture()
self.s -= set(self.items2)
print(check_difference(self))

# test_symmetric_difference_update
self = Fixture()
retval = self.s.symmetric_difference_update(self.items2)
print(retval, check_symmetric(self))
print(raises(TypeError, self.s.symmetric_difference_update, [[]]))

# test_ixor
self = Fixture()
self.s ^= set(self.items2)
print(check_symmetric(self))

# test_inplace_on_self
self = Fixture()
t = self.s.copy()
t |= t
print(t == self.s)
t &= t
print(t == self.s)
t -= t
print(t == WeakSet())
t = self.s.copy()
t ^= t
print(t == WeakSet())
