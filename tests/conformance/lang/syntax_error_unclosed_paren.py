# syntax error: an unclosed parenthesis; nothing runs, SyntaxError and exit status 1
print("this line never runs")
values = [1, 2, 3]
total = sum(values
print(total)
x = 1
y = 2
z = 3
