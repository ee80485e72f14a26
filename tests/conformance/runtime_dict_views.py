d = {"a": 1, "b": 2}
k = d.keys()
d["c"] = 3
print(list(k), len(k), "a" in k, sorted(d.values()), ("a", 1) in list(d.items()))
print(d.keys() == {"a", "b", "c"}, sorted(d.keys() & {"a", "z"}))
