# format() builtin: default spec, specs per type, __format__ dispatch and its errors
print(format(5), format(5, ""), format("s"), format(1.25), format(None), format([1, 2]))
print(format(3.14159, ".3"), format(3.0, ".3"), format(1e-10, ".2"), format(12345.678, ".3"))
print(format(42, "08b"), format(-42, "x"), format(42, "#o"), format(3, "+"), format(65, "c"))
print(format("left", "<8") + "|", format("r", ">3"), format("mid", "=^9"), format("", "3") + "|")
print(format(0.1, ".20f"), format(123456789, ",d"), format(1.5, "08.2f"), format(-1.5, "+08.2f"))
print(format(float("inf"), "10") + "|", format(float("nan"), "<6") + "|", format(-0.0, "+"), format(2 ** 70, ","))
class F:
    def __format__(self, spec):
        return "F(" + spec + ")"
print(format(F()), format(F(), "spec"), format(F(), ""))
try:
    format(object(), "x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(1, "..")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format("s", "+")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(1, ",x")
except ValueError as e:
    print(type(e).__name__, e)
