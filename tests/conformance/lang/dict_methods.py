# dict methods: get/setdefault/pop/popitem/update/copy/clear/keys views/|
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 99), d)
print(d.pop("a"), d.pop("zz", "dflt"), d)
print(d.popitem(), d)
e = d.copy()
e["new"] = 1
print(d, e, len(e))
e.clear()
print(e, bool(e), bool(d))
f = {"x": 1} | {"y": 2}
f |= {"x": 9}
print(f)
print("x" in f, 1 in f, "x" not in f, list(iter(f)))
print(f.keys() & {"x", "q"}, sorted(f.keys() | {"w"}), f.keys() - {"x"})
print(list(f.items())[0], ("x", 9) in f.items())
try:
    d.pop("missing")
except KeyError as e:
    print(type(e).__name__, e)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    {}["k"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    {[1]: 2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(type(e).__name__, e)
