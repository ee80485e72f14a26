# syntax error: assignment to a function call
print("this line never runs")
def f():
    return 1
f() = 2
x = 1
y = 2
z = 3
