# *args and **kwargs in definitions and calls, ordering of kwargs, duplicate keyword errors
def f(*args, **kwargs):
    return args, kwargs
print(f(), f(1, 2), f(a=1, b=2), f(1, *[2, 3], x=1, **{"y": 2}))
def g(a, b=2, *rest, c, d=4, **extra):
    return (a, b, rest, c, d, extra)
print(g(1, c=3), g(1, 2, 3, 4, c=5, z=6), g(*range(4), c=0, **{"d": 9, "q": 8}))
args = (1, 2)
kwargs = {"b": 20}
def h(a, b):
    return a * 100 + b
print(h(*args), h(1, **kwargs), h(**{"a": 3, "b": 4}), h(*[5], b=6))
print(f(*"ab", *(1,), **{"k": 1}, **{"m": 2}))
try:
    h(1, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    h(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    h(**[1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    h(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
def count(*a, **k):
    return len(a), sorted(k)
print(count(*range(10), **dict.fromkeys("zyx")))
