# syntax error (IndentationError): a dedent that matches no outer level
print("this line never runs")
if True:
        x = 1
    y = 2
z = 3
w = 4
v = 5
