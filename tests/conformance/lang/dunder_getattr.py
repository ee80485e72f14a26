# __getattr__ (fallback only) vs __getattribute__-free lookup, AttributeError propagation, hasattr
class Dyn:
    real = "real attr"
    def __init__(self):
        self.inst = "instance attr"
    def __getattr__(self, name):
        print("__getattr__", name)
        if name.startswith("x_"):
            return name[2:].upper()
        raise AttributeError("no attribute " + repr(name))
d = Dyn()
print(d.real, d.inst, d.x_hello)
print(hasattr(d, "x_yes"), hasattr(d, "other"), getattr(d, "nope", "dflt"))
try:
    d.missing
except AttributeError as e:
    print(type(e).__name__, e)
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1), p.__class__.__name__)
class Broken:
    def __getattr__(self, name):
        raise KeyError(name)
try:
    hasattr(Broken(), "x")
except KeyError as e:
    print(type(e).__name__, e)
class Prop:
    @property
    def bad(self):
        raise AttributeError("inner failure")
    def __getattr__(self, name):
        return "fallback for " + name
print(Prop().bad)
class NoGetattr:
    pass
try:
    NoGetattr().thing
except AttributeError as e:
    print(type(e).__name__, e)
