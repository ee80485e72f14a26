# float equality with ints, hashing consistency across numeric types, dict keys
print(1.0 == 1, hash(1.0) == hash(1), hash(0.0) == hash(-0.0) == hash(0))
print(hash(2.5) == hash(2.5), hash(True) == hash(1), hash(-1), hash(-2))
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)
s = {1, 1.0, True}
print(len(s))
s2 = {0, 0.0, False, -0.0}
print(len(s2))
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(float(2 ** 53) == 2 ** 53, float(2 ** 53) == 2 ** 53 + 1)
print(1e300 < 10 ** 301, 1e300 > 10 ** 299)
print(sorted([3, 1.5, -2, 0.0, True]))
print(max(1, 1.0), min(1.0, 1), max(2, 2.0, key=lambda v: 0))
print(float("inf") > 10 ** 400, float("-inf") < -(10 ** 400))
print(hash((1, 2)) == hash((1.0, 2.0)), (1, 2) == (1.0, 2.0))
print(hash(10 ** 20) == hash(float(10 ** 20)))
