print([x * y for x in range(3) for y in range(3) if x != y])
print({x: x ** 2 for x in range(5)}, sorted({x % 3 for x in range(10)}))
print([[j for j in range(i)] for i in range(4)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*matrix)], [n for row in matrix for n in row])
x = 10
print([x for x in range(3)], x)
