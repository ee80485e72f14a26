# keyword-only parameters (after * and *args), positional-only parameters (/), errors
def f(a, *, key, flag=False):
    return (a, key, flag)
print(f(1, key=2), f(1, flag=True, key=3))
try:
    f(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1)
except TypeError as e:
    print(type(e).__name__, e)
def g(*args, sep="-"):
    return sep.join(str(a) for a in args)
print(g(1, 2, 3), g(1, 2, sep="+"), g())
def h(a, b, /, c, *, d):
    return a + b + c + d
print(h(1, 2, 3, d=4), h(1, 2, c=3, d=4))
try:
    h(1, b=2, c=3, d=4)
except TypeError as e:
    print(type(e).__name__, e)
def k(*, x, y):
    return x * y
print(k(y=2, x=3))
try:
    k(x=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    k()
except TypeError as e:
    print(type(e).__name__, e)
print(f.__kwdefaults__, k.__kwdefaults__)
