print(int("42"), int("-7"), int("1_000"), int("z", 36), int("0x1f", 16), int("  5  "), int(True))
for bad in ["4.5", "", "0x", "1__0"]:
    try:
        int(bad)
    except ValueError as e:
        print(e)
try:
    int("5", 99)
except ValueError as e:
    print(e)
