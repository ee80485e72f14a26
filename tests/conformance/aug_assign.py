x = 5
x += 3; x -= 1; x *= 2; x //= 3; x **= 2; x %= 7; x <<= 2; x >>= 1; x |= 8; x &= 12; x ^= 5
print(x)
l = [1, 2]; l += [3]; l *= 2; print(l)
d = {"a": 1}; d["a"] += 5; print(d)
class O: pass
o = O(); o.v = 1; o.v += 41; print(o.v)
s = "ab"; s += "cd"; print(s)
t = (1,); t += (2,); print(t)
