# format specs: fill/align/width/sign/precision/types for ints, floats and strs
print(format(42, "5d") + "|", format(42, "<5") + "|", format(42, "^6") + "|", format(42, "*>6"))
print(format(-42, "+d"), format(42, "+d"), format(42, " d"), format(-42, "06d"), format(42, "=+6"))
print(format(255, "x"), format(255, "X"), format(255, "o"), format(255, "b"), format(255, "#x"), format(255, "#b"))
print(format(1234567, ","), format(1234567, "_"), format(1234567.891, ",.2f"), format(-1234, "08,"))
print(format(3.14159, ".2f"), format(3.14159, "10.3f") + "|", format(3.14159, "<10.1f") + "|")
print(format(0.000123, "e"), format(123456.0, ".2e"), format(1234.5, "E"), format(0.5, "%"), format(0.125, ".1%"))
print(format(1234.5678, "g"), format(0.00001234, "g"), format(1e20, "g"), format(123.0, ".2g"))
print(format(2.5, ".0f"), format(3.5, ".0f"), format(-0.0, ".1f"), format(1e300 * 1e10, "f"), format(float("nan"), ".2f"))
print(format(1.0, ""), format(1e16, ""), format(0.1, ".17g"), format(12, "d"))
print(format("abc", "5") + "|", format("abc", ">5"), format("abc", "^7"), format("abc", "-^7"), format("abcdef", ".3"))
print(format(True, ""), format(True, "d"), format(None, ""), format(42), format(4.0, "5") + "|")
print(format(10, ".2f"), format(7, "e"), format(10, "%"))
try:
    format("abc", "d")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(1.5, "d")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(1, "Q")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format([], "5")
except TypeError as e:
    print(type(e).__name__, e)
