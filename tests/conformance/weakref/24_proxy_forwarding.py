# Scenario 24: operations forwarded through a proxy.
import gc, weakref
gc.disable()


class Num:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return "Num(" + repr(self.v) + ")"

    def __str__(self):
        return "Num:" + str(self.v)

    def __add__(self, other):
        return Num(self.v + (other.v if isinstance(other, Num) else other))

    def __radd__(self, other):
        return Num(other + self.v)

    def __iadd__(self, other):
        self.v += other
        return self

    def __sub__(self, other):
        return Num(self.v - other)

    def __rsub__(self, other):
        return Num(other - self.v)

    def __mul__(self, other):
        return Num(self.v * other)

    def __floordiv__(self, other):
        return self.v // other

    def __ifloordiv__(self, other):
        return self.v // other

    def __mod__(self, other):
        return self.v % other

    def __matmul__(self, other):
        return ("matmul", self.v, other)

    def __rmatmul__(self, other):
        return ("rmatmul", other, self.v)

    def __imatmul__(self, other):
        return ("imatmul", self.v, other)

    def __neg__(self):
        return Num(-self.v)

    def __abs__(self):
        return Num(abs(self.v))

    def __index__(self):
        return self.v

    def __int__(self):
        return self.v

    def __bool__(self):
        return self.v != 0

    def __lt__(self, other):
        return self.v < other

    def __eq__(self, other):
        return isinstance(other, Num) and self.v == other.v

    __hash__ = None


class Box:
    def __init__(self):
        self.items = [3, 1, 2]
        self.attr = "a"

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, v):
        self.items[i] = v

    def __delitem__(self, i):
        del self.items[i]

    def __len__(self):
        return len(self.items)

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(self.items)

    def method(self):
        return "method of box"

    def __str__(self):
        return "Box" + str(self.items)


b = Box()
p = weakref.proxy(b)
print(p.attr, p.method())
p.attr = "b"
print(b.attr)
p.new = 1
print(b.new)
del p.new
print(hasattr(b, "new"))
b.other = 5
print(p.other)
print(p[0], len(p), 2 in p, 9 in p)
p[0] = 30
print(b.items)
del p[1]
print(b.items, list(p))
print(bool(p), str(p))
it = iter(p)
print(next(it), next(it))
try:
    p.missing
except AttributeError as e:
    print(type(e).__name__, e)
print(p.__class__ is Box, isinstance(p, Box))

n = Num(7)
q = weakref.proxy(n)
print(q + 1, 1 + q, q - 2, 10 - q, q * 3, q % 4, -q, abs(Num(-3)))
print(q + q)
print(q // 2)
print(q @ 5, 5 @ q)
print(q < 10, q == Num(7), q != Num(7))
print(int(q), [0, 1, 2, 3, 4, 5, 6, 7, 8][q], bool(q))
print(str(q), f"{q}")
q2 = q
q2 += 3
print(n.v, type(q2) is weakref.ProxyType)
q3 = q
q3 //= 5
print(q3, type(q3).__name__)
q4 = q
q4 @= 5
print(q4)


class Seq:
    def __init__(self):
        self.data = [1, 2, 3]

    def __reversed__(self):
        return reversed(self.data)

    def __iter__(self):
        return iter(self.data)


s = Seq()
ps = weakref.proxy(s)
print(list(reversed(ps)), list(ps), sorted(ps))


class Gen:
    def __iter__(self):
        return self

    def __next__(self):
        return "next!"


g = Gen()
pg = weakref.proxy(g)
print(next(pg), next(iter(pg)))


class NotIter:
    pass


class BadIter:
    def __init__(self):
        self.target = NotIter()

    def __iter__(self):
        return weakref.proxy(self.target)


bi = BadIter()
try:
    for x in bi:
        pass
except TypeError as e:
    print(type(e).__name__, e)
