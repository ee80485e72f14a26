# Edges of the interpreter's frame-local fast path and of its name-lookup hints: each result
# must be what the general path (and CPython) gives.
import sys


def int_edges():
    big = sys.maxsize
    x = big
    x += 1                      # overflows i64: a big integer
    print(x, type(x).__name__)
    y = -big - 1
    y -= 1
    print(y)
    print(big * 2, (-7) // 2, (-7) % 2, 7 // -2, 7 % -2)
    print(5 & 3, 5 | 3, 5 ^ 3, True + 1, 1 < 2.5, 2 == 2.0)
    n = 0
    for i in range(-3, 3):
        if i:                   # int truth
            n += i
    print(n)


def truth_and_identity():
    out = []
    for v in (None, 0, 1, "", "a", [], [0], 0.0, True, False):
        out.append("T" if v else "F")
        if v is None:
            out.append("N")
        if v is not None:
            out.append("n")
    print("".join(out))


def iteration():
    xs = [1, 2, 3]
    seen = []
    for x in xs:
        seen.append(x)
        if x == 1:
            xs.append(4)        # the list iterator sees appended items
    print(seen)
    t = 0
    for x in (10, 20, 30):
        t += x
    print(t)
    for i in range(5, 0, -2):
        print(i, end=" ")
    print()
    print([i * i for i in range(6) if i % 2])


def unbound():
    try:
        for i in range(2):
            if i == 1:
                print(late)
            late = i
        print(late2)
        late2 = 1
    except UnboundLocalError as e:
        print(e)
    try:
        del_me = 1
        del del_me
        print(del_me)
    except UnboundLocalError as e:
        print(e)


counter = 0


def read_counter():
    return counter


def global_hints():
    global counter
    print(read_counter())
    counter = 5                 # value changes in place: the hint stays right
    print(read_counter())
    del counter                 # the entry goes: the hint must miss
    try:
        read_counter()
    except NameError as e:
        print(e)
    globals()["filler1"] = 1    # another entry takes the next index
    counter = 7                 # re-added at a new index
    print(read_counter())
    for k in ("a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "a9"):
        globals()[k] = k        # grows past the small-dict limit: reindexed
    print(read_counter())


def builtin_shadowing():
    def use_len():
        return len("abc")
    print(use_len())
    globals()["len"] = lambda s: "shadowed"
    print(use_len())
    del globals()["len"]
    print(use_len())


def module_hints():
    import math
    def pi():
        return math.pi
    def floor(x):
        return math.floor(x)
    print(pi(), floor(2.5))
    math.pi = 3
    print(pi())
    del math.pi
    try:
        pi()
    except AttributeError as e:
        print(e)
    math.pi = 3.141592653589793
    print(pi(), floor(-0.5))
    print(math.__name__)


int_edges()
truth_and_identity()
iteration()
unbound()
global_hints()
builtin_shadowing()
module_hints()
