class A: pass
class B(A): pass
b = B()
print(isinstance(b, A), isinstance(b, (int, A)), issubclass(B, (int, A)), issubclass(bool, int))
print(isinstance([], list), isinstance({}, dict), isinstance(3.0, float), isinstance(None, object))
try:
    isinstance(1, 2)
except TypeError as e:
    print(e)
