try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
except TypeError as e:
    print(e, "context:", e.__context__)
try:
    try:
        raise ValueError("a")
    finally:
        print("finally runs")
except ValueError as e:
    print("got", e)
