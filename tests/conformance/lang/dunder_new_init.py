# __new__ and __init__: call order, __new__ returning other types skips __init__, singletons
class Traced:
    def __new__(cls, *args, **kw):
        print("__new__", cls.__name__, args, kw)
        inst = super().__new__(cls)
        inst.created = True
        return inst
    def __init__(self, a, b=0):
        print("__init__", a, b)
        self.a = a
t = Traced(1, b=2)
print(t.created, t.a)
class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self):
        print("init Single")
print(Single() is Single())
class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never printed")
print(Other(), type(Other()).__name__)
class PosInt(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(PosInt(-5), isinstance(PosInt(3), int), PosInt(-2) + 1)
class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print(type(e).__name__, e)
class NewOnly:
    def __new__(cls, x):
        obj = object.__new__(cls)
        obj.x = x
        return obj
print(NewOnly(9).x)
try:
    object.__new__(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
class Sub(Traced):
    pass
s = Sub("s")
print(type(s).__name__, s.a)
