# syntax error: an unterminated string literal
print("this line never runs")
greeting = "hello
print(greeting)
x = 1
y = 2
z = 3
w = 4
