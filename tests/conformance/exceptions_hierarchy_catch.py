errors = [ValueError("v"), KeyError("k"), IndexError("i"), ZeroDivisionError("z"), RuntimeError("r"), ReferenceError("ref")]
for e in errors:
    try:
        raise e
    except LookupError as x:
        print("lookup", type(x).__name__)
    except ArithmeticError as x:
        print("arith", type(x).__name__)
    except Exception as x:
        print("other", type(x).__name__, x)
