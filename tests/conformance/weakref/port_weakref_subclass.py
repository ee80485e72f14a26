# Port of test_weakref SubclassableWeakrefTestCase.
import gc, weakref
gc.disable()


class Object:
    def __init__(self, arg):
        self.arg = arg

    def __hash__(self):
        return hash(self.arg)

    def __eq__(self, other):
        if isinstance(other, Object):
            return self.arg == other.arg
        return NotImplemented


# test_subclass_refs
class MyRef(weakref.ref):
    def __init__(self, ob, callback=None, value=42):
        self.value = value
        super().__init__(ob, callback)

    def __call__(self):
        self.called = True
        return super().__call__()


o = Object("foo")
mr = MyRef(o, value=24)
print(mr() is o, mr.called, mr.value)
o.self = o
del o
gc.collect()
print(mr(), mr.called)


# test_subclass_refs_dont_replace_standard_refs
class MyRef2(weakref.ref):
    pass


o = Object(42)
r1 = MyRef2(o)
r2 = weakref.ref(o)
print(r1 is r2)
refs = weakref.getweakrefs(o)
print(len(refs), refs[0] is r2, refs[1] is r1, weakref.getweakrefcount(o))
r3 = MyRef2(o)
print(weakref.getweakrefcount(o))
refs = weakref.getweakrefs(o)
print(len(refs), refs[0] is r2, refs[1] is r3, refs[2] is r1)

# test_subclass_refs_dont_conflate_callbacks
o = Object(42)
r1 = MyRef2(o, id)
r2 = MyRef2(o, str)
print(r1 is r2)
refs = weakref.getweakrefs(o)
print(len(refs), any(x is r1 for x in refs), any(x is r2 for x in refs))


# test_subclass_refs_with_slots
class MyRef3(weakref.ref):
    __slots__ = "slot1", "slot2"

    def __new__(type, ob, callback, slot1, slot2):
        return weakref.ref.__new__(type, ob, callback)

    def __init__(self, ob, callback, slot1, slot2):
        self.slot1 = slot1
        self.slot2 = slot2

    def meth(self):
        return self.slot1 + self.slot2


o = Object(42)
r = MyRef3(o, None, "abc", "def")
print(r.slot1, r.slot2, r.meth(), hasattr(r, "__dict__"))

# test_subclass_refs_with_cycle (bpo-3100), with explicit collections
cbcalled = [0]


def callback(w):
    cbcalled[0] += 1


o = Object(1)
r1 = MyRef2(o, callback)
r1.o = o
del o
del r1
gc.collect()
print(cbcalled[0])
o = Object(1)
r1 = MyRef2(o, callback)
r2 = MyRef2(o, callback)
r1.r = r2
r2.o = o
del o
del r2
del r1
gc.collect()
print(cbcalled[0])
