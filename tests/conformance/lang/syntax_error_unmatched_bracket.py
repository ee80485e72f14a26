# syntax error: a closing bracket with no opening bracket
print("this line never runs")
data = [1, 2, 3]]
x = 1
y = 2
z = 3
w = 4
v = 5
