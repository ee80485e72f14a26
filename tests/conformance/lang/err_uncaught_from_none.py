# uncaught exception raised "from None" inside an except block: only the last exception is shown
def convert(s):
    try:
        return float(s)
    except ValueError:
        raise TypeError("expected a number, got " + repr(s)) from None
print(convert("1.5"))
print(convert("2"))
convert("x")
print("never printed")
z = 3
w = 4
