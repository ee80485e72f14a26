def compute(a, b):
    return a / b
print(compute(4, 2))
compute(1, 0)
