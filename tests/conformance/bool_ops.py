print(True + True, True and 0, 0 or "x", not None, None is None, 1 is not None)
print(bool([]), bool([0]), bool(""), bool("a"), bool(0.0), bool({}), bool(()))
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0 != 2)
x = 5
print(0 < x <= 5, x if x > 3 else -x)
