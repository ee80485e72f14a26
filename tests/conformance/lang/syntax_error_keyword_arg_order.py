# syntax error: positional argument after keyword argument in a call
print("this line never runs")
def f(a, b):
    return a + b
f(a=1, 2)
x = 1
y = 2
z = 3
