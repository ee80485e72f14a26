# Port of test_weakref ReferencesTestCase: test_basic_ref, test_basic_callback,
# test_multiple_callbacks, test_multiple_selfref_callbacks,
# test_repr_failure_gh99184.
import gc, weakref
gc.disable()


class C:
    def method(self):
        pass


def create_function():
    def f():
        pass
    return f


def create_bound_method():
    return C().method


class Counter:
    def __init__(self):
        self.cbcalled = 0

    def callback(self, ref):
        self.cbcalled += 1


def check_basic_ref(factory):
    o = factory()
    r = weakref.ref(o)
    print("alive:", r() is o, repr(r).startswith("<weakref at "))
    del o
    gc.collect()
    print("dead:", r(), repr(r).endswith("; dead>"))


def check_basic_callback(factory):
    t = Counter()
    o = factory()
    r = weakref.ref(o, t.callback)
    del o
    gc.collect()
    print("callback:", r(), t.cbcalled)


# test_basic_ref
check_basic_ref(C)
check_basic_ref(create_function)
# the bound method object is only referenced by the weakref: it dies at once
check_basic_ref(create_bound_method)

# test_basic_callback
check_basic_callback(C)
check_basic_callback(create_function)
check_basic_callback(create_bound_method)

# test_multiple_callbacks
t = Counter()
o = C()
ref1 = weakref.ref(o, t.callback)
ref2 = weakref.ref(o, t.callback)
del o
gc.collect()
print("multiple:", ref1(), ref2(), t.cbcalled)

# test_multiple_selfref_callbacks: the newest callback touches the older ref
log = []


def callback(obj):
    log.append(obj() is None)
    r1()


c = C()
c.self = c
r1 = weakref.ref(c, callback)
r2 = weakref.ref(c, callback)
del c
gc.collect()
print("selfref:", log, r1(), r2())


# test_repr_failure_gh99184
class MyConfig(dict):
    def __getattr__(self, x):
        return self[x]


obj = MyConfig(offset=5)
obj_weakref = weakref.ref(obj)
print("MyConfig" in repr(obj_weakref), "MyConfig" in str(obj_weakref))
