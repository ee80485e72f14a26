# __name__, __qualname__, __module__, __class__, __dict__ on classes, functions, methods, instances
class Outer:
    class Inner:
        def meth(self):
            pass
    def method(self):
        def local():
            pass
        return local
print(Outer.__name__, Outer.__qualname__, Outer.Inner.__name__, Outer.Inner.__qualname__)
print(Outer.Inner.meth.__qualname__, Outer().method().__qualname__, Outer().method().__name__)
print(Outer.__module__, Outer.method.__module__, __name__)
def top():
    pass
print(top.__name__, top.__qualname__, top.__module__, (lambda: 0).__qualname__)
o = Outer()
print(o.__class__ is Outer, o.__class__.__name__, Outer.__class__ is type, (1).__class__.__name__)
o.a = 1
o.b = [2]
print(o.__dict__, o.__dict__ is vars(o))
o.__dict__["c"] = 3
print(o.c, sorted(k for k in Outer.__dict__ if not k.startswith("__")))
print(type(Outer.__dict__).__name__, "method" in Outer.__dict__, Outer.__dict__["method"] is Outer.method)
class Renamed:
    pass
Renamed.__name__ = "NewName"
print(Renamed.__name__, Renamed.__qualname__, repr(Renamed()).startswith("<__main__.Renamed object"))
class Swap1:
    def who(self):
        return "one"
class Swap2:
    def who(self):
        return "two"
s = Swap1()
s.__class__ = Swap2
print(s.who(), type(s).__name__, isinstance(s, Swap1))
print(Outer, Outer.Inner, type(o), int, type(None))
print(len.__name__, len.__qualname__, len.__module__, str.upper.__qualname__)
try:
    s.__class__ = int
except TypeError as e:
    print(type(e).__name__, e)
