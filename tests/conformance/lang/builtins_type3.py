# type(name, bases, dict) creating classes dynamically, and type() argument errors
def hello(self):
    return "hello from " + type(self).__name__
Dyn = type("Dyn", (), {"x": 1, "hello": hello})
d = Dyn()
print(Dyn.__name__, d.x, d.hello(), type(Dyn).__name__, Dyn.__bases__ == (object,))
Sub = type("Sub", (Dyn,), {"y": 2})
s = Sub()
print(s.x, s.y, s.hello(), isinstance(s, Dyn), [c.__name__ for c in Sub.__mro__])
L = type("L", (list,), {})
l = L([1, 2])
print(l, type(l).__name__, isinstance(l, list))
print(Dyn.__module__, Dyn.__qualname__)
try:
    type("X", (), [])
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("X", ())
except TypeError as e:
    print(type(e).__name__, e)
try:
    type()
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(1, (), {})
except TypeError as e:
    print(type(e).__name__, e)
