# recursion limit: lowered limit makes moderate recursion fail, raising it back restores; no crash
import sys
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(100))
sys.setrecursionlimit(60)
try:
    depth(200)
except RecursionError as e:
    print(type(e).__name__, e)
print(depth(20))
sys.setrecursionlimit(1000)
print(depth(200), depth(900), sys.getrecursionlimit())
def fib_gen(n):
    if n < 2:
        yield n
        return
    yield from fib_gen(n - 1)
try:
    list(fib_gen(5000))
except RecursionError as e:
    print(type(e).__name__)
class Deep:
    def __init__(self, n):
        self.child = Deep(n - 1) if n else None
try:
    Deep(5000)
except RecursionError as e:
    print(type(e).__name__)
print(len(str(Deep(50).__class__.__name__)), "survived")
nested = []
cur = nested
for _ in range(100):
    cur.append([])
    cur = cur[0]
print(len(repr(nested)))
