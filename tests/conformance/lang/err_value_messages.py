# ValueError messages for common cases: conversions, lookups in sequences, unpacking, ranges, formatting
nums = [1, 2]
cases = [
    lambda: int("x"), lambda: int("1.0"), lambda: int("9", 8), lambda: float("1,5"), lambda: nums.index(5),
    lambda: nums.remove(5), lambda: "abc".index("z"), lambda: "abc".rindex("z"), lambda: (1,).index(2),
    lambda: range(3).index(7), lambda: range(0, 5, 0), lambda: chr(-5), lambda: "a b".split(""),
    lambda: "{0}{}".format(1, 2), lambda: format(5, "s"), lambda: format("x", "=5"), lambda: format(1.5, "c"),
    lambda: sorted([3, 1]).index(2), lambda: max([]), lambda: min((), key=abs),
    lambda: int("", 10), lambda: int("12", 1), lambda: int(" 1 2 "), lambda: "abc".partition(""),
    lambda: dict([("a", 1, 2)]), lambda: nums.__setitem__(slice(0, 2, 2), [1, 2, 3]),
]
for i, c in enumerate(cases):
    try:
        c()
        print(i, "no error")
    except ValueError as e:
        print(i, type(e).__name__, e)
def unpack(seq, n):
    try:
        if n == 2:
            a, b = seq
        else:
            a, b, c = seq
    except ValueError as e:
        print(type(e).__name__, e)
unpack([1, 2, 3], 2)
unpack([1], 3)
unpack("abcd", 3)
unpack(iter(range(5)), 2)
