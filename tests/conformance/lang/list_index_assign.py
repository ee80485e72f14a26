# list item assignment/deletion with negative indices, index errors, del statement
a = [10, 20, 30, 40]
a[0] = 1
a[-1] = 4
print(a)
del a[1]
print(a)
del a[-1]
print(a)
try:
    a[5] = 0
except IndexError as e:
    print(type(e).__name__, e)
try:
    del a[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    a[-10]
except IndexError as e:
    print(type(e).__name__, e)
m = [[1, 2], [3, 4]]
m[1][0] = 30
m[0] = m[0] + [0]
print(m, m[1][-1], m[-1][-2])
i = 0
v = [0, 0, 0]
i, v[i] = 1, 5
print(i, v)
nums = [5, 6, 7]
for idx in range(len(nums)):
    nums[idx] *= 2
print(nums)
print([1, 2, 3][True], [1, 2, 3][-True])
