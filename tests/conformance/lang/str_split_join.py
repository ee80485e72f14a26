# str.split/rsplit/splitlines variants and join round trips
print("a b  c".split(), "  a b  ".split(), "".split(), "   ".split())
print("a,b,,c".split(","), ",".split(","), "".split(","))
print("a b c d".split(" ", 2), "a b c d".rsplit(" ", 2), "a b c".split(maxsplit=1))
print("a::b::c".split("::"), "abc".split("abc"))
print("l1\nl2\r\nl3".splitlines(), "x\ny\n".splitlines(), "x\ny\n".splitlines(True))
print("x\ny\n".split("\n"))
words = "the quick brown fox".split()
print("-".join(words), " ".join(reversed(words)), "".join(w[0] for w in words))
print(",".join(str(i) for i in range(5)))
try:
    "a b".split("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "a".join("b", "c")
except TypeError as e:
    print(type(e).__name__, e)
print("a\tb\nc d".split(), "1 2 3".split(None))
