def deco(f):
    def wrapper(*a, **k):
        print("calling", f.__name__)
        return f(*a, **k)
    return wrapper
@deco
def add(a, b):
    return a + b
print(add(2, 3))
def repeat(n):
    def d(f):
        def w():
            return [f() for _ in range(n)]
        return w
    return d
@repeat(3)
def one(): return 1
print(one())
