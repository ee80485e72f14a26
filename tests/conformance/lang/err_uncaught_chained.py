# uncaught exception raised while handling another: both tracebacks' last lines are compared
def load(d, key):
    try:
        return d[key]
    except KeyError:
        raise RuntimeError("lookup of " + repr(key) + " failed")
print("loading")
print(load({"a": 1}, "a"))
load({"a": 1}, "b")
print("never printed")
a = 1
b = 2
