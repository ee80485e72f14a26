# bound methods: __self__/__func__, equality, storing and calling later, methods vs functions in instance dicts
class Greeter:
    def __init__(self, name):
        self.name = name
    def hello(self, punct="!"):
        return "hello " + self.name + punct
g = Greeter("ann")
m = g.hello
print(m(), m("?"), m.__self__ is g, m.__func__ is Greeter.hello, m.__name__, m.__qualname__)
print(g.hello == g.hello, g.hello == Greeter("ann").hello, g.hello != g.__init__)
calls = [Greeter("a").hello, Greeter("b").hello]
print([c() for c in calls])
g.name = "changed"
print(m())
print(Greeter.hello(g, "."), type(m).__name__, type(Greeter.hello).__name__)
def free(self):
    return "free function got " + type(self).__name__
Greeter.free = free
print(g.free(), g.free.__func__ is free)
g.attached = free
try:
    g.attached()
except TypeError as e:
    print(type(e).__name__, e)
print("abc".upper.__self__, "abc".upper(), str.upper("xyz"))
lst = []
push = lst.append
push(1)
push(2)
print(lst, push.__self__ is lst, push.__name__)
class Counter:
    def __init__(self):
        self.n = 0
    def inc(self):
        self.n += 1
        return self
c = Counter()
c.inc().inc().inc()
print(c.n, list(map(Counter.inc, [Counter(), Counter()]))[0].n)
