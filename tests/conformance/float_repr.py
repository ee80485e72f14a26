print(0.1 + 0.2, 1.0, 1e16, 1e-5, 123.456, 1/3, -0.0, 2.5e-10, 1e100)
print(float("inf"), float("-inf"), float("nan"), 3.0 * 2, 7 / 7)
print(round(2.5), round(3.5), round(2.675, 2), round(1234, -2), int(3.9), int(-3.9))
print(1.5 == 1.5, 1 == 1.0, hash(1.0) == hash(1), 0.5.is_integer(), 2.0.is_integer())
