# syntax error: continue outside a loop
print("this line never runs")
x = 1
if x:
    continue
y = 2
z = 3
w = 4
