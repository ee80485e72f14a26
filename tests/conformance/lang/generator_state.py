# generator objects: iter(g) is g, running-generator re-entry error, frames keep locals, naming
def counter():
    n = 0
    while n < 3:
        n += 1
        yield n
g = counter()
print(iter(g) is g, g.__name__, g.__qualname__)
print(list(zip(g, "ab")), list(g))
def reentrant():
    yield next(me)
me = reentrant()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)
class Holder:
    def items(self):
        yield from (1, 2)
print(Holder().items().__qualname__, list(Holder().items()))
def gen_raises():
    yield 1
    raise IndexError("inside gen")
gr = gen_raises()
print(next(gr))
try:
    next(gr)
except IndexError as e:
    print(type(e).__name__, e)
print(next(gr, "finished"))
def stop_inside():
    yield 1
    raise StopIteration("bad")
try:
    list(stop_inside())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
a = counter()
b = counter()
print(next(a), next(a), next(b), next(a), next(b))
