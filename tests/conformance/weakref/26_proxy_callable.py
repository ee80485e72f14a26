# Scenario 26: proxies to callables are CallableProxyType and forward calls.
import gc, weakref
gc.disable()


def func(a, b=2, *args, **kwargs):
    return ("func", a, b, args, sorted(kwargs.items()))


class Callable:
    bar = None

    def __call__(self, x):
        self.bar = x
        return "called with " + repr(x)


class NotCallable:
    pass


p = weakref.proxy(func)
print(type(p) is weakref.CallableProxyType, type(p).__name__)
print(p(1))
print(p(1, 3, 4, 5, k=6, j=7))
print(p(a=10))
try:
    p()
except TypeError as e:
    print(type(e).__name__, e)

c = Callable()
pc = weakref.proxy(c)
print(type(pc).__name__)
print(pc("twinkies!"), c.bar)
print(pc(x="Splat."), c.bar)
try:
    pc()
except TypeError as e:
    print(type(e).__name__, e)
try:
    pc(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)

n = NotCallable()
pn = weakref.proxy(n)
print(type(pn).__name__)
try:
    pn()
except TypeError as e:
    print(type(e).__name__, e)

# classes are callable too
class K:
    def __init__(self, v):
        self.v = v


pk = weakref.proxy(K)
print(type(pk).__name__, pk(5).v, pk.__name__)


# a bound method
class M:
    def meth(self, y):
        return y * 2


m = M()
bm = m.meth
pm = weakref.proxy(bm)
print(type(pm).__name__, pm(21))
# hash never works
for q in (p, pc, pn):
    try:
        hash(q)
    except TypeError as e:
        print(type(e).__name__, e)
