# closures: captured variables, nonlocal rebinding, counters, cells shared between closures
def make_counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def get():
        return n
    return inc, get
inc, get = make_counter()
inc(); inc()
print(inc(), get())
inc2, get2 = make_counter()
print(inc2(), get())
def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    r = middle()
    return r, x
print(outer())
def late():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    i = 10
    return [f() for f in fs]
print(late())
def acc(start):
    total = [start]
    def add(v):
        total[0] += v
        return total[0]
    return add
a = acc(10)
print(a(1), a(2))
def shadow():
    x = 1
    def g():
        x = 2
        return x
    return g(), x
print(shadow())
def unbound():
    v = 1
    def g():
        print(v)
        v = 2
    try:
        g()
    except UnboundLocalError as e:
        print(type(e).__name__, e)
unbound()
