# rich comparisons: reflected operands, NotImplemented fallbacks, subclass priority, sort with __lt__
class N:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print("N.__lt__", self.v, getattr(o, "v", o))
        if isinstance(o, N):
            return self.v < o.v
        return NotImplemented
    def __gt__(self, o):
        print("N.__gt__", self.v, getattr(o, "v", o))
        if isinstance(o, N):
            return self.v > o.v
        return NotImplemented
    def __repr__(self):
        return "N(" + str(self.v) + ")"
print(N(1) < N(2))
print(N(1) > N(2))
try:
    N(1) < 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    5 < N(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    N(1) <= N(2)
except TypeError as e:
    print(type(e).__name__, e)
class S(N):
    def __gt__(self, o):
        print("S.__gt__")
        return "from S"
print(N(1) < S(2))
class Eq:
    def __eq__(self, o):
        print("Eq.__eq__")
        return NotImplemented
print(Eq() == Eq(), Eq() != 1)
class Ord:
    def __init__(self, k):
        self.k = k
    def __lt__(self, o):
        return self.k < o.k
    def __repr__(self):
        return "Ord" + str(self.k)
print(sorted([Ord(3), Ord(1), Ord(2)]), min(Ord(5), Ord(4)), max([Ord(1), Ord(9)]))
print(N(3) > N(1) > N(0))
