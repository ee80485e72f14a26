# list slicing: reads, slice assignment (growing/shrinking/extended), slice deletion
a = list(range(10))
print(a[2:5], a[:3], a[-3:], a[::3], a[::-1], a[7:2:-2], a[100:], a[-100:2])
b = a[:]
print(b == a, b is a)
a[2:5] = ["x"]
print(a)
a[1:1] = [10, 20, 30]
print(a)
a[:3] = []
print(a)
a[-2:] = "yz"
print(a)
c = list(range(8))
c[::2] = ["a", "b", "c", "d"]
print(c)
del c[::3]
print(c)
del c[1:3]
print(c)
d = [1, 2, 3]
d[len(d):] = [4, 5]
print(d)
d[:] = range(3)
print(d)
try:
    c[::2] = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    d[0:1] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    d[::0]
except ValueError as e:
    print(type(e).__name__, e)
e = [0, 1, 2, 3, 4]
e[1:4] = e[3:0:-1]
print(e)
