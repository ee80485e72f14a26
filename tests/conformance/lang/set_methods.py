# more set behaviour: *_update methods with several iterables, sets of tuples, set vs frozenset comparisons
s = {1, 2, 3, 4, 5}
s.difference_update([1], (2,))
print(sorted(s))
s.symmetric_difference_update({5, 6})
print(sorted(s))
s.intersection_update(range(10), [3, 4, 6, 99])
print(sorted(s))
s.update("ab", [7])
print(sorted(map(str, s)))
pairs = {(1, 2), (2, 1), (1, 2)}
print(len(pairs), (2, 1) in pairs, sorted(pairs))
print({1, 2} == frozenset({1, 2}), {1} < frozenset({1, 2}), frozenset({1}) <= {1})
print(sorted({x % 4 for x in range(20)}), sorted(set(range(5)) - set(range(2, 8))))
print(sorted(set("hello") & set("world")), sorted(set("abc") | set("cd")))
print(set([1, 2]).issubset([1, 2, 3]), set([1, 2]).issuperset(range(2)), set().isdisjoint([]))
e = set()
print(e, len(e), bool(e), bool({0}), set() == set([]), {()} == {()})
print(max({3, 9, 1}), min(frozenset([4, 2])), sum({1, 2, 3}), sorted({-1, 1}, key=abs))
t = {1, 2}
u = t
t = t | {3}
print(sorted(u), sorted(t), u is t)
v = u
v |= {9}
print(sorted(u), v is u)
try:
    s.difference_update(5)
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    {1} < [1, 2]
except TypeError as ex:
    print(type(ex).__name__, ex)
