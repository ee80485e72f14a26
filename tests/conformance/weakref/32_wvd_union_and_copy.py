# Scenario 32: union operators and copies of WeakValueDictionary.
import gc, weakref
gc.disable()


class Obj:
    def __init__(self, name):
        self.name = name
        self.self = self

    def __repr__(self):
        return "Obj(" + self.name + ")"


class SubV(weakref.WeakValueDictionary):
    pass


a, b, c = Obj("a"), Obj("b"), Obj("c")
w = SubV(x=a)
u = w | {"y": b}
print(type(u).__name__, sorted(u.keys()))
u2 = {"y": b} | w
print(type(u2).__name__, sorted(u2.keys()))
u3 = w | weakref.WeakValueDictionary(z=c)
print(type(u3).__name__, sorted(u3.keys()))
w2 = w
w2 |= [("p", c)]
print(w2 is w, type(w2).__name__, sorted(w.keys()))
w |= {"q": b}
print(sorted(w.keys()))
try:
    w | [("r", a)]
except TypeError as e:
    print(type(e).__name__, e)
try:
    [("r", a)] | w
except TypeError as e:
    print(type(e).__name__, e)
# the original operand is unchanged
print(sorted(u.keys()), sorted(w.keys()))
# values are weak in the results
del b
gc.collect()
print(sorted(u.keys()), sorted(u2.keys()), sorted(w.keys()))

cp = w.copy()
print(type(cp).__name__, sorted(cp.keys()), cp is w, cp["x"] is a)
cp2 = w.__copy__()
print(type(cp2).__name__, sorted(cp2.keys()))
dc = w.__deepcopy__({})
print(type(dc).__name__, sorted(dc.keys()), dc["x"] is a)
cp["new"] = c
print("new" in w, "new" in cp)
del a
gc.collect()
print(sorted(cp.keys()), sorted(dc.keys()), sorted(w.keys()))
