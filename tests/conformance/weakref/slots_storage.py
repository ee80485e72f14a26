# Instances of classes whose __slots__ exclude __dict__: values in the object, unset slots,
# deletion, subclasses with more slots, __getattr__ fallback, gc referents, weak references.
import gc, weakref, copy
class P:
    __slots__ = ("x", "y", "__weakref__")
    def __init__(self): self.x = 1
p = P()
print(p.x, hasattr(p, "y"), hasattr(p, "__dict__"))
try: p.y
except AttributeError as e: print("AE", e)
p.y = [1]
print(p.y)
del p.y
try: del p.y
except AttributeError as e: print("AE", e)
try: p.z = 3
except AttributeError as e: print("AE", e)
try: vars(p)
except TypeError as e: print("TE", e)
print(sorted(n for n in dir(p) if not n.startswith("__")))
class Q(P):
    __slots__ = ("z",)
q = Q(); q.z = 5; q.x = 2
print(q.z, q.x, isinstance(q, P))
class G:
    __slots__ = ("a",)
    def __getattr__(self, n): return "ga:" + n
g = G()
print(g.a, g.b)
g.a = 1
print(g.a)
lst = [1,2]
p.x = lst
print(gc.get_referents(p) == [lst] or gc.get_referents(p))
print(any(o is lst for o in gc.get_referents(p)))
w = weakref.ref(p)
print(w() is p)
del p
gc.collect()
print(w())
