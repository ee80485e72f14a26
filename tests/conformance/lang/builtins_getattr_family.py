# getattr/setattr/hasattr/delattr with defaults, on classes/instances/builtins, and their errors
class C:
    cls_attr = "class"
    def method(self):
        return "m"
c = C()
setattr(c, "x", 10)
print(getattr(c, "x"), getattr(c, "cls_attr"), getattr(c, "method")(), getattr(c, "nope", None))
print(hasattr(c, "x"), hasattr(c, "y"), hasattr(C, "method"), hasattr(5, "real"), hasattr("s", "upper"))
delattr(c, "x")
print(hasattr(c, "x"), getattr(c, "x", "gone"))
setattr(C, "added", lambda self: "added method")
print(c.added(), getattr(C, "__name__"), getattr([], "append").__name__)
setattr(c, "with space", 1)
print(getattr(c, "with space"), vars(c))
print(getattr(1, "real"), getattr(3.5, "imag", "n/a") == 0.0, getattr(None, "x", "dflt"))
try:
    getattr(c, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(C, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(c, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(c, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    hasattr(c, None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(c)
except TypeError as e:
    print(type(e).__name__, e)
