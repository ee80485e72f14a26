print(str(1.0), str(-2), str(None), str([1, 'a']), str((1,)), str({1: 2}), str(1e20), str(12345678901234567890))
print(repr(1.0), repr(0.1), float("3"), float(" -2.5 "), int(float("7.9")))
