# Scenario 2: objects that cannot be weakly referenced and the exact error message.
import gc, weakref
gc.disable()


def try_ref(label, obj):
    try:
        r = weakref.ref(obj)
        print(label, "ok", r() is obj)
    except TypeError as e:
        print(label, type(e).__name__, e)


class Slotted:
    __slots__ = ("a",)


class SlottedWR:
    __slots__ = ("a", "__weakref__")


class MyList(list):
    pass


class MyDict(dict):
    pass


class MyStr(str):
    pass


class MySet(set):
    pass


class MyInt(int):
    pass


class MyTuple(tuple):
    pass


class Plain:
    pass


try_ref("int", 1)
try_ref("bool", True)
try_ref("float", 1.5)
try_ref("str", "abc")
try_ref("tuple", (1, 2))
try_ref("list", [1])
try_ref("dict", {})
try_ref("None", None)
try_ref("object", object())
try_ref("exception", ValueError("x"))
try_ref("range", range(3))
try_ref("Slotted", Slotted())
try_ref("MyInt", MyInt(3))
try_ref("MyTuple", MyTuple())
l = MyList([1, 2])
try_ref("MyList", l)
d = MyDict(a=1)
try_ref("MyDict", d)
s = MyStr("hi")
try_ref("MyStr", s)
st = MySet()
try_ref("MySet", st)
sw = SlottedWR()
try_ref("SlottedWR", sw)
p = Plain()
try_ref("Plain", p)
try_ref("class", Plain)
try_ref("set", st)

# proxies fail the same way
for label, obj in [("int", 1), ("list", []), ("None", None), ("Slotted", Slotted())]:
    try:
        weakref.proxy(obj)
        print("proxy", label, "ok")
    except TypeError as e:
        print("proxy", label, type(e).__name__, e)

# getweakrefcount / getweakrefs on non-weakrefable objects: no error
print(weakref.getweakrefcount(1), weakref.getweakrefs(1))
print(weakref.getweakrefcount([]), weakref.getweakrefs("x"))
