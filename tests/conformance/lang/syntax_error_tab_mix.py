# syntax error (TabError): indentation mixing tabs and spaces inconsistently
print("this line never runs")
if True:
        x = 1
	y = 2
z = 3
w = 4
v = 5
