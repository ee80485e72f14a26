# list operators: + * += *= ==, <, in, identity vs equality, aliasing, nested lists
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
a = a + [4]
print(a, b, a is b)
c = [0] * 3
c *= 2
print(c, [1, 2] * 2, 3 * ["x"], [] * 5)
grid = [[0] * 2 for _ in range(2)]
grid[0][0] = 1
print(grid)
alias = [[0] * 2] * 2
alias[0][0] = 1
print(alias)
print([1, 2] == [1, 2], [1, 2] is [1, 2], [1, 2] < [1, 3], [1] < [1, 0], [] < [0])
print(2 in [1, 2], [2] in [[2]], list(), list("ab"), list((1, 2)), list({"k": 1}))
l = [1, 2, 3]
l += "ab"
print(l, len(l))
l2 = [5, 3]
l2[0], l2[1] = l2[1], l2[0]
print(l2, [x for x in reversed(l2)])
r = [1]
r.append(r)
print(r)
print(repr([None, True, 1.0, "s", (1,), [2], {3: 4}]))
try:
    [1] + (2,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1][1]
except IndexError as e:
    print(type(e).__name__, e)
key = "a"
try:
    [1][key]
except TypeError as e:
    print(type(e).__name__, e)
