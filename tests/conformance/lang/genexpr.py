# generator expressions: laziness, single use, as sole argument, scoping of the first iterable
g = (x * x for x in range(5))
print(type(g).__name__, next(g), list(g), list(g))
print(sum(x for x in range(10)), max(len(w) for w in ["a", "abc", "ab"]), any(c == "z" for c in "abz"))
seen = []
def src():
    for i in range(3):
        seen.append(i)
        yield i
lazy = (v + 1 for v in src())
print(seen)
print(next(lazy), seen)
nested = ((i, j) for i in range(3) for j in range(i) if (i + j) % 2)
print(list(nested))
data = [1, 2, 3]
gen = (d * 10 for d in data)
data = [9]
print(list(gen))
print(sorted((w for w in "the quick brown".split()), key=len), tuple(c for c in "ab"))
print(dict((k, len(k)) for k in ["aa", "b"]), set(n % 2 for n in range(5)) == {0, 1})
try:
    list(1 / x for x in [1, 0])
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    (x for x in 5)
except TypeError as e:
    print(type(e).__name__, e)
print("".join(str(i) for i in range(5) if i != 2))
