x = []
for _ in range(5000):
    x = [x]
n = 0
while x:
    x = x[0]
    n += 1
print(n)
d = {}
cur = d
for i in range(3000):
    cur["k"] = {}
    cur = cur["k"]
print("built")
