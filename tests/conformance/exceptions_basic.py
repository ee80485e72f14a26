def f(x):
    try:
        if x == 0:
            raise ValueError("zero")
        return 10 / x
    except ValueError as e:
        return "VE:" + str(e)
    finally:
        print("finally", x)
print(f(0), f(5))
try:
    raise KeyError("k")
except (TypeError, KeyError) as e:
    print(type(e).__name__, e.args)
else:
    print("no")
try:
    pass
except Exception:
    print("never")
else:
    print("else ran")
