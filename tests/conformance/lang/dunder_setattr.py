# __setattr__/__delattr__ interception, object.__setattr__ fallthrough, read-only objects
class Logged:
    def __init__(self):
        self.a = 1
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value * 2 if isinstance(value, int) else value)
    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)
o = Logged()
o.b = 5
setattr(o, "c", "s")
print(o.a, o.b, o.c, sorted(vars(o)))
del o.b
delattr(o, "c")
print(sorted(vars(o)))
try:
    del o.zzz
except AttributeError as e:
    print(type(e).__name__, e)
class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, name, value):
        raise AttributeError("Frozen is read-only: " + name)
    def __delattr__(self, name):
        raise AttributeError("cannot delete " + name)
f = Frozen(3)
print(f.v)
try:
    f.v = 4
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del f.v
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (1).real = 2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(o, 5, 1)
except TypeError as e:
    print(type(e).__name__, e)
