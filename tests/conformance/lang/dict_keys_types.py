# dict keys of varied hashable types: ints, floats, tuples, None, bools, frozensets, classes
d = {}
d[1] = "one"
d[(1, 2)] = "tuple"
d[None] = "none"
d["s"] = "str"
d[frozenset([1, 2])] = "fs"
d[2.5] = "float"
class K:
    pass
d[K] = "class"
k = K()
d[k] = "inst"
print(d[1], d[(1, 2)], d[None], d["s"], d[frozenset([2, 1])], d[2.5], d[K], d[k])
print(d[1.0], d[True], len(d))
print(list(d.values()))
for bad in [[1], {1: 2}, {1}]:
    try:
        d[bad] = 0
    except TypeError as e:
        print(type(e).__name__, e)
try:
    d[K()]
except KeyError as e:
    print(type(e).__name__, type(e.args[0]).__name__)
try:
    d[(1, 3)]
except KeyError as e:
    print(type(e).__name__, e)
print({(1, (2, 3)): "deep"}[(1, (2, 3))])
