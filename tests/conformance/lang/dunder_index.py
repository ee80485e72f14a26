# __index__: used for sequence indexing, slicing, range, int-like builtins; errors otherwise
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
lst = list("abcdef")
print(lst[Idx(1)], "xyz"[Idx(-1)], (1, 2, 3)[Idx(0)], lst[Idx(1):Idx(4)], lst[::Idx(2)])
print(list(range(Idx(3))), range(10)[Idx(2)], [0] * Idx(3), "ab" * Idx(2))
print(round(1.2345, Idx(2)), chr(Idx(65)), int(Idx(7)), "abcdef".find("c", Idx(1)))
lst[Idx(0)] = "A"
del lst[Idx(5)]
print(lst)
class NotIdx:
    pass
try:
    lst[NotIdx()]
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(NotIdx())
except TypeError as e:
    print(type(e).__name__, e)
try:
    "ab" * NotIdx()
except TypeError as e:
    print(type(e).__name__, e)
class BadIdx:
    def __index__(self):
        return 1.5
try:
    [1, 2][BadIdx()]
except TypeError as e:
    print(type(e).__name__, e)
try:
    lst[1.0]
except TypeError as e:
    print(type(e).__name__, e)
print([10, 20][True], "ab"[False])
