# syntax error: duplicate argument names in a function definition
print("this line never runs")
def f(a, a):
    return a
x = 1
y = 2
z = 3
w = 4
