x = 2 ** 64
print(x, x * x, x - 1, -x, x // 3, x % 7)
print(9223372036854775807 + 1, -9223372036854775808 - 1)
print(factorial := 1)
f = 1
for i in range(1, 30):
    f *= i
print(f, f.bit_length(), hex(f), bin(255), oct(8))
print(int("123456789012345678901234567890") + 1)
print(10 ** 20 // 10 ** 10, (10 ** 20) == 10 ** 20, 2 ** 100 > 2 ** 99)
