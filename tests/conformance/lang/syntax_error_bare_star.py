# syntax error: a bare * with no keyword-only parameter after it
print("this line never runs")
def f(a, *):
    return a
x = 1
y = 2
z = 3
w = 4
