# assignment targets: chained assignment, evaluation order, attribute/subscript targets, swaps
a = b = c = [0]
a.append(1)
print(a, b, c, a is c)
x = y = 5
x += 1
print(x, y)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 9
print(i, lst)
lst2 = [0, 0]
j = 0
lst2[j], j = 7, 1
print(j, lst2)
class O:
    pass
o = O()
o.a, o.b = "A", "B"
o.a, o.b = o.b, o.a
print(o.a, o.b)
d = {}
d["x"] = d["y"] = 3
print(d)
m = [[0] * 2 for _ in range(2)]
m[0][1] = m[1][0] = "set"
print(m)
order = []
def k(name):
    order.append(name)
    return name
dd = {}
dd[k("key")] = k("value")
print(order)
order.clear()
target = [0, 0]
target[k(0)], target[k(1)] = k("a"), k("b")
print(order, target)
p, (q, [r, s]) = 1, (2, [3, 4])
print(p, q, r, s)
first = second = third = "same"
print(first, second, third)
nums = [1, 2, 3]
nums[0], nums[2] = nums[2], nums[0]
print(nums)
