# Scenario 37: WeakKeyDictionary constructor and update() errors.
import gc, weakref
gc.disable()


class Key:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Key(" + self.name + ")"


def show(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, type(e).__name__, e)


a, b = Key("a"), Key("b")
show("WKD(a=1)", lambda: weakref.WeakKeyDictionary(a=1))
show("WKD(dict={a: 1})", lambda: sorted(weakref.WeakKeyDictionary(dict={a: 1}).values()))
show("WKD({}, {})", lambda: weakref.WeakKeyDictionary({}, {}))
show("WKD(42)", lambda: weakref.WeakKeyDictionary(42))
show("WKD([(a, 1), (b, 2)])", lambda: sorted(weakref.WeakKeyDictionary([(a, 1), (b, 2)]).values()))
show("WKD([(1, 2)])", lambda: weakref.WeakKeyDictionary([(1, 2)]))
d = weakref.WeakKeyDictionary()
show("update(a=1)", lambda: d.update(a=1))
show("update({a: 1})", lambda: d.update({a: 1}))
show("update([(b, 2)])", lambda: d.update([(b, 2)]))
show("len", lambda: len(d))
show("update([(1, 2, 3)])", lambda: d.update([(1, 2, 3)]))
show("update(42)", lambda: d.update(42))
show("update()", lambda: d.update())
show("update(None)", lambda: d.update(None))
show("setdefault(a, 5)", lambda: d.setdefault(a, 5))
c = Key("c")
show("setdefault(c)", lambda: d.setdefault(c))
show("setdefault(c, 7)", lambda: d.setdefault(c, 7))
show("pop(c)", lambda: d.pop(c))
show("pop(c, 'dflt')", lambda: d.pop(c, "dflt"))
show("pop(c)", lambda: d.pop(c))
show("popitem", lambda: d.popitem())
show("popitem", lambda: d.popitem())
show("popitem empty", lambda: d.popitem())
show("get()", lambda: d.get())


class SubK(weakref.WeakKeyDictionary):
    pass


s = SubK()
s[a] = 1
show("s | {b: 2}", lambda: type(s | {b: 2}).__name__)
show("{b: 2} | s", lambda: type({b: 2} | s).__name__)
show("s | [(b, 2)]", lambda: s | [(b, 2)])
s |= [(b, 2)]
show("len(s)", lambda: len(s))
show("copy", lambda: type(s.copy()).__name__)
show("deepcopy", lambda: type(s.__deepcopy__({})).__name__)
