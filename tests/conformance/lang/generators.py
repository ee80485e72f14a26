# generator functions: lazy evaluation, StopIteration, return value, yield from, exhaustion
def gen(n):
    print("start")
    for i in range(n):
        print("yielding", i)
        yield i
    print("end")
g = gen(2)
print(type(g).__name__)
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
print(list(g), next(g, "exhausted"))
def with_return():
    yield 1
    return "result"
g = with_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print("returned", repr(e.value), e.args)
def inner():
    yield "a"
    yield "b"
    return "inner-ret"
def outer():
    r = yield from inner()
    print("got", r)
    yield from [1, 2]
    yield from range(3, 5)
print(list(outer()))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
def empty():
    return
    yield
print(list(empty()), sum(x for x in gen(0)))
g2 = gen(1)
for v in g2:
    print("loop", v)
