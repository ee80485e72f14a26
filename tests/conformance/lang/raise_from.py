# raise ... from: __cause__, __context__, __suppress_context__, raise from None, bare raise errors
try:
    try:
        1 / 0
    except ZeroDivisionError as inner:
        raise ValueError("wrapped") from inner
except ValueError as e:
    print(repr(e), type(e.__cause__).__name__, type(e.__context__).__name__, e.__suppress_context__)
try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("implicit")
except RuntimeError as e:
    print(repr(e), e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
try:
    try:
        [][0]
    except IndexError:
        raise TypeError("hidden") from None
except TypeError as e:
    print(repr(e), e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
try:
    raise ValueError("x") from KeyError("cause")
except ValueError as e:
    print(repr(e.__cause__), e.__context__)
try:
    raise ValueError from 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    raise KeyError
except KeyError as e:
    print(repr(e), e.args)
class NotExc:
    pass
try:
    raise NotExc
except TypeError as e:
    print(type(e).__name__, e)
def chain():
    try:
        raise OSError("first")
    finally:
        pass
try:
    chain()
except OSError as e:
    print(type(e).__name__, e, e.__context__)
