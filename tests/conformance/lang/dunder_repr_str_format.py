# __repr__/__str__/__format__: which one print/str/repr/format/f-strings/containers use
class Both:
    def __repr__(self):
        return "Both-repr"
    def __str__(self):
        return "Both-str"
class ReprOnly:
    def __repr__(self):
        return "ReprOnly-repr"
class StrOnly:
    def __str__(self):
        return "StrOnly-str"
b, r, s = Both(), ReprOnly(), StrOnly()
print(b, r, str(b), repr(b), str(r), [b, r], (b,), {"k": b})
print(str(s), repr(s).startswith("<__main__.StrOnly object at 0x"), f"{b} {b!r} {r}")
print(format(b), format(b, ""), "{}".format(r), "{!r}".format(b))
class Fmt:
    def __format__(self, spec):
        return "Fmt<" + spec + ">"
print(format(Fmt(), "x>10"), f"{Fmt():abc}", "{:q}".format(Fmt()), f"{Fmt()}")
try:
    format(Both(), "10")
except TypeError as e:
    print(type(e).__name__, e)
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
class BadFormat:
    def __format__(self, spec):
        return 1
try:
    format(BadFormat())
except TypeError as e:
    print(type(e).__name__, e)
class Sub(int):
    def __repr__(self):
        return "Sub!"
print(Sub(5), repr(Sub(5)), str(Sub(5)), f"{Sub(5)}", f"{Sub(5):03d}", Sub(5) + 1)
class Rec:
    def __repr__(self):
        return "Rec(" + repr([1, "two"]) + ")"
print(repr(Rec()), str(Rec()))
