# frozenset: immutability, hashability, equality with set, as dict key/set member
f = frozenset([3, 1, 2])
g = frozenset({1, 2, 3})
print(sorted(f), f == g, hash(f) == hash(g), f == {1, 2, 3}, {1, 2, 3} == f)
print(frozenset(), repr(frozenset()), frozenset([5]), len(f), 2 in f)
print(type(f | {9}).__name__, type({9} | f).__name__, sorted(f & {1, 5}), sorted(f - {1}))
d = {f: "f"}
print(d[frozenset([1, 2, 3])], d.get(frozenset([1])))
s = {frozenset([1]), frozenset([1]), frozenset()}
print(len(s))
nested = frozenset([frozenset([1, 2]), frozenset([3])])
print(frozenset([2, 1]) in nested, len(nested))
print({1, 2} in {frozenset([1, 2])})
print(f.issubset({1, 2, 3, 4}), f.isdisjoint([7]), sorted(f.union([0])))
print(hash(frozenset()) == hash(frozenset([])), frozenset("aab") == frozenset("ab"))
try:
    f.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    hash({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    {{1}: 1}
except TypeError as e:
    print(type(e).__name__, e)
