# subclassing set/frozenset/int/tuple: operators return base types, extra methods and state
class Tags(set):
    def add_all(self, *items):
        for i in items:
            self.add(i)
        return self
t = Tags([1]).add_all(3, 2)
print(sorted(t), type(t).__name__, type(t | {9}).__name__, isinstance(t, set), 2 in t)
class FS(frozenset):
    def total(self):
        return sum(self)
f = FS([1, 2, 3])
print(f.total(), type(f & {1}).__name__, {f: 1}[frozenset([1, 2, 3])])
class Money(int):
    def __str__(self):
        return "$" + super().__repr__()
m = Money(5)
print(m, m + 1, type(m + 1).__name__, m * 2, m == 5, isinstance(m, int), str(m), repr(m))
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    def swap(self):
        return Pair(self[1], self[0])
p = Pair(1, 2)
print(p, p.swap(), len(p), p + (3,), type(p + (3,)).__name__, p == (1, 2))
a, b = p
print(a, b, hash(p) == hash((1, 2)))
class FloatSub(float):
    pass
print(FloatSub(1.5) + 1, type(FloatSub(1.5) * 2).__name__, repr(FloatSub(0.1)))
class BoolLike(int):
    def __bool__(self):
        return False
print(bool(BoolLike(5)), BoolLike(5) + 0)
