# set operations: | & - ^, comparisons/subsets, methods (add/discard/remove/pop/update...)
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union(b, [9])), sorted(a.intersection([1, 3])), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print({1, 2} < a, {1, 2} <= {1, 2}, a > {1}, a >= a, a.issubset(a | b), a.issuperset({1}), a.isdisjoint({7}))
print({1, 2} == {2, 1}, {1} != {1, 2}, set() == set(), len(a), 3 in a, 9 not in a)
s = set()
s.add(5)
s.add(5)
s.update([1, 2], (3,))
s.discard(99)
s.discard(1)
s.remove(2)
print(sorted(s), len(s))
c = {10}
print(c.pop(), c, set(), repr(set()))
x = {1, 2, 3}
x |= {4}
x &= {2, 3, 4}
x -= {3}
x ^= {9, 2}
print(sorted(x))
x.intersection_update({4, 5})
print(x)
print(sorted(set("hello")), sorted(set([3, 1, 3])), sorted({n % 3 for n in range(10)}))
y = {1, 2}
z = y.copy()
z.clear()
print(sorted(y), z)
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
try:
    {1}.remove(2)
except KeyError as e:
    print(type(e).__name__, e)
try:
    {[1]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {1} | [2]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {1} + {2}
except TypeError as e:
    print(type(e).__name__, e)
