# int(), str(), repr() conversions and their error messages
print(int(), int(0), int("  -0 "), int("00012"), str(-0), repr(123))
print(int("abc", 16), int("ABC", 16), int("-0b101", 0), int("1_2_3"))
for bad in ["", "abc", "1.5", "1 2", "_1", "1__2", "0x10"]:
    try:
        int(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int("12", 2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
print(int(1e3), int(-0.5), int(2.5), int(" 7\n"))
print(bool(0), bool(1), bool(-1), bool(10 ** 50))
print(str(10 ** 25), repr(-10 ** 25), f"{10 ** 25}")
