s = {1, 2, 3}
s.add(4); s.discard(10); s.remove(1)
print(sorted(s), len(s), 2 in s)
a, b = {1, 2, 3}, {2, 3, 4}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union(b)), sorted(a.intersection(b)), a.issubset({1, 2, 3, 4}), a.isdisjoint({9}))
f = frozenset([1, 2])
print(f, type(f).__name__, {f: "x"}[frozenset([2, 1])], set(), {1} == {1}, {1, 2} <= {1, 2, 3})
print(len({x % 3 for x in range(10)}))
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
