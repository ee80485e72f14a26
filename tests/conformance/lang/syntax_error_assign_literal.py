# syntax error: assignment to a literal
print("this line never runs")
x = 1
1 = x
y = 2
z = 3
w = 4
v = 5
