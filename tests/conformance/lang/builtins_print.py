# print(): sep, end, file=sys.stdout/sys.stderr, flush, no args, non-str objects, errors
import sys
print()
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep=", ", end=" <end>\n")
print(1, 2.5, None, True, [1], (2,), {"k": "v"}, sep="|")
print("no newline", end="")
print(" continued")
print("to stdout", file=sys.stdout)
print("stderr: printed with file=sys.stderr", file=sys.stderr)
print("x", sep=None, end=None)
print(*range(5), sep="-")
print(*[], sep="ignored", end="[empty]\n")
print("flush", flush=True)
print("", end="")
print("multi\nline", "string")
print(sep="#", end="!\n")
try:
    print("x", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", end=[])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", bogus=1)
except TypeError as e:
    print(type(e).__name__, e)
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print("to", "object", file=w, sep="_")
print(w.parts)
try:
    print("x", file=5)
except AttributeError as e:
    print(type(e).__name__, e)
