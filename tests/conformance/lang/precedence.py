# operator precedence and associativity: power, unary minus, bitwise vs comparison, not/and/or, conditional
print(2 + 3 * 4, (2 + 3) * 4, 2 * 3 ** 2, -2 ** 2, (-2) ** 2, 2 ** -1, 2 ** 3 ** 2, (2 ** 3) ** 2)
print(10 - 4 - 3, 100 / 10 / 5, 2 ** 2 ** 0, 7 // 2 * 2, 7 % 3 * 2, -7 // 2, -(7 // 2))
print(1 + 2 << 1, 1 << 2 + 1, 6 & 3 | 8, 6 & (3 | 8), 1 | 2 ^ 3 & 4, ~1 + 1, -~1, ~-1)
print(1 < 2 == True, (1 < 2) == True, 1 == 1 in [True], 3 & 1 == 1, (3 & 1) == 1)
print(not 1 == 2, not (1 == 2), not 0 and 0, not (0 and 0), 0 or 1 and 2, (0 or 1) and 2)
print(1 if 0 else 2 if 0 else 3, (1 if 1 else 2) + 10, 1 if 1 else 2 + 10)
print(True or False and False, (True or False) and False, False and True or True)
print(- - 3, + - 3, not not [], -(-3) ** 2, 2 * -3, 2 ** -2 * 4)
x = 5
print(x > 3 and x < 10, 3 < x < 10 and x != 7, not x > 3 or x == 5)
print(1 + 2 == 3, "a" + "b" * 2, ("a" + "b") * 2, [1] + [2] * 2, 2 * 3 % 4, 2 * (3 % 4))
print(3 in [1, 2] + [3], (3 in [1, 2]) + 1, -1 ** 2, (-1) ** 2)
l = [1, 2, 3]
print(l[1] ** 2, -l[0], l[-1:][0] * 2, len(l) * 2 + 1)
f = lambda a: a * 2
print(f(3) + 1, (lambda: 1)() + 1, [f][0](4))
print(2 ** 3 * 2, 2 * 3 ** 2 * 2, 10 - 2 ** 2 - 1, 16 >> 1 + 1, (16 >> 1) + 1)
