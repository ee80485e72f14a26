# syntax error: two expressions juxtaposed without an operator
print("this line never runs")
x = 1
y = 2
z = x y
w = 4
v = 5
u = 6
