# Scenario 30: WeakValueDictionary methods and their exact errors.
import gc, weakref
gc.disable()


class Obj:
    def __init__(self, name):
        self.name = name
        self.self = self

    def __repr__(self):
        return "Obj(" + self.name + ")"


def show(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, type(e).__name__, e)


a, b, c = Obj("a"), Obj("b"), Obj("c")
d = weakref.WeakValueDictionary()
show("setdefault(k)", lambda: d.setdefault("k"))
show("setdefault(k, a)", lambda: d.setdefault("k", a))
show("setdefault(k, b)", lambda: d.setdefault("k", b))
show("len", lambda: len(d))
show("pop(k)", lambda: d.pop("k"))
show("pop(k)", lambda: d.pop("k"))
show("pop(k, 5)", lambda: d.pop("k", 5))
d["dead"] = c
del c
gc.collect()
show("pop(dead)", lambda: d.pop("dead"))
show("popitem empty", lambda: d.popitem())
d["a"] = a
show("popitem", lambda: d.popitem())
show("popitem(42)", lambda: d.popitem(42))
d.update([("a", a), ("b", b)])
print(sorted(d.keys()))
d.update({"c": a}, self=b, other=a, dict=b, iterable=a)
print(sorted(d.keys()))
print(d["self"], d["other"], d["dict"], d["iterable"])
show("update(pairs3)", lambda: d.update([(1, 2, 3)]))
show("update(42)", lambda: d.update(42))
show("update(None)", lambda: d.update(None))
show("update()", lambda: d.update())
show("update(a, b)", lambda: d.update({}, {}))
show("WVD({}, {})", lambda: weakref.WeakValueDictionary({}, {}))
show("WVD.__init__()", lambda: weakref.WeakValueDictionary.__init__())
e = weakref.WeakValueDictionary(self=a, other=b, dict=a, iterable=b)
print(sorted(e.keys()))
show("clear", lambda: d.clear())
show("len", lambda: len(d))
d2 = weakref.WeakValueDictionary(x=a)
print(d2 == {"x": a}, d2 == {"x": b}, d2 != {"x": b}, d2 == weakref.WeakValueDictionary(x=a))
print(d2 == 1, d2 == [("x", a)])
show("del d2[missing]", lambda: d2.__delitem__("missing"))
del d2["x"]
print(len(d2))
show("get()", lambda: d2.get())
show("get(1,2,3)", lambda: d2.get(1, 2, 3))
show("reversed", lambda: reversed(d2))
d2["q"] = b
del b
gc.collect()
show("setdefault dead", lambda: d2.setdefault("q", a) is a)
print(len(d2))
