# exception objects: args, str/repr for 0/1/many args, custom exceptions with __init__/__str__
for e in [ValueError(), ValueError("one"), ValueError("a", 2), KeyError("k"), KeyError(), KeyError("a", "b")]:
    print(repr(e), "|", str(e), "|", e.args)
class MyError(Exception):
    pass
class DetailError(MyError):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
    def __str__(self):
        return "code " + str(self.code) + ": " + self.args[1]
try:
    raise DetailError(404, "not found")
except MyError as e:
    print(type(e).__name__, e, e.code, e.args, repr(e), isinstance(e, Exception))
class NoSuper(Exception):
    def __init__(self, x):
        self.x = x
e = NoSuper(5)
print(e.args, repr(e), str(e), e.x)
try:
    raise MyError
except MyError as e:
    print(repr(e), str(e) == "")
err = ValueError("mutable")
err.args = ("changed", 1)
print(err, repr(err))
e1 = StopIteration(7)
print(e1.value, repr(e1))
se = SystemExit(3)
print(se.code, SystemExit().code, repr(SystemExit("msg")))
x = AttributeError("attr msg")
print(str(x), type(x).__mro__[1].__name__)
print(repr(Exception(None)), str(Exception(None)), str(Exception([1, 2])))
print(ValueError("a") == ValueError("a"), isinstance(ValueError, type))
