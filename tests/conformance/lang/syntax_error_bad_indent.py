# syntax error (IndentationError): an unexpected indent at module level
print("this line never runs")
a = 1
    b = 2
c = 3
d = 4
e = 5
f = 6
