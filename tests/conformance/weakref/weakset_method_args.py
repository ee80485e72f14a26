# WeakSet.add/discard/remove: argument errors, keyword arguments, unhashable and unweakrefable items.
import weakref
class A: pass
a = A()
s = weakref.WeakSet()
for f in [lambda: s.add(), lambda: s.add(a, a), lambda: s.add(item=a), lambda: s.discard(1), lambda: s.remove(A()), lambda: s.discard(item=A()), lambda: s.add(1)]:
    try:
        print(repr(f()), len(s))
    except Exception as e:
        print(type(e).__name__, e)
