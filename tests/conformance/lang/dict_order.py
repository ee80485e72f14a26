# dict insertion order: preserved on update, re-insertion after delete, keys/values/items views
d = {}
d["b"] = 1
d["a"] = 2
d["c"] = 3
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
d["b"] = 10
print(d)
del d["b"]
d["b"] = 20
print(d)
d.update({"z": 0, "a": 5})
print(d)
print(dict.fromkeys("hello"), dict.fromkeys([3, 1, 2], 0))
x = dict(one=1, two=2)
x.update([("three", 3)], four=4)
print(x)
print(dict([(1, "a"), (2, "b")]), dict(zip("abc", range(3))), dict({"k": 1}, j=2))
d2 = {3: "c", 1: "a", 2: "b"}
print(d2, sorted(d2), sorted(d2.items(), reverse=True))
ks = d2.keys()
d2[0] = "z"
print(ks, len(ks), 0 in ks, d2.values(), d2.items())
print({1: 1, 2: 2} == {2: 2, 1: 1}, list({1: 1, 2: 2}) == list({2: 2, 1: 1}))
print({**{"a": 1}, "b": 2, **{"a": 3}})
