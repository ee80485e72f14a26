# abs(), divmod() on ints/floats/negatives, pow() 2- and 3-argument forms and their errors
print(abs(-3), abs(3.5), abs(-0.0), abs(True), abs(-(10 ** 30)), abs(float("-inf")))
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(-7, -2), divmod(7.5, 2), divmod(-7.5, 2), divmod(0, 5))
print(pow(2, 10), pow(2, -2), pow(2.0, 3), pow(-2, 3), pow(0, 0), pow(2, 100))
print(pow(3, 4, 5), pow(2, 10, 1000), pow(-3, 3, 7), pow(3, -1, 7), pow(7, 0, 1), pow(5, 3, -7))
print(pow(base=2, exp=5), pow(2, 5, mod=3))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3.0, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    abs("s")
except TypeError as e:
    print(type(e).__name__, e)
try:
    divmod("a", 1)
except TypeError as e:
    print(type(e).__name__, e)
