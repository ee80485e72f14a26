# int bitwise operators and shifts, including negatives and big shifts
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b)
print(-12 & 10, -12 | 10, -12 ^ 10, -1 & 255)
print(1 << 0, 1 << 10, 1 << 64, 1 << 100)
print(1024 >> 3, -1024 >> 3, -1 >> 100, 5 >> 100)
print((1 << 200) >> 199)
print(True & False, True | False, True ^ True, type(True & True).__name__)
print(type(1 & True).__name__)
x = 0xF0
x &= 0x3C
print(x)
x |= 0x01
print(x)
x ^= 0xFF
print(x)
x <<= 4
print(x)
x >>= 2
print(x)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 >> -1
except ValueError as e:
    print(type(e).__name__, e)
print(~(2 ** 70), -(2 ** 70) & 0xFFFF, (2 ** 70 - 1) & ~(2 ** 69))
