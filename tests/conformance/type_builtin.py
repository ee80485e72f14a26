print(type(1), type("a"), type([]), type({}), type(None), type(type), type(len), type(1.5))
class A: pass
print(type(A()), A, type(A), int, object)
B = type("B", (A,), {"x": 5})
print(B.x, B().x, B.__name__, issubclass(B, A), B.__mro__)
