# syntax error: an unparenthesised generator expression that is not the sole argument
print("this line never runs")
values = [1, 2, 3]
total = sum(v for v in values, 10)
x = 1
y = 2
z = 3
w = 4
