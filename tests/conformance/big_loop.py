total = 0
for i in range(200000):
    total += i % 7
print(total)
d = {}
for i in range(10000):
    d[i % 100] = d.get(i % 100, 0) + 1
print(len(d), d[5])
