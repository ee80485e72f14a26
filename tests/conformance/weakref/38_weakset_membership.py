# Scenario 38: WeakSet membership is by equality of referents.
import gc, weakref
gc.disable()


class ustr(str):
    pass


class Foo:
    pass


items = [ustr(ch) for ch in "abc"]
s = weakref.WeakSet(items)
print(len(s), sorted(s))
print(ustr("a") in s, ustr("z") in s, "a" in s)
print(1 in s, None in s, [] in s)
for label, f in [("add", lambda: s.add(1)), ("remove", lambda: s.remove(1)),
                 ("discard", lambda: s.discard(1)), ("add list", lambda: s.add([]))]:
    try:
        f()
        print(label, "no error")
    except TypeError as e:
        print(label, type(e).__name__, e)
try:
    s.remove(ustr("q"))
except KeyError as e:
    print(type(e).__name__, "KeyError raised")
s.add(ustr("a"))
print(len(s))
s.discard(ustr("b"))
print(len(s), sorted(s))
s.remove(ustr("c"))
print(len(s), sorted(s))
del items
gc.collect()
print(len(s), sorted(s))
f = Foo()
s.add(f)
s.add(Foo())
gc.collect()
print(len(s), f in s)
del f
gc.collect()
print(len(s), list(s))
