# str literals, escapes, concatenation, repetition, indexing, len, membership
s = "hello"
print(s, len(s), s[0], s[-1], s[1:3], s[::-1], s * 2, 2 * s, s + " world")
print("a" "b" 'c', """tri
ple""", r"raw\n", "tab\there", "nl\\n")
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("\n\t\\"))
print(repr("\x00\x7f"), repr("é"), repr("\u00e9"), "\u00e9", len("\u00e9"))
print("ell" in s, "z" in s, "" in s, "" in "", s not in "xhellox")
print("" * 5, "ab" * 0, "ab" * -1, s * True)
print(s == "hello", s != "Hello", s < "help", s is not None)
t = ""
for ch in s:
    t = ch + t
print(t)
print(list("abc"), tuple("ab"), str(), str(123), str(None), str(True), str(1.5))
try:
    s[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[0] = "H"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 + "a"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" * "b"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" * 1.5
except TypeError as e:
    print(type(e).__name__, e)
