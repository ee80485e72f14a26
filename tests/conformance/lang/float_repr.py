# float repr: shortest round-trip form, exponents, inf/nan, negative zero
for x in [0.1, 0.2, 0.1 + 0.2, 1.0, -1.0, 1.5, 100.0, 1e16, 1e15, 123456789.0,
          1e-4, 1e-5, 0.0001234, 1e22, 1e100, 1.7976931348623157e308, 5e-324,
          2.5e-10, 3.0e5, 1 / 3, 2 / 3, 10 / 3, 0.5, 1e300 * 10]:
    print(repr(x), str(x))
print(float("inf"), float("-inf"), float("nan"), -float("inf"))
print(0.0, -0.0, 0.0 == -0.0, repr(-0.0))
print(float("1.5"), float("  2.5 "), float("-3"), float("1e3"), float("inf"), float("-Infinity"))
print(float(3), float(-7), float(True), float(10 ** 20))
print([1.0, 2.5], (0.1,), {"a": 1e-7})
print(1e16 + 1, 2.0 ** 60, 2.0 ** -3)
print(1.0 * 3, 7.0 / 2, 7.0 // 2, 7.0 % 2, -7.0 // 2, -7.0 % 2)
print(float(12345678901234567890), 1.23456789012345678)
print(round(2.675, 2), 0.1 * 3, 1.1 + 2.2)
