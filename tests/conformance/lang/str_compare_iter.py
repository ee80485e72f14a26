# str ordering, ord/chr round trip, iteration, sorted strings, min/max on str
words = ["pear", "Apple", "banana", "apple", "", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, reverse=True))
print(min(words), max(words), min("hello"), max("hello"))
print([ord(c) for c in "Az09 "], "".join(chr(c) for c in [72, 105, 33]))
print(ord("é"), chr(233), chr(0x263A), ord("\n"))
print("a" < "aa" < "b", "abc" == "ab" + "c", "a" * 3 == "aaa")
print(list(enumerate("xyz")), list(reversed("abc")))
print("".join(sorted("hello")), sorted(set("mississippi")))
count = {}
for ch in "mississippi":
    count[ch] = count.get(ch, 0) + 1
print(count)
try:
    ord("ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    ord("")
except TypeError as e:
    print(type(e).__name__, e)
try:
    chr(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    chr(0x110000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    chr("a")
except TypeError as e:
    print(type(e).__name__, e)
