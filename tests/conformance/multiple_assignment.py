a = b = c = [1]
a.append(2)
print(a, b, c)
x, y = y, x = 1, 2
print(x, y)
i, j = 0, 1
i, j = j, i
print(i, j)
