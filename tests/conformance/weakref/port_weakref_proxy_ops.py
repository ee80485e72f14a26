# Port of test_weakref ReferencesTestCase: test_proxy_unicode (dir part),
# test_proxy_index, test_proxy_div, test_proxy_matmul,
# test_newstyle_number_ops (with a user-defined number class).
import gc, weakref
gc.disable()


class C:
    def __str__(self):
        return "string"

    def __bytes__(self):
        return "bytes"


instance = C()
p = weakref.proxy(instance)
print("__bytes__" in dir(p), str(p))


class Idx:
    def __index__(self):
        return 10


o = Idx()
p = weakref.proxy(o)
print([i for i in range(20)][p], p.__index__())


class Div:
    def __floordiv__(self, other):
        return 42

    def __ifloordiv__(self, other):
        return 21


o = Div()
p = weakref.proxy(o)
print(p // 5)
p //= 5
print(p, type(p).__name__)


class MatMul:
    def __matmul__(self, other):
        return 1729

    def __rmatmul__(self, other):
        return -163

    def __imatmul__(self, other):
        return 561


o = MatMul()
p = weakref.proxy(o)
print(p @ 5, 5 @ p)
p @= 5
print(p)


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return self.v + other

    def __radd__(self, other):
        return other + self.v

    def __repr__(self):
        return "Num(" + str(self.v) + ")"


x = Num(3.0)
p = weakref.proxy(x)
print(p + 1.0, 1.0 + p, p + 1.0 == 4.0)
x.self = x
del x
gc.collect()
for f in (lambda: p + 1.0, lambda: 1.0 + p):
    try:
        f()
    except ReferenceError as e:
        print(type(e).__name__, e)
