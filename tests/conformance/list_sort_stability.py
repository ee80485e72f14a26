data = [("a", 2), ("b", 1), ("c", 2), ("d", 1)]
print(sorted(data, key=lambda t: t[1]))
l = [5, 3, 9, 1]
l.sort(key=lambda v: -v)
print(l)
try:
    [1, "a"].sort()
except TypeError as e:
    print(e)
