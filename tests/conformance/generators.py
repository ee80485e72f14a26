def gen(n):
    for i in range(n):
        yield i * i
print(list(gen(5)), sum(gen(4)))
g = gen(3)
print(next(g), next(g), next(g), next(g, "end"))
def echo():
    while True:
        x = yield
        print("got", x)
e = echo(); next(e); e.send(1); e.send(2)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
def sub():
    yield 1
    yield 2
def outer():
    yield from sub()
    yield 3
print(list(outer()))
try:
    next(iter([]))
except StopIteration:
    print("StopIteration")
