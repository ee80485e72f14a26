# exceptions in except/finally blocks, __context__ chaining, finally replacing an exception, loops
def in_except():
    try:
        raise ValueError("first")
    except ValueError:
        raise KeyError("second")
try:
    in_except()
except KeyError as e:
    print(repr(e), repr(e.__context__))
def finally_replaces():
    try:
        raise ValueError("lost")
    finally:
        raise TypeError("replacement")
try:
    finally_replaces()
except TypeError as e:
    print(repr(e), repr(e.__context__))
def finally_return_swallows():
    try:
        raise ValueError("swallowed")
    finally:
        return "finally value"
print(finally_return_swallows())
def loop_with_finally():
    out = []
    for i in range(4):
        try:
            if i % 2:
                continue
            out.append(i)
        finally:
            out.append("f" + str(i))
    return out
print(loop_with_finally())
def nested():
    try:
        try:
            raise IndexError("inner")
        finally:
            print("inner finally")
    except IndexError as e:
        print("outer caught", e)
        return "handled"
    finally:
        print("outer finally")
print(nested())
class Boom:
    def __init__(self):
        raise RuntimeError("init failed")
try:
    Boom()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise ValueError("a")
    except ValueError as e:
        saved = e
        raise
except ValueError as e2:
    print(e2 is saved, e2.__context__)
