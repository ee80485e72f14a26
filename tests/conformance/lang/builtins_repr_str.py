# repr() and str() of builtin values, nested containers, recursive containers, quotes choice
vals = [None, True, False, 0, -5, 2.0, 1e-8, "s", "it's", 'q"', "both'\"", "\\", "\t", [], (), {}, set(),
        frozenset(), [1, [2, (3,)]], {"a": [1], 2: None}, (1,), range(3), slice(1, 2), ..., NotImplemented]
for v in vals:
    print(repr(v), "|", str(v))
l = [1]
l.append(l)
d = {}
d["self"] = d
print(repr(l), repr(d), str(l))
print(repr(len), repr(int), repr(object), str(type), repr(type(None)))
print(repr("multi\nline"), repr("\x1b"), repr("\u200b"), repr("\U0001F600"), repr("\x7f\x80"))
print(str(), repr(""), repr(str("x")), str(repr("x")))
class A:
    pass
print(repr(A).startswith("<class '__main__.A'>"), repr(A()).startswith("<__main__.A object at 0x"))
def fn():
    pass
print(repr(fn).startswith("<function fn at 0x"), repr(lambda: 0).startswith("<function <lambda> at 0x"))
print(repr([].append).startswith("<built-in method append of list object at 0x"))
