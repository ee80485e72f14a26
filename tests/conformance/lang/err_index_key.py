# IndexError and KeyError messages for lists, tuples, strings, ranges, dicts, sets, pops
cases = [
    lambda: [][0], lambda: [1, 2][2], lambda: [1][-2], lambda: ()[0], lambda: "abc"[3], lambda: ""[0],
    lambda: range(3)[3], lambda: [].pop(), lambda: [1].pop(3), lambda: [][-1],
    lambda: {}["missing"], lambda: {1: 2}[2], lambda: {"a": 1}[("a",)], lambda: {}.pop("k"),
    lambda: {}.popitem(), lambda: set().pop(), lambda: {1}.remove(2), lambda: {}[None], lambda: {}[1.5],
    lambda: {"k": 1}["K"], lambda: {(1, 2): 0}[(2, 1)], lambda: {frozenset([1]): 0}[frozenset()],
]
for i, c in enumerate(cases):
    try:
        c()
        print(i, "no error")
    except (IndexError, KeyError) as e:
        print(i, type(e).__name__, e, repr(e))
def assign():
    lst = [0]
    lst[1] = 5
try:
    assign()
except IndexError as e:
    print(type(e).__name__, e)
try:
    {}["a"]
except LookupError as e:
    print(type(e).__name__, e.args)
try:
    {}[""]
except KeyError as e:
    print(type(e).__name__, e, e.args)
