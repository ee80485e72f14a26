# syntax error: an if statement without its colon; nothing runs
print("this line never runs")
x = 5
if x > 3
    print("big")
else:
    print("small")
y = 1
