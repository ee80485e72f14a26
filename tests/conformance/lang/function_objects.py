# functions as first-class objects: attributes, __doc__, passing/returning, recursion, higher-order use
def square(x):
    "Return x squared."
    return x * x
def no_doc():
    pass
print(square.__name__, square.__doc__, no_doc.__doc__, type(square).__name__, callable(square))
square.custom = "attached"
print(square.custom, square.__dict__)
def apply(f, *args):
    return f(*args)
print(apply(square, 7), apply(max, 3, 9, 2), apply(lambda: "thunk"))
def compose(f, g):
    def h(x):
        return f(g(x))
    return h
inc = lambda v: v + 1
print(compose(square, inc)(3), compose(inc, square)(3), compose(str, square)(4) + "!")
table = {"sq": square, "neg": lambda v: -v, "abs": abs}
print([table[k](-3) for k in ["sq", "neg", "abs"]])
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(20), fact(25))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3))
alias = fact
del fact
try:
    alias(3)
except NameError as e:
    print(type(e).__name__, e)
def returns_nothing():
    x = 1
print(returns_nothing(), square == square, square != no_doc)
def multi():
    return 1, "two", [3]
a, b, c = multi()
print(a, b, c, multi())
