# dict views: live updates, len/in/iter, set operations on keys/items views, equality, repr
d = {"a": 1, "b": 2}
k, v, it = d.keys(), d.values(), d.items()
d["c"] = 3
print(k, v, it, len(k), len(v), len(it))
print("c" in k, 3 in v, ("c", 3) in it, ("c", 4) in it, list(k), list(v))
del d["a"]
print(list(k), list(it))
print(sorted(k & {"b", "z"}), sorted(k | {"z"}), sorted(k - {"b"}), sorted(k ^ {"b", "q"}))
print(k == {"b", "c"}, k == ["b", "c"], it == {("b", 2), ("c", 3)}, k.isdisjoint({"x"}))
print(sorted(it & {("b", 2), ("c", 0)}), type(k & set()).__name__)
print(v == v, d.values() == d.values(), list(d.values()) == [2, 3])
e = {"c": 3, "b": 2}
print(d.keys() == e.keys(), d.items() == e.items(), list(d) == list(e))
print(list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
print(sorted(d.items(), key=lambda kv: -kv[1]), max(d.values()), min(d.keys()))
try:
    k[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.keys().add("x")
except AttributeError as e:
    print(type(e).__name__, e)
print({}.keys(), {}.items(), bool({}.values()), bool(d.keys()))
