# len(), type() with one argument, type identity comparisons, isinstance/issubclass basics
print(len(""), len("abc"), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 3}), len(range(5)), len(frozenset()))
for v in [1, 1.0, "s", None, True, [], (), {}, set(), frozenset(), range(1), len, type, object(), NotImplemented, Ellipsis, ...]:
    print(type(v).__name__, end=" ")
print()
print(type(1) is int, type(True) is bool, type(True) is int, type(int) is type, type(type) is type)
print(isinstance(1, int), isinstance(True, int), isinstance(1, float), isinstance(1, (float, int)))
print(isinstance("s", str), isinstance([], list), isinstance({}, dict), isinstance(None, type(None)))
print(isinstance(int, type), isinstance(1, object), isinstance(type, object), isinstance(object, type))
print(issubclass(bool, int), issubclass(int, object), issubclass(type, object), issubclass(list, (str, list)))
print(type(...) is type(Ellipsis), ... is Ellipsis, repr(...), repr(NotImplemented), repr(None))
print(type(print).__name__, type([].append).__name__, type(len).__name__)
try:
    len()
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    isinstance(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(1, int)
except TypeError as e:
    print(type(e).__name__, e)
