class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v)
        return self.suppress
with CM("a") as x:
    print("body", x)
with CM("b", True):
    raise ValueError("swallowed")
print("after")
with CM("c") as c, CM("d") as d:
    print(c, d)
try:
    with CM("e"):
        raise KeyError("k")
except KeyError:
    print("propagated")
