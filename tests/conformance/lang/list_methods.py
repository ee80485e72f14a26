# list methods: append/extend/insert/pop/remove/index/count/reverse/sort/copy/clear
a = [3, 1, 2]
a.append(4)
a.extend([5, 6])
a.extend(range(7, 9))
a.insert(0, 0)
a.insert(100, 99)
a.insert(-1, 98)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(98)
print(a, a.index(5), a.count(1), a.index(2, 1, 4))
a.reverse()
print(a)
a.sort()
print(a)
a.sort(reverse=True)
print(a)
b = a.copy()
b.clear()
print(a, b, len(a))
words = ["bb", "a", "ccc", "dd"]
words.sort(key=len)
print(words)
words.sort(key=len, reverse=True)
print(words)
for op in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(2)]:
    try:
        op()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
try:
    [1, "a"].sort()
except TypeError as e:
    print(type(e).__name__, e)
try:
    [].sort(lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
