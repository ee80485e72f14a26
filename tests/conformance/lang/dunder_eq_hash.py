# __eq__/__hash__: value objects as dict keys and set members, defining __eq__ removes __hash__
class V:
    def __init__(self, a):
        self.a = a
    def __eq__(self, other):
        return isinstance(other, V) and self.a == other.a
    def __hash__(self):
        return hash(self.a)
print(V(1) == V(1), V(1) != V(1), V(1) == V(2), V(1) == 1, V(1) != "x")
d = {V(1): "one"}
print(d[V(1)], V(1) in d, V(2) in d, len({V(1), V(1), V(2)}), hash(V(5)) == hash(5))
class EqOnly:
    def __eq__(self, other):
        return True
print(EqOnly.__hash__, EqOnly() == 3)
try:
    hash(EqOnly())
except TypeError as e:
    print(type(e).__name__, e)
try:
    {EqOnly()}
except TypeError as e:
    print(type(e).__name__, e)
class Plain:
    pass
p = Plain()
print(p == p, p == Plain(), p != Plain(), hash(p) == hash(p), {p: 1}[p])
class Sub(V):
    def __eq__(self, other):
        return "sub-eq"
print(Sub.__hash__, Sub(1) == 2)
class KeepHash(V):
    def __eq__(self, other):
        return False
    __hash__ = V.__hash__
print(hash(KeepHash(7)) == hash(7))
class BadHash:
    def __hash__(self):
        return "not an int"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))
