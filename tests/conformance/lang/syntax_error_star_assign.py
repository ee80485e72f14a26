# syntax error: two starred expressions in one assignment target
print("this line never runs")
a, *b, *c = [1, 2, 3, 4]
x = 1
y = 2
z = 3
w = 4
v = 5
