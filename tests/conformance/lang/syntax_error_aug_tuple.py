# syntax error: augmented assignment to a tuple target
print("this line never runs")
a = b = 1
a, b += 1
x = 1
y = 2
z = 3
w = 4
