# __contains__ for in / not in, fallback to __iter__ and __getitem__, truthiness of result
class Evens:
    def __contains__(self, x):
        print("contains", x)
        return x % 2 == 0
e = Evens()
print(4 in e, 3 in e, 3 not in e)
class Truthy:
    def __contains__(self, x):
        return "yes"
print(1 in Truthy(), 1 not in Truthy())
class ViaIter:
    def __iter__(self):
        print("iter called")
        return iter([1, 2, 3])
print(2 in ViaIter(), 9 in ViaIter())
class ViaGetitem:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i
print(1 in ViaGetitem(), 7 in ViaGetitem())
class Nothing:
    pass
try:
    1 in Nothing()
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    [] in {}
except TypeError as e:
    print(type(e).__name__, e)
print("a" in {"a": 1}, 1 in {"a": 1}.values(), ("a", 1) in {"a": 1}.items(), None in [None])
class Weird:
    def __eq__(self, o):
        return True
print(Weird() in [1], 5 in [Weird()], Weird() in (2, 3))
nan = float("nan")
print(nan in [nan], nan in [float("nan")])
