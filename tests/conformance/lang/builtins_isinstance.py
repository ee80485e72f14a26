# isinstance/issubclass with tuples, nested tuples, user hierarchies, bool/int, builtin subclasses
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, (C, A)), isinstance(b, (C, (int, B))), isinstance(b, ()))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(B, B), issubclass(B, ()))
print(isinstance(True, int), isinstance(1, bool), isinstance(1.0, int), isinstance(1, float))
print(isinstance([], object), isinstance(A, type), isinstance(A, object), isinstance(type, type))
class MyList(list): pass
print(isinstance(MyList(), list), issubclass(MyList, list), isinstance([], MyList))
print(isinstance(None, object), isinstance(..., object), isinstance(len, object))
print(isinstance(ValueError("x"), Exception), issubclass(KeyError, (ValueError, LookupError)))
print(isinstance(range(1), range), isinstance({}, dict), isinstance(frozenset(), set), isinstance(set(), frozenset))
print(isinstance(b, type(b)), type(b) == B, type(b) is not A)
try:
    isinstance(1, "int")
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(B, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    isinstance(1, (str, 1))
except TypeError as e:
    print(type(e).__name__, e)
