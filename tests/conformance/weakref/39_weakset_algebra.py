# Scenario 39: WeakSet set algebra.
import gc, weakref
gc.disable()


class ustr(str):
    pass


letters = {ch: ustr(ch) for ch in "abcdefgh"}


def W(chars):
    return weakref.WeakSet(letters[ch] for ch in chars)


def L(chars):
    return [letters[ch] for ch in chars]


def show(label, v):
    if isinstance(v, weakref.WeakSet):
        print(label, type(v).__name__, repr("".join(sorted(v))))
    else:
        print(label, v)


s = W("abc")
show("union set", s.union(set(L("cd"))))
show("union list", s.union(L("de")))
show("union tuple", s.union(tuple(L("f"))))
show("| set", s | set(L("cd")))
show("| frozenset", s | frozenset(L("g")))
show("| WeakSet", s | W("h"))
show("| list", s | L("d"))
show("intersection", s.intersection(L("bcd")))
show("& set", s & set(L("ab")))
show("difference", s.difference(L("a")))
show("- set", s - set(L("ab")))
show("symmetric_difference", s.symmetric_difference(L("cd")))
show("^ set", s ^ set(L("cd")))
show("original", s)
for name in ["union", "intersection", "difference", "symmetric_difference"]:
    try:
        getattr(s, name)([[]])
    except TypeError as e:
        print(name, type(e).__name__, e)
for label, f in [("set | ws", lambda: set(L("a")) | s), ("set & ws", lambda: set(L("a")) & s),
                 ("set - ws", lambda: set(L("a")) - s), ("set ^ ws", lambda: set(L("a")) ^ s),
                 ("ws | 1", lambda: s | 1)]:
    try:
        f()
        print(label, "no error")
    except TypeError as e:
        print(label, type(e).__name__, e)

# in-place
t = W("abc")
show("update ->", t.update(L("d")))
show("after update", t)
t |= set(L("e"))
show("|=", t)
t &= L("abcd")
show("&=", t)
t -= L("a")
show("-=", t)
t ^= L("de")
show("^=", t)
show("intersection_update", t.intersection_update(L("bc")))
show("after", t)
show("difference_update", t.difference_update(L("b")))
show("after", t)
show("symmetric_difference_update", t.symmetric_difference_update(L("cf")))
show("after", t)
for name in ["update", "intersection_update", "difference_update", "symmetric_difference_update"]:
    try:
        getattr(t, name)([[]])
    except TypeError as e:
        print(name, type(e).__name__, e)
# in-place on self
u = W("ab")
u |= u
show("u |= u", u)
u &= u
show("u &= u", u)
u -= u
show("u -= u", u)
v = W("ab")
v ^= v
show("v ^= v", v)

# comparisons
a, ab, abc = W("a"), W("ab"), W("abc")
print(a <= ab, ab <= ab, ab < ab, a < ab, abc > ab, abc >= abc, abc > abc, ab >= abc)
print(a.issubset(L("ab")), ab.issuperset(L("a")), a.issubset(L("b")))
print(weakref.WeakSet() < weakref.WeakSet(), weakref.WeakSet() <= weakref.WeakSet())
print(ab == W("ba"), ab == set(L("ab")), ab == L("ab"), ab == 1, ab != set(L("ab")))
print(weakref.WeakSet() != weakref.WeakSet(), ab != W("a"))
print(ab.isdisjoint(W("cd")), ab.isdisjoint(L("bc")))
# results are weak too
x = ustr("x")
r = s | [x]
print(len(r))
del x
gc.collect()
print(len(r))
