# syntax error: break outside a loop
print("this line never runs")
def f():
    break
x = 1
y = 2
z = 3
w = 4
