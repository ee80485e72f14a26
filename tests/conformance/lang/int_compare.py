# int comparisons, chained comparisons, mixed int/float/bool equality
print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 1 == 1, 1 != 1)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 < 2 > 0)
print(1 == 1.0, 1 == True, 0 == False, 2 == True, 1.5 > 1)
print(10 ** 20 > 1e19, 10 ** 20 == 1e20, 2 ** 53 + 1 == 2.0 ** 53)
x = 5
print(0 < x <= 5, 0 < x < 5, x in (1, 5), x not in [5])
print(-1 < 0 < 1 != 2)
calls = []
def f(v):
    calls.append(v)
    return v
print(f(1) < f(2) < f(0) < f(5))
print(calls)
print(max(1, 2.5), min(True, 2), 3 == 3.0000000001)
print(None == 0, None is None, None != False)
try:
    print(1 < "a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(None < 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([1] < (1,))
except TypeError as e:
    print(type(e).__name__, e)
print("a" < "b", "abc" < "abd", "Z" < "a", "" < "a", "ab" < "a")
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), [1, 2] == [1, 2], (1,) == [1])
