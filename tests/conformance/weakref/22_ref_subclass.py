# Scenario 22: subclasses of weakref.ref.
import gc, weakref
gc.disable()


class Foo:
    pass


class MyRef(weakref.ref):
    def __init__(self, ob, callback=None, value=42):
        self.value = value
        super().__init__(ob, callback)

    def __call__(self):
        self.called = True
        return super().__call__()


o = Foo()
mr = MyRef(o, value=24)
print(mr() is o, mr.called, mr.value)
print(isinstance(mr, weakref.ref), type(mr).__name__)
print(weakref.getweakrefcount(o))
r = weakref.ref(o)
print(r is mr, weakref.getweakrefs(o)[0] is r)
print(mr == r, hash(mr) == hash(r))


class SlotRef(weakref.ref):
    __slots__ = "slot1", "slot2"

    def __new__(cls, ob, callback, slot1, slot2):
        return weakref.ref.__new__(cls, ob, callback)

    def __init__(self, ob, callback, slot1, slot2):
        super().__init__(ob, callback)
        self.slot1 = slot1
        self.slot2 = slot2

    def meth(self):
        return self.slot1 + self.slot2


sr = SlotRef(o, None, "abc", "def")
print(sr.slot1, sr.slot2, sr.meth())
print(hasattr(sr, "__dict__"))
try:
    sr.other = 1
except AttributeError as e:
    print(type(e).__name__, e)


# KeyedRef-style subclass
class KRef(weakref.ref):
    __slots__ = ("key",)

    def __new__(cls, ob, callback, key):
        self = weakref.ref.__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


got = []
kr = KRef(o, lambda w: got.append(w.key), "the-key")
print(kr.key, kr() is o)
try:
    weakref.ref(kr)
except TypeError as e:
    print(type(e).__name__, e)
print(type(weakref.ref(mr)).__name__)

# different callbacks are not conflated
def cb1(w):
    got.append("cb1")


def cb2(w):
    got.append("cb2")


m1 = MyRef(o, cb1)
m2 = MyRef(o, cb2)
print(m1 is m2, m1.__callback__ is cb1, m2.__callback__ is cb2)

# extra keyword accepted by the subclass __init__ (ref.__new__ ignores kwargs)
class ExtendedRef(weakref.ref):
    def __init__(self, ob, callback=None, **annotations):
        super().__init__(ob, callback)
        self.__counter = 0
        for k, v in annotations.items():
            setattr(self, k, v)

    def __call__(self):
        ob = super().__call__()
        if ob is not None:
            self.__counter += 1
            ob = (ob, self.__counter)
        return ob


er = ExtendedRef(o, foo=1, bar="baz")
print(er.foo, er.bar, er()[1], er()[1], er()[0] is o)
o.self = o
del o
gc.collect()
print(sorted(got))
print(mr(), sr(), kr(), er())
