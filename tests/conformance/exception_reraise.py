def f():
    try:
        raise TypeError("inner")
    except TypeError:
        print("handling")
        raise
try:
    f()
except TypeError as e:
    print("outer got", e)
try:
    raise
except RuntimeError as e:
    print(e)
