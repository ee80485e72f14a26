class Bag:
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d.get(k, 0)
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __contains__(self, k): return k in self.d
    def __iter__(self): return iter(sorted(self.d))
    def __len__(self): return len(self.d)
b = Bag()
b["x"] = 3; b["y"] = 4
print(b["x"], b["zz"], "x" in b, "q" in b, list(b), len(b))
del b["x"]
print(list(b), [k for k in b])
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq())
