class MyList(list):
    def sum(self): return sum(self)
m = MyList([1, 2, 3]); m.append(4)
print(m, m.sum(), len(m), isinstance(m, list), m[1:3], type(m).__name__)
class MyDict(dict):
    def __missing__(self, k): return k * 2
d = MyDict(a=1)
print(d["a"], d["zz"], d)
class Upper(str):
    def shout(self): return self.upper() + "!"
u = Upper("hi")
print(u.shout(), u + "x", len(u), u == "hi")
class CountDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)
c = CountDict(); c["x"] = 1
print(c)
class MySet(set): pass
print(sorted(MySet([3, 1])), MyList.__mro__)
