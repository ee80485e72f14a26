class MyErr(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
try:
    raise MyErr("boom", 42)
except MyErr as e:
    print(e, e.code, e.args, isinstance(e, Exception), repr(e))
class Other(MyErr): pass
try:
    raise Other("x", 1)
except MyErr as e:
    print("caught subclass", type(e).__name__)
print(issubclass(KeyError, LookupError), issubclass(RecursionError, RuntimeError), issubclass(ReferenceError, Exception))
raise Other("final", 2)
