# Slots beside an instance __dict__: a subclass without __slots__, and '__dict__' in __slots__.
# The slot names must not show in __dict__.
class P:
    __slots__ = ("x", "y", "__weakref__")
class R(P):
    pass
r = R(); r.w = 9; r.x = 3
print(r.w, r.x, r.__dict__)
class D:
    __slots__ = ("__dict__", "s")
d = D(); d.s = 1; d.t = 2
print(d.s, d.t, d.__dict__)
