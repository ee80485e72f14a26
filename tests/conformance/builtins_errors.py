tests = [lambda: len(5), lambda: int("abc"), lambda: float("x"), lambda: 1 + "a", lambda: "a" + 1,
         lambda: [] + (), lambda: None(), lambda: undefined_name, lambda: {}[[]], lambda: 1 < "a",
         lambda: chr(-1), lambda: ord("ab"), lambda: next(5), lambda: iter(5), lambda: -"x",
         lambda: min([]), lambda: "abc".index("z"), lambda: int(None), lambda: [1][1.0]]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__ + ":", e)
