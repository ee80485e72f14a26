# syntax error: name assigned before its global declaration
print("this line never runs")
counter = 0
def f():
    counter = 1
    global counter
x = 1
y = 2
