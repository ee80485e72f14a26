# binary and unary arithmetic dunders on a user class, pow with modulus, matmul
class V:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return "V(" + repr(self.x) + ")"
    def __add__(self, o): return V(self.x + o)
    def __sub__(self, o): return V(self.x - o)
    def __mul__(self, o): return V(self.x * o)
    def __truediv__(self, o): return V(self.x / o)
    def __floordiv__(self, o): return V(self.x // o)
    def __mod__(self, o): return V(self.x % o)
    def __divmod__(self, o): return (V(self.x // o), V(self.x % o))
    def __pow__(self, o, mod=None): return V(pow(self.x, o, mod))
    def __neg__(self): return V(-self.x)
    def __pos__(self): return V(+self.x)
    def __abs__(self): return V(abs(self.x))
    def __invert__(self): return V(~self.x)
    def __and__(self, o): return V(self.x & o)
    def __or__(self, o): return V(self.x | o)
    def __xor__(self, o): return V(self.x ^ o)
    def __lshift__(self, o): return V(self.x << o)
    def __rshift__(self, o): return V(self.x >> o)
    def __matmul__(self, o): return "matmul"
v = V(7)
print(v + 2, v - 1, v * 2, v / 2, v // 2, v % 4, divmod(v, 2))
print(v ** 2, pow(v, 2, 5), -v, +v, abs(V(-3)), ~v)
print(v & 3, v | 8, v ^ 1, v << 2, v >> 1, v @ v)
print((v + 1) * 2 - 3, -(-v))
class Empty:
    pass
try:
    Empty() * 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    -Empty()
except TypeError as e:
    print(type(e).__name__, e)
try:
    ~Empty()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Empty() @ 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    Empty() ** 2
except TypeError as e:
    print(type(e).__name__, e)
