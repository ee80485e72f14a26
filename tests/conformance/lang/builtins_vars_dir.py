# vars() on instances/classes, dir() on a user class filtered to non-dunder names, sorted output
class Base:
    base_attr = 1
    def base_method(self):
        pass
class Child(Base):
    child_attr = 2
    def __init__(self):
        self.inst = 3
    def child_method(self):
        pass
    @property
    def prop(self):
        return 4
c = Child()
print(vars(c), vars(c) is c.__dict__)
print(sorted(k for k in vars(Child) if not k.startswith("__")))
print([n for n in dir(c) if not n.startswith("__")])
print([n for n in dir(Child) if not n.startswith("__")])
print(dir(c) == sorted(dir(c)), "__init__" in dir(c), "__class__" in dir(c))
c.extra = 5
print([n for n in dir(c) if not n.startswith("_")])
def f():
    local_a = 1
    local_b = 2
    return sorted(dir())
print(f())
class Slotted:
    __slots__ = ("s",)
try:
    vars(Slotted())
except TypeError as e:
    print(type(e).__name__, e)
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
class CustomDir:
    def __dir__(self):
        return ["zeta", "alpha"]
print(dir(CustomDir()))
print([n for n in dir([]) if not n.startswith("_")])
