# syntax error: return outside a function
print("this line never runs")
x = 1
if x:
    return x
y = 2
z = 3
w = 4
