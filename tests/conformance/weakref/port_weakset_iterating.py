# Port of test_weakset TestWeakSet: test_weak_destroy_while_iterating,
# test_weak_destroy_and_mutate_while_iterating, test_len_cycles, test_gc,
# test_subclass_with_custom_hash.
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

class RefCycle:
    def __init__(self):
        self.cycle = self


# test_weak_destroy_while_iterating (issue #7105)
items = [ustr(c) for c in ("a", "b", "c")]
s = WeakSet(items)
it = iter(s)
next(it)
del items[-1]
gc.collect()
print(len(list(it)) in (len(items), len(items) - 1))
del it
gc.collect()
print(len(s) == len(items))

# test_weak_destroy_and_mutate_while_iterating
items = [ustr(c) for c in ASCII_LETTERS]
s = WeakSet(items)


class TestContext:
    # replaces the contextlib-based helper of the original test
    def __enter__(self):
        self.it = iter(s)
        yielded = ustr(str(next(self.it)))
        u = ustr(str(items.pop()))
        if yielded == u:
            # the iterator still holds the removed item: advance it
            next(self.it)
        gc.collect()
        return u

    def __exit__(self, *exc):
        self.it = None  # should commit all removals
        gc.collect()
        return False


with TestContext() as u:
    print(u not in s)
with TestContext() as u:
    print(raises(KeyError, s.remove, u))
print(u not in s)
with TestContext() as u:
    s.add(u)
print(u in s)
t = s.copy()
with TestContext() as u:
    s.update(t)
print(len(s) == len(t))
with TestContext() as u:
    s.clear()
print(len(s))

# test_len_cycles
N = 20
items = [RefCycle() for i in range(N)]
s = WeakSet(items)
del items
it = iter(s)
try:
    next(it)
except StopIteration:
    pass
gc.collect()
n1 = len(s)
del it
gc.collect()
gc.collect()
n2 = len(s)
print(n1 in (0, 1), n2)

# test_gc: a nest of cycles (the elements are kept alive by a list here,
# so that the loop body runs the same way on every implementation)
foos = [Foo() for i in range(1000)]
s = WeakSet(foos)
for elem in s:
    elem.cycle = s
    elem.sub = elem
    elem.set = WeakSet([elem])
print(len(s))
del foos, elem
gc.collect()
print(len(s))


# test_subclass_with_custom_hash (bug #1257731)
class H(WeakSet):
    def __hash__(self):
        return int(id(self) & 0x7FFFFFFF)


s = H()
f = set()
f.add(s)
print(s in f)
f.remove(s)
f.add(s)
f.discard(s)
print(len(f))
