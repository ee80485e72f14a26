def f(a, *, b=2, c):
    return a, b, c
print(f(1, c=3), f(1, b=5, c=6))
def g(a=[]):
    a.append(1)
    return a
print(g(), g(), g([9]))
print(f.__defaults__, g.__name__)
