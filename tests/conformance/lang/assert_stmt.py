# assert statement: passing, failing with/without message, message evaluated lazily
assert True
assert 1 == 1, "never shown"
try:
    assert False
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    assert 1 > 2, "one is not greater than two"
except AssertionError as e:
    print(type(e).__name__, e)
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print(type(e).__name__, e, e.args)
calls = []
def msg():
    calls.append("msg evaluated")
    return "lazy"
assert True, msg()
print(calls)
try:
    assert None, msg()
except AssertionError as e:
    print(e, calls)
def check(x):
    assert isinstance(x, int), "expected int, got " + type(x).__name__
    return x * 2
print(check(4))
try:
    check("s")
except AssertionError as e:
    print(type(e).__name__, e)
pair = (0, "tuple is truthy")
try:
    assert pair
    print("tuple assert passed")
except AssertionError:
    print("unreached")
