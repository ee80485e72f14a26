# syntax error: Python 2 print statement
print("this line never runs")
x = 1
print "hello", x
y = 2
z = 3
w = 4
v = 5
