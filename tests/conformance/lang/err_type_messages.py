# TypeError messages for common mistakes: operands, calls, subscripts, iteration, hashing
none, one, pair = None, 1, (1, 2)
cases = [
    lambda: 1 + "a", lambda: "a" + 1, lambda: [1] + None, lambda: 1 - "a", lambda: "a" * "b",
    lambda: [] * [], lambda: -"a", lambda: {} + {}, lambda: 2 ** "a", lambda: 1 / "a",
    lambda: 1 // [], lambda: None % 1, lambda: 1 < "a", lambda: [] > {},
    lambda: none(), lambda: one[0], lambda: none[0], lambda: {}[[]], lambda: len(1),
    lambda: iter(1), lambda: next(1), lambda: hash([]), lambda: int([]), lambda: float([]),
    lambda: sorted(1), lambda: "a".join([1]), lambda: "abc".split(1), lambda: pair[none],
    lambda: [1][1:"a"], lambda: {}.get(), lambda: "x".upper(1), lambda: abs(), lambda: 1 in 1,
    lambda: [] < 1, lambda: object() + 1, lambda: {1: 2} | [1], lambda: chr("a"),
]
for i, c in enumerate(cases):
    try:
        c()
        print(i, "no error")
    except TypeError as e:
        print(i, type(e).__name__, e)
