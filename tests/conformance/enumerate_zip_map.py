for i, (a, b) in enumerate(zip("abc", [1, 2, 3]), start=10):
    print(i, a, b)
print(list(map(lambda x, y: x + y, [1, 2], [10, 20, 30])), list(zip()))
print(dict(zip(["a", "b"], [1, 2])), list(enumerate([])))
