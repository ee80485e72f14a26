# sorted() with key/reverse and stability, reversed() on sequences and custom __reversed__
data = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
print(sorted(data), sorted(data, key=lambda p: p[1]), sorted(data, key=lambda p: p[1], reverse=True))
print(sorted("hello"), sorted({3: "c", 1: "a"}), sorted((3, 1, 2), reverse=True), sorted([]))
print(sorted([-3, 1, -2], key=abs), sorted(["bb", "A", "c"], key=str.lower), sorted(range(5), key=lambda v: v % 2))
src = [3, 1, 2]
out = sorted(src)
print(src, out, out is src)
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
r = reversed([1, 2])
print(type(r).__name__, next(r), next(r), next(r, "end"))
class Rev:
    def __reversed__(self):
        return iter(["custom", "reversed"])
print(list(reversed(Rev())))
class SeqOnly:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
print(list(reversed(SeqOnly())))
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1], key=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted()
except TypeError as e:
    print(type(e).__name__, e)
try:
    reversed(5)
except TypeError as e:
    print(type(e).__name__, e)
