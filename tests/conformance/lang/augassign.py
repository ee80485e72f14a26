# augmented assignment on names, attributes, subscripts, evaluation-once semantics
x = 10
x += 5; x -= 3; x *= 2; x /= 4; x //= 2; x **= 3; x %= 5
print(x)
s = "ab"
s += "cd"
s *= 2
print(s)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
class O:
    n = 0
o = O()
o.n += 1
o.n += 1
print(o.n, O.n)
d = {"k": 1}
d["k"] += 10
d.setdefault("m", []).append(1)
print(d)
calls = []
def idx():
    calls.append("idx")
    return 0
lst = [5]
lst[idx()] += 1
print(lst, calls)
m = [[1, 2], [3]]
m[0] += [9]
m[1] *= 2
print(m)
i = 7
i &= 3; i |= 8; i ^= 1; i <<= 2; i >>= 1
print(i)
try:
    tup = ([],)
    tup[0] += [1]
except TypeError as e:
    print(type(e).__name__, e, tup)
try:
    undefined_name_xyz += 1
except NameError as e:
    print(type(e).__name__, e)
