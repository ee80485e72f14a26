# common str methods: case, strip, find/index, count, replace, startswith/endswith
s = "  Hello, World  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr("xxaxx".strip("x")))
print(s.upper(), s.lower(), "hello world".title(), "hello".capitalize(), "HeLLo".swapcase())
print("banana".find("an"), "banana".find("an", 2), "banana".find("x"), "banana".rfind("an"))
print("banana".index("na"), "banana".rindex("na"), "banana".count("a"), "banana".count("an"))
print("aaaa".count("aa"), "abc".count(""), "banana".replace("a", "o"), "banana".replace("a", "o", 2))
print("hello".startswith("he"), "hello".endswith("lo"), "hello".startswith(("x", "h")))
print("hello".startswith("l", 2), "hello".endswith("l", 0, 4))
print("123".isdigit(), "12a".isdigit(), "abc".isalpha(), "ab1".isalnum(), "   ".isspace())
print("abc".islower(), "ABC".isupper(), "".isdigit(), "Ab".islower())
print("abc".center(9, "*"), "abc".ljust(6, "-") + "|", "abc".rjust(6) + "|", "42".zfill(5), "-42".zfill(5))
print("a,b".partition(","), "a,b,c".rpartition(","), "abc".partition("x"))
print("ab".join(["1", "2", "3"]), "".join([]), ", ".join(("x",)))
print("Hello".lower(), "abc".upper().lower(), "a-b".isidentifier(), "a_b".isidentifier())
print("prefix_name".removeprefix("prefix_"), "file.py".removesuffix(".py"))
try:
    "banana".index("x")
except ValueError as e:
    print(type(e).__name__, e)
try:
    ",".join(["a", 1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc".startswith(1)
except TypeError as e:
    print(type(e).__name__, e)
