# str.format: positional, numbered, keyword, attribute/index fields, specs, conversions
print("{} {}".format("a", "b"), "{1} {0} {1}".format("x", "y"), "{k}={v}".format(k="a", v=1))
print("{0[1]} {0[0]}".format(["p", "q"]), "{d[key]}".format(d={"key": "val"}))
class C:
    attr = "A"
print("{0.attr} {c.attr}".format(C, c=C()))
print("{:>5}|{:<5}|{:^5}|".format(1, 2, 3), "{:.3f}".format(2 / 3), "{0:x}".format(255))
print("{!r} {!s}".format("s", "s"), "{{}} {}".format(5), "{:{}}|".format("ab", 5))
args = ["one", "two"]
kw = {"z": 26}
print("{} {} {z}".format(*args, **kw))
try:
    "{} {}".format(1)
except IndexError as e:
    print(type(e).__name__, e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print(type(e).__name__, e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    "{".format()
except ValueError as e:
    print(type(e).__name__, e)
