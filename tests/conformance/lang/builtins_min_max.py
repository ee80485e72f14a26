# min()/max(): iterable vs multiple args, key=, default=, ties return first, errors
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min((2.5, 1)), max({1: 0, 9: 0}))
print(min(["bb", "a", "ccc"], key=len), max(["bb", "a", "ccc"], key=len), max([], default="empty"), min([], default=None))
print(max([1, 3, 3.0], key=lambda v: v), min([2, 2.0]), max([2, 2.0]), max("a", "b", key=lambda c: -ord(c)))
print(max([(1, "b"), (1, "a")]), min(range(5, 0, -1)), max(x * x for x in range(-3, 2)))
try:
    min([])
except ValueError as e:
    print(type(e).__name__, e)
try:
    max([])
except ValueError as e:
    print(type(e).__name__, e)
try:
    max()
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    min(1, "a")
except TypeError as e:
    print(type(e).__name__, e)
