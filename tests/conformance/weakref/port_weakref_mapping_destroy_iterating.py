# Port of test_weakref MappingTestCase: test_weak_keys_destroy_while_iterating,
# test_weak_values_destroy_while_iterating (issue #7105, issue #21173).
# The "it = None  # should commit" steps are followed by gc.collect().
import gc, weakref
gc.disable()

COUNT = 10


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


def make_weak_keyed_dict():
    d = weakref.WeakKeyDictionary()
    objects = [Object(i) for i in range(COUNT)]
    for o in objects:
        d[o] = o.arg
    return d, objects


def make_weak_valued_dict():
    d = weakref.WeakValueDictionary()
    objects = [Object(i) for i in range(COUNT)]
    for o in objects:
        d[o.arg] = o
    return d, objects


def check_weak_destroy_while_iterating(d, objects, iter_name):
    n = len(d)
    it = iter(getattr(d, iter_name)())
    next(it)
    del objects[-1]
    gc.collect()
    rest = len(list(it))
    del it
    gc.collect()
    print(iter_name, rest in (len(objects), len(objects) - 1), len(d) == n - 1)


class TestContext:
    # replaces the contextlib-based helper of the original test
    def __init__(self, d, objects, keyed):
        self.d = d
        self.objects = objects
        self.keyed = keyed

    def __enter__(self):
        self.it = iter(self.d.items())
        next(self.it)
        v = self.objects.pop().arg
        gc.collect()
        if self.keyed:
            return Object(v), v
        return v, Object(v)

    def __exit__(self, *exc):
        self.it = None
        gc.collect()
        return False


def check_weak_destroy_and_mutate_while_iterating(d, ctx):
    with ctx as kv:
        k, v = kv
        print("not in:", k not in d)
    with ctx as kv:
        k, v = kv
        try:
            del d[k]
        except KeyError:
            print("del: KeyError")
    print("not in:", k not in d)
    with ctx as kv:
        k, v = kv
        try:
            d.pop(k)
        except KeyError:
            print("pop: KeyError")
    print("not in:", k not in d)
    with ctx as kv:
        k, v = kv
        d[k] = v
    print("set:", d[k] == v)
    dd = d.copy()
    with ctx as kv:
        k, v = kv
        d.update(dd)
    print("update:", d == dd)
    with ctx as kv:
        k, v = kv
        d.clear()
    print("clear:", len(d))


def check_weak_del_and_len_while_iterating(d, ctx):
    o = Object(123456)
    with ctx:
        n = len(d)
        d.pop(next(d.keys()))
        print(len(d) == n - 1)
        d[o] = o
        print(len(d) == n)
    with ctx:
        print(len(d) == n - 1)
        d.popitem()
        print(len(d) == n - 2)
    with ctx:
        print(len(d) == n - 3)
        del d[next(d.keys())]
        print(len(d) == n - 4)
    with ctx:
        print(len(d) == n - 5)
        d.popitem()
        print(len(d) == n - 6)
    with ctx:
        d.clear()
        print(len(d))
    print(len(d))


print("== keys")
d, objects = make_weak_keyed_dict()
for name in ["keys", "items", "values", "keyrefs"]:
    check_weak_destroy_while_iterating(d, objects, name)
d, objects = make_weak_keyed_dict()
check_weak_destroy_and_mutate_while_iterating(d, TestContext(d, objects, True))
d, objects = make_weak_keyed_dict()
check_weak_del_and_len_while_iterating(d, TestContext(d, objects, True))

print("== values")
d, objects = make_weak_valued_dict()
for name in ["keys", "items", "values", "itervaluerefs", "valuerefs"]:
    check_weak_destroy_while_iterating(d, objects, name)
d, objects = make_weak_valued_dict()
check_weak_destroy_and_mutate_while_iterating(d, TestContext(d, objects, False))
