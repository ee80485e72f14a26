def f():
    try:
        raise ValueError("original")
    finally:
        print("cleanup")
try:
    f()
except ValueError as e:
    print("caught", e)
def g():
    for i in range(3):
        try:
            raise KeyError(i)
        except KeyError as e:
            if i == 1:
                return f"returned at {e}"
print(g())
