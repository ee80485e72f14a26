(a, b), c, *d = (1, 2), 3, 4, 5
print(a, b, c, d)
for i, (x, y) in enumerate([(1, 2), (3, 4)]):
    print(i, x, y)
[p, q] = "pq"
print(p, q)
head, *_ = range(5)
print(head, _)
