# syntax error: assignment to the keyword True
print("this line never runs")
x = 1
True = x
y = 2
z = 3
w = 4
v = 5
