# WeakSet.add/discard/remove: argument errors, keyword arguments, unhashable and unweakrefable items.
import weakref
class A: pass
a = A()
s = weakref.WeakSet()
    try:
        print(repr(f()), len(s))
    except Exception as e:
        print(type(e).__name__, e)
