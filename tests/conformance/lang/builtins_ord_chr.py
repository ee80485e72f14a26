# ord() and chr() over ASCII, Latin-1, BMP and astral code points, round trip and errors
for c in ["a", "Z", "0", " ", "\n", "\x00", "~", "é", "ß", "€", "中", "😀", "\U0010ffff"]:
    print(repr(c), ord(c), chr(ord(c)) == c)
print(chr(97), repr(chr(0)), chr(0) == "\x00", chr(8364), chr(128512), len(chr(128512)), repr(chr(127)))
print("".join(chr(ord(c) + 1) for c in "HAL"), [chr(i) for i in range(65, 70)])
print(sorted(["é", "z", "a", "😀", "Z"]), max("aé"), ord(max("héllo")))
try:
    chr(1114112)
except ValueError as e:
    print(type(e).__name__, e)
try:
    chr(2.0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    ord(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    ord("😀a")
except TypeError as e:
    print(type(e).__name__, e)
