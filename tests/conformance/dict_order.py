d = {}
for k in ["z", "a", "m", "b"]:
    d[k] = len(d)
print(d)
del d["a"]
d["a"] = 99
print(d, list(d))
d2 = {1: 1, 1.0: 2, True: 3}
print(d2)
