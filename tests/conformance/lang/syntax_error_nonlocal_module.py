# syntax error: nonlocal declaration at module level
print("this line never runs")
nonlocal x
x = 1
y = 2
z = 3
w = 4
v = 5
