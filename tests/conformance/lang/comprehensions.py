# list/dict/set comprehensions: filters, nesting, own scope, conditional expressions inside
print([x * 2 for x in range(5)], [x for x in range(10) if x % 3 == 0])
print([(i, j) for i in range(3) for j in range(3) if i < j])
print([[r * c for c in range(3)] for r in range(3)])
print({k: v for k, v in zip("abc", range(3))}, {x % 3 for x in range(10)} == {0, 1, 2})
print(sorted({w[0] for w in ["apple", "avocado", "banana"]}), {n: n * n for n in range(4) if n})
print(["even" if n % 2 == 0 else "odd" for n in range(4)])
x = "outer"
ys = [x for x in "ab"]
print(x, ys)
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in matrix], [[row[i] for row in matrix] for i in range(3)])
print([c for word in ["hi", "yo"] for c in word], [v for v in []])
funcs = [lambda: k for k in range(3)]
print([f() for f in funcs])
class Scoped:
    base = [1, 2]
    doubled = [v * 2 for v in base]
print(Scoped.doubled)
inv = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inv)
try:
    [undefined_in_comp for _ in range(1)]
except NameError as e:
    print(type(e).__name__, e)
try:
    {[]: 1 for _ in range(1)}
except TypeError as e:
    print(type(e).__name__, e)
print([i for i in range(3) if i if i > 1], [(a, b) for a, b in [(1, 2), (3, 4)]])
