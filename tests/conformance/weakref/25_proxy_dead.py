# Scenario 25: operations on a dead proxy raise ReferenceError; type(),
# hash() and repr() do not.
import gc, weakref
gc.disable()


class Foo:
    def __init__(self):
        self.attr = 1
        self.items = [1, 2]

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, v):
        self.items[i] = v

    def __delitem__(self, i):
        del self.items[i]

    def __len__(self):
        return 2

    def __iter__(self):
        return iter(self.items)

    def __contains__(self, x):
        return True

    def __add__(self, other):
        return 1

    def __radd__(self, other):
        return 1

    def __iadd__(self, other):
        return self

    def __lt__(self, other):
        return True

    def __eq__(self, other):
        return True

    def __bool__(self):
        return True

    def __index__(self):
        return 1

    def __neg__(self):
        return 1

    def __str__(self):
        return "foo"

    __hash__ = object.__hash__


cbs = []
o = Foo()
o.self = o
p = weakref.proxy(o)
pc = weakref.proxy(o, lambda w: cbs.append(w))
print(p.attr, len(p), str(p))
del o
gc.collect()
print(len(cbs), cbs[0] is pc)


def attempt(label, f):
    try:
        f()
        print(label, "no error")
    except ReferenceError as e:
        print(label, type(e).__name__, e)
    except TypeError as e:
        print(label, type(e).__name__, e)


def setattr_():
    p.attr = 2


def delattr_():
    del p.attr


def setitem():
    p[0] = 5


def delitem():
    del p[0]


def iadd():
    q = p
    q += 1


attempt("getattr", lambda: p.attr)
attempt("setattr", setattr_)
attempt("delattr", delattr_)
attempt("getitem", lambda: p[0])
attempt("setitem", setitem)
attempt("delitem", delitem)
attempt("len", lambda: len(p))
attempt("in", lambda: 1 in p)
attempt("iter", lambda: iter(p))
attempt("next", lambda: next(p))
attempt("add", lambda: p + 1)
attempt("radd", lambda: 1 + p)
attempt("iadd", iadd)
attempt("neg", lambda: -p)
attempt("lt", lambda: p < 1)
attempt("eq", lambda: p == 1)
attempt("ne", lambda: p != 1)
attempt("bool", lambda: bool(p))
attempt("str", lambda: str(p))
attempt("index", lambda: [1, 2][p])
attempt("int", lambda: int(p))
attempt("__class__", lambda: p.__class__)
attempt("isinstance Foo", lambda: isinstance(p, Foo))
attempt("call", lambda: p())
attempt("hash", lambda: hash(p))
attempt("hash pc", lambda: hash(pc))
print(type(p) is weakref.ProxyType, type(p).__name__)
print(isinstance(p, weakref.ProxyTypes), isinstance(pc, weakref.ProxyType))
print(repr(p))
print(p is pc, p is p)


# dead callable proxy
def f():
    return 1


f.self = f
cp = weakref.proxy(f)
print(cp())
del f
gc.collect()
attempt("callable call", lambda: cp())
attempt("callable hash", lambda: hash(cp))
print(type(cp).__name__)
