# all six comparison dunders, default __ne__ inverting __eq__, reflected pairs (< with >, <= with >=)
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print("eq", self.v, o.v)
        return self.v == o.v
    def __lt__(self, o):
        print("lt", self.v, o.v)
        return self.v < o.v
    def __le__(self, o):
        print("le", self.v, o.v)
        return self.v <= o.v
class W:
    def __init__(self, v):
        self.v = v
a, b = V(1), V(2)
print(a == b)
print(a != b)
print(a < b, a <= b)
print(a > b)
print(a >= b)
w = W(5)
print(w == w, w != W(5))
try:
    w < w
except TypeError as e:
    print(type(e).__name__, e)
class NeOnly:
    def __ne__(self, o):
        return "custom ne"
print(NeOnly() != 1, NeOnly() == 1)
class EqReturnsNonBool:
    def __eq__(self, o):
        return [1]
r = EqReturnsNonBool() == 0
print(r, EqReturnsNonBool() != 0)
class Lt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
print(Lt(2) > Lt(1), Lt(1) > Lt(2))
try:
    Lt(1) <= Lt(2)
except TypeError as e:
    print(type(e).__name__, e)
print([V(3)] == [V(3)])
