# builtin type constructors: int/float/bool/str/list/tuple/dict/set/frozenset/object from various inputs
print(int(), float(), bool(), str(), list(), tuple(), dict(), set(), frozenset(), type(object()).__name__)
print(int("7"), int(7.9), float("7"), float(7), bool("x"), bool([]), str(7), str([7]))
print(list("abc"), list((1, 2)), list({"a": 1}), list(range(3)), list(x for x in "xy"))
print(tuple([1, 2]), tuple("ab"), tuple({3: 4}), tuple(range(0)))
print(dict(a=1), dict([("a", 1), ["b", 2]]), dict({"x": 1}, y=2), dict(zip("ab", (1, 2))), dict(()))
print(sorted(set("aab")), sorted(set([3, 3, 1])), sorted(frozenset(range(3))), set() == frozenset())
orig = [1, 2]
copy = list(orig)
copy.append(3)
tup = (1,)
print(orig, copy, list(orig) is orig, tuple(tup) == tup, str("s") == "s")
o = object()
print(type(o).__name__, o == o, o != object())
try:
    o.attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    list(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    set([[1]])
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    bool(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    str(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
