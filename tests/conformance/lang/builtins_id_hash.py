# id() identity properties (never the value) and hash() of ints, tuples of ints, and equality of hashes
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), type(id(a)).__name__, id(a) > 0 or id(a) <= 0)
print(id(None) == id(None), id(True) == id(True))
x = object()
print(id(x) == id(x), x is x)
print(hash(0), hash(1), hash(-1), hash(-2), hash(10 ** 3), hash(True), hash(False))
print(hash(2 ** 61 - 2), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(2 ** 64))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), hash((1, (2, 3))) == hash((1, (2, 3))))
print(hash((1, 2)), hash(()), hash((0,)), hash((-1, -2)))
print(hash("abc") == hash("abc"), hash("abc") == hash("ab" + "c"), hash(1.0) == hash(1), hash(0.5) == hash(0.5))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), hash(None) == hash(None))
class H:
    def __hash__(self):
        return -1
print(hash(H()))
class Big:
    def __hash__(self):
        return 2 ** 64
print(hash(Big()) == hash(2 ** 64))
for bad in [[], {}, set()]:
    try:
        hash(bad)
    except TypeError as e:
        print(type(e).__name__, e)
