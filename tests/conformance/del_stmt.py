x = 1
del x
try:
    x
except NameError as e:
    print(e)
l = [1, 2, 3, 4]
del l[0], l[-1]
print(l)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
class A: pass
a = A(); a.z = 1; del a.z
print(hasattr(a, "z"))
