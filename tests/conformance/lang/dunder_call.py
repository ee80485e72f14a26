# __call__: callable instances with args/kwargs, callable(), calling non-callables errors
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1, **kw):
        return (self.n + x + sum(rest)) * scale, sorted(kw)
add5 = Adder(5)
print(add5(1), add5(1, 2, 3, scale=2), add5(0, z=1, a=2), callable(add5), callable(Adder))
print(list(map(Adder(10), [1, 2])), sorted([3, 1, 2], key=Adder(0)))
class Chain:
    def __call__(self):
        return self
c = Chain()
print(c()()() is c)
class NotCallable:
    pass
print(callable(NotCallable()), callable(len), callable(lambda: 0), callable("s"), callable(None))
try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)
five, text, nothing = 5, "abc", None
try:
    five()
except TypeError as e:
    print(type(e).__name__, e)
try:
    text()
except TypeError as e:
    print(type(e).__name__, e)
try:
    nothing()
except TypeError as e:
    print(type(e).__name__, e)
try:
    add5()
except TypeError as e:
    print(type(e).__name__, e)
class Factory:
    def __call__(self, cls):
        return cls()
print(type(Factory()(list)).__name__)
class InstCall:
    pass
obj = InstCall()
obj.__call__ = lambda: "instance attr ignored"
try:
    obj()
except TypeError as e:
    print(type(e).__name__, e)
