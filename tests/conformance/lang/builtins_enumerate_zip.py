# enumerate() with start, zip() with unequal lengths and strict=, both lazy iterators
print(list(enumerate("abc")), list(enumerate(["x", "y"], start=10)), list(enumerate([], 5)))
e = enumerate("ab", -1)
print(type(e).__name__, next(e), next(e), next(e, None))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip("ab", "cd", "ef")))
z = zip(range(3), range(10, 13))
print(type(z).__name__, dict(z))
a, b = zip(*[(1, "x"), (2, "y")])
print(a, b)
print(list(zip("ab", [1, 2], strict=True)))
try:
    list(zip("abc", [1, 2], strict=True))
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    list(zip("a", [1, 2], strict=True))
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    zip(1)
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    enumerate(5)
except TypeError as ex:
    print(type(ex).__name__, ex)
for i, (c, n) in enumerate(zip("xy", (7, 8)), 1):
    print(i, c, n)
