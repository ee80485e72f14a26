g = (x * 2 for x in range(5) if x % 2 == 0)
print(type(g).__name__, list(g), list(g))
print(sum(x for x in range(100)), max(len(w) for w in ["a", "abc", "ab"]))
print(any(x > 3 for x in [1, 5]), all(x > 0 for x in [1, 2, 0]))
def gclose():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
g = gclose(); print(next(g)); g.close(); print("closed")
