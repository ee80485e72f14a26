try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("bad") from e
except ValueError as e:
    print(e, type(e.__cause__).__name__, e.__suppress_context__)
try:
    try:
        {}["x"]
    except KeyError:
        raise RuntimeError("during")
except RuntimeError as e:
    print(e, type(e.__context__).__name__)
def g():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("outer") from e
g()
