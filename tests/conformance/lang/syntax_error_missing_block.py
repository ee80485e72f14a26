# syntax error (IndentationError): a def with no indented body
print("this line never runs")
def f():
return 1
x = 1
y = 2
z = 3
w = 4
