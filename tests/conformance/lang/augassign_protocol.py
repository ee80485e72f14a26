# augmented assignment protocol order: o[k] += v calls __getitem__, __iadd__/__add__, __setitem__; same for attributes
class Val:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, o):
        print("  Val.__iadd__", o)
        self.v += o
        return self
    def __repr__(self):
        return "Val(" + str(self.v) + ")"
class Box:
    def __init__(self):
        object.__setattr__(self, "store", {"a": Val(1), "n": 10})
    def __getitem__(self, k):
        print("  getitem", k)
        return self.store[k]
    def __setitem__(self, k, v):
        print("  setitem", k, v)
        self.store[k] = v
    def __getattr__(self, name):
        print("  getattr", name)
        return self.store[name]
    def __setattr__(self, name, v):
        print("  setattr", name, v)
        self.store[name] = v
b = Box()
print("b['a'] += 5")
b["a"] += 5
print("b['n'] += 5")
b["n"] += 5
print("b.a += 1")
b.a += 1
print("b.n *= 3")
b.n *= 3
print(b.store)
calls = []
def key():
    calls.append("key")
    return "n"
def box():
    calls.append("box")
    return b
print("box()[key()] -= 1")
box()[key()] -= 1
print(calls, b.store["n"])
