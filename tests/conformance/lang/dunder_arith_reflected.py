# reflected arithmetic (__radd__ etc.), NotImplemented fallbacks, subclass-first rule, sum()
class V:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return "V(" + repr(self.x) + ")"
    def __add__(self, o):
        print("V.__add__", o)
        if isinstance(o, V):
            return V(self.x + o.x)
        if isinstance(o, int):
            return V(self.x + o)
        return NotImplemented
    def __radd__(self, o):
        print("V.__radd__", o)
        return V(o + self.x)
    def __rsub__(self, o):
        return V(o - self.x)
    def __rmul__(self, o):
        return V(o * self.x)
    def __rpow__(self, o):
        return V(o ** self.x)
    def __rtruediv__(self, o):
        return V(o / self.x)
v = V(7)
print(3 + v)
print(v + V(1))
print(10 - v, 2 * v, 2 ** v, 14 / v)
print(sum([V(1), V(2)]))
class W(V):
    def __radd__(self, o):
        return "W.radd wins"
print(V(1) + W(2))
print(W(1) + V(2))
try:
    v + "s"
except TypeError as e:
    print(type(e).__name__, e)
try:
    v - 1
except TypeError as e:
    print(type(e).__name__, e)
class R:
    def __radd__(self, o):
        return "R.radd(" + repr(o) + ")"
print([1] + R(), "s" + R(), 1.5 + R())
try:
    R() + 1
except TypeError as e:
    print(type(e).__name__, e)
