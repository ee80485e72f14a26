class Acc:
    def __init__(self): self.total = 0
    def add(self, n):
        self.total += n
        return self
a = Acc()
a.add(1).add(2).add(3)
print(a.total)
f = a.add
f(10)
print(a.total, f.__self__ is a, f.__func__ is Acc.add)
