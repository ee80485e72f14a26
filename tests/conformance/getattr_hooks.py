class G:
    def __init__(self): self.real = 1
    def __getattr__(self, name): return "virtual:" + name
print(G().real, G().other)
class S:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        print("del", name)
s = S()
s.a = 5
print(s.a)
del s.a
