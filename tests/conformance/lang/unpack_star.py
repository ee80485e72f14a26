# unpacking: tuple/list targets, nested, starred targets, in for loops, errors
a, b, c = [1, 2, 3]
print(a, b, c)
(x, y), z = (1, 2), 3
print(x, y, z)
first, *rest = range(5)
print(first, rest)
*init, last = "abcd"
print(init, last)
p, *mid, q = [1, 2]
print(p, mid, q)
[h, *t] = (9,)
print(h, t)
a, (b, *c), d = 1, (2, 3, 4), 5
print(a, b, c, d)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
for n, *tail in [(1, 2, 3), (4,)]:
    print(n, tail)
print(*[1, 2], *"ab", *range(2))
merged = [*range(3), *[10, 11], 99]
print(merged, (*"xy",), {*[1, 1, 2]} == {1, 2})
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    a, b = None
except TypeError as e:
    print(type(e).__name__, e)
