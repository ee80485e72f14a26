# map() with one or many iterables, filter() with a function or None; laziness
print(list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(len, ["", "ab"])))
m = map(lambda v: print("mapping", v) or v, [1, 2])
print(type(m).__name__)
print(next(m))
print(list(m), list(m))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda c: c.isupper(), "aBcD")))
f = filter(lambda v: v > 1, range(4))
print(type(f).__name__, next(f), list(f))
print(sum(map(int, "123")), "".join(map(chr, [104, 105])), dict(map(lambda k: (k, k * 2), "ab")))
try:
    map(len)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(map(5, [1]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    filter(None, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(map(int, ["1", "x"]))
except ValueError as e:
    print(type(e).__name__, e)
