# generator pipelines: infinite generators with early exit, chaining, generators consumed by builtins
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1
def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
def evens(it):
    return (v for v in it if v % 2 == 0)
def squares(it):
    for v in it:
        yield v * v
print(list(take(5, squares(evens(naturals())))))
print(sum(take(100, naturals(1))), max(take(10, naturals())), list(zip(naturals(), "abc")))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], "ab", range(2), (x for x in [9]))))
def window(seq, n):
    buf = []
    for v in seq:
        buf.append(v)
        if len(buf) > n:
            buf.pop(0)
        if len(buf) == n:
            yield tuple(buf)
print(list(window(range(6), 3)))
def running_total(it):
    total = 0
    for v in it:
        total += v
        yield total
print(list(running_total(range(1, 6))), dict(zip("abc", running_total([1, 1, 1]))))
gen = naturals()
for v in gen:
    if v > 3:
        break
print(next(gen), next(gen))
def unique(it):
    seen = set()
    for v in it:
        if v not in seen:
            seen.add(v)
            yield v
print(list(unique("mississippi")), "".join(unique("abracadabra")))
print(any(v > 1000 for v in naturals()), next(v for v in naturals() if v * v > 50))
