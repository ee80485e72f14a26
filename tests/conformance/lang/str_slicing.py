# str slicing with positive/negative/omitted bounds and steps
s = "abcdefghij"
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-5:-2])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2], s[2:8:-1])
print(s[100:], s[-100:3], s[5:100], repr(s[5:2]), s[0:10:3])
print(s[slice(2, 5)], s[slice(None, None, -3)], s[slice(3)])
i, j = 1, 4
print(s[i:j], s[i:], s[:j])
sl = slice(1, 8, 2)
print(sl, sl.start, sl.stop, sl.step, s[sl])
print(slice(None), slice(1, 2), repr(slice(None, 5, None)))
print(slice(1, 10, 3).indices(5), slice(None, None, -1).indices(4))
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    s["a":]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[1.5]
except TypeError as e:
    print(type(e).__name__, e)
