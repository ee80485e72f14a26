class V:
    def __init__(self, x): self.x = x
    def __add__(self, o): return V(self.x + (o.x if isinstance(o, V) else o))
    def __radd__(self, o): return V(o + self.x)
    def __sub__(self, o): return V(self.x - o.x)
    def __mul__(self, k): return V(self.x * k)
    def __neg__(self): return V(-self.x)
    def __lt__(self, o): return self.x < o.x
    def __eq__(self, o): return self.x == o.x
    def __hash__(self): return hash(self.x)
    def __bool__(self): return self.x != 0
    def __len__(self): return abs(self.x)
    def __repr__(self): return f"V({self.x})"
    def __iadd__(self, o):
        self.x += o
        return self
a, b = V(1), V(5)
print(a + b, a + 1, 1 + a, b - a, a * 3, -a, a < b, b < a, a == V(1), bool(V(0)), len(V(-3)))
print(sorted([V(3), V(1), V(2)]), sum([V(1), V(2)], V(0)), max(V(1), V(9)))
a += 10
print(a, {V(1): "one"}[V(1)])
