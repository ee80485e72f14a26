# is / is not on singletons and mutable objects; identity vs equality (no small-int/str caching reliance)
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, b is not a)
print(None is None, True is True, False is not True, ... is ..., NotImplemented is NotImplemented)
x = None
print(x is None, x is not None, not x is None, (x is None) == True)
def f():
    pass
print(f() is None, type(None) is type(x), type(1) is int, type(a) is list)
class C:
    pass
o1, o2 = C(), C()
print(o1 is o2, o1 is o1, o1 == o2, o1 != o2)
d = {"k": a}
print(d["k"] is a, list(d.values())[0] is b)
t = (a, c)
print(t[0] is a, t[1] is c, t[0] is t[1])
e = a
e += [3]
print(e is a, a)
e = e + [4]
print(e is a, a, e)
s1 = set()
s2 = s1
s2.add(1)
print(s1 is s2, s1)
print(int is int, type(type) is type, C is C, C() is C())
y = z = []
y.append("shared")
print(z, y is z)
