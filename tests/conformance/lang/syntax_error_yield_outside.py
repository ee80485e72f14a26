# syntax error: yield outside a function
print("this line never runs")
x = 1
yield x
y = 2
z = 3
w = 4
v = 5
