# float arithmetic, mixed with int, nan/inf behaviour, float errors
print(1.5 + 2, 3 - 0.5, 2 * 0.25, 1 / 4, 9.0 ** 0.5, 2 ** 0.5)
print(-7.5 // 2, -7.5 % 2, 7.5 // -2, 7.5 % -2, divmod(7.5, 2))
inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, -inf, inf > 1e308, nan == nan, nan != nan)
print(nan is nan, [nan] == [nan], nan in [nan])
print(1e308 * 10, -1e308 * 10)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1.0 % 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(type(2 ** 0.5).__name__, 4 ** 0.5, 8 ** (1 / 3))
print((1.5).is_integer(), (2.0).is_integer(), abs(-2.5), -(-0.0))
for bad in ["", "abc", "1.2.3", "1e", "--1"]:
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    float(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    float(2 ** 2000)
except OverflowError as e:
    print(type(e).__name__, e)
x = 1.0
x += 1
x *= 3
x /= 4
x -= 0.5
print(x, type(x).__name__)
