# closures: three-level nonlocal, closures over parameters and loop variables, methods returning closures
def level1():
    a = 1
    def level2():
        b = 2
        def level3():
            nonlocal a, b
            a += 10
            b += 20
            return a + b
        return level3
    f = level2()
    return f(), f(), a
print(level1())
def make_adders():
    return [lambda x, n=n: x + n for n in range(3)], [lambda x: x + n for n in range(3)]
early, late = make_adders()
print([f(10) for f in early], [f(10) for f in late])
def param_capture(x):
    def show():
        return x
    x = x * 2
    return show
print(param_capture(5)())
class Multiplier:
    def __init__(self, k):
        self.k = k
    def make(self):
        def mul(v):
            return v * self.k
        return mul
m = Multiplier(3)
f = m.make()
m.k = 4
print(f(2), list(map(Multiplier(5).make(), [1, 2])))
def counter_pair():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def reset():
        nonlocal count
        old, count = count, 0
        return old
    return inc, reset
inc, reset = counter_pair()
inc(); inc(); inc()
print(reset(), inc(), reset())
def gen_closure():
    total = 0
    def add(v):
        nonlocal total
        total += v
        yield total
    return add
adder = gen_closure()
print(list(adder(5)), list(adder(7)))
