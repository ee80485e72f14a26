# subclassing dict: __missing__, overridden __setitem__ (not used by update), attr-dicts
class Default(dict):
    def __missing__(self, key):
        print("missing", key)
        return key * 2
d = Default(a=1)
print(d["a"], d["zz"], d.get("q", "get ignores __missing__"), "zz" in d, d)
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "abracadabra":
    c[ch] += 1
print(sorted(c.items()))
class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
u = Upper()
u["x"] = 1
u.update(y=2)
print(u, isinstance(u, dict), type(u).__name__)
class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)
ad = AttrDict(alpha=1)
print(ad.alpha, ad["alpha"], hasattr(ad, "beta"))
class Ordered(dict):
    def __repr__(self):
        return "Ordered(" + super().__repr__() + ")"
o = Ordered()
o[2] = "b"
o[1] = "a"
print(o, list(o), o == {1: "a", 2: "b"}, o | {3: "c"}, type(o | {}).__name__)
try:
    Default()[[1]]
except TypeError as e:
    print(type(e).__name__, e)
try:
    Upper()["k"]
except KeyError as e:
    print(type(e).__name__, e)
