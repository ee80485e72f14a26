# property: getter/setter/deleter via decorators and property(), read-only errors, inheritance
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        print("get celsius")
        return self._c
    @celsius.setter
    def celsius(self, v):
        print("set celsius", v)
        if v < -273:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("delete celsius")
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
del t.celsius
print(t._c)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(type(e).__name__, e)
print(type(Temp.celsius).__name__, Temp.fahrenheit.fget(t) if t._c is not None else "none")
class Old:
    def _get(self):
        return "old-style"
    def _set(self, v):
        self.stored = v
    x = property(_get, _set, None, "doc for x")
o = Old()
o.x = 3
print(o.x, o.stored, Old.x.__doc__)
class Child(Temp):
    @property
    def fahrenheit(self):
        return "overridden"
c = Child()
print(c.fahrenheit, c.celsius)
class Shadow:
    @property
    def val(self):
        return "property wins"
s = Shadow()
s.__dict__["val"] = "instance dict"
print(s.val)
