a = [1, "two", 3.0, None, True, (4,), {"k": [5]}]
print(a)
print(repr(a), str("s"), repr("s"), str([1, "x"]))
b = [1]; b.append(b); print(b)
d = {}; d["self"] = d; print(d)
print((), (1,), (1, 2), [], {}, set(), frozenset())
print(repr("tab\there"), repr("nl\n"), repr("q'"), repr('both\'"'))
