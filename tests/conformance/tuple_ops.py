t = (1, 2, 3)
print(t, t[0], t[-1], t[1:], len(t), t + (4,), t * 2, (1,), ())
a, b, c = t
print(a, b, c)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
x, (y, z) = 1, (2, 3)
print(x, y, z, t.index(2), t.count(3), (1, 2) < (1, 3), hash((1, 2)) == hash((1, 2)))
