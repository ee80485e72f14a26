# syntax error: a default parameter followed by a non-default one
print("this line never runs")
def f(a=1, b):
    return a + b
x = 1
y = 2
z = 3
w = 4
