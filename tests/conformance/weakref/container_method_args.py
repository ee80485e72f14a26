# The weak containers' methods called with wrong arguments: CPython's TypeErrors, keyword arguments by name.
import weakref
class A: pass
d = weakref.WeakKeyDictionary()
a = A()
for f in [lambda: d.get(), lambda: d.get(a, 1, 2), lambda: d.get(a, default=5), lambda: d.get(key=a), lambda: d.get(a, dflt=1), lambda: d.__getitem__(), lambda: d.__setitem__(a), lambda: weakref.WeakKeyDictionary.__len__(), lambda: d[1], lambda: weakref.WeakSet().__contains__(), lambda: 1 in weakref.WeakSet(),
          lambda: weakref.WeakValueDictionary().get(), lambda: weakref.WeakValueDictionary().get(1, default=3), lambda: weakref.WeakValueDictionary()[1], lambda: d.get(a, key=a)]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
