# syntax error: a list whose items lack a separating comma
print("this line never runs")
items = [1, 2 3]
x = 1
y = 2
z = 3
w = 4
v = 5
