def f(a, b, c=3, *rest, **kw):
    return a, b, c, rest, sorted(kw.items())
args = (1, 2)
kwargs = {"c": 9, "z": 0}
print(f(*args), f(*args, **kwargs), f(1, *[2, 3, 4, 5]), f(**{"a": 1, "b": 2}))
print(*"abc", sep=",")
print(max(*[3, 8, 1]))
