# __slots__: restricted attributes, no __dict__, slot inheritance, class attribute conflict
class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
p = P(1)
print(p.x, hasattr(p, "__dict__"), P.__slots__)
p.y = 2
print(p.y)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
q = P(5)
try:
    q.y
except AttributeError as e:
    print(type(e).__name__, e)
del p.y
try:
    del p.y
except AttributeError as e:
    print(type(e).__name__, e)
class Q(P):
    __slots__ = ("w",)
q2 = Q(7)
q2.w = 8
print(q2.x, q2.w, hasattr(q2, "__dict__"))
class R(P):
    pass
r = R(1)
r.anything = "ok"
print(r.anything, hasattr(r, "__dict__"))
class S:
    __slots__ = "single"
s = S()
s.single = 1
print(s.single)
class D:
    __slots__ = ("a", "__dict__")
d = D()
d.a = 1
d.b = 2
print(d.a, d.b, vars(d))
try:
    class Conflict:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print(type(e).__name__, e)
