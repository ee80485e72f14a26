# object(): base of everything, default __eq__/__ne__/__hash__/__repr__/__str__, no instance attributes
o = object()
print(type(o).__name__, isinstance(o, object), o == o, o != o, o == object(), hash(o) == hash(o))
print(object.__name__, object.__bases__, issubclass(int, object), type(object).__name__)
print(str(o) == repr(o), repr(o).startswith("<object object at 0x"))
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
class Plain:
    pass
p = Plain()
print(p.__eq__(p), p.__eq__(Plain()), p.__ne__(p), Plain.__eq__ is object.__eq__)
print(object.__eq__(p, p), object.__ne__(p, 1), p.__hash__() == hash(p), p.__str__() == p.__repr__())
class WithInit:
    def __init__(self, a):
        self.a = a
try:
    WithInit()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Plain(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
class OnlyNew:
    def __new__(cls, *args):
        return object.__new__(cls)
print(type(OnlyNew(1, 2)).__name__)
x = object.__new__(Plain)
object.__setattr__(x, "y", 5)
print(x.y, getattr(x, "y"), type(x).__name__, vars(x))
print(sorted(n for n in dir(object()) if not n.startswith("__")), "__class__" in dir(o))
