# syntax error: an else branch with no matching if
print("this line never runs")
x = 1
else:
    x = 2
y = 2
z = 3
w = 4
