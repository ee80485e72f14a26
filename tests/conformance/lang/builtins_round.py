# round(): banker's rounding, ndigits (positive/negative/zero), int vs float results
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.7), round(-3.7))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(2.5, 0), round(7), type(round(7)).__name__)
print(round(3.14159, 2), round(3.14159, 4), round(2.675, 2), round(1.005, 2), round(-2.345, 1))
print(round(1234.5678, -2), round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, -1))
print(round(123, 1), round(10 ** 20 + 5, -1), round(0.0), round(-0.0, 1), round(1e300, 2))
print(round(True), round(float("inf"), 2))
try:
    round(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    round("1.5")
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(1.5, 1.0)
except TypeError as e:
    print(type(e).__name__, e)
class R:
    def __round__(self, n=None):
        return "rounded " + str(n)
print(round(R()), round(R(), 3))
