s = "  Hello, World  "
print(s.strip(), s.lstrip(), s.rstrip(), s.upper(), s.lower())
print("a,b,,c".split(","), "a b  c".split(), "a-b-c".split("-", 1), "a-b-c".rsplit("-", 1))
print("-".join(["x", "y", "z"]), "abc".replace("b", "B"), "hello".find("l"), "hello".rfind("l"))
print("hello".startswith("he"), "hello".endswith("lo"), "hello".count("l"), "Hello".swapcase())
print("abc".center(9, "*"), "abc".ljust(5) + "|", "abc".rjust(5), "42".zfill(5), "-42".zfill(5))
print("hello world".title(), "hello".capitalize(), "abc".isalpha(), "123".isdigit(), " ".isspace())
print("a=b".partition("="), "a=b=c".rpartition("="), "line1\nline2".splitlines())
print("x" * 3, "ab" + "cd", "abc"[1], "abcdef"[1:4], "abcdef"[::-1], "abcdef"[::2], len("héllo"))
