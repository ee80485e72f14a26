# weakref's reference types are CPython C types: their attributes cannot be set or deleted
# (so `r()` always means ReferenceType.__call__); their Python subclasses stay mutable.
import weakref


class A:
    pass


a = A()
for t in (weakref.ref, weakref.ProxyType, weakref.CallableProxyType):
    for action in ("set", "del"):
        try:
            if action == "set":
                setattr(t, "__call__", lambda self: "replaced")
            else:
                delattr(t, "__call__")
            print(t.__name__, action, "allowed")
        except (TypeError, AttributeError) as e:
            print(t.__name__, action, type(e).__name__, e)

r = weakref.ref(a)
print(r() is a)


class R(weakref.ref):
    pass


R.__call__ = lambda self: "subclass call"
R.extra = 5
print(R(a)(), R.extra, r() is a)
del R.extra
print(hasattr(R, "extra"))
weakref.finalize.extra = 1   # a Python class in CPython too
print(weakref.finalize.extra)
