# __iter__/__next__ iterator protocol in for, list(), unpacking, and errors for bad iterators
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), [x * 2 for x in Countdown(2)], sum(Countdown(4)))
c = Countdown(2)
print(next(c), next(c), next(c, "done"))
for v in Countdown(2):
    print("loop", v)
class Reusable:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        return iter(self.items)
r = Reusable("ab")
print(list(r), list(r), sorted(Reusable([3, 1, 2])), max(Reusable([4, 9, 1])))
class GenIter:
    def __iter__(self):
        yield 1
        yield 2
print(list(GenIter()), dict(zip(GenIter(), "xy")))
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
try:
    for _ in BadIter():
        pass
except TypeError as e:
    print(type(e).__name__, e)
class NoNext:
    pass
try:
    next(NoNext())
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(iter([]))
except StopIteration as e:
    print(type(e).__name__, repr(e))
