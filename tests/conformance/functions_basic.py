def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=9))
def g(x, /, y):
    return x + y
print(g(1, y=2))
def h(*args, **kwargs):
    return args, kwargs
print(h(1, *[2, 3], x=1, **{"y": 2}))
print((lambda x, y=1: x * y)(5), (lambda *a: a)(1, 2))
