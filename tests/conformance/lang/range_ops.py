# range: construction, len, indexing, slicing, containment, repr, equality, errors
r = range(10)
print(r, range(2, 8), range(1, 10, 3), range(5, 0, -1), range(0))
print(list(r), list(range(2, 8)), list(range(1, 10, 3)), list(range(5, 0, -1)), list(range(0, -5, -2)))
print(len(range(10)), len(range(1, 10, 3)), len(range(5, 0)), len(range(-3, 3)))
print(r[0], r[-1], r[3], range(1, 10, 3)[-1], r[2:5], r[::-1], r[::2][1:3])
print(5 in r, 10 in r, 3.0 in r, -1 in range(0, -5, -1), 4 in range(0, 10, 3))
print(range(0, 3) == range(0, 3), range(0) == range(5, 5), range(0, 4, 2) == range(0, 3, 2), range(3) == [0, 1, 2])
print(r.start, r.stop, r.step, range(3, 9, 2).index(7), range(10).count(3))
print(list(reversed(range(4))), sum(range(101)), max(range(7)), min(range(3, 8)))
print(list(range(True, 3)), range(10 ** 20)[10 ** 19])
try:
    range(1, 2, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    r[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    range(5).index(9)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range()
except TypeError as e:
    print(type(e).__name__, e)
