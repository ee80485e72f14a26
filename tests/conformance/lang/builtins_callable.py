# callable() on functions, builtins, classes, instances with/without __call__, methods, lambdas
class WithCall:
    def __call__(self):
        return "called"
class Without:
    def meth(self):
        pass
def fn():
    pass
items = [("function", fn), ("lambda", lambda: 0), ("builtin", len), ("class", Without),
         ("type", type), ("instance", Without()), ("callable inst", WithCall()),
         ("bound method", Without().meth), ("unbound", Without.meth), ("int", 1), ("str", "s"),
         ("None", None), ("list", []), ("list.append", [].append), ("generator", (x for x in []))]
for name, obj in items:
    print(name, callable(obj))
w = Without()
w.__call__ = lambda: 1
print("instance __call__ attr", callable(w))
Without.__call__ = lambda self: "now callable"
print("class gained __call__", callable(Without()), Without()())
try:
    callable()
except TypeError as e:
    print(type(e).__name__, e)
