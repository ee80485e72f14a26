# Port of test_weakref ReferencesTestCase: test_callable_proxy.
import gc, weakref
gc.disable()


class Callable:
    bar = None

    def __call__(self, x):
        self.bar = x


o = Callable()
ref1 = weakref.proxy(o)


def check_proxy(o, proxy):
    o.foo = 1
    print(proxy.foo == 1)
    o.foo = 2
    print(proxy.foo == 2)
    proxy.foo = 1
    print(o.foo == 1)
    del o.foo
    print(hasattr(proxy, "foo"))


check_proxy(o, ref1)
print(type(ref1) is weakref.CallableProxyType)
ref1("twinkies!")
print(o.bar)
ref1(x="Splat.")
print(o.bar)
for args in [(), (1, 2, 3)]:
    try:
        ref1(*args)
    except TypeError as e:
        print(type(e).__name__, e)
o.self = o
del o
gc.collect()
try:
    ref1("x")
except ReferenceError as e:
    print(type(e).__name__, e)
