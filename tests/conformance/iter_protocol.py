class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)))
it = iter([1, 2])
print(next(it), next(it), next(it, None))
print(list(iter(lambda: 0, 0)))
for a, b in zip(Countdown(2), "xy"):
    print(a, b)
