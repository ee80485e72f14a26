# ZeroDivisionError messages for int/float/mixed /, //, %, divmod, and zero to a negative power
cases = [
    lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: divmod(1, 0), lambda: 1.0 / 0, lambda: 1 / 0.0,
    lambda: 1.0 // 0, lambda: 1.0 % 0.0, lambda: divmod(1.0, 0), lambda: 0 ** -1, lambda: 0.0 ** -1,
    lambda: 10 ** 30 // 0, lambda: (10 ** 30) % 0, lambda: True / False, lambda: 5 / (2 - 2),
]
for i, c in enumerate(cases):
    try:
        c()
        print(i, "no error")
    except ZeroDivisionError as e:
        print(i, type(e).__name__, e)
x = 10
try:
    x /= 0
except ZeroDivisionError as e:
    print(type(e).__name__, e, x)
try:
    x //= 0
except ArithmeticError as e:
    print(type(e).__name__, e, isinstance(e, ArithmeticError))
try:
    x %= 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(0 / 1, 0 // 5, -0.0 / 1, 0 ** 0, 0.0 ** 0)
