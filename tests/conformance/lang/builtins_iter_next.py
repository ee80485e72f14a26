# iter() and next() with default, iter(callable, sentinel), iterators of builtin types
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, e.args)
for obj in ["ab", (1,), {"k": 1}, {5}, range(2), {"a": 1}.items()]:
    i = iter(obj)
    print(iter(i) is i, list(i), list(i))
li = iter([1, 2, 3])
print(iter(li) is li, next(li), list(li))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 4)))
data = ["a", "b", "", "c"]
pos = iter(data)
print(list(iter(lambda: next(pos), "")))
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next()
except TypeError as e:
    print(type(e).__name__, e)
