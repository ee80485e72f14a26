# Scenario 21: exact error messages of the ref constructor and call.
import gc, weakref
gc.disable()


class Foo:
    pass


o = Foo()
o2 = Foo()
r = weakref.ref(o)


def show(label, f):
    try:
        res = f()
        print(label, "->", res)
    except Exception as e:
        print(label, type(e).__name__, e)


show("r(1)", lambda: r(1))
show("r(x=1)", lambda: r(x=1))
show("ref()", lambda: weakref.ref())
show("ref(o, None, 3)", lambda: weakref.ref(o, None, 3))
show("ref(o, callback=None)", lambda: weakref.ref(o, callback=None))
show("r.__init__(0,0,0,0,0)", lambda: r.__init__(0, 0, 0, 0, 0))
show("r.__init__(o2)", lambda: r.__init__(o2))
print(r() is o, r() is o2)
show("r.__init__(o2, None)", lambda: r.__init__(o2, None))
print(r() is o)
show("proxy()", lambda: weakref.proxy())
show("proxy(o, callback=None)", lambda: weakref.proxy(o, callback=None))
show("proxy(o, None, 3)", lambda: weakref.proxy(o, None, 3))
show("ProxyType(o)", lambda: weakref.ProxyType(o))
show("CallableProxyType(o)", lambda: weakref.CallableProxyType(print))
show("ref(1)", lambda: weakref.ref(1))
show("getweakrefcount()", lambda: weakref.getweakrefcount())
show("r()", lambda: r() is o)
show("ref[int]", lambda: weakref.ref[int])
print(weakref.ref.__name__, weakref.ref.__qualname__, weakref.ref.__module__)
print(weakref.ProxyType.__name__, weakref.CallableProxyType.__name__)
print(weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))
print(weakref.ref is weakref.ReferenceType)
