# dict iteration, iterating views, mutation during iteration raises RuntimeError
d = {i: i * i for i in range(5)}
for k in d:
    print(k, d[k], end="; ")
print()
for k, v in d.items():
    d[k] = v + 1
print(d)
try:
    for k in d:
        d[k + 100] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: 1, 2: 2}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
d = {"a": 1, "b": 2, "c": 3}
for k in list(d):
    if d[k] % 2:
        del d[k]
print(d)
print(list(reversed({"x": 1, "y": 2})), list(reversed({"x": 1}.items())))
it = iter({"p": 1, "q": 2}.values())
print(next(it), next(it), next(it, "end"))
