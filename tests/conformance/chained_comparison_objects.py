class C:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print("lt", self.v, o.v)
        return self.v < o.v
a, b, c = C(1), C(2), C(0)
print(a < b < c)
print(1 < 2 < 3 < 4, 1 < 3 < 2)
