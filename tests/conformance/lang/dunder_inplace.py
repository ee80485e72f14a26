# in-place dunders (__iadd__ etc.), fallback to binary op, returning self vs new objects
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
    def __isub__(self, o):
        self.items.remove(o)
        return self
    def __imul__(self, n):
        self.items = self.items * n
        return self
a = Acc()
ref = a
a += 1
a += 2
a -= 1
a *= 2
print(a.items, a is ref)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("__add__ used")
        return OnlyAdd(self.v + o)
b = OnlyAdd(1)
old = b
b += 5
print(b.v, b is old)
class ReturnsOther:
    def __iadd__(self, o):
        return "replaced"
r = ReturnsOther()
r += 1
print(r)
class NI:
    def __iadd__(self, o):
        return NotImplemented
    def __radd__(self, o):
        return "radd"
x = NI()
try:
    x += 1
except TypeError as e:
    print(type(e).__name__, e)
y = 1
y += NI()
print(y)
class Ops:
    def __ifloordiv__(self, o): return "ifloordiv"
    def __itruediv__(self, o): return "itruediv"
    def __imod__(self, o): return "imod"
    def __ipow__(self, o): return "ipow"
    def __iand__(self, o): return "iand"
    def __ior__(self, o): return "ior"
    def __ixor__(self, o): return "ixor"
    def __ilshift__(self, o): return "ilshift"
    def __irshift__(self, o): return "irshift"
o1 = o2 = o3 = o4 = o5 = o6 = o7 = o8 = o9 = Ops()
o1 //= 1; o2 /= 1; o3 %= 1; o4 **= 1; o5 &= 1; o6 |= 1; o7 ^= 1; o8 <<= 1; o9 >>= 1
print(o1, o2, o3, o4, o5, o6, o7, o8, o9)
