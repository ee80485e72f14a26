# syntax error: keyword argument repeated in a call
print("this line never runs")
def f(**kw):
    return kw
f(a=1, a=2)
x = 1
y = 2
z = 3
