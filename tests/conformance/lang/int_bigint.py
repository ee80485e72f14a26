# arbitrary-precision ints: growth, no wrap-around, mixed small/big, negatives
x = 2 ** 64
print(x, x - 1, x + 1, -x)
print(2 ** 63 - 1 + 1, -(2 ** 63) - 1)
print(9223372036854775807 + 1, -9223372036854775808 - 1)
print(9223372036854775807 * 2, (-9223372036854775808) * -1)
f = 1
for i in range(1, 31):
    f *= i
print(f)
print(f // 12345678901234567, f % 12345678901234567)
print(-f // 7, -f % 7, f // -7, f % -7)
big = 10 ** 40
print(big, big // 3, big % 3, divmod(big, 7))
print(big == 10 ** 40, big > 10 ** 39, big < -big, big != big + 1)
print(2 ** 100 - 2 ** 100, type(2 ** 100 - 2 ** 100).__name__)
print(int("123456789012345678901234567890") + 1)
print(str(3 ** 50), len(str(7 ** 100)))
print(2 ** 64 & (2 ** 64 - 1), 2 ** 64 | 1, (2 ** 65) ^ (2 ** 64))
print(-(2 ** 70) >> 3, (2 ** 70) >> 69)
print(abs(-(10 ** 30)), -(-(10 ** 30)))
print(10 ** 30 / 10 ** 28, 2 ** 100 / 2)
print(pow(2, 200, 10 ** 9 + 7), pow(3, 1000) % 1000)
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(10 ** 30))
print(sum([2 ** 62] * 8), max(2 ** 70, 2 ** 69), min(-(2 ** 70), 0))
print(sorted([10 ** 20, -5, 2 ** 64, 0, -(10 ** 19)]))
print(float(2 ** 64), int(1e20), int(-1.5e19))
