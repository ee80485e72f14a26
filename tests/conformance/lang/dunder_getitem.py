# __getitem__/__setitem__/__delitem__ with ints, slices and tuples; iteration via __getitem__
class Grid:
    def __init__(self):
        self.data = {}
    def __getitem__(self, key):
        print("get", key)
        if isinstance(key, slice):
            return ("slice", key.start, key.stop, key.step)
        if isinstance(key, tuple) and isinstance(key[0], slice):
            return ("tuple with slice", key[1])
        return self.data.get(key, 0)
    def __setitem__(self, key, value):
        print("set", key, value)
        self.data[key] = value
    def __delitem__(self, key):
        print("del", key)
        del self.data[key]
g = Grid()
g[1, 2] = "a"
g[0] = 5
print(g[1, 2], g[0], g[9])
print(g[1:5], g[::2], g[:3, 1] if isinstance(g[0], int) else 0)
g[0] += 1
del g[0]
try:
    del g[0]
except KeyError as e:
    print(type(e).__name__, e)
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), 25 in Seq(), [x for x in Seq()])
a, b, *c = Seq()
print(a, b, c)
class NoItems:
    pass
try:
    NoItems()[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    NoItems()[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del NoItems()[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(NoItems())
except TypeError as e:
    print(type(e).__name__, e)
