a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[::3], a[8:2:-2], a[100:], a[-100:2])
s = slice(1, 8, 2)
print(a[s], s.start, s.stop, s.step)
a[::2] = [0] * 5
print(a)
