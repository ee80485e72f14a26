print("".split(), "".split(","), "a,".split(","), "  a  b  ".split(" "), "a\tb\nc".split())
print("abc".split("abc"), "x".rsplit(), "1 2 3".split(maxsplit=1))
