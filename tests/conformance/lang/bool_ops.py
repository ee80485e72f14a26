# and/or/not short-circuit semantics and return values, bool arithmetic and repr
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, "" or "dflt", None or 0, [] and 1)
print(not 0, not 1, not "", not [1], not None)
trace = []
def t(v):
    trace.append(v)
    return v
print(t(0) and t(1), t(1) or t(2), t(0) or t(0) or t(3), t(1) and t(2) and t(0) and t(9))
print(trace)
print(True + True, True * 3, -True, True == 1, False == 0, True is True, type(True).__name__)
print(bool(), bool(None), bool("0"), bool(0.0), bool([[]]), repr(True), str(False))
print(True & False, True | False, True ^ True, ~True, isinstance(True, int))
print(issubclass(bool, int), int(True), float(False), True < 2, sorted([True, False, 0, 1]))
print(not 1 == 2, (not 1) == 2, not (1 and 0))
x = None
print(x is None and "none", x is not None and "some")
try:
    int("x")
except ValueError as e:
    print(type(e).__name__, e)
