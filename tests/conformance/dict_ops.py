d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], d.get("x"), d.get("x", 0), "a" in d, "z" not in d)
print(list(d.keys()), list(d.values()), list(d.items()))
del d["b"]; print(d)
print(d.pop("a"), d, d.setdefault("q", 9), d)
d.update({"r": 1}, s=2); print(d)
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict.fromkeys("ab", 0))
print({k: v * 2 for k, v in {"p": 1, "q": 2}.items()})
e = {1: "one", 2: "two"}
for k in e:
    print(k, e[k])
print({**e, 3: "three"}, e | {4: "four"})
print(d.popitem(), sorted({"b": 1, "a": 2}))
