# int arithmetic: + - * / // % ** with signs, true division to float, unary ops
a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-a // b, -a % b, a // -b, a % -b, -a // -b, -a % -b)
print(7 // 7, 0 // 5, 0 % 5, -0)
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, -2 ** 2)
print(2 ** -1, 4 ** -2, type(2 ** -1).__name__)
print(+a, -a, ~a, ~-1, ~0)
print(10 / 4, 10 / 5, type(10 / 5).__name__)
print(1 + True, True + True, False * 10, True / 2)
x = 3
x += 4
x *= 2
x -= 1
x //= 3
x **= 3
x %= 7
print(x)
print(abs(-5), abs(5), abs(0))
print(int("42"), int("-17"), int("  12  "), int("0"), int("+5"))
print(int(3.9), int(-3.9), int(True), int("1_000"))
print(int("ff", 16), int("777", 8), int("1010", 2), int("z", 36))
print(int("0x1f", 0), int("0o17", 0), int("0b11", 0), int("10", 0))
print(1_000_000, 0xff, 0o17, 0b1011)
