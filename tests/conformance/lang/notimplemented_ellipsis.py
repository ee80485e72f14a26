# NotImplemented and Ellipsis singletons: repr, identity, truthiness rules, use as values
print(repr(NotImplemented), str(NotImplemented), type(NotImplemented).__name__)
print(repr(Ellipsis), repr(...), ... is Ellipsis, type(...).__name__, Ellipsis == ...)
print(bool(...), [..., ...], {...: "dots"}[...], (...,))
def stub():
    ...
print(stub())
class Partial:
    def __eq__(self, other):
        return NotImplemented
    def __add__(self, other):
        return NotImplemented
p = Partial()
print(p == p, p == 1, p != 1, 1 == p)
try:
    p + 1
except TypeError as e:
    print(type(e).__name__, e)
nums = [1, 2, 3]
try:
    nums[...]
except TypeError as e:
    print(type(e).__name__, e)
class Box:
    def __getitem__(self, key):
        return key
b = Box()
print(b[...], b[1, ...], b[..., 0:2])
print(NotImplemented is NotImplemented, ... is not None, type(...)() is ...)
