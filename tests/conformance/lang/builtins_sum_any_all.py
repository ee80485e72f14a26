# sum() with start, any()/all() short-circuiting and empty iterables
print(sum([1, 2, 3]), sum([]), sum([1, 2], 10), sum([0.1] * 10), sum([[1], [2]], []), sum(range(101)))
print(sum([True, True, False]), sum([1.5, 2]), sum((x for x in range(4)), start=100))
print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "x", [0]]), all([1, 0]))
def noisy(v):
    print("check", v)
    return v
print(any(noisy(v) for v in [0, 2, 3]))
print(all(noisy(v) for v in [1, 0, 3]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    any(5)
except TypeError as e:
    print(type(e).__name__, e)
