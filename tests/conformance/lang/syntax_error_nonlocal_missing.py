# syntax error: nonlocal names a variable no enclosing function binds
print("this line never runs")
def outer():
    def inner():
        nonlocal missing
        missing = 1
    return inner
x = 1
