# lambda expressions: defaults, closures, immediate calls, in sort keys, late binding
sq = lambda x: x * x
print(sq(5), (lambda: "noargs")(), (lambda a, b=2: a + b)(1), (lambda *a, **k: (a, k))(1, z=2))
print(sq.__name__, type(sq).__name__)
pairs = [(1, "b"), (3, "a"), (2, "c")]
print(sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: -p[0]))
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs2 = [lambda i=i: i for i in range(3)]
print([f() for f in fs2])
add = lambda a: lambda b: a + b
print(add(2)(3))
print(list(map(lambda s: s.upper(), ["a", "b"])), list(filter(lambda n: n % 2, range(6))))
cond = lambda n: "neg" if n < 0 else "nonneg"
print(cond(-1), cond(1))
kw = lambda *, k: k
print(kw(k=7))
try:
    sq()
except TypeError as e:
    print(type(e).__name__, e)
try:
    kw(1)
except TypeError as e:
    print(type(e).__name__, e)
