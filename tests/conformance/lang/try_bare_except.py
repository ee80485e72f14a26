# bare except, except ordering (first match wins), base-class handlers, catching BaseException subclasses
def classify(exc):
    try:
        raise exc
    except KeyError:
        return "KeyError handler"
    except LookupError:
        return "LookupError handler"
    except (TypeError, ValueError) as e:
        return "tuple handler " + type(e).__name__
    except Exception as e:
        return "Exception handler " + type(e).__name__
    except:
        return "bare handler"
for exc in [KeyError("k"), IndexError(), ValueError(), TypeError(), ZeroDivisionError(), SystemExit(1), GeneratorExit()]:
    print(type(exc).__name__, "->", classify(exc))
try:
    try:
        1 / 0
    except:
        print("bare except caught it, re-raising")
        raise
except ZeroDivisionError as e:
    print("outer", type(e).__name__, e)
handlers = (KeyError, IndexError)
try:
    [][1]
except handlers as e:
    print("dynamic tuple caught", type(e).__name__)
def pick():
    return ValueError
try:
    int("x")
except pick() as e:
    print("computed handler caught", type(e).__name__)
try:
    try:
        raise ValueError("v")
    except 42:
        print("unreached")
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise KeyboardInterrupt
except Exception:
    print("unreached")
except BaseException as e:
    print("BaseException caught", type(e).__name__)
