# syntax error: del applied to a function call
print("this line never runs")
def f():
    return [1]
del f()
x = 1
y = 2
z = 3
