# list copies are shallow: slicing, list(), .copy(), * repetition share inner objects; tuples of lists
inner = [1, 2]
outer = [inner, inner]
c1 = outer[:]
c2 = list(outer)
c3 = outer.copy()
inner.append(3)
print(c1, c2, c3, c1[0] is inner, c1 is outer)
c1.append("only c1")
print(outer, c1)
rep = [[]] * 3
rep[0].append("x")
print(rep, rep[0] is rep[2])
fresh = [[] for _ in range(3)]
fresh[0].append("x")
print(fresh)
t = ([1], [2])
t[0].append(10)
print(t)
d = {"k": [1]}
d2 = dict(d)
d2["k"].append(2)
d2["new"] = 1
print(d, d2)
nested = [[1, [2, 3]], 4]
deep = [[x[0], list(x[1])] if isinstance(x, list) else x for x in nested]
deep[0][1].append("deep")
print(nested, deep)
a = [1, 2, 3]
b = a
a = a[::-1]
print(a, b)
def mutate(lst):
    lst.append("mutated")
    lst = ["rebound"]
    return lst
orig = [0]
print(mutate(orig), orig)
s = {"a": [1]}
snap = {k: v[:] for k, v in s.items()}
s["a"].append(2)
print(s, snap)
