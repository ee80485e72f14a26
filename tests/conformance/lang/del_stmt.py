# del on names, attributes, subscripts, slices, multiple targets; errors afterwards
a = 1
b = [1, 2, 3, 4]
del a
try:
    print(a)
except NameError as e:
    print(type(e).__name__, e)
del b[0], b[-1]
print(b)
class C:
    pass
c = C()
c.x = 1
c.y = 2
del c.x
print(hasattr(c, "x"), c.y)
try:
    del c.x
except AttributeError as e:
    print(type(e).__name__, e)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print(type(e).__name__, e)
x, y = 1, 2
del x, y
print("x" in dir(), "y" in dir())
def f():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return type(e).__name__ + " " + str(e)
print(f())
try:
    del nonexistent_name
except NameError as e:
    print(type(e).__name__, e)
m = [[1, 2], [3, 4]]
del m[0][1]
print(m)
