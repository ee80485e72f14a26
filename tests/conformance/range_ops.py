print(list(range(5)), list(range(2, 10, 3)), list(range(10, 0, -2)), len(range(0, 100, 7)))
r = range(3, 20, 4)
print(r, r[1], r[-1], 7 in r, 8 in r, r.index(11), list(r[1:3]))
print(list(range(0)), range(5) == range(0, 5), sum(range(101)))
