# Function calls, with positional and keyword arguments and recursion.
def add(a, b=1):
    return a + b

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def main(n):
    s = 0
    for i in range(n):
        s = add(s, b=i & 3)
    return s + fib(27)

print(main(3_000_000))
