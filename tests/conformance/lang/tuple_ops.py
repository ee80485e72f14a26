# tuples: construction, singleton syntax, concat/repeat, count/index, compare, hash, immutability
t = (1, 2, 3)
print(t, (), (1,), tuple(), tuple([4, 5]), tuple(range(3)), 1, 2 if False else (1, 2))
print(t + (4,), t * 2, len(t), t[1], t[-1], t[::-1], 2 in t, 5 not in t)
print((1, 2, 2, 3).count(2), (1, 2, 3).index(3), (1, 2, 3, 2).index(2, 2))
print((1, 2) < (1, 2, 3), (2,) > (1, 9), (1, "a") == (1, "a"), () == ())
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), {(1, 2): "pair"}[(1, 2)])
nested = ((1, 2), [3, 4])
nested[1].append(5)
print(nested, repr((("a",),)))
a, b = 1, 2
a, b = b, a
print(a, b)
x = 1, 2, 3
print(type(x).__name__, x)
try:
    t[0] = 9
except TypeError as e:
    print(type(e).__name__, e)
try:
    t[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    (1, 2).index(9)
except ValueError as e:
    print(type(e).__name__, e)
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1,) + [2]
except TypeError as e:
    print(type(e).__name__, e)
